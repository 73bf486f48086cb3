package vn.canbo.careers;

import java.time.LocalDate;

import vn.canbo.rules.RuleVersion;

/**
 * A year rated "not completed" (không hoàn thành nhiệm vụ) by an approved annual rating,
 * which delays the salary raise whose wait holds its last day (TT 08/2013/TT-BNV Điều 2
 * khoản 3), applied automatically like discipline delays.
 *
 * @param year the evaluation year
 * @param months how many months it adds to the wait
 * @param rule the {@code DISCIPLINE_EFFECTS} version the months come from (in force at
 * the end of the year)
 */
public record RatingDelay(int year, int months, RuleVersion rule) {

	/** The day the year counts on: its last, when the rating covers it whole. */
	public LocalDate effectiveOn() {
		return LocalDate.of(this.year, 12, 31);
	}

}
