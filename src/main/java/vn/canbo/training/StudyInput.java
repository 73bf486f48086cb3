package vn.canbo.training;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.ProfessionalLevel;

/** The values of a state-funded study as entered; checked by the facade. */
public record StudyInput(@Nullable Long personId, @Nullable ProfessionalLevel degreeLevel, @Nullable String field,
		@Nullable String institution, @Nullable LocalDate startDate, @Nullable LocalDate endDate, @Nullable Long cost,
		@Nullable Integer priorServiceYears, @Nullable LocalDate leftOn, @Nullable LeaveReason leaveReason,
		@Nullable Long costSoFar, @Nullable String note) {
}
