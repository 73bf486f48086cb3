package vn.canbo.discipline.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.canbo.discipline.Disciplines;

/** The period a report covers: the last five calendar years to today unless given. */
record ReportPeriod(LocalDate from, LocalDate to) {

	static ReportPeriod of(@Nullable LocalDate from, @Nullable LocalDate to, LocalDate today) {
		LocalDate end = (to == null) ? today : to;
		LocalDate start = (from == null) ? LocalDate.of(end.getYear() - Disciplines.DEFAULT_YEARS + 1, 1, 1) : from;
		return new ReportPeriod(start, end);
	}

}
