package vn.canbo.recruitment;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.Ethnicity;
import vn.canbo.people.Gender;
import vn.canbo.people.ProfessionalLevel;

/**
 * A candidate as entered or imported; see {@link CandidateView} for the fields. The
 * vacancy is named by its job position's code.
 */
public record CandidateInput(@Nullable String jobPositionCode, @Nullable String citizenId, @Nullable String fullName,
		@Nullable LocalDate birthDate, @Nullable Gender gender, @Nullable Ethnicity ethnicity,
		@Nullable Boolean vietnameseOnly, @Nullable Boolean residesInVietnam, @Nullable Boolean meetsOtherConditions,
		@Nullable ProfessionalLevel professionalLevel, @Nullable String professionalField,
		@Nullable List<PriorityCategory> priorities, @Nullable Integer insuredMonths, @Nullable String phone) {

}
