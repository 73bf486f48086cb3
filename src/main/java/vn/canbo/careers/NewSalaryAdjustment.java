package vn.canbo.careers;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Records an early raise or a delay for a person.
 *
 * @param kind early or delay
 * @param months how many months (an early raise at most 12)
 * @param reason why
 * @param decisionNumber the decision's number
 * @param decisionDate the decision's date
 * @param effectiveOn the day it counts from
 */
public record NewSalaryAdjustment(@Nullable AdjustmentKind kind, @Nullable Integer months, @Nullable String reason,
		@Nullable String decisionNumber, @Nullable LocalDate decisionDate, @Nullable LocalDate effectiveOn) {

}
