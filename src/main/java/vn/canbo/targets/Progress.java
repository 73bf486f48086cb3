package vn.canbo.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * How far a target has come on a date. The rule, shown to users and in decision 025:
 * <ul>
 * <li><b>achieved</b> when the value on the date meets the target (≥ or ≤ its value, the
 * bound included), whatever the date;</li>
 * <li>otherwise <b>missed</b> from the deadline on;</li>
 * <li>before it, <b>on track</b> when the value is at or beyond the straight line drawn
 * from the value at the baseline date to the target at the deadline (the line's value on
 * the date, {@link #expected}), <b>behind</b> when short of it;</li>
 * <li><b>no data</b> when the value cannot be measured. When the baseline cannot be
 * measured there is no line, and a target not yet met is behind.</li>
 * </ul>
 *
 * @param target the target
 * @param share whether its indicator is a share (values in per cent), as the catalogue
 * says; false for an indicator no longer defined
 * @param unitId the unit measured: the target's own, or for a target of an ancestor, the
 * unit it is shown for
 * @param asOf the date
 * @param baseline the value at the baseline date
 * @param value the value on the date
 * @param expected the straight line's value on the date; null without a baseline
 * @param percentOfTarget how much of the target the value reaches, in per cent (one
 * decimal): value ÷ target for "at least", target ÷ value (100 when met) for "at most";
 * null without a value
 * @param status where the target stands
 */
public record Progress(Target target, boolean share, long unitId, LocalDate asOf, Reading baseline, Reading value,
		@Nullable BigDecimal expected, @Nullable BigDecimal percentOfTarget, TargetStatus status) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Judges the readings by the rule above. */
	public static Progress judge(Target target, boolean share, long unitId, LocalDate asOf, Reading baseline,
			Reading value) {
		BigDecimal expected = (baseline.value() == null) ? null
				: expected(baseline.value(), target.baselineDate(), target.value(), target.deadline(), asOf);
		BigDecimal reached = (value.value() == null) ? null
				: percentOfTarget(target.comparison(), value.value(), target.value());
		return new Progress(target, share, unitId, asOf, baseline, value, expected, reached,
				status(target.comparison(), target.value(), target.deadline(), asOf, value.value(), expected));
	}

	/**
	 * The straight line from {@code from} at {@code start} to {@code to} at {@code end},
	 * on the day (its ends before and after them), to four places.
	 */
	public static BigDecimal expected(BigDecimal from, LocalDate start, BigDecimal to, LocalDate end, LocalDate day) {
		if (!day.isAfter(start)) {
			return from.setScale(Reading.SCALE, RoundingMode.HALF_UP);
		}
		if (!day.isBefore(end)) {
			return to.setScale(Reading.SCALE, RoundingMode.HALF_UP);
		}
		long elapsed = ChronoUnit.DAYS.between(start, day);
		long span = ChronoUnit.DAYS.between(start, end);
		return from.add(to.subtract(from)
			.multiply(BigDecimal.valueOf(elapsed))
			.divide(BigDecimal.valueOf(span), Reading.SCALE, RoundingMode.HALF_UP));
	}

	public static TargetStatus status(Comparison comparison, BigDecimal target, LocalDate deadline, LocalDate day,
			@Nullable BigDecimal value, @Nullable BigDecimal expected) {
		if (value == null) {
			return TargetStatus.NO_DATA;
		}
		if (comparison.satisfied(value, target)) {
			return TargetStatus.ACHIEVED;
		}
		if (!day.isBefore(deadline)) {
			return TargetStatus.MISSED;
		}
		return (expected != null && comparison.satisfied(value, expected)) ? TargetStatus.ON_TRACK
				: TargetStatus.BEHIND;
	}

	public static BigDecimal percentOfTarget(Comparison comparison, BigDecimal value, BigDecimal target) {
		if (comparison == Comparison.AT_LEAST) {
			return (target.signum() == 0) ? HUNDRED.setScale(1)
					: value.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP);
		}
		return (value.compareTo(target) <= 0) ? HUNDRED.setScale(1)
				: target.multiply(HUNDRED).divide(value, 1, RoundingMode.HALF_UP);
	}

	/** Whether the target is an ancestor's, shown for a unit below it. */
	public boolean inherited() {
		return this.unitId != this.target.unitId();
	}

}
