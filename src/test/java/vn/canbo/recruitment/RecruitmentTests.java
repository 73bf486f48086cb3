package vn.canbo.recruitment;

import java.math.BigDecimal;
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

import vn.canbo.notifications.Notifications;
import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Ethnicity;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonView;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.staffing.AssignmentView;
import vn.canbo.staffing.Assignments;
import vn.canbo.staffing.RecordAssignment;
import vn.canbo.staffing.SetQuota;
import vn.canbo.staffing.Staffing;
import vn.canbo.staffing.StaffingReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A recruitment from end to end through the facade, on a new agency of Phường Mường Thanh
 * with a quota of 2 chuyên viên (1 held) and 1 kế toán from 1/1/2026: the plan opens both
 * vacancies; the kế toán vacancy runs R-1 of §1.11 (A 85 + 5 beats B 88), a law graduate
 * is ineligible, A declines and B, next in line, is placed in post with the step the rule
 * gives.
 */
@SpringBootTest
class RecruitmentTests {

	static final LocalDate QUOTA_FROM = LocalDate.of(2026, 1, 1);

	static final LocalDate PLAN_DAY = LocalDate.of(2026, 3, 1);

	@Autowired
	Recruitment recruitment;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	People people;

	@Autowired
	Assignments assignments;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CandidateImports candidateImports;

	@Autowired
	Notifications notifications;

	@Autowired
	UserAccounts accounts;

	OrgUnitView agency;

	@BeforeEach
	void agencyWithVacancies() {
		signIn();
		long commune = this.orgUnits.getByCode("03334", LocalDate.of(2025, 7, 1)).id();
		this.agency = this.orgUnits
			.createAgency(new CreateAgency(commune, "Phòng thử tuyển dụng " + TestAccounts.uniqueName("td"),
					UnitType.SPECIALISED_OFFICE, LocalDate.of(2025, 7, 1), null));
		this.staffing.setQuota(new SetQuota(this.agency.code(), PersonnelCategory.CIVIL_SERVANT, "CHUYEN_VIEN", 2,
				QUOTA_FROM, "12/QĐ-UBND", LocalDate.of(2025, 12, 20)));
		this.staffing.setQuota(new SetQuota(this.agency.code(), PersonnelCategory.CIVIL_SERVANT, "KE_TOAN", 1,
				QUOTA_FROM, "12/QĐ-UBND", LocalDate.of(2025, 12, 20)));
		long holder = this.people.create(TestPeople.person("Lò Văn Chung", Gender.MALE, 1985, this.agency.id())).id();
		this.assignments.record(new RecordAssignment(holder, this.agency.code(), null, "CHUYEN_VIEN", null, null, null,
				QUOTA_FROM, null, null, null, null, null));
	}

	void signIn() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	static CandidateInput candidate(String code, String name, Gender gender, int year, Ethnicity ethnicity,
			String field, int insuredMonths, PriorityCategory... priorities) {
		return new CandidateInput(code, TestPeople.citizenId(gender, year), name, LocalDate.of(year, 4, 15), gender,
				ethnicity, true, true, true, ProfessionalLevel.DAI_HOC, field, List.of(priorities), insuredMonths,
				null);
	}

