package vn.canbo.people;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The social-insurance number (mã số bảo hiểm xã hội, số sổ BHXH): 10 digits.
 *
 * @param number the 10 digits
 */
public record SocialInsuranceNumber(String number) {

	public SocialInsuranceNumber {
		Objects.requireNonNull(number);
		if (!number.matches("\\d{10}")) {
			throw new IllegalArgumentException("A social-insurance number has exactly 10 digits");
		}
	}

	/** The broken rules, empty when the number is 10 digits (spaces allowed as typed). */
	public static List<RuleViolation> check(@Nullable String text) {
		return digitsOf(text).matches("\\d{10}") ? List.of()
				: List.of(RuleViolation.of("people.socialInsuranceNumber.digits"));
	}

	public static SocialInsuranceNumber parse(String text) {
		return new SocialInsuranceNumber(digitsOf(text));
	}

	private static String digitsOf(@Nullable String text) {
		return text == null ? "" : text.strip().replaceAll("\\s", "");
	}

	@Override
	public String toString() {
		return this.number;
	}

}
