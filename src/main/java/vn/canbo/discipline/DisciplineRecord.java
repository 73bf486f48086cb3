package vn.canbo.discipline;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One discipline decision (quyết định kỷ luật) about a person.
 *
 * @param id the record's number
 * @param personId whose decision
 * @param system state or Party
 * @param form the form of discipline
 * @param dutyRelated whether the violation is linked to official duties
 * @param violation what was done, in short
 * @param decisionNumber the decision's number
 * @param authority who decided
 * @param decisionDate when it was signed
 * @param effectiveOn when it took effect (for the Party: its announcement)
 * @param countedYear the evaluation year it counts in when not its own (NĐ 48/2023)
 * @param evaluationYear the evaluation year it counts in
 * @param lapsesOn when it ceases to have effect; null when it never does
 * @param cancelledOn when it was cancelled, if it was
 * @param cancelReason why
 * @param version for optimistic locking
 * @param createdBy who recorded it
 * @param createdAt when
 * @param updatedBy who last changed it
 * @param updatedAt when
 */
public record DisciplineRecord(long id, long personId, DisciplineSystem system, DisciplineForm form,
		boolean dutyRelated, String violation, String decisionNumber, String authority, LocalDate decisionDate,
		LocalDate effectiveOn, @Nullable Integer countedYear, int evaluationYear, @Nullable LocalDate lapsesOn,
		@Nullable LocalDate cancelledOn, @Nullable String cancelReason, long version, String createdBy,
		Instant createdAt, String updatedBy, Instant updatedAt) {

	public boolean cancelled() {
		return this.cancelledOn != null;
	}

	/**
	 * Whether the decision has effect on the day: taken effect, not lapsed or cancelled.
	 */
	public boolean inForceOn(LocalDate day) {
		return !cancelled() && !day.isBefore(this.effectiveOn)
				&& (this.lapsesOn == null || day.isBefore(this.lapsesOn));
	}

}
