package vn.canbo.appointments;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A resignation, removal or suspension to record against a post held.
 *
 * @param assignmentId the post held (staffing assignment)
 * @param kind resignation, removal or suspension
 * @param reason one of the kind's cases
 * @param decisionNumber the decision's number
 * @param decisionDate its date
 * @param effectiveOn when it takes effect
 * @param suspendedUntil the end of a suspension
 * @param note a note
 */
public record NewExit(@Nullable Long assignmentId, @Nullable ExitKind kind, @Nullable String reason,
		@Nullable String decisionNumber, @Nullable LocalDate decisionDate, @Nullable LocalDate effectiveOn,
		@Nullable LocalDate suspendedUntil, @Nullable String note) {

}
