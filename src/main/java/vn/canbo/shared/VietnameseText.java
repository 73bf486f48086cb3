package vn.canbo.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Normalisation of Vietnamese text. Stored text is NFC (PDF renderers and comparisons
 * need one form); search keys drop all marks and map đ to d so that "nguyen thi hang"
 * finds "Nguyễn Thị Hằng" and both tone placements (hoà/hòa) meet.
 */
public final class VietnameseText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private VietnameseText() {
	}

	/** NFC with collapsed, trimmed whitespace; null stays null. */
	public static @Nullable String clean(@Nullable String text) {
		if (text == null) {
			return null;
		}
		return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").trim();
	}

	/** The search key: lower case, no marks, đ → d, single spaces. */
	public static String searchKey(@Nullable String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String stripped = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
		return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
	}

}
