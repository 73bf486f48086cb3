package vn.canbo.targets;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.canbo.indicators.Measurement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status rule at its boundaries: a value equal to the target is achieved, equal to
 * the straight line is on track, a hair short of it behind; at the deadline not met is
 * missed; "at most" mirrors "at least"; nothing to count is no data.
 */
class ProgressTests {

	static final LocalDate START = LocalDate.of(2026, 1, 1);

	static final LocalDate END = LocalDate.of(2026, 12, 31);

	/** Day 182 of the 364 between START and END: the line is exactly halfway. */
	static final LocalDate HALFWAY = LocalDate.of(2026, 7, 2);

	static Target target(Comparison comparison, String value) {
		return new Target(1, 0, "test.women", 1, "T", "Thử", comparison, new BigDecimal(value), START, END, "01/NQ",
				START, "Thử", null, "t", Instant.EPOCH, "t", Instant.EPOCH);
	}

	static Reading share(LocalDate on, long value, long of) {
		return Reading.of(on, Measurement.share(value, of), true);
	}

	static Reading count(LocalDate on, long value) {
		return Reading.of(on, Measurement.count(value), false);
	}

	@Test
	void theStraightLineRunsFromTheBaselineToTheTargetAndStaysAtItsEnds() {
		BigDecimal from = new BigDecimal("20");
		BigDecimal to = new BigDecimal("60");
		assertThat(Progress.expected(from, START, to, END, HALFWAY)).isEqualByComparingTo("40");
		assertThat(Progress.expected(from, START, to, END, LocalDate.of(2026, 10, 1))).isEqualByComparingTo("50");
		assertThat(Progress.expected(from, START, to, END, START.minusDays(10))).isEqualByComparingTo("20");
		assertThat(Progress.expected(from, START, to, END, END)).isEqualByComparingTo("60");
		assertThat(Progress.expected(from, START, to, END, END.plusYears(1))).isEqualByComparingTo("60");
	}

	@Test
	void onTheLineIsOnTrackAndAHairShortIsBehind() {
		Target target = target(Comparison.AT_LEAST, "60.0");
		Reading baseline = share(START, 2, 10);
		Progress onLine = Progress.judge(target, true, 1, HALFWAY, baseline, share(HALFWAY, 4, 10));
		assertThat(onLine.expected()).isEqualByComparingTo("40");
		assertThat(onLine.status()).isEqualTo(TargetStatus.ON_TRACK);
		assertThat(onLine.percentOfTarget()).isEqualByComparingTo("66.7");
		// 3999/10000 = 39.99%: short of 40
		assertThat(Progress.judge(target, true, 1, HALFWAY, baseline, share(HALFWAY, 3999, 10000)).status())
			.isEqualTo(TargetStatus.BEHIND);
	}

	@Test
	void meetingTheTargetExactlyIsAchievedBeforeOrAfterTheDeadline() {
		Target target = target(Comparison.AT_LEAST, "60.0");
		Reading baseline = share(START, 2, 10);
		assertThat(Progress.judge(target, true, 1, HALFWAY, baseline, share(HALFWAY, 6, 10)).status())
			.isEqualTo(TargetStatus.ACHIEVED);
		Progress atDeadline = Progress.judge(target, true, 1, END, baseline, share(END, 3, 5));
		assertThat(atDeadline.status()).isEqualTo(TargetStatus.ACHIEVED);
		assertThat(atDeadline.percentOfTarget()).isEqualByComparingTo("100.0");
	}

	@Test
	void notMetOnTheDeadlineIsMissedAndTheDayBeforeIsStillJudgedByTheLine() {
		Target target = target(Comparison.AT_LEAST, "60.0");
		Reading baseline = share(START, 2, 10);
		assertThat(Progress.judge(target, true, 1, END, baseline, share(END, 59, 100)).status())
			.isEqualTo(TargetStatus.MISSED);
		assertThat(Progress.judge(target, true, 1, END.plusDays(30), baseline, share(END, 59, 100)).status())
			.isEqualTo(TargetStatus.MISSED);
		// the day before the deadline the line is at 59.89%: 59.9% is on track, 59%
		// behind
		LocalDate dayBefore = END.minusDays(1);
		assertThat(Progress.judge(target, true, 1, dayBefore, baseline, share(dayBefore, 599, 1000)).status())
			.isEqualTo(TargetStatus.ON_TRACK);
		assertThat(Progress.judge(target, true, 1, dayBefore, baseline, share(dayBefore, 59, 100)).status())
			.isEqualTo(TargetStatus.BEHIND);
	}

	@Test
	void atMostMirrorsAtLeast() {
		// from 10 surplus posts down to at most 2: halfway the line is at 6
		Target target = target(Comparison.AT_MOST, "2");
		Reading baseline = count(START, 10);
		Progress six = Progress.judge(target, false, 1, HALFWAY, baseline, count(HALFWAY, 6));
		assertThat(six.status()).isEqualTo(TargetStatus.ON_TRACK);
		assertThat(six.percentOfTarget()).isEqualByComparingTo("33.3");
		assertThat(Progress.judge(target, false, 1, HALFWAY, baseline, count(HALFWAY, 7)).status())
			.isEqualTo(TargetStatus.BEHIND);
		Progress two = Progress.judge(target, false, 1, HALFWAY, baseline, count(HALFWAY, 2));
		assertThat(two.status()).isEqualTo(TargetStatus.ACHIEVED);
		assertThat(two.percentOfTarget()).isEqualByComparingTo("100.0");
		assertThat(Progress.judge(target, false, 1, END, baseline, count(END, 3)).status())
			.isEqualTo(TargetStatus.MISSED);
	}

	@Test
	void nothingToCountIsNoDataAndNoBaselineLeavesOnlyAchievedOrBehind() {
		Target target = target(Comparison.AT_LEAST, "60.0");
		Progress empty = Progress.judge(target, true, 1, HALFWAY, share(START, 2, 10), share(HALFWAY, 0, 0));
		assertThat(empty.status()).isEqualTo(TargetStatus.NO_DATA);
		assertThat(empty.percentOfTarget()).isNull();
		Progress noBaseline = Progress.judge(target, true, 1, HALFWAY, Reading.none(START), share(HALFWAY, 5, 10));
		assertThat(noBaseline.expected()).isNull();
		assertThat(noBaseline.status()).isEqualTo(TargetStatus.BEHIND);
		assertThat(Progress.judge(target, true, 1, HALFWAY, Reading.none(START), share(HALFWAY, 7, 10)).status())
			.isEqualTo(TargetStatus.ACHIEVED);
	}

}
