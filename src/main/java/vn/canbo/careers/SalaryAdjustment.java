package vn.canbo.careers;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An early raise or a delay of a person's next salary step (điều chỉnh thời gian nâng bậc
 * lương), counted for the step held on its effective day.
 *
 * @param id the adjustment's identifier
 * @param personId whose
 * @param kind early or delay
 * @param months how many months
 * @param reason why (the award, the discipline, the rating)
 * @param decisionNumber the decision's number
 * @param decisionDate the decision's date
 * @param effectiveOn the day it counts from
 * @param createdBy who entered it
 * @param createdAt when
 */
public record SalaryAdjustment(long id, long personId, AdjustmentKind kind, int months, String reason,
		@Nullable String decisionNumber, @Nullable LocalDate decisionDate, LocalDate effectiveOn, String createdBy,
		Instant createdAt) {

	/** The months added to the wait for the next raise (negative for an early raise). */
	public int signedMonths() {
		return (this.kind == AdjustmentKind.DELAY) ? this.months : -this.months;
	}

}
