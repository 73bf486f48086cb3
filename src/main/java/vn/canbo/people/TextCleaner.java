package vn.canbo.people;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canbo.shared.VietnameseText;

/**
 * Cleans every text of a record tree the same way, whatever channel it came from: NFC,
 * one space between words, the current tone-mark placement (hoà → hòa), and blank as
 * absent.
 */
final class TextCleaner {

	private TextCleaner() {
	}

	@SuppressWarnings("unchecked")
	static <T> @Nullable T clean(@Nullable T value) {
		if (value == null) {
			return null;
		}
		if (value instanceof String text) {
			String cleaned = VietnameseText.clean(text);
			return (T) (cleaned == null || cleaned.isEmpty() ? null : VietnameseText.normaliseTonePlacement(cleaned));
		}
		if (value instanceof List<?> list) {
			return (T) list.stream().map(TextCleaner::clean).toList();
		}
		if (value instanceof Record record) {
			return (T) cleanRecord(record);
		}
		return value;
	}

	private static Record cleanRecord(Record record) {
		RecordComponent[] components = record.getClass().getRecordComponents();
		Object[] values = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		try {
			for (int i = 0; i < components.length; i++) {
				values[i] = clean(components[i].getAccessor().invoke(record));
				types[i] = components[i].getType();
			}
			Constructor<? extends Record> constructor = record.getClass().getDeclaredConstructor(types);
			return constructor.newInstance(values);
		}
		catch (NoSuchMethodException | InstantiationException | IllegalAccessException ex) {
			throw new IllegalStateException("Cannot rebuild " + record.getClass(), ex);
		}
		catch (InvocationTargetException ex) {
			throw new IllegalStateException("Cannot rebuild " + record.getClass(), ex.getCause());
		}
	}

}
