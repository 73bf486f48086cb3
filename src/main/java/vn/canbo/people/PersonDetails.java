package vn.canbo.people;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything a personnel record (hồ sơ cán bộ, the 2C résumé of Mẫu 2C-BNV/2008 and the
 * Party's 2C/TCTW-98) holds that a user enters: identity, employment and current
 * placement, qualifications, memberships, summaries of awards and discipline, health,
 * personal history, and the dated histories (training, work, salary, family). Fields that
 * users filter or count are typed; free text is kept as the user wrote it. The same value
 * is the create and update command, the API body and the form's model.
 *
 * @param identity who the person is (2C items 1–9, 25–26)
 * @param employment category, current placement, recruitment (2C items 10–14)
 * @param qualifications the highest levels held (2C item 15)
 * @param memberships Party, mass organisations, military service (2C items 16–18)
 * @param recognition titles, strengths, awards and the discipline summary (2C items
 * 19–22); the discipline summary is sensitive
 * @param health health and policy status (2C items 23–24); sensitive
 * @param personalHistory the personal-history statements (2C item 29); sensitive
 * @param trainings training courses and diplomas (2C item 27)
 * @param workHistory work periods (2C item 28)
 * @param salaryHistory salary steps (2C items 14 and 31)
 * @param relatives own and spouse's family (2C item 30); sensitive
 */
public record PersonDetails(Identity identity, Employment employment, Qualifications qualifications,
		Memberships memberships, Recognition recognition, Health health, PersonalHistory personalHistory,
		List<Training> trainings, List<WorkPeriod> workHistory, List<SalaryStep> salaryHistory,
		List<Relative> relatives) {

	public PersonDetails {
		identity = identity == null ? Identity.EMPTY : identity;
		employment = employment == null ? Employment.EMPTY : employment;
		qualifications = qualifications == null ? Qualifications.EMPTY : qualifications;
		memberships = memberships == null ? Memberships.EMPTY : memberships;
		recognition = recognition == null ? Recognition.EMPTY : recognition;
		health = health == null ? Health.EMPTY : health;
		personalHistory = personalHistory == null ? PersonalHistory.EMPTY : personalHistory;
		trainings = trainings == null ? List.of() : List.copyOf(trainings);
		workHistory = workHistory == null ? List.of() : List.copyOf(workHistory);
		salaryHistory = salaryHistory == null ? List.of() : List.copyOf(salaryHistory);
		relatives = relatives == null ? List.of() : List.copyOf(relatives);
	}

	public static PersonDetails of(Identity identity, Employment employment) {
		return new PersonDetails(identity, employment, null, null, null, null, null, null, null, null, null);
	}

	public PersonDetails withIdentity(Identity value) {
		return new PersonDetails(value, this.employment, this.qualifications, this.memberships, this.recognition,
				this.health, this.personalHistory, this.trainings, this.workHistory, this.salaryHistory,
				this.relatives);
	}

	public PersonDetails withEmployment(Employment value) {
		return new PersonDetails(this.identity, value, this.qualifications, this.memberships, this.recognition,
				this.health, this.personalHistory, this.trainings, this.workHistory, this.salaryHistory,
				this.relatives);
	}

	public PersonDetails withQualifications(Qualifications value) {
		return new PersonDetails(this.identity, this.employment, value, this.memberships, this.recognition, this.health,
				this.personalHistory, this.trainings, this.workHistory, this.salaryHistory, this.relatives);
	}

	public PersonDetails withMemberships(Memberships value) {
		return new PersonDetails(this.identity, this.employment, this.qualifications, value, this.recognition,
				this.health, this.personalHistory, this.trainings, this.workHistory, this.salaryHistory,
				this.relatives);
	}

	public PersonDetails withRecognition(Recognition value) {
		return new PersonDetails(this.identity, this.employment, this.qualifications, this.memberships, value,
				this.health, this.personalHistory, this.trainings, this.workHistory, this.salaryHistory,
				this.relatives);
	}

	public PersonDetails withHealth(Health value) {
		return new PersonDetails(this.identity, this.employment, this.qualifications, this.memberships,
				this.recognition, value, this.personalHistory, this.trainings, this.workHistory, this.salaryHistory,
				this.relatives);
	}

	public PersonDetails withPersonalHistory(PersonalHistory value) {
		return new PersonDetails(this.identity, this.employment, this.qualifications, this.memberships,
				this.recognition, this.health, value, this.trainings, this.workHistory, this.salaryHistory,
				this.relatives);
	}

	public PersonDetails withHistories(List<Training> trainings, List<WorkPeriod> workHistory,
			List<SalaryStep> salaryHistory, List<Relative> relatives) {
		return new PersonDetails(this.identity, this.employment, this.qualifications, this.memberships,
				this.recognition, this.health, this.personalHistory, trainings, workHistory, salaryHistory, relatives);
	}

	/** The salary step in force now: the one with the latest effective date. */
	public @Nullable SalaryStep currentSalary() {
		SalaryStep latest = null;
		for (SalaryStep step : this.salaryHistory) {
			if (step.effectiveOn() != null && (latest == null || latest.effectiveOn() == null
					|| step.effectiveOn().isAfter(latest.effectiveOn()))) {
				latest = step;
			}
		}
		return latest;
	}

	/**
	 * Identity (2C items 1–9, 25, 26). The birth date may be known to the year only, or
	 * to the month.
	 *
	 * @param fullName the name as on the birth certificate
	 * @param otherNames other names
	 * @param birthDay day of birth, if known
	 * @param birthMonth month of birth, if known
	 * @param birthYear year of birth
	 * @param gender sex
	 * @param birthPlaceCode official code of the commune (or province) of birth
	 * @param birthPlace place of birth as written
	 * @param homeTownCode official code of the home-town commune (or province)
	 * @param homeTown home town (quê quán) as written
	 * @param permanentAddress registered permanent residence
	 * @param currentAddress where the person lives now
	 * @param phone phone number
	 * @param email e-mail address
	 * @param ethnicity one of the 54 official ethnic groups
	 * @param religion religion
	 * @param citizenId the 12-digit citizen ID (CCCD); sensitive
	 * @param citizenIdIssuedOn the date the ID was issued; sensitive
	 * @param citizenIdIssuedBy the issuing authority; sensitive
	 * @param socialInsuranceNumber the 10-digit social-insurance number
	 * @param familyBackground family class origin (thành phần gia đình xuất thân)
	 */
	public record Identity(@Nullable String fullName, @Nullable String otherNames, @Nullable Integer birthDay,
			@Nullable Integer birthMonth, @Nullable Integer birthYear, @Nullable Gender gender,
			@Nullable String birthPlaceCode, @Nullable String birthPlace, @Nullable String homeTownCode,
			@Nullable String homeTown, @Nullable String permanentAddress, @Nullable String currentAddress,
			@Nullable String phone, @Nullable String email, @Nullable Ethnicity ethnicity, @Nullable Religion religion,
			@Nullable String citizenId, @Nullable LocalDate citizenIdIssuedOn, @Nullable String citizenIdIssuedBy,
			@Nullable String socialInsuranceNumber, @Nullable String familyBackground) {

		public static final Identity EMPTY = new Identity(null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null);

		/** The same identity without the sensitive ID data. */
		Identity withoutCitizenId() {
			return new Identity(this.fullName, this.otherNames, this.birthDay, this.birthMonth, this.birthYear,
					this.gender, this.birthPlaceCode, this.birthPlace, this.homeTownCode, this.homeTown,
					this.permanentAddress, this.currentAddress, this.phone, this.email, this.ethnicity, this.religion,
					null, null, null, this.socialInsuranceNumber, this.familyBackground);
		}

	}

	/**
	 * Category, current placement and recruitment (2C items 10–14).
	 *
	 * @param staffCode the staff number (số hiệu cán bộ, công chức)
	 * @param category cán bộ, công chức, viên chức, part-time or contract
	 * @param agencyId the org unit (agency, or the commune or province itself) where the
	 * person works now; scopes every list
	 * @param position current title or post, concurrent ones included, as written
	 * @param mainDuties the main work assigned
	 * @param local whether the person is local to where they work (người địa phương)
	 * @param occupationBeforeRecruitment occupation when recruited
	 * @param recruitedOn recruitment date
	 * @param recruitingAgency recruiting agency
	 * @param joinedAgencyOn date the person joined the current agency
	 */
	public record Employment(@Nullable String staffCode, @Nullable PersonnelCategory category, @Nullable Long agencyId,
			@Nullable String position, @Nullable String mainDuties, @Nullable Boolean local,
			@Nullable String occupationBeforeRecruitment, @Nullable LocalDate recruitedOn,
			@Nullable String recruitingAgency, @Nullable LocalDate joinedAgencyOn) {

		public static final Employment EMPTY = new Employment(null, null, null, null, null, false, null, null, null,
				null);

		public Employment {
			local = Boolean.TRUE.equals(local);
		}

	}

	/**
	 * The highest levels held (2C item 15).
	 *
	 * @param generalEducation general education, e.g. 12/12
	 * @param professionalLevel highest professional qualification
	 * @param professionalField its field, e.g. "Luật"
	 * @param academicTitle academic title or degree (học hàm, học vị), as written
	 * @param politicalTheory political theory
	 * @param stateManagement state management
	 * @param foreignLanguages foreign languages and levels, as written
	 * @param informationTechnology IT qualification, as written
	 */
	public record Qualifications(@Nullable EducationLevel generalEducation,
			@Nullable ProfessionalLevel professionalLevel, @Nullable String professionalField,
			@Nullable String academicTitle, @Nullable PoliticalTheoryLevel politicalTheory,
			@Nullable StateManagementLevel stateManagement, @Nullable String foreignLanguages,
			@Nullable String informationTechnology) {

		public static final Qualifications EMPTY = new Qualifications(null, null, null, null, null, null, null, null);

	}

	/**
	 * Party membership, mass organisations and military service (2C items 16–18).
	 *
	 * @param partyJoinedOn date of joining the Communist Party of Viet Nam
	 * @param partyOfficialOn date of full membership
	 * @param partyCardNumber Party card number
	 * @param massOrganisations socio-political organisations joined, with dates, as
	 * written
	 * @param militaryEnlistedOn enlistment date
	 * @param militaryDischargedOn discharge date
	 * @param militaryRank highest military rank
	 */
	public record Memberships(@Nullable LocalDate partyJoinedOn, @Nullable LocalDate partyOfficialOn,
			@Nullable String partyCardNumber, @Nullable String massOrganisations,
			@Nullable LocalDate militaryEnlistedOn, @Nullable LocalDate militaryDischargedOn,
			@Nullable String militaryRank) {

		public static final Memberships EMPTY = new Memberships(null, null, null, null, null, null, null);

		public boolean partyMember() {
			return this.partyJoinedOn != null;
		}

	}

	/**
	 * Titles, strengths, awards and discipline (2C items 19–22); the full modules come
	 * later.
	 *
	 * @param honoraryTitle highest honorary title
	 * @param workStrengths work strengths
	 * @param awards awards: highest form and year, as written
	 * @param discipline discipline: highest form, year and by whom, as written; sensitive
	 */
	public record Recognition(@Nullable String honoraryTitle, @Nullable String workStrengths, @Nullable String awards,
			@Nullable String discipline) {

		public static final Recognition EMPTY = new Recognition(null, null, null, null);

		Recognition withoutDiscipline() {
			return new Recognition(this.honoraryTitle, this.workStrengths, this.awards, null);
		}

	}

	/**
	 * Health and policy status (2C items 23–24); sensitive.
	 *
	 * @param status health status
	 * @param heightCm height in centimetres
	 * @param weightKg weight in kilograms
	 * @param bloodType blood type
	 * @param warInvalidGrade war-invalid grade (thương binh hạng)
	 * @param policyFamily policy-family status (con gia đình chính sách)
	 */
	public record Health(@Nullable String status, @Nullable Integer heightCm, @Nullable Integer weightKg,
			@Nullable String bloodType, @Nullable String warInvalidGrade, @Nullable String policyFamily) {

		public static final Health EMPTY = new Health(null, null, null, null, null, null);

	}

	/**
	 * Personal-history statements (2C item 29); sensitive.
	 *
	 * @param detention arrests or detention: when, where, why
	 * @param formerRegimeWork work under the former regime
	 * @param foreignOrganisations links with foreign organisations
	 * @param relativesAbroad relatives abroad
	 */
	public record PersonalHistory(@Nullable String detention, @Nullable String formerRegimeWork,
			@Nullable String foreignOrganisations, @Nullable String relativesAbroad) {

		public static final PersonalHistory EMPTY = new PersonalHistory(null, null, null, null);

	}

	/** The kind of a training entry, which 2C item 27 lists together. */
	public enum TrainingKind {

		PROFESSIONAL, POLITICAL_THEORY, STATE_MANAGEMENT, FOREIGN_LANGUAGE, INFORMATION_TECHNOLOGY, OTHER

	}

	/**
	 * A training course or diploma (2C item 27).
	 *
	 * @param kind what kind of training
	 * @param institution the school or institution
	 * @param field the field of study
	 * @param from first month (the day is ignored)
	 * @param to last month
	 * @param mode full-time, in-service, distance, …
	 * @param qualification diploma, certificate or level obtained
	 */
	public record Training(@Nullable TrainingKind kind, @Nullable String institution, @Nullable String field,
			@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String mode, @Nullable String qualification) {
	}

	/**
	 * A period of work (2C item 28).
	 *
	 * @param from first month
	 * @param to last month; null while it goes on
	 * @param description title, post and unit, as written
	 */
	public record WorkPeriod(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String description) {
	}

	/**
	 * A salary step (2C items 14 and 31).
	 *
	 * @param effectiveOn from when it is paid
	 * @param rankCode the rank (ngạch) code, e.g. 01.003
	 * @param rankName the rank's name, e.g. Chuyên viên
	 * @param step the step (bậc)
	 * @param coefficient the pay coefficient (hệ số), e.g. 2.67
	 * @param positionAllowance the position-allowance coefficient
	 * @param otherAllowances other allowances, as written
	 */
	public record SalaryStep(@Nullable LocalDate effectiveOn, @Nullable String rankCode, @Nullable String rankName,
			@Nullable Integer step, java.math.@Nullable BigDecimal coefficient,
			java.math.@Nullable BigDecimal positionAllowance, @Nullable String otherAllowances) {
	}

	/** Which side of the family a relative is on (2C item 30 a and b). */
	public enum FamilySide {

		OWN, SPOUSE

	}

	/**
	 * A relative (2C item 30).
	 *
	 * @param side own family or the spouse's
	 * @param relation father, mother, wife, son, …
	 * @param fullName the relative's name
	 * @param birthYear the relative's year of birth
	 * @param details home town, occupation, post, workplace, residence, memberships
	 */
	public record Relative(@Nullable FamilySide side, @Nullable String relation, @Nullable String fullName,
			@Nullable Integer birthYear, @Nullable String details) {
	}

}
