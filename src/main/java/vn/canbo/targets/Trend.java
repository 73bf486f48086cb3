package vn.canbo.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A target's values year by year: at the baseline date, on 31/12 of each year from the
 * baseline's year to the deadline's, and today when today falls between; a year still to
 * come has no value, only the straight line's.
 *
 * @param target the target
 * @param share whether its indicator is a share (values in per cent)
 * @param baseline the value at the baseline date
 * @param points in date order
 */
public record Trend(Target target, boolean share, Reading baseline, List<Point> points) {

	public Trend {
		points = List.copyOf(points);
	}

	/**
	 * One date of the trend.
	 *
	 * @param on the date
	 * @param value the value then; unknown for a date to come
	 * @param expected the straight line's value then; null without a baseline
	 * @param status where the target stood then; null for a date to come
	 */
	public record Point(LocalDate on, Reading value, @Nullable BigDecimal expected, @Nullable TargetStatus status) {
	}

}
