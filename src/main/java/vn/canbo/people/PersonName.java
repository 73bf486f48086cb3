package vn.canbo.people;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.canbo.shared.VietnameseText;

/**
 * A Vietnamese personal name (họ và tên): family name (họ), middle names (tên đệm) and
 * given name (tên), in NFC with single spaces. A one-word name is a given name alone.
 *
 * @param familyName the family name, e.g. "Nguyễn"; empty for a one-word name
 * @param middleNames the middle names, e.g. "Thị" or "Văn Minh"; may be empty
 * @param givenName the given name, e.g. "Hằng"; never empty
 */
public record PersonName(String familyName, String middleNames, String givenName) {

	public PersonName {
		familyName = Objects.requireNonNull(VietnameseText.clean(familyName));
		middleNames = Objects.requireNonNull(VietnameseText.clean(middleNames));
		givenName = Objects.requireNonNull(VietnameseText.clean(givenName));
		if (givenName.isEmpty()) {
			throw new IllegalArgumentException("A name needs a given name");
		}
		if (givenName.contains(" ") || familyName.contains(" ")) {
			throw new IllegalArgumentException("Family and given names are one word each: " + familyName + " / "
					+ middleNames + " / " + givenName);
		}
	}

	/**
	 * Splits a full name: the first word is the family name, the last the given name, the
	 * rest the middle names.
	 */
	public static PersonName parse(String fullName) {
		String cleaned = Objects.requireNonNull(VietnameseText.clean(fullName));
		if (cleaned.isEmpty()) {
			throw new IllegalArgumentException("A name cannot be blank");
		}
		String[] words = cleaned.split(" ");
		if (words.length == 1) {
			return new PersonName("", "", words[0]);
		}
		return new PersonName(words[0], String.join(" ", Arrays.copyOfRange(words, 1, words.length - 1)),
				words[words.length - 1]);
	}

	/** "Nguyễn Thị Hằng". */
	public String fullName() {
		return Stream.of(this.familyName, this.middleNames, this.givenName)
			.filter((part) -> !part.isEmpty())
			.collect(Collectors.joining(" "));
	}

	@Override
	public String toString() {
		return fullName();
	}

}
