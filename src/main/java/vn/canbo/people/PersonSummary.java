package vn.canbo.people;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One line of a list of people: what lists show and exports write.
 *
 * @param id the record's number
 * @param staffCode the staff number
 * @param fullName the name
 * @param birthDay day of birth, if known
 * @param birthMonth month of birth, if known
 * @param birthYear year of birth
 * @param gender sex
 * @param ethnicity ethnic group
 * @param religion religion
 * @param citizenId the ID number; null unless the user may see it
 * @param category category
 * @param agencyId the agency where the person works
 * @param agencyName its name
 * @param position current post or title
 * @param generalEducation general education
 * @param professionalLevel highest professional qualification
 * @param professionalField its field
 * @param politicalTheory political theory
 * @param stateManagement state management
 * @param partyJoinedOn date of joining the Party; null for non-members
 * @param local whether local to where they work
 * @param salaryRankCode current rank code
 * @param salaryStep current step
 * @param salaryCoefficient current coefficient
 * @param version the record's version
 */
public record PersonSummary(long id, @Nullable String staffCode, String fullName, @Nullable Integer birthDay,
		@Nullable Integer birthMonth, int birthYear, Gender gender, @Nullable Ethnicity ethnicity, Religion religion,
		@Nullable String citizenId, PersonnelCategory category, long agencyId, String agencyName,
		@Nullable String position, @Nullable EducationLevel generalEducation,
		@Nullable ProfessionalLevel professionalLevel, @Nullable String professionalField,
		@Nullable PoliticalTheoryLevel politicalTheory, @Nullable StateManagementLevel stateManagement,
		@Nullable LocalDate partyJoinedOn, boolean local, @Nullable String salaryRankCode, @Nullable Integer salaryStep,
		@Nullable BigDecimal salaryCoefficient, long version) {

	/** The birth date as Vietnamese forms write it: dd/MM/yyyy, MM/yyyy or yyyy. */
	public String birthText() {
		if (this.birthMonth == null) {
			return String.valueOf(this.birthYear);
		}
		if (this.birthDay == null) {
			return "%02d/%d".formatted(this.birthMonth, this.birthYear);
		}
		return "%02d/%02d/%d".formatted(this.birthDay, this.birthMonth, this.birthYear);
	}

	public boolean partyMember() {
		return this.partyJoinedOn != null;
	}

}
