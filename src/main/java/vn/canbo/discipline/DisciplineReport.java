package vn.canbo.discipline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * "Disciplined in N years" for a unit's subtree: people and decisions per year and form
 * over a period, with the decisions behind the numbers.
 *
 * @param from first day of the period
 * @param to last day
 * @param forms the forms that occur, in severity order (the columns)
 * @param years one line per year of the period, earliest first
 * @param total the whole period (a person disciplined in two years counts once)
 * @param decisions the decisions behind the numbers, latest first
 */
public record DisciplineReport(LocalDate from, LocalDate to, List<DisciplineForm> forms, List<Line> years, Line total,
		List<Entry> decisions) {

	public DisciplineReport {
		forms = List.copyOf(forms);
		years = List.copyOf(years);
		decisions = List.copyOf(decisions);
	}

	/**
	 * One line of counts.
	 *
	 * @param year the year, or 0 for the whole period
	 * @param people how many people received a decision
	 * @param decisions how many decisions
	 * @param byForm decisions per form
	 */
	public record Line(int year, long people, long decisions, Map<DisciplineForm, Long> byForm) {

		public Line {
			byForm = Map.copyOf(byForm);
		}

		public long count(DisciplineForm form) {
			return this.byForm.getOrDefault(form, 0L);
		}

	}

	/** A decision with its person. */
	public record Entry(DisciplineRecord record, DisciplinedPerson person) {
	}

}
