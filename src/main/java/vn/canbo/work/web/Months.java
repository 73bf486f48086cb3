package vn.canbo.work.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;

/**
 * Months in links and forms: "2026-03" or an ISO date of the month ("2026-03-01", any day
 * counts as its month); none means this month.
 */
final class Months {

	private Months() {
	}

	static LocalDate parse(@Nullable String text, LocalDate today) {
		if (text == null || text.isBlank()) {
			return today.withDayOfMonth(1);
		}
		String value = text.strip();
		try {
			return (value.length() > 7) ? LocalDate.parse(value).withDayOfMonth(1) : YearMonth.parse(value).atDay(1);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(List.of(FieldProblem.of("month", "work.error.month.invalid", text)));
		}
	}

	/**
	 * The month of a page's filter: as {@link #parse}, but text that is not a month shows
	 * this month rather than an error (a hand-edited address still opens the page).
	 */
	static LocalDate orThisMonth(@Nullable String text, LocalDate today) {
		try {
			return parse(text, today);
		}
		catch (InvalidInputException ex) {
			return today.withDayOfMonth(1);
		}
	}

}
