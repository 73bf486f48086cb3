package vn.canbo.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;

/**
 * What a password chosen by a person must be (account creation, own change, reset by an
 * administrator): long enough, not among the passwords guessed first, not the user name.
 * Seeded accounts (the demo) are provisioned without it. See decision 012.
 */
final class PasswordPolicy {

	/** Fewest characters: a guessed 10-character password costs far more than 8. */
	static final int MIN_LENGTH = 10;

	/** Fewest different characters, so that "1212121212" or "aaaaaaaaaa" are refused. */
	private static final int MIN_DISTINCT = 4;

	/** Shortest part of a user name that a password may not contain. */
	private static final int MIN_NAME_PART = 4;

	private static final Set<String> COMMON = load("security/common-passwords.txt");

	private PasswordPolicy() {
	}

	/**
	 * The message key of the first rule the password breaks (null: it passes); the length
	 * is checked by the caller, which reports the minimum.
	 */
	static @Nullable String problem(String password, @Nullable String username) {
		String lower = password.toLowerCase(Locale.ROOT);
		if (isCommon(lower)) {
			return "security.account.password.common";
		}
		if (username != null && resembles(lower, username.toLowerCase(Locale.ROOT))) {
			return "security.account.password.likeUsername";
		}
		return null;
	}

	private static boolean isCommon(String lower) {
		String stem = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
		return COMMON.contains(lower) || COMMON.contains(stem) || COMMON.contains(lower.strip())
				|| lower.codePoints().distinct().count() < MIN_DISTINCT;
	}

	/**
	 * The password holds the user name or one of its parts of four letters or more
	 * ("canbo" of "xa.canbo"), or the user name holds the password: whoever knows the
	 * name tries those first.
	 */
	private static boolean resembles(String lower, String username) {
		if (username.isBlank()) {
			return false;
		}
		if (lower.contains(username) || username.contains(lower)) {
			return true;
		}
		for (String part : username.split("[^\\p{L}\\d]+")) {
			if (part.length() >= MIN_NAME_PART && lower.contains(part)) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> load(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
