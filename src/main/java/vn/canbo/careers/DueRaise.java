package vn.canbo.careers;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A person whose next raise falls in a period.
 *
 * @param personId the record
 * @param fullName the name
 * @param agencyName the agency
 * @param salary the pay position and outlook
 * @param dueOn the day the raise is due
 * @param kind a step or a beyond-scale increase
 * @param newStep the step from then (steps only)
 * @param newCoefficient its coefficient (steps only)
 * @param newBeyondScalePercent the allowance from then (beyond scale only)
 */
public record DueRaise(long personId, String fullName, String agencyName, SalaryStatus salary, LocalDate dueOn,
		RaiseKind kind, @Nullable Integer newStep, @Nullable BigDecimal newCoefficient, int newBeyondScalePercent) {

}
