package vn.canbo.discipline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.discipline.DisciplineEffects.EffectKind;
import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.DomainException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.staffing.Assignments;
import vn.canbo.staffing.RecordAssignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Discipline decisions recorded, read, corrected and cancelled through the facade: scope
 * per role, audit, stale versions, validation messages, the annual-rating query and the
 * unit report. Each test works in its own new agency of commune 03334.
 */
@SpringBootTest
class DisciplinesTests {

	static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	Disciplines disciplines;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	Assignments assignments;

	long commune;

	long agency;

	long muongPhang;

	@BeforeEach
	void createAgency() {
		LocalDate today = LocalDate.now();
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		this.commune = this.orgUnits.getByCode("03334", today).id();
		this.muongPhang = this.orgUnits.getByCode("03325", today).id();
		this.agency = this.orgUnits
			.createAgency(new CreateAgency(this.commune, "Phòng thử kỷ luật " + TestAccounts.uniqueName("kl"),
					UnitType.OTHER, LocalDate.of(2025, 7, 1), null))
			.id();
		signInOfficer();
	}

	void signInOfficer() {
		TestAccounts.signIn("xa-tochuc", Set.of(Role.ORG_OFFICER), this.commune);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	long person(String name, PersonnelCategory category, long unit, boolean partyMember) {
		return person(name, category, unit, partyMember, List.of());
	}

	long person(String name, PersonnelCategory category, long unit, boolean partyMember,
			List<PersonDetails.SalaryStep> salary) {
		PersonDetails details = TestPeople.person(name, Gender.MALE, 1980, unit)
			.withHistories(List.of(), List.of(), salary, List.of());
		PersonDetails.Employment e = details.employment();
		details = details.withEmployment(new PersonDetails.Employment(e.staffCode(), category, e.agencyId(),
				e.position(), e.mainDuties(), e.local(), null, null, null, null));
		if (partyMember) {
			details = details.withMemberships(new PersonDetails.Memberships(LocalDate.of(2005, 5, 19),
					LocalDate.of(2006, 5, 19), null, null, null, null, null));
		}
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		try {
			return this.people.create(details).id();
		}
		finally {
			signInOfficer();
		}
	}

	static NewDiscipline decision(DisciplineSystem system, DisciplineForm form, String effective, boolean duty) {
		LocalDate on = LocalDate.parse(effective);
		return new NewDiscipline(system, form, "Vi phạm quy chế làm việc", "12/QĐ-UBND", "UBND phường Mường Thanh",
				on.minusDays(5), on, duty, null);
	}

	@Test
	void recordsADecisionShowsItsEffectsAndAuditsTheChangeAndTheView() {
		long id = person("Lò Văn Kỷluật", PersonnelCategory.CIVIL_SERVANT, this.agency, false);

		DisciplineRecord added = this.disciplines.record(id,
				decision(DisciplineSystem.STATE, DisciplineForm.REPRIMAND, "2025-03-10", true));

		assertThat(added.evaluationYear()).isEqualTo(2025);
		assertThat(added.lapsesOn()).isEqualTo(LocalDate.of(2026, 3, 10));
		assertThat(added.createdBy()).isEqualTo("xa-tochuc");
		PersonDiscipline shown = this.disciplines.forPerson(id, "TEST");
		assertThat(shown.editable()).isTrue();
		assertThat(shown.decisions()).hasSize(1);
		DisciplineEffects effects = shown.decisions().get(0).effects();
		assertThat(effects.salaryDelayMonths()).isEqualTo(6);
		assertThat(effects.find(EffectKind.UNSATISFACTORY_RATING).orElseThrow().year()).isEqualTo(2025);
		assertThat(effects.find(EffectKind.HIGHER_POST_BAR).orElseThrow().until()).isEqualTo(LocalDate.of(2026, 3, 10));
		assertThat(effects.find(EffectKind.HIGHER_POST_BAR).orElseThrow().rule().confirmed()).isFalse();
		assertThat(this.jdbc.sql("""
				select count(*) from audit_entry where entity_type = 'DisciplineRecord' and entity_id = :id
					and action = 'CREATE' and actor = 'xa-tochuc' and after ->> 'decisionNumber' = '12/QĐ-UBND'""")
			.param("id", String.valueOf(added.id()))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where entity_type = 'DisciplineRecord' and entity_id = :id")
			.param("id", "person:" + id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aStaffMemberSeesOnlyTheirOwnDecisionsAndAViewerNone() {
		long own = person("Quàng Văn Tựxem", PersonnelCategory.CIVIL_SERVANT, this.agency, true);
		long colleague = person("Quàng Văn Đồngnghiệp", PersonnelCategory.CIVIL_SERVANT, this.agency, true);
		this.disciplines.record(own, decision(DisciplineSystem.PARTY, DisciplineForm.WARNING, "2025-11-20", false));
		this.disciplines.record(colleague,
				decision(DisciplineSystem.STATE, DisciplineForm.WARNING, "2025-11-20", false));

		TestAccounts.signIn("nhanvien", Set.of(Role.STAFF), this.commune, own);
		PersonDiscipline mine = this.disciplines.forPerson(own, "TEST");
		assertThat(mine.decisions()).hasSize(1);
		assertThat(mine.editable()).isFalse();
		assertThatThrownBy(() -> this.disciplines.forPerson(colleague, "TEST")).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.disciplines.record(own,
				decision(DisciplineSystem.STATE, DisciplineForm.REPRIMAND, "2025-01-10", false)))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.disciplines.report(null, LocalDate.of(2021, 1, 1), LocalDate.of(2026, 1, 1)))
			.isInstanceOf(OutOfScopeException.class);

		TestAccounts.signIn("xem", Set.of(Role.VIEWER), this.commune);
		assertThatThrownBy(() -> this.disciplines.forPerson(own, "TEST")).isInstanceOf(OutOfScopeException.class);

		TestAccounts.signIn("lanhdao", Set.of(Role.LEADER), this.commune);
		assertThat(this.disciplines.forPerson(colleague, "TEST").decisions()).hasSize(1);
		assertThatThrownBy(() -> this.disciplines.record(colleague,
				decision(DisciplineSystem.STATE, DisciplineForm.REPRIMAND, "2025-01-10", false)))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void anOfficerOfCommune03334IsRefusedForAPersonOfCommune03325() {
		long outside = person("Tòng Văn Ngoàixã", PersonnelCategory.CIVIL_SERVANT, this.muongPhang, false);
		assertThatThrownBy(() -> this.disciplines.record(outside,
				decision(DisciplineSystem.STATE, DisciplineForm.REPRIMAND, "2025-01-10", false)))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.disciplines.forPerson(outside, "TEST")).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(
				() -> this.disciplines.report(this.muongPhang, LocalDate.of(2021, 1, 1), LocalDate.of(2026, 1, 1)))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void aSecondEditOfTheSameVersionIsRefusedWithoutOverwriting() {
		long id = person("Lường Văn Sửahai", PersonnelCategory.CADRE, this.agency, false);
		DisciplineRecord added = this.disciplines.record(id,
				decision(DisciplineSystem.STATE, DisciplineForm.REPRIMAND, "2025-03-10", false));

		DisciplineRecord changed = this.disciplines.update(added.id(), added.version(),
				decision(DisciplineSystem.STATE, DisciplineForm.REMOVAL, "2025-03-10", false));
		assertThat(changed.form()).isEqualTo(DisciplineForm.REMOVAL);
		assertThat(changed.lapsesOn()).isEqualTo(LocalDate.of(2027, 3, 10));
		assertThat(changed.version()).isEqualTo(added.version() + 1);

		assertThatThrownBy(() -> this.disciplines.update(added.id(), added.version(),
				decision(DisciplineSystem.STATE, DisciplineForm.WARNING, "2025-03-10", false)))
			.isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(() -> this.disciplines.cancel(added.id(), added.version(), "Nhầm"))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(this.disciplines.get(added.id()).form()).isEqualTo(DisciplineForm.REMOVAL);

		DisciplineRecord cancelled = this.disciplines.cancel(added.id(), changed.version(), "Quyết định bị hủy");
		assertThat(cancelled.cancelled()).isTrue();
		assertThat(this.disciplines.forPerson(id, "TEST").decisions().get(0).effects().effects()).isEmpty();
		assertThatThrownBy(() -> this.disciplines.update(added.id(), cancelled.version(),
				decision(DisciplineSystem.STATE, DisciplineForm.WARNING, "2025-03-10", false)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("discipline.error.cancelled");
		assertThat(this.jdbc.sql("""
				select count(*) from audit_entry where entity_type = 'DisciplineRecord' and entity_id = :id
					and action = 'UPDATE' and before ->> 'form' = 'REPRIMAND' and after ->> 'form' = 'REMOVAL'""")
			.param("id", String.valueOf(added.id()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void invalidInputIsReportedInVietnameseAgainstEachField() {
		long civilServant = person("Hà Văn Sai", PersonnelCategory.CIVIL_SERVANT, this.agency, false);
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> this.disciplines.record(civilServant,
						new NewDiscipline(DisciplineSystem.STATE, DisciplineForm.RECALL, " ", "12/QĐ", "UBND",
								LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 1), false, 2030)));
		Map<String, String> byField = messages(ex);
		assertThat(byField.get("form")).isEqualTo(
				"Hình thức kỷ luật: \"Bãi nhiệm\" không áp dụng cho Công chức (Nghị định 172/2025/NĐ-CP, Luật Viên chức).");
		assertThat(byField.get("violation")).isEqualTo("Nội dung vi phạm: bắt buộc.");
		assertThat(byField.get("effectiveOn")).contains("Ngày có hiệu lực", "10/03/2025");
		assertThat(byField.get("countedYear")).isEqualTo("Năm tính khi đánh giá: phải từ 2020 đến 2025 "
				+ "(năm có hiệu lực hoặc năm trước đó đã tính hành vi này).");

		InvalidInputException party = catchThrowableOfType(InvalidInputException.class, () -> this.disciplines
			.record(civilServant, decision(DisciplineSystem.PARTY, DisciplineForm.WARNING, "2025-03-10", false)));
		assertThat(messages(party).get("system")).contains("không phải đảng viên");

		long partTime = person("Hà Văn Bánthời", PersonnelCategory.PART_TIME, this.agency, false);
		InvalidInputException state = catchThrowableOfType(InvalidInputException.class, () -> this.disciplines
			.record(partTime, decision(DisciplineSystem.STATE, DisciplineForm.WARNING, "2025-03-10", false)));
		assertThat(messages(state).get("system")).startsWith("Hệ thống kỷ luật:");

		InvalidInputException year = catchThrowableOfType(InvalidInputException.class,
				() -> this.disciplines.record(civilServant,
						new NewDiscipline(DisciplineSystem.STATE, DisciplineForm.WARNING, "Vi phạm", "12/QĐ", "UBND",
								LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 10), false, 2026)));
		assertThat(messages(year).get("countedYear")).contains("Năm tính khi đánh giá", "2020", "2025");
	}

	Map<String, String> messages(InvalidInputException ex) {
		Map<String, String> byField = new java.util.LinkedHashMap<>();
		for (FieldProblem problem : ex.problems()) {
			byField.putIfAbsent(problem.field(), this.messages.getMessage(problem, VI));
		}
		return byField;
	}

	@Test
	void countingInYearFindsTheDecisionsOfTheYearOfTwoHundredThousandPeopleAtOnce() {
		long first = person("Cầm Văn Mộtnăm", PersonnelCategory.CIVIL_SERVANT, this.agency, true);
		long second = person("Cầm Văn Hainăm", PersonnelCategory.CIVIL_SERVANT, this.agency, true);
		DisciplineRecord counted = this.disciplines.record(first,
				decision(DisciplineSystem.STATE, DisciplineForm.REPRIMAND, "2024-06-01", true));
		NewDiscipline party = decision(DisciplineSystem.PARTY, DisciplineForm.REPRIMAND, "2025-01-15", true);
		DisciplineRecord sameAct = this.disciplines.record(first,
				new NewDiscipline(party.system(), party.form(), party.violation(), party.decisionNumber(),
						party.authority(), party.decisionDate(), party.effectiveOn(), true, 2024));
		DisciplineRecord cancelled = this.disciplines.record(second,
				decision(DisciplineSystem.STATE, DisciplineForm.WARNING, "2024-09-01", false));
		this.disciplines.cancel(cancelled.id(), cancelled.version(), "Hủy");
		DisciplineRecord later = this.disciplines.record(second,
				decision(DisciplineSystem.STATE, DisciplineForm.WARNING, "2025-02-01", false));
		List<Long> ids = new java.util.ArrayList<>(LongStream.range(0, 200_000).map((i) -> -1 - i).boxed().toList());
		ids.add(first);
		ids.add(second);

		Map<Long, List<DisciplineRecord>> in2024 = this.disciplines.countingInYear(ids, 2024);

		assertThat(in2024.keySet()).containsExactly(first);
		assertThat(in2024.get(first)).extracting(DisciplineRecord::id).containsExactly(counted.id(), sameAct.id());
		assertThat(this.disciplines.countingInYear(List.of(first, second), 2025).get(second))
			.extracting(DisciplineRecord::id)
			.containsExactly(later.id());
		assertThat(this.disciplines.countingInYear(List.of(first), 2025)).isEmpty();
	}

	@Test
	void removalFromPostIsOnlyForACivilServantHoldingALeadershipPostOnTheDecisionDate() {
		// NĐ 172/2025 (as Luật CBCC 2008 Điều 79 before it): cách chức applies to a công
		// chức holding a leadership or management post. The head of division holds the
		// title TRUONG_PHONG from 01/07/2025; the specialist only the job position
		// CHUYEN_VIEN (professional group).
		long head = person("Lò Văn Trưởngphòng", PersonnelCategory.CIVIL_SERVANT, this.agency, false);
		long specialist = person("Lò Văn Chuyênviên", PersonnelCategory.CIVIL_SERVANT, this.agency, false);
		String code = this.orgUnits.current(this.agency).code();
		this.assignments.record(new RecordAssignment(head, code, "TRUONG_PHONG", null, null, null, null,
				LocalDate.of(2025, 7, 1), null, null, null, null, null));
		this.assignments.record(new RecordAssignment(specialist, code, null, "CHUYEN_VIEN", null, null, null,
				LocalDate.of(2025, 7, 1), null, null, null, null, null));

		DisciplineRecord removed = this.disciplines.record(head,
				decision(DisciplineSystem.STATE, DisciplineForm.REMOVAL, "2025-09-10", true));
		assertThat(removed.form()).isEqualTo(DisciplineForm.REMOVAL);
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> this.disciplines
			.record(specialist, decision(DisciplineSystem.STATE, DisciplineForm.REMOVAL, "2025-09-10", true)));
		assertThat(messages(refused)).containsOnlyKeys("form");
		assertThat(messages(refused).get("form")).contains("cách chức chỉ áp dụng")
			.contains("lãnh đạo, quản lý")
			.contains("05/09/2025");
		// before the head's post began (decision signed 25/06/2025) they held none either
		assertThat(
				catchThrowableOfType(InvalidInputException.class,
						() -> this.disciplines.record(head,
								decision(DisciplineSystem.STATE, DisciplineForm.REMOVAL, "2025-06-30", true))))
			.isNotNull();
		// a cán bộ holds the post they were elected or appointed to: no post lookup
		long cadre = person("Lò Văn Cánbộ", PersonnelCategory.CADRE, this.agency, false);
		assertThat(this.disciplines
			.record(cadre, decision(DisciplineSystem.STATE, DisciplineForm.REMOVAL, "2025-09-10", true))
			.form()).isEqualTo(DisciplineForm.REMOVAL);
	}

	@Test
	void demotionAndSalaryStepReductionAreRecordedForDecisionsSignedBeforeTheFirstOfJuly2025() {
		// Luật CBCC 2008 Điều 79: a công chức could be demoted (giáng chức) or have the
		// salary
		// step reduced (hạ bậc lương) until NĐ 172/2025 abolished both from 01/07/2025.
		long servant = person("Lò Văn Giángchức", PersonnelCategory.CIVIL_SERVANT, this.agency, false);
		// signed 05/03/2025, effective 10/03/2025: TT 08/2013 delays the raise 12 months
		// (demotion counts with removal); Luật CBCC 2019 Điều 82 bars planning and higher
		// posts 24 months, to 10/03/2027
		DisciplineRecord demoted = this.disciplines.record(servant,
				decision(DisciplineSystem.STATE, DisciplineForm.DEMOTION, "2025-03-10", true));
		DisciplineEffects effects = this.disciplines.forPerson(servant, "TEST")
			.decisions()
			.stream()
			.filter((decision) -> decision.record().id() == demoted.id())
			.findFirst()
			.orElseThrow()
			.effects();
		assertThat(effects.salaryDelayMonths()).isEqualTo(12);
		assertThat(effects.find(EffectKind.HIGHER_POST_BAR).orElseThrow().until()).isEqualTo(LocalDate.of(2027, 3, 10));
		// signed 26/04/2024, effective 01/05/2024: salary-step reduction bars 12 months,
		// to
		// 01/05/2025
		DisciplineRecord reduced = this.disciplines.record(servant,
				decision(DisciplineSystem.STATE, DisciplineForm.SALARY_STEP_REDUCTION, "2024-05-01", true));
		assertThat(reduced.lapsesOn()).isEqualTo(LocalDate.of(2025, 5, 1));
		// signed 30/06/2025 (effective 05/07/2025): still allowed on the day it was
		// signed
		assertThat(this.disciplines
			.record(servant, decision(DisciplineSystem.STATE, DisciplineForm.DEMOTION, "2025-07-05", true))
			.form()).isEqualTo(DisciplineForm.DEMOTION);
		// signed 01/07/2025: abolished
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> this.disciplines
			.record(servant, decision(DisciplineSystem.STATE, DisciplineForm.DEMOTION, "2025-07-06", true)));
		assertThat(messages(refused).get("form")).contains("đã bị bãi bỏ từ 01/07/2025")
			.contains("Nghị định 172/2025/NĐ-CP");
		// never a form for viên chức
		long employee = person("Lò Văn Viênchức", PersonnelCategory.PUBLIC_EMPLOYEE, this.agency, false);
		assertThat(catchThrowableOfType(InvalidInputException.class,
				() -> this.disciplines.record(employee,
						decision(DisciplineSystem.STATE, DisciplineForm.SALARY_STEP_REDUCTION, "2024-05-01", true))))
			.isNotNull();
	}

	@Test
	void theReportCountsPeopleAndDecisionsPerYearAndForm() {
		long a = person("Vì Văn Báocáo", PersonnelCategory.CIVIL_SERVANT, this.agency, true);
		long b = person("Vì Thị Báocáo", PersonnelCategory.CADRE, this.agency, false);
		this.disciplines.record(a, decision(DisciplineSystem.STATE, DisciplineForm.REPRIMAND, "2023-04-01", true));
		this.disciplines.record(a, decision(DisciplineSystem.PARTY, DisciplineForm.REPRIMAND, "2023-05-01", true));
		this.disciplines.record(a, decision(DisciplineSystem.STATE, DisciplineForm.WARNING, "2025-04-01", true));
		this.disciplines.record(b, decision(DisciplineSystem.STATE, DisciplineForm.RECALL, "2025-06-01", true));
		this.disciplines.record(b, decision(DisciplineSystem.STATE, DisciplineForm.WARNING, "2020-06-01", true));

		DisciplineReport report = this.disciplines.report(this.agency, LocalDate.of(2022, 1, 1),
				LocalDate.of(2026, 11, 1));

		assertThat(report.years()).extracting(DisciplineReport.Line::year)
			.containsExactly(2022, 2023, 2024, 2025, 2026);
		DisciplineReport.Line y2023 = report.years().get(1);
		assertThat(y2023.people()).isEqualTo(1);
		assertThat(y2023.decisions()).isEqualTo(2);
		assertThat(y2023.count(DisciplineForm.REPRIMAND)).isEqualTo(2);
		DisciplineReport.Line y2025 = report.years().get(3);
		assertThat(y2025.people()).isEqualTo(2);
		assertThat(y2025.count(DisciplineForm.RECALL)).isEqualTo(1);
		assertThat(report.total().people()).isEqualTo(2);
		assertThat(report.total().decisions()).isEqualTo(4);
		assertThat(report.forms()).containsExactly(DisciplineForm.REPRIMAND, DisciplineForm.WARNING,
				DisciplineForm.RECALL);
		assertThat(report.decisions()).extracting((entry) -> entry.person().id()).containsOnly(a, b);
	}

	@Test
	void raiseDelaysAreTheStateDecisionsSinceTheSalaryStepWithTheirMonthsAndRule() {
		List<PersonDetails.SalaryStep> step = List.of(new PersonDetails.SalaryStep(LocalDate.of(2023, 1, 1), "01.003",
				null, 3, new BigDecimal("3.00"), null, null));
		long servant = person("Lò Văn Chậmlương", PersonnelCategory.CIVIL_SERVANT, this.agency, true, step);
		long employee = person("Lò Văn Viênchức", PersonnelCategory.PUBLIC_EMPLOYEE, this.agency, false, step);
		long withoutSalary = person("Lò Văn Khônglương", PersonnelCategory.CIVIL_SERVANT, this.agency, false);
		this.disciplines.record(servant,
				decision(DisciplineSystem.STATE, DisciplineForm.REPRIMAND, "2022-06-01", true));
		DisciplineRecord counted = this.disciplines.record(servant,
				decision(DisciplineSystem.STATE, DisciplineForm.REPRIMAND, "2024-06-01", true));
		this.disciplines.record(servant, decision(DisciplineSystem.PARTY, DisciplineForm.WARNING, "2024-07-01", true));
		DisciplineRecord cancelled = this.disciplines.record(servant,
				decision(DisciplineSystem.STATE, DisciplineForm.WARNING, "2025-02-01", true));
		this.disciplines.cancel(cancelled.id(), cancelled.version(), "Bị hủy");
		this.disciplines.record(employee,
				decision(DisciplineSystem.STATE, DisciplineForm.REPRIMAND, "2025-03-01", false));
		this.disciplines.record(withoutSalary,
				decision(DisciplineSystem.STATE, DisciplineForm.REPRIMAND, "2025-03-01", true));

		Map<Long, List<RaiseDelay>> delays = this.disciplines.raiseDelays(List.of(servant, employee, withoutSalary));

		assertThat(delays).containsOnlyKeys(servant, employee);
		RaiseDelay reprimand = delays.get(servant).get(0);
		assertThat(delays.get(servant)).hasSize(1);
		assertThat(reprimand.decisionId()).isEqualTo(counted.id());
		assertThat(reprimand.months()).isEqualTo(6);
		assertThat(reprimand.rule().citation()).contains("Thông tư 08/2013/TT-BNV");
		assertThat(delays.get(employee)).extracting(RaiseDelay::months).containsExactly(3);
		var within = List.of(this.orgUnits.visibleSubtree(LocalDate.now()),
				this.orgUnits.subtree(this.agency, LocalDate.now()));
		assertThat(this.disciplines.raiseDelays(within, LocalDate.of(2024, 12, 31))).containsOnlyKeys(servant);
		assertThat(this.disciplines.raiseDelays(within, LocalDate.of(2025, 12, 31))).containsOnlyKeys(servant,
				employee);
		assertThat(this.disciplines.raiseDelays(List.of())).isEmpty();

		assertThat(this.disciplines.mayRead(servant)).isTrue();
		TestAccounts.signIn("nhanvien", Set.of(Role.STAFF), this.commune, servant);
		assertThat(this.disciplines.mayRead(servant)).isTrue();
		assertThat(this.disciplines.mayRead(employee)).isFalse();
		TestAccounts.signIn("xem", Set.of(Role.VIEWER), this.commune);
		assertThat(this.disciplines.mayRead(servant)).isFalse();
	}

}