	@Test
	void aPlanOpensTheVacantJobPositionsWithTheirRequirements() {
		PlanView plan = this.recruitment.createPlan(this.agency.id(), 2026, PLAN_DAY, Regime.CIVIL_SERVANT, null);
		assertThat(plan.status()).isEqualTo(PlanStatus.OPEN);
		assertThat(plan.seats()).isEqualTo(2);
		List<VacancyView> vacancies = this.recruitment.vacancies(plan.id());
		assertThat(vacancies).extracting(VacancyView::jobPositionCode)
			.containsExactlyInAnyOrder("CHUYEN_VIEN", "KE_TOAN");
		VacancyView accountant = byCode(vacancies, "KE_TOAN");
		assertThat(accountant.quota()).isEqualTo(1);
		assertThat(accountant.holders()).isZero();
		assertThat(accountant.seats()).isEqualTo(1);
		assertThat(accountant.rankCode()).isEqualTo("06.031");
		assertThat(accountant.minProfessionalLevel()).isEqualTo(ProfessionalLevel.DAI_HOC);
		assertThat(accountant.professionalFields()).isEqualTo("Kế toán;Tài chính;Kiểm toán");
		assertThat(accountant.method()).isEqualTo(Method.EXAM);
		assertThat(accountant.examForm()).isEqualTo(ExamForm.WRITTEN);
		assertThat(accountant.roundOne()).isTrue();
		VacancyView officer = byCode(vacancies, "CHUYEN_VIEN");
		assertThat(officer.quota()).isEqualTo(2);
		assertThat(officer.holders()).isEqualTo(1);
		assertThat(officer.seats()).isEqualTo(1);
		assertThat(officer.rankCode()).isEqualTo("01.003");
		assertThat(this.recruitment.rulesOf(plan.id())).extracting((rule) -> rule.key().name())
			.containsExactly("RECRUITMENT_ELIGIBILITY", "RECRUITMENT_EXAM", "RECRUITMENT_PRIORITY",
					"RECRUITMENT_TIMELINE", "RECRUITMENT_PAY_PLACEMENT");
		assertThatThrownBy(
				() -> this.recruitment.createPlan(this.agency.id(), 2026, PLAN_DAY, Regime.CIVIL_SERVANT, null))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems())
						.extracting((problem) -> problem.field() + " " + problem.messageKey())
						.containsExactly("year recruitment.error.planExists"));
	}

	@Test
	void theWinnerDeclinesAndTheNextInLineIsPlacedInPostFromTheStartDate() {
		PlanView plan = this.recruitment.createPlan(this.agency.id(), 2026, PLAN_DAY, Regime.CIVIL_SERVANT, null);
		CandidateView a = this.recruitment.addCandidate(plan.id(),
				candidate("KE_TOAN", "Lò Thị An", Gender.FEMALE, 1998, Ethnicity.THAI, "Kế toán", 0));
		CandidateView b = this.recruitment.addCandidate(plan.id(),
				candidate("KE_TOAN", "Nguyễn Văn Bình", Gender.MALE, 1996, Ethnicity.KINH, "Tài chính ngân hàng", 40));
		CandidateView c = this.recruitment.addCandidate(plan.id(),
				candidate("KE_TOAN", "Trần Văn Cường", Gender.MALE, 1997, Ethnicity.KINH, "Luật kinh tế", 0));
		CandidateView d = this.recruitment.addCandidate(plan.id(), candidate("KE_TOAN", "Lê Văn Dũng", Gender.MALE,
				1995, Ethnicity.KINH, "Kiểm toán", 0, PriorityCategory.MILITARY_SERVICE));
		// the other vacancy's only candidate fails round 1 (29 of 60)
		CandidateView e = this.recruitment.addCandidate(plan.id(),
				candidate("CHUYEN_VIEN", "Vì Văn Em", Gender.MALE, 1999, Ethnicity.KINH, "Hành chính", 0));

		a = this.recruitment.enterScores(a.id(), a.version(), new ScoreInput(40, new BigDecimal("85"), null, null));
		b = this.recruitment.enterScores(b.id(), b.version(), new ScoreInput(45, new BigDecimal("88"), null, null));
		d = this.recruitment.enterScores(d.id(), d.version(), new ScoreInput(31, new BigDecimal("70"), null, null));
		this.recruitment.enterScores(e.id(), e.version(), new ScoreInput(29, null, null, null));
		long stale = b.version() - 1;
		long bId = b.id();
		assertThatThrownBy(
				() -> this.recruitment.enterScores(bId, stale, new ScoreInput(45, BigDecimal.TEN, null, null)))
			.isInstanceOf(ConcurrentEditException.class);

		VacancyView accountant = byCode(this.recruitment.vacancies(plan.id()), "KE_TOAN");
		List<Result> results = this.recruitment.results(accountant.id());
		assertThat(results)
			.extracting((result) -> result.candidate().fullName() + " " + result.verdict().outcome() + " "
					+ result.verdict().total())
			.containsExactly("Lò Thị An WINNER 90.00", "Nguyễn Văn Bình RESERVE 88.00", "Lê Văn Dũng RESERVE 72.50",
					"Trần Văn Cường INELIGIBLE null");
		assertThat(results.get(3).ineligibility()).extracting(Eligibility.Reason::messageKey)
			.containsExactly("recruitment.eligibility.field");

		PlanView published = this.recruitment.publish(plan.id(), this.recruitment.plan(plan.id()).version(),
				LocalDate.of(2026, 6, 4), "30/QĐ-UBND");
		assertThat(published.appealUntil()).isEqualTo(LocalDate.of(2026, 6, 11));
		CandidateView aNow = this.recruitment.candidate(a.id());
		assertThatThrownBy(() -> this.recruitment.enterScores(aNow.id(), aNow.version(),
				new ScoreInput(40, BigDecimal.ONE, null, null)))
			.isInstanceOf(InvalidInputException.class);

		this.recruitment.answer(a.id(), aNow.version(), Answer.DECLINED, LocalDate.of(2026, 6, 10));
		results = this.recruitment.results(accountant.id());
		assertThat(results.get(0).candidate().fullName()).isEqualTo("Nguyễn Văn Bình");
		assertThat(results.get(0).verdict().outcome()).isEqualTo(Outcome.WINNER);
		b = this.recruitment.answer(b.id(), this.recruitment.candidate(b.id()).version(), Answer.ACCEPTED,
				LocalDate.of(2026, 6, 12));

		LocalDate start = LocalDate.of(2026, 7, 1);
		b = this.recruitment.placeInPost(b.id(), b.version(), "45/QĐ-UBND", LocalDate.of(2026, 6, 25), start, null);
		assertThat(b.personId()).isNotNull();
		PersonView record = this.people.get(b.personId(), "EDIT");
		PersonDetails details = record.details();
		assertThat(details.employment().agencyId()).isEqualTo(this.agency.id());
		assertThat(details.employment().recruitedOn()).isEqualTo(start);
		// 40 months of matching insured work: 1 + 40 / 36 = step 2 of table A1 (2.67)
		PersonDetails.SalaryStep salary = details.currentSalary();
		assertThat(salary.rankCode()).isEqualTo("06.031");
		assertThat(salary.step()).isEqualTo(2);
		assertThat(salary.coefficient()).isEqualByComparingTo("2.67");
		List<AssignmentView> posts = this.assignments.ofPerson(b.personId());
		assertThat(posts).singleElement().satisfies((post) -> assertThat(post.validFrom()).isEqualTo(start));

		StaffingReport before = this.staffing.report(this.agency.code(), start.minusDays(1));
		StaffingReport after = this.staffing.report(this.agency.code(), start);
		assertThat(headcount(before, "KE_TOAN")).isZero();
		assertThat(headcount(after, "KE_TOAN")).isEqualTo(1);
		assertThat(this.recruitment.vacancy(accountant.id()).filled()).isTrue();

		List<Map<String, Object>> audit = this.jdbc.sql("""
				select action, actor from audit_entry where entity_type = 'RecruitmentCandidate' and entity_id = :id
				order by id""").param("id", String.valueOf(b.id())).query().listOfRows();
		assertThat(audit).extracting((row) -> row.get("action"))
			.containsExactly("CREATE", "UPDATE", "UPDATE", "UPDATE");
		assertThat(audit).extracting((row) -> row.get("actor")).containsOnly("tinh-tochuc");
	}

	@Test
	void aVacancyChangesAtTheVersionReadUntilTheResultsArePublished() {
		PlanView plan = this.recruitment.createPlan(this.agency.id(), 2026, PLAN_DAY, Regime.CIVIL_SERVANT, null);
		VacancyView before = byCode(this.recruitment.vacancies(plan.id()), "KE_TOAN");
		VacancyView changed = this.recruitment.changeVacancy(before.id(), before.version(),
				new VacancyInput(2, ProfessionalLevel.THAC_SI, " Kế toán;Kiểm toán ", "01.003", Method.EXAM,
						ExamForm.WRITTEN_INTERVIEW, true, 50));
		assertThat(changed.seats()).isEqualTo(2);
		assertThat(changed.minProfessionalLevel()).isEqualTo(ProfessionalLevel.THAC_SI);
		assertThat(changed.professionalFields()).isEqualTo("Kế toán;Kiểm toán");
		assertThat(changed.rankCode()).isEqualTo("01.003");
		assertThat(changed.rankName()).isEqualTo("Chuyên viên");
		assertThat(changed.examForm()).isEqualTo(ExamForm.WRITTEN_INTERVIEW);
		assertThat(changed.roundOneQuestions()).isEqualTo(50);
		assertThat(changed.version()).isEqualTo(before.version() + 1);

		// a second officer still holding the version read first overwrites nothing
		assertThatThrownBy(() -> this.recruitment.changeVacancy(before.id(), before.version(),
				new VacancyInput(1, null, null, null, Method.SELECTION, ExamForm.ORAL, false, null)))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(this.recruitment.vacancy(before.id())).isEqualTo(changed);

		assertThatThrownBy(() -> this.recruitment.changeVacancy(before.id(), changed.version(),
				new VacancyInput(null, null, null, "99.999", Method.SELECTION, ExamForm.WRITTEN, false, 0)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems()).extracting((problem) -> problem.field())
						.containsExactlyInAnyOrder("seats", "examForm", "roundOneQuestions", "rankCode"));

		List<Map<String, Object>> audit = this.jdbc.sql("""
				select action from audit_entry where entity_type = 'RecruitmentVacancy' and entity_id = :id""")
			.param("id", String.valueOf(before.id()))
			.query()
			.listOfRows();
		assertThat(audit).extracting((row) -> row.get("action")).containsExactly("UPDATE");

		this.recruitment.publish(plan.id(), this.recruitment.plan(plan.id()).version(), LocalDate.of(2026, 6, 4), null);
		assertThatThrownBy(() -> this.recruitment.changeVacancy(before.id(), changed.version(),
				new VacancyInput(1, null, null, null, Method.EXAM, ExamForm.WRITTEN, false, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems()).extracting((problem) -> problem.field())
						.containsExactly("status"));
	}

	@Test
	void publishingTellsTheAgencyOfficersAndTheWinnerWhoHasAnAccount() {
		long commune = this.orgUnits.getByCode("03334", LocalDate.of(2025, 7, 1)).id();
		long otherCommune = this.orgUnits.getByCode("03325", LocalDate.of(2025, 7, 1)).id();
		// the winner already works under contract in the commune and signs in to CanBo
		PersonView worker = this.people.create(TestPeople.person("Lò Thị Hoa", Gender.FEMALE, 1998, commune));
		UserAccountView workerAccount = TestAccounts.provision(this.accounts, "td-hoa", commune, Role.STAFF);
		this.accounts.provisionLink(workerAccount.username(), worker.id());
		UserAccountView officer = TestAccounts.provision(this.accounts, "td-cb", commune, Role.ORG_OFFICER);
		UserAccountView stranger = TestAccounts.provision(this.accounts, "td-khac", otherCommune, Role.ORG_OFFICER);

		PlanView plan = this.recruitment.createPlan(this.agency.id(), 2026, PLAN_DAY, Regime.CIVIL_SERVANT, null);
		CandidateView hoa = this.recruitment.addCandidate(plan.id(),
				new CandidateInput("KE_TOAN", worker.details().identity().citizenId(), "Lò Thị Hoa",
						LocalDate.of(1998, 5, 12), Gender.FEMALE, Ethnicity.KINH, true, true, true,
						ProfessionalLevel.DAI_HOC, "Kế toán", List.of(), 0, null));
		CandidateView binh = this.recruitment.addCandidate(plan.id(),
				candidate("KE_TOAN", "Nguyễn Văn Bình", Gender.MALE, 1996, Ethnicity.KINH, "Tài chính", 0));
		this.recruitment.enterScores(hoa.id(), hoa.version(), new ScoreInput(40, new BigDecimal("85"), null, null));
		this.recruitment.enterScores(binh.id(), binh.version(), new ScoreInput(40, new BigDecimal("70"), null, null));
		this.recruitment.publish(plan.id(), this.recruitment.plan(plan.id()).version(), LocalDate.of(2026, 6, 4),
				"30/QĐ-UBND");

		TestAccounts.signIn(officer);
		assertThat(this.notifications.inbox(false))
			.filteredOn((notice) -> notice.link().equals("/recruitment/" + plan.id()))
			.singleElement()
			.satisfies((notice) -> {
				assertThat(notice.messageKey()).isEqualTo("recruitment.notice.published");
				assertThat(notice.args()).containsExactly(this.agency.name(), "2026", "04/06/2026", "11/06/2026");
			});
		TestAccounts.signIn(workerAccount);
		assertThat(this.notifications.inbox(false))
			.filteredOn((notice) -> notice.messageKey().equals("recruitment.notice.won"))
			.singleElement()
			.satisfies(
					(notice) -> assertThat(notice.args()).containsExactly("Kế toán", this.agency.name(), "11/06/2026"));
		TestAccounts.signIn(stranger);
		assertThat(this.notifications.inbox(false))
			.noneMatch((notice) -> notice.link().equals("/recruitment/" + plan.id()));
	}

	@Test
	void anOfficerOfAnotherCommuneSeesNothingOfThePlan() {
		PlanView plan = this.recruitment.createPlan(this.agency.id(), 2026, PLAN_DAY, Regime.CIVIL_SERVANT, null);
		long other = this.orgUnits.getByCode("03325", LocalDate.of(2025, 7, 1)).id();
		TestAccounts.signIn("xa-khac", Set.of(Role.ORG_OFFICER), other);
		assertThatThrownBy(() -> this.recruitment.plan(plan.id())).isInstanceOf(OutOfScopeException.class);
		assertThat(this.recruitment.plans(null, 2026, 0, 50).items()).extracting(PlanView::id)
			.doesNotContain(plan.id());
	}

	@Test
	void fiveThousandCandidatesWithTwentyBadRowsImportOnceAndTheSameFileAgainChangesNothing() throws Exception {
		PlanView plan = this.recruitment.createPlan(this.agency.id(), 2026, PLAN_DAY, Regime.CIVIL_SERVANT, null);
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		Set<Integer> badRows = new java.util.TreeSet<>();
		try (vn.canbo.documents.XlsxExport export = vn.canbo.documents.XlsxExport.to(bytes)) {
			export.sheet("Thí sinh",
					CandidateImports.COLUMNS.values().stream().map(vn.canbo.documents.XlsxExport.Column::of).toList());
			for (int i = 0; i < 5000; i++) {
				int row = i + 2;
				Gender gender = (i % 2 == 0) ? Gender.MALE : Gender.FEMALE;
				String id = TestPeople.citizenId(gender, 1995);
				String genderLabel = (gender == Gender.MALE) ? "Nam" : "Nữ";
				String code = (i % 3 == 0) ? "KE_TOAN" : "CHUYEN_VIEN";
				String name = "Thí sinh " + (char) ('A' + i % 26) + " Văn";
				if (i % 250 == 7) {
					badRows.add(row);
					switch ((i / 250) % 4) {
						case 0 -> code = "KHONG_CO";
						case 1 -> genderLabel = "X";
						case 2 -> name = "";
						default -> id = "123";
					}
				}
				export.row(code, id, name.isEmpty() ? null : name + " " + i, "15/04/1995", genderLabel, "Kinh",
						"Đại học", "Kế toán", (i % 10 == 0) ? "Nghĩa vụ quân sự" : null, 12, null, 40, "66.5", null,
						null);
			}
		}
		assertThat(badRows).hasSize(20);

		ImportSummary dry = this.candidateImports.run(plan.id(), new java.io.ByteArrayInputStream(bytes.toByteArray()),
				true, java.util.Locale.forLanguageTag("vi"));
		assertThat(dry.created()).isEqualTo(4980);
		assertThat(dry.rejected()).isEqualTo(20);
		assertThat(dry.problems()).extracting(ImportSummary.Problem::row).containsOnlyElementsOf(badRows);
		assertThat(new java.util.TreeSet<>(dry.problems().stream().map(ImportSummary.Problem::row).toList()))
			.isEqualTo(badRows);
		assertThat(dry.problems()).anySatisfy((problem) -> {
			assertThat(problem.row()).isEqualTo(9);
			assertThat(problem.column()).isEqualTo("Mã vị trí việc làm");
			assertThat(problem.message()).isEqualTo("Vị trí việc làm \"KHONG_CO\" không có trong kế hoạch.");
		});
		assertThat(this.recruitment.plan(plan.id()).candidates()).isZero();

		ImportSummary real = this.candidateImports.run(plan.id(), new java.io.ByteArrayInputStream(bytes.toByteArray()),
				false, java.util.Locale.forLanguageTag("vi"));
		assertThat(real.created()).isEqualTo(4980);
		assertThat(real.rejected()).isEqualTo(20);
		assertThat(this.recruitment.plan(plan.id()).candidates()).isEqualTo(4980);
		CandidateView first = this.recruitment.candidates(plan.id())
			.stream()
			.filter((candidate) -> candidate.fullName().equals("Thí sinh A Văn 0"))
			.findFirst()
			.orElseThrow();
		assertThat(first.written()).isEqualByComparingTo("66.5");
		assertThat(first.roundOneCorrect()).isEqualTo(40);
		assertThat(first.priorities()).containsExactly(PriorityCategory.MILITARY_SERVICE);

		ImportSummary again = this.candidateImports.run(plan.id(),
				new java.io.ByteArrayInputStream(bytes.toByteArray()), false, java.util.Locale.forLanguageTag("vi"));
		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(4980);
		assertThat(again.rejected()).isEqualTo(20);
		assertThat(this.recruitment.plan(plan.id()).candidates()).isEqualTo(4980);
	}

	static VacancyView byCode(List<VacancyView> vacancies, String code) {
		return vacancies.stream().filter((vacancy) -> vacancy.jobPositionCode().equals(code)).findFirst().orElseThrow();
	}

	static long headcount(StaffingReport report, String code) {
		return report.positions()
			.stream()
			.filter((position) -> position.code().equals(code))
			.mapToLong(StaffingReport.PositionCount::headcount)
			.sum();
	}

}
