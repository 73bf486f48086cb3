package vn.canbo.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

import vn.canbo.shared.VietnameseText;

/**
 * The Vietnamese labels of the people enums, read from the default message bundle so that
 * the label an import accepts is the label the UI shows.
 */
final class Labels {

	private static final Properties VIETNAMESE = load("messages/peoplerules.properties");

	private Labels() {
	}

	static String vietnamese(String key) {
		String label = VIETNAMESE.getProperty(key);
		if (label == null) {
			throw new IllegalStateException("No message " + key + " in messages/peoplerules.properties");
		}
		return label;
	}

	/**
	 * Matching key: no marks, no case, and no spaces, hyphens or apostrophes, so that
	 * "Khơ-me", "Khơ me" and "khome" meet.
	 */
	static String matchKey(@Nullable String text) {
		return VietnameseText.searchKey(text).replaceAll("[^a-z0-9]", "");
	}

	/**
	 * Looks an enum constant up by its Vietnamese label (key {@code prefix + name()}) or
	 * one of its alternative spellings.
	 */
	static <E extends Enum<E>> Map<String, E> index(Class<E> type, String prefix, Map<E, String[]> aliases) {
		Map<String, E> index = new HashMap<>();
		for (E constant : type.getEnumConstants()) {
			put(index, vietnamese(prefix + constant.name()), constant);
			for (String alias : aliases.getOrDefault(constant, new String[0])) {
				put(index, alias, constant);
			}
		}
		return Map.copyOf(index);
	}

	static <E> Optional<E> find(Map<String, E> index, @Nullable String label) {
		return Optional.ofNullable(index.get(matchKey(label)));
	}

	private static <E> void put(Map<String, E> index, String label, E constant) {
		E previous = index.put(matchKey(label), constant);
		if (previous != null && previous != constant) {
			throw new IllegalStateException("Label " + label + " matches both " + previous + " and " + constant);
		}
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = Labels.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
