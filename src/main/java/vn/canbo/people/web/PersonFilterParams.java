package vn.canbo.people.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

import vn.canbo.people.Ethnicity;
import vn.canbo.people.Gender;
import vn.canbo.people.GeneralEducation;
import vn.canbo.people.PersonFilter;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;

/**
 * The list filter as request parameters (ethnicity by its two-digit code, name or
 * constant: {@link EthnicityParameter}; the date as {@code YYYY-MM-DD}; general education
 * as {@code upperSecondary}), shared by the list page, the API list and both exports. A
 * value that is none of these is a 400 naming the parameter.
 */
record PersonFilterParams(@Nullable Long unitId, @Nullable String q, @Nullable PersonnelCategory category,
		@Nullable Gender gender, @Nullable Integer ageFrom, @Nullable Integer ageTo, @Nullable Ethnicity ethnicity,
		@Nullable Boolean minorityOnly, @Nullable ProfessionalLevel professionalLevel,
		@Nullable PoliticalTheoryLevel politicalTheory, @Nullable StateManagementLevel stateManagement,
		@Nullable Boolean partyMember, @Nullable Boolean local,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
		@Nullable ProfessionalLevel professionalLevelIs, @Nullable PoliticalTheoryLevel politicalTheoryIs,
		@Nullable StateManagementLevel stateManagementIs, @Nullable Boolean religious,
		@Nullable GeneralEducation education) {

	PersonFilter toFilter() {
		return new PersonFilter(this.unitId, this.q == null || this.q.isBlank() ? null : this.q.strip(), this.category,
				this.gender, this.ageFrom, this.ageTo, this.ethnicity, this.minorityOnly, this.professionalLevel,
				this.politicalTheory, this.stateManagement, this.partyMember, this.local, this.asOf,
				this.professionalLevelIs, this.politicalTheoryIs, this.stateManagementIs, this.religious,
				this.education);
	}

}
