package vn.canbo.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.EducationLevel;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;
import vn.canbo.people.TestPeople;
import vn.canbo.planning.NewPlanEntry;
import vn.canbo.planning.NewPlanningPeriod;
import vn.canbo.planning.PlanEntry;
import vn.canbo.planning.PlanningPeriod;
import vn.canbo.planning.PlanningStep;
import vn.canbo.planning.SuccessionPlans;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.staffing.Assignments;
import vn.canbo.staffing.RecordAssignment;
import vn.canbo.staffing.Selection;
import vn.canbo.staffing.Standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Training through the facade on a new commune of its own: a standards gap closed by the
 * course that grants the level, the yearly 40 periods, the leader's programme within 12
 * months (T-5), a state-funded study's commitment and repayment (T-1, T-2), scope,
 * validation, stale versions and the audit trail.
 */
@SpringBootTest
class TrainingTests {

	static final LocalDate START = LocalDate.of(2025, 7, 1);

	static final LocalDate DAY = LocalDate.of(2026, 6, 30);

	@Autowired
	TrainingRecords records;

	@Autowired
	TrainingNeeds needs;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	Assignments assignments;

	@Autowired
	Standards standards;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SuccessionPlans plans;

	@Autowired
	TrainingPlans trainingPlans;

	@Autowired
	TrainingReminders reminders;

	@Autowired
	TrainingPlanStore planStore;

	@Autowired
	UserAccounts accounts;

	OrgUnitView commune;

	OrgUnitView committee;

	OrgUnitView office;

	@BeforeEach
	void buildACommune() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		this.commune = this.orgUnits.createAgency(new CreateAgency(this.orgUnits.getByCode("03334", START).id(),
				"Xã thử đào tạo " + TestAccounts.uniqueName("dt"), UnitType.OTHER, START, null));
		this.committee = this.orgUnits
			.createAgency(new CreateAgency(this.commune.id(), "HĐND thử", UnitType.PARTY_COMMITTEE, START, null));
		this.office = this.orgUnits.createAgency(
				new CreateAgency(this.commune.id(), "Phòng Văn hóa thử", UnitType.SPECIALISED_OFFICE, START, null));
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	long person(String name, Gender gender, long agencyId, PoliticalTheoryLevel theory) {
		PersonDetails details = TestPeople.person(name, gender, 1985, agencyId)
			.withQualifications(new PersonDetails.Qualifications(EducationLevel.UPPER_SECONDARY,
					ProfessionalLevel.DAI_HOC, "Luật", null, theory, null, null, null));
		return this.people.create(details).id();
	}

	static CourseInput course(long person, CourseKind kind, int periods, LocalDate start, LocalDate end,
			PoliticalTheoryLevel grants) {
		return new CourseInput(person, kind, "Khóa " + kind, "Trường Chính trị tỉnh Điện Biên", periods, start, end,
				"CC-" + periods, Funding.STATE_BUDGET, grants, null, null, null);
	}

