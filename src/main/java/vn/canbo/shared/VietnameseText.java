package vn.canbo.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
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

	/**
	 * A word-final "oa", "oe" or "uy" (not after q, where u belongs to the consonant
	 * "qu") whose second vowel carries the tone mark.
	 */
	private static final Pattern OLD_TONE_PLACEMENT = Pattern.compile("(?<![qQ])([oOuU])(\\p{L})(?![\\p{L}\\p{M}])");

	/** Grave, acute, hook above, tilde, dot below. */
	private static final String TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323";

	private VietnameseText() {
	}

	private static boolean pairsWith(String first, char secondBase) {
		char vowel = Character.toLowerCase(first.charAt(0));
		char second = Character.toLowerCase(secondBase);
		return (vowel == 'o' && (second == 'a' || second == 'e')) || (vowel == 'u' && second == 'y');
	}

	/** NFC with collapsed, trimmed whitespace; null stays null. */
	public static @Nullable String clean(@Nullable String text) {
		if (text == null) {
			return null;
		}
		return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").trim();
	}

	/**
	 * Moves the tone mark of a word-final "oa", "oe", "uy" from the second vowel to the
	 * first, the placement of the current orthography (hoà → hòa, thuý → thúy, khoẻ →
	 * khỏe); a cluster followed by a consonant keeps its placement (hoàng, khuyết), and
	 * so does "qu" + vowel (quà, quý). Returns NFC.
	 */
	public static String normaliseTonePlacement(String text) {
		String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
		return OLD_TONE_PLACEMENT.matcher(composed).replaceAll((match) -> {
			String first = match.group(1);
			String second = match.group(2);
			String decomposed = Normalizer.normalize(second, Normalizer.Form.NFD);
			if (decomposed.length() != 2 || !pairsWith(first, decomposed.charAt(0))
					|| TONE_MARKS.indexOf(decomposed.charAt(1)) < 0) {
				return match.group();
			}
			String movedFirst = Normalizer.normalize(first + decomposed.charAt(1), Normalizer.Form.NFC);
			return Matcher.quoteReplacement(movedFirst + decomposed.charAt(0));
		});
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
