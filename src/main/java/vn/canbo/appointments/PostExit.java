package vn.canbo.appointments;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A resignation, removal or suspension recorded.
 *
 * @param id the record
 * @param personId the person
 * @param personName their name
 * @param unitId the unit
 * @param titleCode the title
 * @param assignmentId the post in staffing
 * @param kind resignation, removal or suspension
 * @param reason its case
 * @param decisionNumber the decision's number
 * @param decisionDate its date
 * @param effectiveOn when it takes effect
 * @param suspendedUntil the end of a suspension
 * @param note a note
 */
public record PostExit(long id, long personId, String personName, long unitId, String titleCode, long assignmentId,
		ExitKind kind, String reason, String decisionNumber, LocalDate decisionDate, LocalDate effectiveOn,
		@Nullable LocalDate suspendedUntil, @Nullable String note) {

}
