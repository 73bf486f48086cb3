package vn.canbo.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The 12-digit personal identification number on the citizen identity card (số căn cước
 * công dân, số định danh cá nhân), whose first six digits encode the place of birth, sex
 * and year of birth (Thông tư 59/2021/TT-BCA, Điều 7, as in Thông tư 07/2016/TT-BCA).
 *
 * @param number the 12 digits
 */
public record CitizenId(String number) {

	/**
	 * The 63 province codes before the 2025 merges, which the identification number uses
	 * for the place of birth as "0" + the two-digit official code; the 34 provinces since
	 * then kept codes from this set.
	 */
	private static final Set<String> PROVINCE_CODES = Set.of("01", "02", "04", "06", "08", "10", "11", "12", "14", "15",
			"17", "19", "20", "22", "24", "25", "26", "27", "30", "31", "33", "34", "35", "36", "37", "38", "40", "42",
			"44", "45", "46", "48", "49", "51", "52", "54", "56", "58", "60", "62", "64", "66", "67", "68", "70", "72",
			"74", "75", "77", "79", "80", "82", "83", "84", "86", "87", "89", "91", "92", "93", "94", "95", "96");

	public CitizenId {
		Objects.requireNonNull(number);
		if (!number.matches("\\d{12}")) {
			throw new IllegalArgumentException("A citizen ID has exactly 12 digits");
		}
	}

	/**
	 * Reads a number as typed (spaces and dots allowed between digit groups); throws if
	 * it is not 12 digits. Use {@link #check} first to tell the user what is wrong.
	 */
	public static CitizenId parse(String text) {
		return new CitizenId(digitsOf(text));
	}

	/** The two-digit province codes that may appear in digits 2–3, "01" to "96". */
	public static Set<String> provinceCodes() {
		return PROVINCE_CODES;
	}

	/** The two-digit official code of the province of birth registration, e.g. "01". */
	public String provinceCode() {
		return this.number.substring(1, 3);
	}

	public Gender gender() {
		return genderOf(centuryGenderDigit());
	}

	/** The birth year the number encodes. */
	public int birthYear() {
		return firstYearOfCentury(centuryGenderDigit()) + Integer.parseInt(this.number.substring(4, 6));
	}

	/**
	 * Every rule the number breaks: 12 digits; a known province code in digits 1–3; in
	 * digit 4 the century and sex (0/1 male/female born 1900–1999, 2/3 2000–2099, 4/5
	 * 2100–2199, 6/7 2200–2299, 8/9 2300–2399), matching the record's sex and birth year
	 * when given; in digits 5–6 the last two digits of the birth year.
	 */
	public static CitizenIdCheck check(@Nullable String text, @Nullable Gender gender, @Nullable Integer birthYear) {
		List<RuleViolation> problems = new ArrayList<>();
		String digits = digitsOf(text);
		if (!digits.matches("\\d{12}")) {
			problems.add(RuleViolation.of("people.citizenId.digits"));
			return new CitizenIdCheck(problems);
		}
		if (digits.charAt(0) != '0' || !PROVINCE_CODES.contains(digits.substring(1, 3))) {
			problems.add(RuleViolation.of("people.citizenId.province", digits.substring(0, 3)));
		}
		int code = digits.charAt(3) - '0';
		String codeText = String.valueOf(code);
		Gender encodedGender = genderOf(code);
		int firstYear = firstYearOfCentury(code);
		String lastYear = String.valueOf(firstYear + 99);
		boolean genderDiffers = gender != null && gender != encodedGender;
		boolean centuryDiffers = birthYear != null && (birthYear < firstYear || birthYear > firstYear + 99);
		if (genderDiffers || centuryDiffers) {
			DefaultMessageSourceResolvable encoded = new DefaultMessageSourceResolvable(encodedGender.messageKey());
			if (gender != null && birthYear != null) {
				problems.add(RuleViolation.of("people.citizenId.genderAndCentury", codeText, encoded,
						String.valueOf(firstYear), lastYear, new DefaultMessageSourceResolvable(gender.messageKey()),
						String.valueOf(birthYear)));
			}
			else if (gender != null) {
				problems.add(RuleViolation.of("people.citizenId.gender", codeText, encoded,
						new DefaultMessageSourceResolvable(gender.messageKey())));
			}
			else {
				problems.add(RuleViolation.of("people.citizenId.century", codeText, String.valueOf(firstYear), lastYear,
						String.valueOf(birthYear)));
			}
		}
		if (birthYear != null && !digits.substring(4, 6).equals(twoDigits(birthYear))) {
			problems
				.add(RuleViolation.of("people.citizenId.birthYear", digits.substring(4, 6), String.valueOf(birthYear)));
		}
		return new CitizenIdCheck(problems);
	}

	/** The fourth digit for a sex and birth year, as the number would encode them. */
	public static int centuryGenderDigit(Gender gender, int birthYear) {
		if (birthYear < 1900 || birthYear > 2399) {
			throw new IllegalArgumentException("No century code for birth year " + birthYear);
		}
		return (birthYear - 1900) / 100 * 2 + (gender == Gender.FEMALE ? 1 : 0);
	}

	private int centuryGenderDigit() {
		return this.number.charAt(3) - '0';
	}

	private static Gender genderOf(int code) {
		return code % 2 == 0 ? Gender.MALE : Gender.FEMALE;
	}

	private static int firstYearOfCentury(int code) {
		return 1900 + code / 2 * 100;
	}

	private static String twoDigits(int year) {
		return String.format("%02d", Math.floorMod(year, 100));
	}

	private static String digitsOf(@Nullable String text) {
		return text == null ? "" : text.strip().replaceAll("[\\s.]", "");
	}

	@Override
	public String toString() {
		return this.number;
	}

}
