package vn.canbo.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.canbo.discipline.DisciplineForm;
import vn.canbo.discipline.DisciplineSystem;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;
import vn.canbo.rules.EvaluationLevel;

/**
 * What eligibility is judged on for one person, as read in a few set-based queries for
 * any number of people ({@link PlanningStore#facts}).
 *
 * @param person the record's facts
 * @param decisions the discipline decisions (not cancelled) that took effect by the date
 * @param votes the confidence-vote results held by the date, latest first
 * @param ratings the approved annual levels by year
 */
record PlanningFacts(Person person, List<Decision> decisions, List<VoteResult> votes,
		Map<Integer, EvaluationLevel> ratings) {

	PlanningFacts {
		decisions = List.copyOf(decisions);
		votes = List.copyOf(votes);
		ratings = Map.copyOf(ratings);
	}

	/** The published facts of a person record. */
	record Person(long id, String fullName, @Nullable Gender gender, @Nullable Integer birthYear,
			@Nullable Integer birthMonth, @Nullable PersonnelCategory category,
			@Nullable ProfessionalLevel professional, @Nullable PoliticalTheoryLevel theory,
			@Nullable StateManagementLevel management, @Nullable Long agencyId) {
	}

	/** A discipline decision as the discipline module publishes it. */
	record Decision(DisciplineSystem system, DisciplineForm form, String decisionNumber, LocalDate decisionDate,
			LocalDate effectiveOn) {
	}

	/** A confidence-vote result with its conference's attendance. */
	record VoteResult(LocalDate heldOn, int summoned, int present, int high, int confidence, int low, int invalid) {

		int ballots() {
			return this.high + this.confidence + this.low + this.invalid;
		}

	}

	/**
	 * How full the plan already is, without the person asked about.
	 *
	 * @param onTitle others planned for the title of the unit
	 * @param titleSlots how many posts of the title the unit has
	 * @param personTitles other titles the person is planned for at the same level
	 * (committee memberships not counted)
	 */
	record Caps(int onTitle, int titleSlots, int personTitles) {
	}

}
