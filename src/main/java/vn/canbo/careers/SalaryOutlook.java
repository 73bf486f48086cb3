package vn.canbo.careers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.canbo.rules.SalaryRaiseRule;
import vn.canbo.rules.SalaryRank;
import vn.canbo.rules.SalaryTable;

/**
 * The regular-raise arithmetic of TT 08/2013/TT-BNV: the next step after the table's
 * interval plus delays minus early raises; at the last step, after one more such wait,
 * the beyond-scale allowance at its first percentage, rising each further year.
 */
final class SalaryOutlook {

	private SalaryOutlook() {
	}

	/** The status of someone with a salary history, as of the day. */
	static SalaryStatus of(PersonFacts facts, Optional<SalaryRank> rank, SalaryRaiseRule rule, int adjustmentMonths,
			LocalDate asOf) {
		String code = Objects.requireNonNull(facts.rankCode());
		int step = Objects.requireNonNull(facts.step());
		LocalDate since = Objects.requireNonNull(facts.since());
		if (rank.isEmpty()) {
			return new SalaryStatus(code, null, null, step, 0, facts.coefficient(), since, 0, adjustmentMonths, null,
					null, null, false, 0, null, 0, rule.version());
		}
		SalaryTable table = rank.get().table();
		int interval = rule.intervalMonths(table.raiseGroup());
		LocalDate due = since.plusMonths(Math.max(0, interval + adjustmentMonths));
		BigDecimal coefficient = (facts.coefficient() != null) ? facts.coefficient()
				: table.coefficient(Math.min(step, table.steps()));
		if (step < table.steps()) {
			return new SalaryStatus(code, rank.get().name(), table.code(), step, table.steps(), coefficient, since,
					interval, adjustmentMonths, due, step + 1, table.coefficient(step + 1), false, 0, null, 0,
					rule.version());
		}
		int percent = 0;
		LocalDate next = due;
		int nextPercent = rule.beyondScaleFirstPercent();
		if (!asOf.isBefore(due)) {
			long years = ChronoUnit.YEARS.between(due, asOf);
			percent = (int) (rule.beyondScaleFirstPercent() + years * rule.beyondScaleYearlyPercent());
			next = due.plusYears(years + 1);
			nextPercent = percent + rule.beyondScaleYearlyPercent();
		}
		return new SalaryStatus(code, rank.get().name(), table.code(), step, table.steps(), coefficient, since,
				interval, adjustmentMonths, null, null, null, true, percent, next, nextPercent, rule.version());
	}

	/**
	 * The first raise due on or after {@code from}, if it falls on or before {@code to}.
	 */
	static @Nullable DueRaise dueBetween(PersonFacts facts, SalaryStatus status, SalaryRaiseRule rule, LocalDate from,
			LocalDate to) {
		if (!status.rankKnown()) {
			return null;
		}
		if (!status.atLastStep()) {
			LocalDate due = Objects.requireNonNull(status.nextRaiseOn());
			return (due.isBefore(from) || due.isAfter(to)) ? null : new DueRaise(facts.id(), facts.fullName(),
					facts.agencyName(), status, due, RaiseKind.STEP, status.nextStep(), status.nextCoefficient(), 0);
		}
		LocalDate start = status.since().plusMonths(Math.max(0, status.intervalMonths() + status.adjustmentMonths()));
		long years = start.isBefore(from) ? ChronoUnit.YEARS.between(start, from) : 0;
		LocalDate due = start.plusYears(years);
		if (due.isBefore(from)) {
			years++;
			due = start.plusYears(years);
		}
		if (due.isAfter(to)) {
			return null;
		}
		int percent = (int) (rule.beyondScaleFirstPercent() + years * rule.beyondScaleYearlyPercent());
		return new DueRaise(facts.id(), facts.fullName(), facts.agencyName(), status, due, RaiseKind.BEYOND_SCALE, null,
				null, percent);
	}

}
