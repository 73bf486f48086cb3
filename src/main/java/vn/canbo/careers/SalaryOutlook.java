package vn.canbo.careers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.canbo.discipline.RaiseDelay;
import vn.canbo.rules.SalaryRaiseRule;
import vn.canbo.rules.SalaryRank;
import vn.canbo.rules.SalaryTable;

/**
 * The regular-raise arithmetic of TT 08/2013/TT-BNV: the next step after the table's
 * interval plus delays minus early raises; at the last step, after one more such wait,
 * the beyond-scale allowance at its first percentage, rising each further year. The
 * discipline decisions delay the raise whose wait they fall in ({@link RaiseTimeline}).
 */
final class SalaryOutlook {

	private SalaryOutlook() {
	}

	/**
	 * The status of someone with a salary history, as of the day; the decisions are named
	 * only when {@code shown}.
	 */
	static SalaryStatus of(PersonFacts facts, Optional<SalaryRank> rank, SalaryRaiseRule rule, int adjustmentMonths,
			List<RaiseDelay> delays, List<RatingDelay> ratings, boolean shown, LocalDate asOf) {
		String code = Objects.requireNonNull(facts.rankCode());
		int step = Objects.requireNonNull(facts.step());
		LocalDate since = Objects.requireNonNull(facts.since());
		if (rank.isEmpty()) {
			return new SalaryStatus(code, null, null, step, 0, facts.coefficient(), since, 0, adjustmentMonths,
					List.of(), List.of(), null, null, null, false, 0, null, 0, rule.version());
		}
		SalaryTable table = rank.get().table();
		int interval = rule.intervalMonths(table.raiseGroup());
		RaiseTimeline timeline = new RaiseTimeline(since, interval + adjustmentMonths, delays, ratings);
		BigDecimal coefficient = (facts.coefficient() != null) ? facts.coefficient()
				: table.coefficient(Math.min(step, table.steps()));
		if (step < table.steps()) {
			return new SalaryStatus(code, rank.get().name(), table.code(), step, table.steps(), coefficient, since,
					interval, adjustmentMonths, shown(timeline.delaysOf(0), shown), timeline.ratingsOf(0),
					timeline.rise(0), step + 1, table.coefficient(step + 1), false, 0, null, 0, rule.version());
		}
		int percent = 0;
		int next = 0;
		if (!asOf.isBefore(timeline.rise(0))) {
			next = timeline.firstFrom(asOf.plusDays(1));
			percent = rule.beyondScaleFirstPercent() + (next - 1) * rule.beyondScaleYearlyPercent();
		}
		int nextPercent = (next == 0) ? rule.beyondScaleFirstPercent() : percent + rule.beyondScaleYearlyPercent();
		return new SalaryStatus(code, rank.get().name(), table.code(), step, table.steps(), coefficient, since,
				interval, adjustmentMonths, shown(timeline.delaysOf(next), shown), timeline.ratingsOf(next), null, null,
				null, true, percent, timeline.rise(next), nextPercent, rule.version());
	}

	/**
	 * The first raise due on or after {@code from}, if it falls on or before {@code to}.
	 */
	static @Nullable DueRaise dueBetween(PersonFacts facts, SalaryStatus status, SalaryRaiseRule rule,
			List<RaiseDelay> delays, List<RatingDelay> ratings, boolean shown, LocalDate from, LocalDate to) {
		if (!status.rankKnown()) {
			return null;
		}
		RaiseTimeline timeline = new RaiseTimeline(status.since(), status.intervalMonths() + status.adjustmentMonths(),
				delays, ratings);
		int index = timeline.firstFrom(from);
		LocalDate due = timeline.rise(index);
		if (due.isAfter(to) || (!status.atLastStep() && index > 0)) {
			return null;
		}
		List<DisciplineDelay> moved = shown(timeline.delaysOf(index), shown);
		if (!status.atLastStep()) {
			return new DueRaise(facts.id(), facts.fullName(), facts.agencyName(), status, due, RaiseKind.STEP,
					status.nextStep(), status.nextCoefficient(), 0, moved, timeline.ratingsOf(index));
		}
		int percent = rule.beyondScaleFirstPercent() + index * rule.beyondScaleYearlyPercent();
		return new DueRaise(facts.id(), facts.fullName(), facts.agencyName(), status, due, RaiseKind.BEYOND_SCALE, null,
				null, percent, moved, timeline.ratingsOf(index));
	}

	private static List<DisciplineDelay> shown(List<RaiseDelay> delays, boolean shown) {
		return delays.stream().map((delay) -> DisciplineDelay.of(delay, shown)).toList();
	}

}
