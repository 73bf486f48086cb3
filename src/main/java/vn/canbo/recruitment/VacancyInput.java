package vn.canbo.recruitment;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.ProfessionalLevel;

/**
 * A vacancy's places, requirements and method as the officer changes them; see
 * {@link VacancyView} for the fields. The rank is named by its code (e.g. 06.031).
 */
public record VacancyInput(@Nullable Integer seats, @Nullable ProfessionalLevel minProfessionalLevel,
		@Nullable String professionalFields, @Nullable String rankCode, @Nullable Method method,
		@Nullable ExamForm examForm, boolean roundOne, @Nullable Integer roundOneQuestions) {

}
