package vn.canbo.planning;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One person planned (người được quy hoạch) for a title of a unit in a period.
 *
 * @param id the entry
 * @param version for optimistic locking
 * @param periodId the period
 * @param unitId the unit whose title it is
 * @param unitName its name
 * @param titleCode the title
 * @param personId who
 * @param fullName their name
 * @param gender MALE or FEMALE
 * @param birthYear their year of birth
 * @param source đối tượng 1 or 2
 * @param step the procedure step that put them there
 * @param summoned those summoned to its conference
 * @param present those present
 * @param votesFor the votes for them
 * @param decisionNumber the approving decision
 * @param decisionDate its date
 * @param decisionBody who approved
 * @param readiness when ready: now, in 1–2 years, later
 * @param addedOn planned from
 * @param removedOn removed on; null while planned
 * @param removalCase why removed
 * @param removalDecision the decision that removed them
 */
public record PlanEntry(long id, long version, long periodId, long unitId, String unitName, String titleCode,
		long personId, String fullName, String gender, int birthYear, int source, PlanningStep step,
		@Nullable Integer summoned, @Nullable Integer present, @Nullable Integer votesFor, String decisionNumber,
		LocalDate decisionDate, String decisionBody, Readiness readiness, LocalDate addedOn,
		@Nullable LocalDate removedOn, @Nullable RemovalCase removalCase, @Nullable String removalDecision,
		@Nullable String ethnicity) {

	public boolean activeOn(LocalDate day) {
		return !day.isBefore(this.addedOn) && (this.removedOn == null || day.isBefore(this.removedOn));
	}

	Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("periodId", this.periodId);
		values.put("unitId", this.unitId);
		values.put("titleCode", this.titleCode);
		values.put("personId", this.personId);
		values.put("source", this.source);
		values.put("step", this.step);
		values.put("summoned", this.summoned);
		values.put("present", this.present);
		values.put("votesFor", this.votesFor);
		values.put("decisionNumber", this.decisionNumber);
		values.put("decisionDate", this.decisionDate);
		values.put("decisionBody", this.decisionBody);
		values.put("readiness", this.readiness);
		values.put("addedOn", this.addedOn);
		values.put("removedOn", this.removedOn);
		values.put("removalCase", this.removalCase);
		values.put("removalDecision", this.removalDecision);
		return values;
	}

}
