package vn.canbo.people;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.canbo.shared.VietnameseText;

/**
 * How a record's details map onto the columns of {@code person}, both ways, in one place:
 * the store, the list queries and the import all go through here.
 */
final class PersonColumns {

	/** The columns written from the details, in insert order. */
	static final List<String> WRITTEN = List.of("full_name", "family_name", "middle_names", "given_name", "name_key",
			"name_lower", "sort_key", "other_names", "birth_day", "birth_month", "birth_year", "gender",
			"birth_place_code", "birth_place", "home_town_code", "home_town", "permanent_address", "current_address",
			"phone", "email", "ethnicity", "religion", "citizen_id", "citizen_id_issued_on", "citizen_id_issued_by",
			"social_insurance_number", "family_background", "staff_code", "category", "agency_id", "position",
			"main_duties", "local_person", "occupation_before_recruitment", "recruited_on", "recruiting_agency",
			"joined_agency_on", "education_grade", "education_system", "professional_level", "professional_field",
			"academic_title", "political_theory_level", "state_management_level", "foreign_languages",
			"information_technology", "party_joined_on", "party_official_on", "party_card_number", "mass_organisations",
			"military_enlisted_on", "military_discharged_on", "military_rank", "honorary_title", "work_strengths",
			"awards", "discipline", "health_status", "height_cm", "weight_kg", "blood_type", "war_invalid_grade",
			"policy_family", "personal_history", "salary_rank_code", "salary_step", "salary_coefficient",
			"salary_since", "trainings", "work_history", "salary_history", "relatives");

	static final List<String> JSON = List.of("personal_history", "trainings", "work_history", "salary_history",
			"relatives");

	private static final TypeReference<List<PersonDetails.Training>> TRAININGS = new TypeReference<>() {
	};

	private static final TypeReference<List<PersonDetails.WorkPeriod>> WORK = new TypeReference<>() {
	};

	private static final TypeReference<List<PersonDetails.SalaryStep>> SALARY = new TypeReference<>() {
	};

	private static final TypeReference<List<PersonDetails.Relative>> RELATIVES = new TypeReference<>() {
	};

	private static final VietnameseNameOrder ORDER = new VietnameseNameOrder();

	private final JsonMapper json;

	PersonColumns(JsonMapper json) {
		this.json = json;
	}

	/** The SQL placeholder for a column: JSON columns are cast. */
	static String placeholder(String column) {
		return JSON.contains(column) ? "cast(:" + column + " as jsonb)" : ":" + column;
	}

	/**
	 * The column values of valid, normalised details (see {@link PersonNormaliser}).
	 */
	Map<String, @Nullable Object> values(PersonDetails details) {
		PersonDetails.Identity identity = details.identity();
		PersonName name = PersonName.parse(identity.fullName());
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		values.put("full_name", name.fullName());
		values.put("family_name", name.familyName());
		values.put("middle_names", name.middleNames());
		values.put("given_name", name.givenName());
		values.put("name_key", VietnameseText.searchKey(name.fullName()));
		values.put("name_lower", nameLower(name.fullName()));
		values.put("sort_key", ORDER.sortKey(name));
		values.put("other_names", identity.otherNames());
		values.put("birth_day", identity.birthDay());
		values.put("birth_month", identity.birthMonth());
		values.put("birth_year", identity.birthYear());
		values.put("gender", name(identity.gender()));
		values.put("birth_place_code", identity.birthPlaceCode());
		values.put("birth_place", identity.birthPlace());
		values.put("home_town_code", identity.homeTownCode());
		values.put("home_town", identity.homeTown());
		values.put("permanent_address", identity.permanentAddress());
		values.put("current_address", identity.currentAddress());
		values.put("phone", identity.phone());
		values.put("email", identity.email());
		values.put("ethnicity", identity.ethnicity() == null ? null : identity.ethnicity().code());
		values.put("religion", name(identity.religion() == null ? Religion.NONE : identity.religion()));
		values.put("citizen_id", identity.citizenId());
		values.put("citizen_id_issued_on", identity.citizenIdIssuedOn());
		values.put("citizen_id_issued_by", identity.citizenIdIssuedBy());
		values.put("social_insurance_number", identity.socialInsuranceNumber());
		values.put("family_background", identity.familyBackground());
		PersonDetails.Employment employment = details.employment();
		values.put("staff_code", employment.staffCode());
		values.put("category", name(employment.category()));
		values.put("agency_id", employment.agencyId());
		values.put("position", employment.position());
		values.put("main_duties", employment.mainDuties());
		values.put("local_person", employment.local());
		values.put("occupation_before_recruitment", employment.occupationBeforeRecruitment());
		values.put("recruited_on", employment.recruitedOn());
		values.put("recruiting_agency", employment.recruitingAgency());
		values.put("joined_agency_on", employment.joinedAgencyOn());
		PersonDetails.Qualifications qualifications = details.qualifications();
		EducationLevel education = qualifications.generalEducation();
		values.put("education_grade", education == null ? null : education.grade());
		values.put("education_system", education == null ? null : education.system());
		values.put("professional_level", name(qualifications.professionalLevel()));
		values.put("professional_field", qualifications.professionalField());
		values.put("academic_title", qualifications.academicTitle());
		values.put("political_theory_level", name(qualifications.politicalTheory()));
		values.put("state_management_level", name(qualifications.stateManagement()));
		values.put("foreign_languages", qualifications.foreignLanguages());
		values.put("information_technology", qualifications.informationTechnology());
		PersonDetails.Memberships memberships = details.memberships();
		values.put("party_joined_on", memberships.partyJoinedOn());
		values.put("party_official_on", memberships.partyOfficialOn());
		values.put("party_card_number", memberships.partyCardNumber());
		values.put("mass_organisations", memberships.massOrganisations());
		values.put("military_enlisted_on", memberships.militaryEnlistedOn());
		values.put("military_discharged_on", memberships.militaryDischargedOn());
		values.put("military_rank", memberships.militaryRank());
		PersonDetails.Recognition recognition = details.recognition();
		values.put("honorary_title", recognition.honoraryTitle());
		values.put("work_strengths", recognition.workStrengths());
		values.put("awards", recognition.awards());
		values.put("discipline", recognition.discipline());
		PersonDetails.Health health = details.health();
		values.put("health_status", health.status());
		values.put("height_cm", health.heightCm());
		values.put("weight_kg", health.weightKg());
		values.put("blood_type", health.bloodType());
		values.put("war_invalid_grade", health.warInvalidGrade());
		values.put("policy_family", health.policyFamily());
		values.put("personal_history", this.json.writeValueAsString(details.personalHistory()));
		PersonDetails.SalaryStep salary = details.currentSalary();
		values.put("salary_rank_code", salary == null ? null : salary.rankCode());
		values.put("salary_step", salary == null ? null : salary.step());
		values.put("salary_coefficient", salary == null ? null : salary.coefficient());
		values.put("salary_since", salary == null ? null : salary.effectiveOn());
		values.put("trainings", this.json.writeValueAsString(details.trainings()));
		values.put("work_history", this.json.writeValueAsString(details.workHistory()));
		values.put("salary_history", this.json.writeValueAsString(details.salaryHistory()));
		values.put("relatives", this.json.writeValueAsString(details.relatives()));
		return values;
	}

