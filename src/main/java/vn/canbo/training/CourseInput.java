package vn.canbo.training;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;

/** The values of a course as entered; every one is checked by the facade. */
public record CourseInput(@Nullable Long personId, @Nullable CourseKind kind, @Nullable String title,
		@Nullable String provider, @Nullable Integer periods, @Nullable LocalDate startDate,
		@Nullable LocalDate endDate, @Nullable String certificate, @Nullable Funding funding,
		@Nullable PoliticalTheoryLevel grantsPoliticalTheory, @Nullable StateManagementLevel grantsStateManagement,
		@Nullable ProfessionalLevel grantsProfessional, @Nullable String note) {
}
