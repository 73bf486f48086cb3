package vn.canbo.shared;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The days a report or a list covers, both ends included, read from a request's optional
 * {@code from} and {@code to}. (Effective dating, by contrast, is half-open:
 * {@code [validFrom, validTo)}.)
 *
 * @param from the first day
 * @param to the last day
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

	/**
	 * From the given day (today when missing) for twelve months unless an end is given.
	 */
	public static ReportPeriod nextTwelveMonths(@Nullable LocalDate from, @Nullable LocalDate to, LocalDate today) {
		LocalDate start = (from == null) ? today : from;
		return new ReportPeriod(start, (to == null) ? start.plusYears(1).minusDays(1) : to);
	}

	/**
	 * To the given day (today when missing), from the first of January of the last
	 * {@code years} calendar years unless a start is given.
	 */
	public static ReportPeriod lastCalendarYears(@Nullable LocalDate from, @Nullable LocalDate to, LocalDate today,
			int years) {
		LocalDate end = (to == null) ? today : to;
		LocalDate start = (from == null) ? LocalDate.of(end.getYear() - years + 1, 1, 1) : from;
		return new ReportPeriod(start, end);
	}

}
