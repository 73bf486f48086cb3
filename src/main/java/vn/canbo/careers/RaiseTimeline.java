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

	private final List<Entry> delays;

	private final List<LocalDate> rises = new ArrayList<>();

	/** How many of the delays, in order, count up to the rise of the same index. */
	private final List<Integer> counted = new ArrayList<>();

	private int firstDelayMonths;

	private int laterDelayMonths;

	/**
	 * The timeline of the discipline delays and the years rated "not completed", which
	 * count like decisions taking effect on the year's last day (TT 08/2013 adds both).
	 */
	RaiseTimeline(LocalDate since, int months, List<RaiseDelay> delays, List<RatingDelay> ratings) {
		this.since = since;
		this.months = Math.max(0, months);
		List<Entry> entries = new ArrayList<>();
		delays.forEach((delay) -> entries.add(new Entry(delay.effectiveOn(), delay.months(), delay)));
		ratings.forEach((rating) -> entries.add(new Entry(rating.effectiveOn(), rating.months(), rating)));
		this.delays = entries.stream()
			.filter((entry) -> !entry.on().isBefore(since))
			.sorted(Comparator.comparing(Entry::on))
			.toList();
	}

	/** The day of a raise: 0 the first, 1 the year after, and so on. */
	LocalDate rise(int index) {
		while (this.rises.size() <= index) {
			extend();
		}
		return this.rises.get(index);
	}

	/** The discipline delays that moved the raise, earlier raises' included, by day. */
	List<RaiseDelay> delaysOf(int index) {
		return causesOf(index, RaiseDelay.class);
	}

	/** The years rated not completed that moved the raise, earlier raises' included. */
	List<RatingDelay> ratingsOf(int index) {
		return causesOf(index, RatingDelay.class);
	}

	private <T> List<T> causesOf(int index, Class<T> type) {
		rise(index);
		return this.delays.subList(0, this.counted.get(index))
			.stream()
			.map(Entry::cause)
			.filter(type::isInstance)
			.map(type::cast)
			.toList();
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
		while (next < this.delays.size() && this.delays.get(next).on().isBefore(day)) {
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

	/** A delay on the timeline: a discipline decision or a year rated not completed. */
	private record Entry(LocalDate on, int months, Object cause) {
	}

}
