package vn.canbo.people;

import org.jspecify.annotations.Nullable;

/**
 * What a list of people is filtered by; a null criterion matches everyone. Lists are
 * always limited to the user's scope as well.
 *
 * @param unitId only people working in this org unit's subtree
 * @param q a name (with or without diacritics), a citizen ID or a staff number
 * @param category category
 * @param gender sex
 * @param ageFrom youngest age, in years reached this calendar year
 * @param ageTo oldest age, in years reached this calendar year
 * @param ethnicity ethnic group
 * @param minorityOnly only people of the ethnic minorities
 * @param professionalLevel at least this professional qualification
 * @param politicalTheory at least this political theory level
 * @param stateManagement at least this state-management level
 * @param partyMember Party members (true) or not (false)
 * @param local local people (true) or not (false)
 */
public record PersonFilter(@Nullable Long unitId, @Nullable String q, @Nullable PersonnelCategory category,
		@Nullable Gender gender, @Nullable Integer ageFrom, @Nullable Integer ageTo, @Nullable Ethnicity ethnicity,
		@Nullable Boolean minorityOnly, @Nullable ProfessionalLevel professionalLevel,
		@Nullable PoliticalTheoryLevel politicalTheory, @Nullable StateManagementLevel stateManagement,
		@Nullable Boolean partyMember, @Nullable Boolean local) {

	public static PersonFilter none() {
		return new PersonFilter(null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	public PersonFilter withQuery(@Nullable String text) {
		return new PersonFilter(this.unitId, text, this.category, this.gender, this.ageFrom, this.ageTo, this.ethnicity,
				this.minorityOnly, this.professionalLevel, this.politicalTheory, this.stateManagement, this.partyMember,
				this.local);
	}

	public PersonFilter withUnit(@Nullable Long unit) {
		return new PersonFilter(unit, this.q, this.category, this.gender, this.ageFrom, this.ageTo, this.ethnicity,
				this.minorityOnly, this.professionalLevel, this.politicalTheory, this.stateManagement, this.partyMember,
				this.local);
	}

}
