package vn.canbo.documents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A date known to the day, the month or only the year, as personnel records often give
 * them ("1985", "03/1985", "05/03/1985").
 */
public record PartialDate(int year, @Nullable Integer month, @Nullable Integer day) {

	public PartialDate {
		if (day != null && month == null) {
			throw new IllegalArgumentException("A day needs a month");
		}
		if (day != null) {
			LocalDate.of(year, month, day);
		}
		else if (month != null) {
			YearMonth.of(year, month);
		}
	}

	/** A whole date. */
	public static PartialDate of(LocalDate date) {
		return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	/** A month of a year. */
	public static PartialDate ofMonth(int year, int month) {
		return new PartialDate(year, month, null);
	}

	/** A year only. */
	public static PartialDate ofYear(int year) {
		return new PartialDate(year, null, null);
	}

	/** The date when the day is known. */
	public Optional<LocalDate> toDate() {
		Integer knownMonth = this.month;
		Integer knownDay = this.day;
		if (knownMonth == null || knownDay == null) {
			return Optional.empty();
		}
		return Optional.of(LocalDate.of(this.year, knownMonth, knownDay));
	}

}
