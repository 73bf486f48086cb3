package vn.canbo.ui;

import org.jspecify.annotations.Nullable;

/**
 * What every text of a request must be, whatever its field: no control character but tab,
 * line feed and carriage return (PostgreSQL refuses NUL, and none of the others is ever
 * typed), and no longer than {@link #MAX_LENGTH} characters. Fields with tighter limits
 * check them in their own module.
 */
final class InputText {

	/** Longer than any field a person fills in (the longest column takes 4,000). */
	static final int MAX_LENGTH = 20_000;

	/**
	 * Longer than any parameter of an address (a search, a filter, an id): a GET's
	 * parameters are never a form's long text.
	 */
	static final int MAX_QUERY_LENGTH = 2_000;

	enum Flaw {

		CONTROL_CHARACTER, TOO_LONG

	}

	private InputText() {
	}

	static @Nullable Flaw flaw(@Nullable String text) {
		return flaw(text, MAX_LENGTH);
	}

	static @Nullable Flaw flaw(@Nullable String text, int maxLength) {
		if (text == null) {
			return null;
		}
		if (text.length() > maxLength) {
			return Flaw.TOO_LONG;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
				return Flaw.CONTROL_CHARACTER;
			}
		}
		return null;
	}

}