	@Test
	void recordingTheCourseThatGrantsTheLevelClosesTheStandardsGap() {
		// A Vice-Chair of the People's Council (commune cadre): the standard asks trung
		// cấp
		// political theory (NĐ 33/2023 Art. 8); the record shows none.
		long person = person("Lò Văn Trungcấp", Gender.MALE, this.committee.id(), PoliticalTheoryLevel.NONE);
		this.assignments.record(new RecordAssignment(person, this.committee.code(), "XA_PCT_HDND", null, null, null,
				null, START, null, null, "NQ 1", START, null));
		assertThat(this.standards.verdict(person, DAY).meets()).isFalse();
		List<Need> before = this.needs.of(person, DAY);
		Need gap = before.stream()
			.filter((need) -> need.code().equals("STANDARD_POLITICAL_THEORY"))
			.findFirst()
			.orElseThrow();
		assertThat(gap.source()).isEqualTo(Need.NeedSource.STANDARD_GAP);
		assertThat(gap.kind()).isEqualTo(CourseKind.POLITICAL_THEORY);
		assertThat(gap.citation()).contains("33/2023");
		assertThat(gap.reasonArgs()).contains("people.politicalTheoryLevel.TRUNG_CAP",
				"people.politicalTheoryLevel.NONE");

		Course course = this.records.record(course(person, CourseKind.POLITICAL_THEORY, 400, LocalDate.of(2025, 9, 1),
				LocalDate.of(2026, 3, 31), PoliticalTheoryLevel.TRUNG_CAP));

		assertThat(this.people.summary(person).politicalTheory()).isEqualTo(PoliticalTheoryLevel.TRUNG_CAP);
		assertThat(this.needs.of(person, DAY)).extracting(Need::code).doesNotContain("STANDARD_POLITICAL_THEORY");
		assertThat(this.standards.verdict(person, DAY).meets()).isTrue();
		List<Map<String, Object>> audit = this.jdbc.sql("""
				select entity_type, action from audit_entry
				where (entity_type = 'TrainingCourse' and entity_id = :course)
					or (entity_type = 'Person' and entity_id = :person and action = 'UPDATE')
				order by id""")
			.param("course", String.valueOf(course.id()))
			.param("person", String.valueOf(person))
			.query()
			.listOfRows();
		assertThat(audit).extracting((row) -> row.get("entity_type") + " " + row.get("action"))
			.as("the post recorded first placed the record")
			.endsWith("TrainingCourse CREATE", "Person UPDATE");
	}

	@Test
	void aPlannedTitleAskingAdvancedTheoryIsANeedUntilTheCourseGrantsIt() {
		// A Vice-Chair of the commune People's Council (standard NĐ 33/2023 Art. 8:
		// 12/12,
		// university, trung cấp theory) with 9/12 general education, university, trung
		// cấp
		// theory and chuyên viên cao cấp, planned (đối tượng 2) for Chair of the
		// provincial
		// People's Committee (standard: 12/12, university, cao cấp theory, chuyên viên
		// cao
		// cấp). Post gap: general education 9 < 12. Title gaps: general education (the
		// post
		// already asks 12: not repeated) and theory cao cấp > trung cấp: one need.
		long person = this.people
			.create(TestPeople.person("Lò Văn Quyhoạch", Gender.MALE, 1985, this.committee.id())
				.withQualifications(new PersonDetails.Qualifications(EducationLevel.LOWER_SECONDARY,
						ProfessionalLevel.DAI_HOC, "Luật", null, PoliticalTheoryLevel.TRUNG_CAP,
						StateManagementLevel.CHUYEN_VIEN_CAO_CAP, null, null)))
			.id();
		this.assignments.record(new RecordAssignment(person, this.committee.code(), "XA_PCT_HDND", null, null, null,
				null, START, null, null, "NQ 2", START, null));
		LocalDate decided = LocalDate.of(2026, 2, 2);
		long province = java.util.Objects.requireNonNull(this.orgUnits.getByCode("03334", START).parentId());
		PlanningPeriod period = this.plans
			.openPeriod(new NewPlanningPeriod(province, "Quy hoạch thử đào tạo " + TestAccounts.uniqueName("qh"), 2025,
					2030, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), null));
		PlanEntry entry = this.plans.add(new NewPlanEntry(period.id(), province, "TINH_CT_UBND", person, 2,
				PlanningStep.APPROVAL, 15, 12, 9, "15-QĐ/TU", decided, "Ban Thường vụ Tỉnh ủy", null, decided, null));
		assertThat(this.plans.plannedTitles(person, DAY)).extracting(PlanEntry::titleCode)
			.containsExactly("TINH_CT_UBND");

