package vn.canbo.work.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.ui.FormValues;

/**
 * Months in links, forms and the API, read by {@link FormValues#month}: "2026-03" or an
 * ISO date of the month ("2026-03-01", any day counts as its month); none means this
 * month.
 */
final class Months {

	private Months() {
	}

	static LocalDate parse(@Nullable String text, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate month = FormValues.month(text, "month", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return (month != null) ? month : today.withDayOfMonth(1);
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
