package vn.canbo.planning;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A person to add to a plan, as typed (each value checked and a bad one reported against
 * its field).
 *
 * @param periodId the planning period
 * @param unitId the unit whose title it is
 * @param titleCode the title
 * @param personId who
 * @param source đối tượng 1 or 2
 * @param step the procedure step that put them there
 * @param summoned those summoned to its conference
 * @param present those present
 * @param votesFor the votes for them
 * @param decisionNumber the approving decision's number
 * @param decisionDate its date
 * @param decisionBody who approved
 * @param readiness when ready (default: now for đối tượng 1, later for 2)
 * @param addedOn planned from (default the decision's date)
 * @param note a remark
 */
public record NewPlanEntry(@Nullable Long periodId, @Nullable Long unitId, @Nullable String titleCode,
		@Nullable Long personId, @Nullable Integer source, @Nullable PlanningStep step, @Nullable Integer summoned,
		@Nullable Integer present, @Nullable Integer votesFor, @Nullable String decisionNumber,
		@Nullable LocalDate decisionDate, @Nullable String decisionBody, @Nullable Readiness readiness,
		@Nullable LocalDate addedOn, @Nullable String note) {

}
