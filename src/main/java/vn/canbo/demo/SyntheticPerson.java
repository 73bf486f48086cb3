package vn.canbo.demo;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.CitizenId;
import vn.canbo.people.EducationLevel;
import vn.canbo.people.Ethnicity;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonName;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.Religion;
import vn.canbo.people.StateManagementLevel;

/**
 * A fake person made by {@link SyntheticPeople}: plain values for a personnel record.
 *
 * @param name the name
 * @param gender the sex
 * @param birthDate the date of birth, or null when only the year is known
 * @param birthYear the year of birth
 * @param birthProvinceCode the two-digit code of the province of birth, also in the ID
 * @param ethnicity the ethnic group, consistent with the name
 * @param religion the religion
 * @param citizenId an ID number consistent with sex, birth year and province of birth
 * @param category cán bộ, công chức, viên chức, part-time or contract
 * @param education general education
 * @param professionalLevel highest professional qualification
 * @param politicalTheoryLevel political theory
 * @param stateManagementLevel state management
 * @param partyMember whether a member of the Communist Party of Viet Nam
 */
public record SyntheticPerson(PersonName name, Gender gender, @Nullable LocalDate birthDate, int birthYear,
		String birthProvinceCode, Ethnicity ethnicity, Religion religion, CitizenId citizenId,
		PersonnelCategory category, EducationLevel education, ProfessionalLevel professionalLevel,
		PoliticalTheoryLevel politicalTheoryLevel, StateManagementLevel stateManagementLevel, boolean partyMember) {

}