		List<Need> before = this.needs.of(person, DAY);
		assertThat(before).extracting(Need::code)
			.contains("STANDARD_GENERAL_EDUCATION", "PLANNED_POLITICAL_THEORY")
			.doesNotContain("PLANNED_GENERAL_EDUCATION", "PLANNED_PROFESSIONAL_LEVEL", "PLANNED_STATE_MANAGEMENT",
					"STANDARD_POLITICAL_THEORY");
		Need planned = before.stream()
			.filter((need) -> need.code().equals("PLANNED_POLITICAL_THEORY"))
			.findFirst()
			.orElseThrow();
		assertThat(planned.source()).isEqualTo(Need.NeedSource.PLANNED_TITLE);
		assertThat(planned.kind()).isEqualTo(CourseKind.POLITICAL_THEORY);
		assertThat(planned.citation()).contains("214-QĐ/TW").contains("377-QĐ/TW").contains("II.5.1");
		assertThat(planned.confirmed()).as("the seeded title standard is unconfirmed").isFalse();
		assertThat(planned.reasonArgs()).containsExactly("staffing.requirement.POLITICAL_THEORY",
				"Chủ tịch Ủy ban nhân dân tỉnh", entry.unitName(), 2, "people.politicalTheoryLevel.CAO_CAP",
				"people.politicalTheoryLevel.TRUNG_CAP");
		assertThat(planned.keyArgs()).containsExactly(0, 4, 5);

		// the yearly plan of the commune carries the line, in the fourth quarter
		int year = this.records.today().getYear();
		Plan plan = this.trainingPlans.build(this.commune.id(), year);
		boolean active = this.plans.plannedTitles(person, this.records.today()).size() == 1;
		if (active) {
			assertThat(plan.lines()).filteredOn((line) -> line.personId() == person)
				.extracting(Plan.Line::need, Plan.Line::kind, Plan.Line::quarter)
				.contains(org.assertj.core.groups.Tuple.tuple("PLANNED_POLITICAL_THEORY", "POLITICAL_THEORY", 4));
		}

