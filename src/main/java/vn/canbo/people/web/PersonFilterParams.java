package vn.canbo.people.web;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.Ethnicity;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonFilter;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;

/**
 * The list filter as request parameters (ethnicity by its two-digit code, name or
 * constant: {@link EthnicityParameter}), shared by the list page, the API list and both
 * exports. A value that is none of these is a 400 naming the parameter.
 */
record PersonFilterParams(@Nullable Long unitId, @Nullable String q, @Nullable PersonnelCategory category,
		@Nullable Gender gender, @Nullable Integer ageFrom, @Nullable Integer ageTo, @Nullable Ethnicity ethnicity,
		@Nullable Boolean minorityOnly, @Nullable ProfessionalLevel professionalLevel,
		@Nullable PoliticalTheoryLevel politicalTheory, @Nullable StateManagementLevel stateManagement,
		@Nullable Boolean partyMember, @Nullable Boolean local) {

	PersonFilter toFilter() {
		return new PersonFilter(this.unitId, this.q == null || this.q.isBlank() ? null : this.q.strip(), this.category,
				this.gender, this.ageFrom, this.ageTo, this.ethnicity, this.minorityOnly, this.professionalLevel,
				this.politicalTheory, this.stateManagement, this.partyMember, this.local);
	}

}
