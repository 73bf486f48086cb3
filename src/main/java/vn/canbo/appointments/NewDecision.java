package vn.canbo.appointments;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The decision of a case.
 *
 * @param version the case's version read
 * @param decisionNumber its number
 * @param decisionDate its date
 * @param effectiveOn when the post starts; the decision's date when null
 */
public record NewDecision(@Nullable Long version, @Nullable String decisionNumber, @Nullable LocalDate decisionDate,
		@Nullable LocalDate effectiveOn) {

}
