package vn.canbo.careers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
 * @param disciplineDelays the discipline decisions that moved this raise, by day
 * @param ratingDelays the years rated "not completed" that moved it
 */
public record DueRaise(long personId, String fullName, String agencyName, SalaryStatus salary, LocalDate dueOn,
		RaiseKind kind, @Nullable Integer newStep, @Nullable BigDecimal newCoefficient, int newBeyondScalePercent,
		List<DisciplineDelay> disciplineDelays, List<RatingDelay> ratingDelays) {

	public DueRaise {
		disciplineDelays = List.copyOf(disciplineDelays);
		ratingDelays = List.copyOf(ratingDelays);
	}

}
