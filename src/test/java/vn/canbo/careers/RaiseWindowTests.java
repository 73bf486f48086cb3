package vn.canbo.careers;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The days a step may have been taken for its raise to fall in a period: the bounds the
 * database compares instead of adding the interval to every record.
 */
class RaiseWindowTests {

	@ParameterizedTest
	@CsvSource({ "36, 2026-12-08, 2027-12-07, 2023-12-08, 2024-12-07",
			// 28/02 + 1 month is 28/03: only from 01/03 does a month reach 31/03.
			"1, 2026-03-31, 2026-04-30, 2026-03-01, 2026-03-31",
			// A leap day: 28/02/2027 + 12 months is 28/02/2028, before 29/02/2028.
			"12, 2028-02-29, 2029-02-28, 2027-03-01, 2028-02-29",
			// 31/08 + 6 months is 28/02 (2027 is not a leap year): it qualifies.
			"6, 2027-02-28, 2027-03-30, 2026-08-28, 2026-09-30" })
	void theBoundsAreTheFirstAndLastDayWhoseStepStartsInThePeriod(int months, LocalDate from, LocalDate to,
			LocalDate first, LocalDate last) {
		assertThat(CareerQueries.sinceBounds(months, from, to)).containsExactly(first, last);
	}

	@ParameterizedTest
	@CsvSource({ "12, 2026-12-08, 2027-12-07", "24, 2027-01-31, 2027-02-28", "36, 2028-02-29, 2029-02-28",
			"1, 2026-03-29, 2026-03-31" })
	void everyDayBetweenTheBoundsAndNoOtherStartsItsStepInThePeriod(int months, LocalDate from, LocalDate to) {
		LocalDate[] bounds = CareerQueries.sinceBounds(months, from, to);
		for (LocalDate since = from.minusMonths(months + 2); since.isBefore(to); since = since.plusDays(1)) {
			LocalDate start = since.plusMonths(months);
			boolean due = !start.isBefore(from) && !start.isAfter(to);
			boolean between = !since.isBefore(bounds[0]) && !since.isAfter(bounds[1]);
			assertThat(between).as("step taken on %s starts on %s", since, start).isEqualTo(due);
		}
	}

}
