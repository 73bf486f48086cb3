package vn.canbo.careers.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The period a list covers: from today for twelve months unless given. */
record Period(LocalDate from, LocalDate to) {

	static Period of(@Nullable LocalDate from, @Nullable LocalDate to, LocalDate today) {
		LocalDate start = (from == null) ? today : from;
		return new Period(start, (to == null) ? start.plusYears(1).minusDays(1) : to);
	}

}