		Course course = this.records.record(course(person, CourseKind.POLITICAL_THEORY, 600, LocalDate.of(year, 1, 5),
				LocalDate.of(year, 5, 29), PoliticalTheoryLevel.CAO_CAP));
		assertThat(this.people.summary(person).politicalTheory()).isEqualTo(PoliticalTheoryLevel.CAO_CAP);
		assertThat(this.needs.of(person, DAY)).extracting(Need::code)
			.contains("STANDARD_GENERAL_EDUCATION")
			.doesNotContain("PLANNED_POLITICAL_THEORY");
		if (active) {
			assertThat(this.trainingPlans.plan(this.commune.id(), year).orElseThrow().lines())
				.filteredOn((line) -> line.need().equals("PLANNED_POLITICAL_THEORY"))
				.extracting(Plan.Line::courseId)
				.containsExactly(course.id());
		}
	}

	@Test
	void aPlannedTitleAskingNoMoreThanThePostIsNotListedTwice() {
		// standard values compared by what they ask
		assertThat(TrainingNeeds.asksAtLeast(vn.canbo.staffing.Requirement.POLITICAL_THEORY, "CAO_CAP", "TRUNG_CAP"))
			.isTrue();
		assertThat(TrainingNeeds.asksAtLeast(vn.canbo.staffing.Requirement.POLITICAL_THEORY, "TRUNG_CAP", "CAO_CAP"))
			.isFalse();
		assertThat(TrainingNeeds.asksAtLeast(vn.canbo.staffing.Requirement.GENERAL_EDUCATION, "12/12", "12")).isTrue();
		assertThat(TrainingNeeds.asksAtLeast(vn.canbo.staffing.Requirement.STATE_MANAGEMENT, "CHUYEN_VIEN",
				"CHUYEN_VIEN_CHINH"))
			.isFalse();
		assertThat(TrainingNeeds.asksAtLeast(vn.canbo.staffing.Requirement.PROFESSIONAL_FIELD, "Luật", "Kinh tế"))
			.isFalse();
	}

	@Test
	void officersAreRemindedOfCoursesDueAndOfCommitmentsEnding() {
		UserAccountView officer = TestAccounts.provision(this.accounts, "dt-nhac", this.commune.id(), Role.ORG_OFFICER);
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		long person = person("Lò Thị Nhắc", Gender.FEMALE, this.office.id(), PoliticalTheoryLevel.TRUNG_CAP);
		// The 2027 plan, built on 1/1/2027: the 40 periods due 31/12/2027 are planned in
		// the third quarter (ends 30/9/2027): reminded from 1/9 (30 days), not on 31/8.
		Plan plan = this.trainingPlans.build(this.commune.id(), 2027);
		assertThat(plan.lines()).extracting(Plan.Line::personId, Plan.Line::need, Plan.Line::quarter)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(person, "ANNUAL_PERIODS", 3));
		String plansLink = "/training/plans?unitId=" + this.commune.id() + "&year=2027";
		assertThat(TrainingReminders.quarterEnd(LocalDate.of(2027, 8, 31))).isEqualTo(LocalDate.of(2027, 9, 30));
		this.reminders.remind(LocalDate.of(2027, 8, 31));
		assertThat(notices(officer, plansLink)).isZero();
		this.reminders.remind(LocalDate.of(2027, 9, 1));
		this.reminders.remind(LocalDate.of(2027, 9, 2));
		assertThat(notices(officer, plansLink)).as("once per person and quarter").isEqualTo(1);

		// A master's from 1/9/2026 to 1/9/2028: 24 months, 72 months to serve, until
		// 1/9/2034; 1/9/2034 is within 90 days of 3/6/2034, not of 2/6/2034.
		Study study = this.records.recordStudy(
				new StudyInput(person, ProfessionalLevel.THAC_SI, "Quản lý công", "Học viện Hành chính quốc gia",
						LocalDate.of(2026, 9, 1), LocalDate.of(2028, 9, 1), 60_000_000L, 0, null, null, null, null));
		assertThat(study.commitmentEnd()).isEqualTo(LocalDate.of(2034, 9, 1));
		String studyLink = "/training/people/" + person;
		this.reminders.remind(LocalDate.of(2034, 6, 2));
		assertThat(notices(officer, studyLink)).isZero();
		this.reminders.remind(LocalDate.of(2034, 6, 3));
		this.reminders.remind(LocalDate.of(2034, 6, 4));
		assertThat(notices(officer, studyLink)).isEqualTo(1);

		// the course recorded completes the line: nothing open in the third quarter any
		// more
		this.records.record(
				course(person, CourseKind.JOB_POSITION, 40, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5), null));
		assertThat(this.trainingPlans.plan(this.commune.id(), 2027).orElseThrow().completed()).isEqualTo(1);
		assertThat(this.planStore.openLines(2027, 3)).extracting(TrainingPlanStore.DueLines::personId)
			.doesNotContain(person);
	}

	static PersonDetails.Training degree(PersonDetails.TrainingKind kind, String qualification, LocalDate to) {
		return new PersonDetails.Training(kind, "Trường Đại học Luật Hà Nội", "Luật", to.minusYears(2), to, "Chính quy",
				qualification);
	}

	@Test
	void degreesEarnedInAPeriodAreCountedByLevelFromThe2cHistory() {
		PersonDetails.TrainingKind professional = PersonDetails.TrainingKind.PROFESSIONAL;
		// A: bachelor 06/2015 (before), master's 06/2024; the advanced theory 03/2024 is
		// not
		// a professional degree
		this.people.create(TestPeople.person("Lò Văn Bằng", Gender.MALE, 1985, this.office.id())
			.withHistories(List.of(degree(professional, "Cử nhân", LocalDate.of(2015, 6, 1)),
					degree(professional, "Thạc sĩ", LocalDate.of(2024, 6, 1)),
					degree(PersonDetails.TrainingKind.POLITICAL_THEORY, "Cao cấp lý luận chính trị",
							LocalDate.of(2024, 3, 1))),
					List.of(), List.of(), List.of()));
		// B: engineer 01/2023, master's (written "ThS") 12/2025, a certificate naming no
		// level, and a degree of another kind
		this.people.create(TestPeople.person("Lò Thị Bằng", Gender.FEMALE, 1990, this.committee.id())
			.withHistories(
					List.of(degree(professional, "Kỹ sư", LocalDate.of(2023, 1, 1)),
							degree(professional, "ThS", LocalDate.of(2025, 12, 1)),
							degree(professional, "Chứng chỉ nghiệp vụ", LocalDate.of(2024, 1, 1)),
							degree(PersonDetails.TrainingKind.OTHER, "Đại học", LocalDate.of(2024, 1, 1))),
					List.of(), List.of(), List.of()));
		// C works in another commune: not counted here
		this.people
			.create(TestPeople.person("Lò Văn Ngoàibằng", Gender.MALE, 1985, this.orgUnits.getByCode("03325", DAY).id())
				.withHistories(List.of(degree(professional, "Cử nhân", LocalDate.of(2023, 5, 1))), List.of(), List.of(),
						List.of()));

		// 1/1/2022–31/12/2025: B's engineer (university); A's and B's master's
		assertThat(this.records.degreeCounts(this.commune.id(), LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31)))
			.containsExactlyInAnyOrderEntriesOf(Map.of(ProfessionalLevel.DAI_HOC, 1L, ProfessionalLevel.THAC_SI, 2L));
		// a degree counts in the month it ends: 15/12/2025 still catches 12/2025
		assertThat(this.records.degreeCounts(this.commune.id(), LocalDate.of(2025, 12, 15), LocalDate.of(2025, 12, 31)))
			.containsExactlyInAnyOrderEntriesOf(Map.of(ProfessionalLevel.THAC_SI, 1L));
		assertThat(this.records.degreeCounts(this.commune.id(), LocalDate.of(2016, 1, 1), LocalDate.of(2022, 12, 31)))
			.isEmpty();
	}

	long notices(UserAccountView user, String link) {
		return this.jdbc.sql("select count(*) from notification where recipient = :user and link = :link")
			.param("user", user.username())
			.param("link", link)
			.query(Long.class)
			.single();
	}

	@Test
	void fewerThanFortyPeriodsInTheYearIsANeedUntilTheyAreDone() {
		long person = person("Lò Thị Bốnmươi", Gender.FEMALE, this.office.id(), PoliticalTheoryLevel.TRUNG_CAP);
		// last year's course does not count for 2026
		this.records.record(course(person, CourseKind.JOB_POSITION, 40, LocalDate.of(2025, 12, 1),
				LocalDate.of(2025, 12, 5), null));
		this.records.record(
				course(person, CourseKind.JOB_POSITION, 24, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4), null));
		this.records
			.record(course(person, CourseKind.DIGITAL, 8, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 4), null));

		Need annual = this.needs.of(person, DAY)
			.stream()
			.filter((need) -> need.code().equals("ANNUAL_PERIODS"))
			.findFirst()
			.orElseThrow();
		// 24 + 8 = 32 of 40: 8 missing, due 31/12/2026
		assertThat(annual.reasonArgs()).containsExactly(40, 2026, 32, 8);
		assertThat(annual.due()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(annual.citation()).contains("171/2025");
		assertThat(this.records.shortOfPeriods(this.commune.id(), 2026, 0, 50).items())
			.extracting(ShortOfPeriods::personId, ShortOfPeriods::periods)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(person, 32));

		this.records.record(
				course(person, CourseKind.JOB_POSITION, 8, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1), null));
		assertThat(this.needs.of(person, DAY)).extracting(Need::code).doesNotContain("ANNUAL_PERIODS");
		assertThat(this.records.shortOfPeriods(this.commune.id(), 2026, 0, 50).total()).isZero();
		assertThat(this.records.periodsIn(person, 2026)).isEqualTo(40);
	}

	@Test
	void aNewlyAppointedHeadOfDivisionHasTwelveMonthsForTheProgramme() {
		// T-5: appointed trưởng phòng on 2026-02-01 → the programme by 2027-02-01
		long person = person("Lò Văn Trưởngphòng", Gender.MALE, this.office.id(), PoliticalTheoryLevel.TRUNG_CAP);
		LocalDate appointed = LocalDate.of(2026, 2, 1);
		this.assignments.record(new RecordAssignment(person, this.office.code(), "TRUONG_PHONG", null, null,
				Selection.APPOINTED, null, appointed, null, null, "QĐ 5", appointed, null));
		Need programme = this.needs.of(person, DAY)
			.stream()
			.filter((need) -> need.code().equals("LEADER_PROGRAMME"))
			.findFirst()
			.orElseThrow();
		assertThat(programme.due()).isEqualTo(LocalDate.of(2027, 2, 1));
		this.records.record(new CourseInput(person, CourseKind.LEADERSHIP_PROGRAMME,
				"Bồi dưỡng lãnh đạo cấp phòng cấp xã", "Trường Chính trị tỉnh", 160, LocalDate.of(2026, 5, 4),
				LocalDate.of(2026, 5, 29), null, Funding.STATE_BUDGET, null, null, null, null));
		assertThat(this.needs.of(person, DAY)).extracting(Need::code).doesNotContain("LEADER_PROGRAMME");
	}

	@Test
	void aStateFundedStudyCarriesItsCommitmentAndTheRepaymentOnEarlyLeave() {
		long person = person("Lò Thị Thạcsĩ", Gender.FEMALE, this.office.id(), PoliticalTheoryLevel.TRUNG_CAP);
		LocalDate start = LocalDate.of(2026, 9, 1);
		LocalDate end = LocalDate.of(2028, 9, 1);
		Study study = this.records.recordStudy(new StudyInput(person, ProfessionalLevel.THAC_SI, "Quản lý công",
				"Học viện Hành chính quốc gia", start, end, 60_000_000L, 10, null, null, null, null));
		assertThat(study.commitmentMonths()).as("3 × 24 months").isEqualTo(72);
		assertThat(study.commitmentEnd()).isEqualTo(LocalDate.of(2034, 9, 1));
		assertThat(this.records.repayment(study.id()).amount()).isZero();

		Study left = this.records.updateStudy(study.id(), study.version(),
				new StudyInput(person, ProfessionalLevel.THAC_SI, "Quản lý công", "Học viện Hành chính quốc gia", start,
						end, 60_000_000L, 10, LocalDate.of(2030, 9, 1), LeaveReason.LEFT_BEFORE_COMMITMENT, null,
						null));
		Repayment repayment = this.records.repayment(left.id());
		// T-1 then T-2: 60 × 48 / 72 = 40 m, less 10 × 1.5 % = 15 % → 34 m
		assertThat(repayment.beforeReduction()).isEqualTo(40_000_000);
		assertThat(repayment.amount()).isEqualTo(34_000_000);
		assertThat(repayment.confirmed()).isFalse();
		assertThatThrownBy(() -> this.records.updateStudy(study.id(), study.version(), new StudyInput(person,
				ProfessionalLevel.THAC_SI, "Quản lý công", "Học viện", start, end, 1L, 0, null, null, null, null)))
			.isInstanceOf(ConcurrentEditException.class);
	}

	@Test
	void badValuesAreNamedAndOtherCommunesAreOutOfScope() {
		long person = person("Lò Văn Sai", Gender.MALE, this.office.id(), PoliticalTheoryLevel.NONE);
		InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class,
				() -> this.records.record(new CourseInput(person, null, " ", null, 0, LocalDate.of(2026, 5, 2),
						LocalDate.of(2026, 5, 1), null, null, null, null, null, null)));
		assertThat(invalid.problems()).extracting((problem) -> problem.field())
			.contains("kind", "title", "provider", "periods", "endDate", "funding");

		long outside = this.people
			.create(TestPeople.person("Lò Văn Ngoài", Gender.MALE, 1985, this.orgUnits.getByCode("03325", DAY).id()))
			.id();
		TestAccounts.signIn("xa-tochuc", Set.of(Role.ORG_OFFICER), this.commune.id());
		assertThatThrownBy(() -> this.records.record(course(outside, CourseKind.JOB_POSITION, 8, DAY, DAY, null)))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.needs.of(outside, DAY)).isInstanceOf(OutOfScopeException.class);
		TestAccounts.signIn("xa-canbo", Set.of(Role.STAFF), this.commune.id());
		assertThatThrownBy(() -> this.records.record(course(person, CourseKind.JOB_POSITION, 8, DAY, DAY, null)))
			.isInstanceOf(OutOfScopeException.class);
	}

}
