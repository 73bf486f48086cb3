package vn.canbo.streamlining;

import java.math.BigDecimal;

/**
 * One term of a payout: salary × factor × quantity, rounded to the đồng.
 *
 * @param code what the term is ({@code streamlining.term.<code>})
 * @param salary the monthly salary, or the base salary for the terms of the salary itself
 * @param factor the rate or months the rule sets
 * @param quantity the months or years of the person it applies to
 * @param amount the term in đồng
 * @param citation the rule's text
 */
public record PayoutTerm(String code, long salary, BigDecimal factor, BigDecimal quantity, long amount,
		String citation) {

	public String messageKey() {
		return "streamlining.term." + this.code;
	}

}
