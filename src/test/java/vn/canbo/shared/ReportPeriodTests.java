package vn.canbo.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one way a report reads its period from a request. */
class ReportPeriodTests {

	static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

	@Test
	void listsAheadCoverTwelveMonthsFromTodayOrTheGivenStart() {
		assertThat(ReportPeriod.nextTwelveMonths(null, null, TODAY))
			.isEqualTo(new ReportPeriod(TODAY, LocalDate.of(2027, 5, 13)));
		assertThat(ReportPeriod.nextTwelveMonths(LocalDate.of(2026, 1, 1), null, TODAY))
			.isEqualTo(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
		assertThat(ReportPeriod.nextTwelveMonths(null, LocalDate.of(2026, 6, 30), TODAY))
			.isEqualTo(new ReportPeriod(TODAY, LocalDate.of(2026, 6, 30)));
	}

	@Test
	void reportsBackCoverWholeCalendarYearsToTodayOrTheGivenEnd() {
		assertThat(ReportPeriod.lastCalendarYears(null, null, TODAY, 5))
			.isEqualTo(new ReportPeriod(LocalDate.of(2022, 1, 1), TODAY));
		assertThat(ReportPeriod.lastCalendarYears(null, LocalDate.of(2024, 3, 1), TODAY, 5))
			.isEqualTo(new ReportPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 3, 1)));
		assertThat(ReportPeriod.lastCalendarYears(LocalDate.of(2025, 7, 1), null, TODAY, 5))
			.isEqualTo(new ReportPeriod(LocalDate.of(2025, 7, 1), TODAY));
	}

}