	/** The details stored in a row of {@code person}. */
	PersonDetails details(ResultSet rs) throws SQLException {
		PersonDetails.Identity identity = new PersonDetails.Identity(rs.getString("full_name"),
				rs.getString("other_names"), integer(rs, "birth_day"), integer(rs, "birth_month"),
				integer(rs, "birth_year"), Gender.valueOf(rs.getString("gender")), rs.getString("birth_place_code"),
				rs.getString("birth_place"), rs.getString("home_town_code"), rs.getString("home_town"),
				rs.getString("permanent_address"), rs.getString("current_address"), rs.getString("phone"),
				rs.getString("email"), Ethnicity.fromCode(rs.getString("ethnicity")).orElse(null),
				Religion.valueOf(rs.getString("religion")), rs.getString("citizen_id"),
				date(rs, "citizen_id_issued_on"), rs.getString("citizen_id_issued_by"),
				rs.getString("social_insurance_number"), rs.getString("family_background"));
		PersonDetails.Employment employment = new PersonDetails.Employment(rs.getString("staff_code"),
				PersonnelCategory.valueOf(rs.getString("category")), rs.getLong("agency_id"), rs.getString("position"),
				rs.getString("main_duties"), rs.getBoolean("local_person"),
				rs.getString("occupation_before_recruitment"), date(rs, "recruited_on"),
				rs.getString("recruiting_agency"), date(rs, "joined_agency_on"));
		Integer grade = integer(rs, "education_grade");
		Integer system = integer(rs, "education_system");
		PersonDetails.Qualifications qualifications = new PersonDetails.Qualifications(
				grade == null || system == null ? null : new EducationLevel(grade, system),
				enumOf(ProfessionalLevel.class, rs.getString("professional_level")), rs.getString("professional_field"),
				rs.getString("academic_title"),
				enumOf(PoliticalTheoryLevel.class, rs.getString("political_theory_level")),
				enumOf(StateManagementLevel.class, rs.getString("state_management_level")),
				rs.getString("foreign_languages"), rs.getString("information_technology"));
		PersonDetails.Memberships memberships = new PersonDetails.Memberships(date(rs, "party_joined_on"),
				date(rs, "party_official_on"), rs.getString("party_card_number"), rs.getString("mass_organisations"),
				date(rs, "military_enlisted_on"), date(rs, "military_discharged_on"), rs.getString("military_rank"));
		PersonDetails.Recognition recognition = new PersonDetails.Recognition(rs.getString("honorary_title"),
				rs.getString("work_strengths"), rs.getString("awards"), rs.getString("discipline"));
		PersonDetails.Health health = new PersonDetails.Health(rs.getString("health_status"), integer(rs, "height_cm"),
				integer(rs, "weight_kg"), rs.getString("blood_type"), rs.getString("war_invalid_grade"),
				rs.getString("policy_family"));
		return new PersonDetails(identity, employment, qualifications, memberships, recognition, health,
				this.json.readValue(rs.getString("personal_history"), PersonDetails.PersonalHistory.class),
				this.json.readValue(rs.getString("trainings"), TRAININGS),
				this.json.readValue(rs.getString("work_history"), WORK),
				this.json.readValue(rs.getString("salary_history"), SALARY),
				this.json.readValue(rs.getString("relatives"), RELATIVES));
	}

	static String nameLower(String fullName) {
		return VietnameseText.normaliseTonePlacement(fullName).toLowerCase(java.util.Locale.ROOT);
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return value == null ? null : value.name();
	}

	static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

	static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	static @Nullable BigDecimal decimal(ResultSet rs, String column) throws SQLException {
		return rs.getBigDecimal(column);
	}

}
