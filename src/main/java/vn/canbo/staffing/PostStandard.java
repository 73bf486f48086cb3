package vn.canbo.staffing;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;

/**
 * One version of the standards (tiêu chuẩn) a title or job position requires; a person
 * meets the standard (đạt chuẩn) when every stated requirement holds.
 *
 * @param id the version
 * @param titleId the title it is for, or null
 * @param jobPositionId the job position it is for, or null
 * @param validFrom first day in force; null when earlier than our records
 * @param validTo first day no longer in force; null while in force
 * @param minGeneralEducation the lowest general-education grade out of 12
 * @param minProfessionalLevel the lowest professional qualification
 * @param professionalFields the accepted fields (the person's field starts with one);
 * empty for any
 * @param minPoliticalTheory the lowest political-theory level
 * @param minStateManagement the lowest state-management level
 * @param minAge the lowest age in years
 * @param maxAge the highest age in years
 * @param citation the legal source
 * @param confirmed false when the source text could not be checked: shown as such
 * @param createdBy who added the version (null for the shipped ones)
 */
public record PostStandard(long id, @Nullable Long titleId, @Nullable Long jobPositionId, @Nullable LocalDate validFrom,
		@Nullable LocalDate validTo, @Nullable Integer minGeneralEducation,
		@Nullable ProfessionalLevel minProfessionalLevel, List<String> professionalFields,
		@Nullable PoliticalTheoryLevel minPoliticalTheory, @Nullable StateManagementLevel minStateManagement,
		@Nullable Integer minAge, @Nullable Integer maxAge, String citation, boolean confirmed,
		@Nullable String createdBy) {

	public PostStandard {
		professionalFields = (professionalFields == null) ? List.of() : List.copyOf(professionalFields);
		citation = (citation == null) ? "" : citation;
	}

}
