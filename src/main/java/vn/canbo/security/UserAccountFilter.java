package vn.canbo.security;

import org.jspecify.annotations.Nullable;

/**
 * What to look for in the account list.
 *
 * @param text part of the username or display name, with or without diacritics; null or
 * blank for all
 * @param role only accounts with this role; null for any
 */
public record UserAccountFilter(@Nullable String text, @Nullable Role role) {

	public static UserAccountFilter all() {
		return new UserAccountFilter(null, null);
	}

}
