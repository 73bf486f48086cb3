package vn.canbo.planning;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A planning period as typed.
 *
 * @param unitId the managing unit
 * @param name what it is called
 * @param startYear the term's first year
 * @param endYear its last year
 * @param ageReferenceDate the date ages are measured at
 * @param validFrom in force from
 * @param validTo until (exclusive), if known
 */
public record NewPlanningPeriod(@Nullable Long unitId, @Nullable String name, @Nullable Integer startYear,
		@Nullable Integer endYear, @Nullable LocalDate ageReferenceDate, @Nullable LocalDate validFrom,
		@Nullable LocalDate validTo) {

}
