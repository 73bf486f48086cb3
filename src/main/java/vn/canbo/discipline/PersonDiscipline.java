package vn.canbo.discipline;

import java.util.List;

/**
 * A person's discipline decisions, each with its effects, as the user may see them.
 *
 * @param person who
 * @param decisions the decisions, latest first, cancelled ones included
 * @param editable whether the user may record, correct and cancel decisions
 */
public record PersonDiscipline(DisciplinedPerson person, List<Decision> decisions, boolean editable) {

	public PersonDiscipline {
		decisions = List.copyOf(decisions);
	}

	/**
	 * A decision with what it entails.
	 *
	 * @param record the decision
	 * @param effects its effects and the rules behind them
	 */
	public record Decision(DisciplineRecord record, DisciplineEffects effects) {
	}

}
