package vn.canbo.staffing;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Corrects an assignment or ends it (the usual change: the last day is known), if it is
 * still at the version read.
 *
 * @param version the version read
 * @param validFrom first day held
 * @param validTo first day no longer held; null while held
 * @param termEnd end of the term or appointment
 * @param decisionNumber the decision's number
 * @param decisionDate the decision's date
 * @param note a note
 */
public record ChangeAssignment(@Nullable Long version, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
		@Nullable LocalDate termEnd, @Nullable String decisionNumber, @Nullable LocalDate decisionDate,
		@Nullable String note) {

}
