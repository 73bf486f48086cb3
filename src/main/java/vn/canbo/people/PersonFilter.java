package vn.canbo.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a list of people is filtered by; a null criterion matches everyone. Lists are
 * always limited to the user's scope as well.
 *
 * <p>
 * Without a date the list holds the records placed in the unit's subtree today. With a
 * date ({@link #asOf}) it holds the people of the unit on that date: those holding a
 * primary post in its subtree then (the people the staffing report and the dashboard
 * count), the category being the post's, ages reached in that year and Party membership
 * as of that day.
 *
 * @param unitId only people working in this org unit's subtree
 * @param q a name (with or without diacritics), a citizen ID or a staff number
 * @param category category
 * @param gender sex
 * @param ageFrom youngest age, in years reached in the calendar year (of the date)
 * @param ageTo oldest age, in years reached in the calendar year (of the date)
 * @param ethnicity ethnic group
 * @param minorityOnly only people of the ethnic minorities
 * @param professionalLevel at least this professional qualification
 * @param politicalTheory at least this political theory level
 * @param stateManagement at least this state-management level
 * @param partyMember Party members (true) or not (false)
 * @param local local people (true) or not (false)
 * @param asOf the people holding a primary post on this date (null: the records as they
 * stand)
 * @param professionalLevelIs exactly this professional level ({@code NONE} also matches
 * none recorded)
 * @param politicalTheoryIs exactly this political theory level ({@code NONE} also matches
 * none recorded)
 * @param stateManagementIs exactly this state-management level ({@code NONE} also matches
 * none recorded)
 * @param religious with a religion (true) or without (false)
 * @param education at least this general education
 */
public record PersonFilter(@Nullable Long unitId, @Nullable String q, @Nullable PersonnelCategory category,
		@Nullable Gender gender, @Nullable Integer ageFrom, @Nullable Integer ageTo, @Nullable Ethnicity ethnicity,
		@Nullable Boolean minorityOnly, @Nullable ProfessionalLevel professionalLevel,
		@Nullable PoliticalTheoryLevel politicalTheory, @Nullable StateManagementLevel stateManagement,
		@Nullable Boolean partyMember, @Nullable Boolean local, @Nullable LocalDate asOf,
		@Nullable ProfessionalLevel professionalLevelIs, @Nullable PoliticalTheoryLevel politicalTheoryIs,
		@Nullable StateManagementLevel stateManagementIs, @Nullable Boolean religious,
		@Nullable GeneralEducation education) {

	/** The filter without a date or the exact-level criteria (as it was before them). */
	public PersonFilter(@Nullable Long unitId, @Nullable String q, @Nullable PersonnelCategory category,
			@Nullable Gender gender, @Nullable Integer ageFrom, @Nullable Integer ageTo, @Nullable Ethnicity ethnicity,
			@Nullable Boolean minorityOnly, @Nullable ProfessionalLevel professionalLevel,
			@Nullable PoliticalTheoryLevel politicalTheory, @Nullable StateManagementLevel stateManagement,
			@Nullable Boolean partyMember, @Nullable Boolean local) {
		this(unitId, q, category, gender, ageFrom, ageTo, ethnicity, minorityOnly, professionalLevel, politicalTheory,
				stateManagement, partyMember, local, null, null, null, null, null, null);
	}

	public static PersonFilter none() {
		return new PersonFilter(null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	public PersonFilter withQuery(@Nullable String text) {
		return new PersonFilter(this.unitId, text, this.category, this.gender, this.ageFrom, this.ageTo, this.ethnicity,
				this.minorityOnly, this.professionalLevel, this.politicalTheory, this.stateManagement, this.partyMember,
				this.local, this.asOf, this.professionalLevelIs, this.politicalTheoryIs, this.stateManagementIs,
				this.religious, this.education);
	}

	public PersonFilter withUnit(@Nullable Long unit) {
		return new PersonFilter(unit, this.q, this.category, this.gender, this.ageFrom, this.ageTo, this.ethnicity,
				this.minorityOnly, this.professionalLevel, this.politicalTheory, this.stateManagement, this.partyMember,
				this.local, this.asOf, this.professionalLevelIs, this.politicalTheoryIs, this.stateManagementIs,
				this.religious, this.education);
	}

	/**
	 * The people of the unit on the date (see the class comment); null for the records.
	 */
	public PersonFilter withAsOf(@Nullable LocalDate date) {
		return new PersonFilter(this.unitId, this.q, this.category, this.gender, this.ageFrom, this.ageTo,
				this.ethnicity, this.minorityOnly, this.professionalLevel, this.politicalTheory, this.stateManagement,
				this.partyMember, this.local, date, this.professionalLevelIs, this.politicalTheoryIs,
				this.stateManagementIs, this.religious, this.education);
	}

	/**
	 * The criteria on a person's own facts (not unit, search text or date) as request
	 * parameters, {@code name=value} in the order of the record, for links to the list.
	 */
	public List<String> factParameters() {
		List<String> parameters = new ArrayList<>();
		add(parameters, "category", this.category);
		add(parameters, "gender", this.gender);
		add(parameters, "ageFrom", this.ageFrom);
		add(parameters, "ageTo", this.ageTo);
		add(parameters, "ethnicity", this.ethnicity);
		add(parameters, "minorityOnly", this.minorityOnly);
		add(parameters, "professionalLevel", this.professionalLevel);
		add(parameters, "politicalTheory", this.politicalTheory);
		add(parameters, "stateManagement", this.stateManagement);
		add(parameters, "partyMember", this.partyMember);
		add(parameters, "local", this.local);
		add(parameters, "professionalLevelIs", this.professionalLevelIs);
		add(parameters, "politicalTheoryIs", this.politicalTheoryIs);
		add(parameters, "stateManagementIs", this.stateManagementIs);
		add(parameters, "religious", this.religious);
		add(parameters, "education", (this.education != null) ? this.education.parameter() : null);
		return parameters;
	}

	private static void add(List<String> parameters, String name, @Nullable Object value) {
		if (value != null) {
			parameters.add(name + "=" + ((value instanceof Enum<?> constant) ? constant.name() : value));
		}
	}

}
