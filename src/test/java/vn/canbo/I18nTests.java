package vn.canbo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key exists in Vietnamese (the default bundle) and in English.
 */
class I18nTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	@Test
	void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path vietnamese : files.filter((file) -> !file.getFileName().toString().contains("_")).toList()) {
				Path english = MESSAGES
					.resolve(vietnamese.getFileName().toString().replace(".properties", "_en.properties"));
				assertThat(english).as("English bundle for %s", vietnamese).exists();
				assertThat(keys(english)).as("keys of %s", english).isEqualTo(keys(vietnamese));
			}
		}
	}

	private static Set<String> keys(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
