package vn.canbo.careers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.canbo.discipline.RaiseDelay;

/**
 * The raises a step held since a day leads to: the first after the table's interval plus
 * the manual adjustments (the next step, or at the last step the start of the
 * beyond-scale allowance), then, at the last step, one a year. Each is pushed back by the
 * discipline decisions that take effect during its own wait, "trong thời gian giữ bậc"
 * (TT 08/2013 Điều 2 khoản 3): from the step's date, or the previous rise, up to the day
 * before the raise, that day counted with the delays already found, so a decision taking
 * effect in an extension delays again. A decision taking effect on the day of the raise
 * or later belongs to the next wait; one before the step's date was counted in the
 * previous step.
 */
final class RaiseTimeline {

	private final LocalDate since;

	private final int months;

	private final List<RaiseDelay> delays;

	private final List<LocalDate> rises = new ArrayList<>();

	/** How many of the delays, in order, count up to the rise of the same index. */
	private final List<Integer> counted = new ArrayList<>();

	private int firstDelayMonths;

	private int laterDelayMonths;

	RaiseTimeline(LocalDate since, int months, List<RaiseDelay> delays) {
		this.since = since;
		this.months = Math.max(0, months);
		this.delays = delays.stream()
			.filter((delay) -> !delay.effectiveOn().isBefore(since))
			.sorted(Comparator.comparing(RaiseDelay::effectiveOn))
			.toList();
	}

	/** The day of a raise: 0 the first, 1 the year after, and so on. */
	LocalDate rise(int index) {
		while (this.rises.size() <= index) {
			extend();
		}
		return this.rises.get(index);
	}

	/** The delays that moved the raise, earlier raises' included, by day. */
	List<RaiseDelay> delaysOf(int index) {
		rise(index);
		return this.delays.subList(0, this.counted.get(index));
	}

	/** The first raise on or after the day. */
	int firstFrom(LocalDate day) {
		int index = 0;
		while (rise(index).isBefore(day)) {
			index++;
		}
		return index;
	}

	private void extend() {
		int index = this.rises.size();
		int next = (index == 0) ? 0 : this.counted.get(index - 1);
		LocalDate day = day(index);
		while (next < this.delays.size() && this.delays.get(next).effectiveOn().isBefore(day)) {
			if (index == 0) {
				this.firstDelayMonths += this.delays.get(next).months();
			}
			else {
				this.laterDelayMonths += this.delays.get(next).months();
			}
			next++;
			day = day(index);
		}
		this.rises.add(day);
		this.counted.add(next);
	}

	private LocalDate day(int index) {
		LocalDate first = this.since.plusMonths(this.months + this.firstDelayMonths);
		return (index == 0) ? first : first.plusYears(index).plusMonths(this.laterDelayMonths);
	}

}
