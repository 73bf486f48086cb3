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

	/** Each record type's components and canonical constructor, looked up once. */
	private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
		@Override
		protected Shape computeValue(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			Class<?>[] types = new Class<?>[components.length];
			for (int i = 0; i < components.length; i++) {
				types[i] = components[i].getType();
			}
			try {
				return new Shape(components, type.getDeclaredConstructor(types));
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException("No canonical constructor in " + type, ex);
			}
		}
	};

	private record Shape(RecordComponent[] components, Constructor<?> constructor) {
	}

	private static Record cleanRecord(Record record) {
		Shape shape = SHAPES.get(record.getClass());
		Object[] values = new Object[shape.components().length];
		try {
			for (int i = 0; i < values.length; i++) {
				values[i] = clean(shape.components()[i].getAccessor().invoke(record));
			}
			return (Record) shape.constructor().newInstance(values);
		}
		catch (InstantiationException | IllegalAccessException ex) {
			throw new IllegalStateException("Cannot rebuild " + record.getClass(), ex);
		}
		catch (InvocationTargetException ex) {
			throw new IllegalStateException("Cannot rebuild " + record.getClass(), ex.getCause());
		}
	}

}
