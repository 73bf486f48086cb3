package vn.canbo.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.canbo.indicators.Measurement;

/**
 * An indicator's value in a unit on a date, in the target's terms: a percentage for a
 * share (kept to four places, so that 4/10 compares as exactly 40), a count otherwise.
 *
 * @param on the date
 * @param value the value; null when there is nothing to judge (no one to count a share
 * of, a unit that did not exist then, an indicator no longer defined)
 * @param count the count behind it (the numerator of a share)
 * @param denominator what a share is of; null for a count
 */
public record Reading(LocalDate on, @Nullable BigDecimal value, long count, @Nullable Long denominator) {

	static final int SCALE = 4;

	public static Reading none(LocalDate on) {
		return new Reading(on, null, 0, null);
	}

	public static Reading of(LocalDate on, Measurement measurement, boolean share) {
		if (!share) {
			return new Reading(on, BigDecimal.valueOf(measurement.value()), measurement.value(), null);
		}
		Long denominator = measurement.denominator();
		if (denominator == null || denominator == 0) {
			return new Reading(on, null, measurement.value(), denominator);
		}
		BigDecimal percent = BigDecimal.valueOf(measurement.value() * 100L)
			.divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
		return new Reading(on, percent, measurement.value(), denominator);
	}

	public boolean known() {
		return this.value != null;
	}

}
