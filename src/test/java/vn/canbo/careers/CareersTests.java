package vn.canbo.careers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.discipline.DisciplineForm;
import vn.canbo.discipline.DisciplineRecord;
import vn.canbo.discipline.DisciplineSystem;
import vn.canbo.discipline.Disciplines;
import vn.canbo.discipline.NewDiscipline;
import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Ethnicity;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.Religion;
import vn.canbo.people.TestPeople;
import vn.canbo.rules.Retirement;
import vn.canbo.rules.Rules;
import vn.canbo.rules.Sex;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Retirement and raise schedules of a unit: the dates of the rules, the lists filtered in
 * the database, the notice list, the yearly counts, salary outlooks with early raises and
 * delays, scope and audit. Each test works in its own new agency.
 */
@SpringBootTest
class CareersTests {

	static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	MessageSource messages;

	@Autowired
	Careers careers;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	Rules rules;

	@Autowired
	Disciplines disciplines;

	@Autowired
	JdbcClient jdbc;

	long agency;

	long muongPhang;

	@BeforeEach
	void createAgency() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		LocalDate today = this.orgUnits.today();
		long commune = this.orgUnits.getByCode("03334", today).id();
		this.muongPhang = this.orgUnits.getByCode("03325", today).id();
		this.agency = this.orgUnits
			.createAgency(new CreateAgency(commune, "Phòng thử lộ trình " + TestAccounts.uniqueName("lt"),
					UnitType.OTHER, LocalDate.of(2025, 7, 1), null))
			.id();
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	long person(String name, Gender gender, @Nullable Integer month, int year, long unit,
			List<PersonDetails.SalaryStep> salary) {
		PersonDetails base = TestPeople.person(name, gender, year, unit);
		PersonDetails.Identity id = base.identity();
		PersonDetails details = base
			.withIdentity(new PersonDetails.Identity(name, null, (month == null) ? null : 15, month, year, gender, null,
					id.birthPlace(), null, id.homeTown(), null, null, null, null, Ethnicity.KINH, Religion.NONE,
					id.citizenId(), null, null, null, null))
			.withHistories(List.of(), List.of(), salary, List.of());
		return this.people.create(details).id();
	}

	long person(String name, Gender gender, @Nullable Integer month, int year) {
		return person(name, gender, month, year, this.agency, List.of());
	}

	static PersonDetails.SalaryStep step(String since, String rank, int step, String coefficient) {
		return new PersonDetails.SalaryStep(LocalDate.parse(since), rank, null, step, new BigDecimal(coefficient), null,
				null);
	}

	@Test
	void listsWhoRetiresInAPeriodWithTheDateAndRule() {
		long may1964 = person("Lò Văn Mười", Gender.MALE, 3, 1964);
		long woman1968 = person("Quàng Thị Hoa", Gender.FEMALE, 12, 1968);
		long yearOnly = person("Cà Văn Năm", Gender.MALE, null, 1964);
		person("Lường Văn Sáu", Gender.MALE, 10, 1964);
		person("Tòng Văn Ngoài", Gender.MALE, 3, 1964, this.muongPhang, List.of());

		RetirementOverview overview = this.careers.retirements(this.agency, LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 12, 31));

		assertThat(overview.people()).extracting(RetiringPerson::personId)
			.containsExactly(yearOnly, may1964, woman1968);
		assertThat(overview.people()).extracting((p) -> p.retirement().retirementDate())
			.containsExactly(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 8, 31));
		RetiringPerson man = overview.people().get(1);
		assertThat(man.retirement().ageYears()).isEqualTo(61);
		assertThat(man.retirement().ageMonths()).isEqualTo(3);
		assertThat(man.retirement().pensionStartDate()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(man.retirement().rule().citation()).contains("135/2020");
		assertThat(man.birth()).isEqualTo("15/03/1964");
		assertThat(man.notifyBy()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(man.decideBy()).isEqualTo(LocalDate.of(2025, 4, 1));
	}

	static final String[] GIVEN = { "An", "Bình", "Cường", "Dung", "Giang", "Hải", "Khánh", "Lan", "Minh", "Nga",
			"Oanh", "Phúc", "Quang", "Sơn", "Tâm", "Uyên", "Vân", "Xuân", "Yến" };

	@Test
	void theYearlyCountsAgreeWithEachPersonsDate() {
		int thisYear = this.careers.today().getYear();
		for (int year = 1958; year <= 1976; year++) {
			String given = GIVEN[year - 1958];
			person("Hà Văn " + given, Gender.MALE, 1 + (year % 12), year);
			person("Hà Thị " + given, Gender.FEMALE, 12 - (year % 12), year);
		}
		var schedule = this.rules.retirementSchedule();

		RetirementOverview overview = this.careers.retirements(this.agency, LocalDate.of(thisYear, 1, 1),
				LocalDate.of(thisYear, 12, 31));

		assertThat(overview.perYear()).hasSize(5);
		for (YearCount count : overview.perYear()) {
			long men = 0;
			long women = 0;
			for (int year = 1958; year <= 1976; year++) {
				if (Retirement.of(Sex.MALE, YearMonth.of(year, 1 + (year % 12)), schedule)
					.retirementDate()
					.getYear() == count.year()) {
					men++;
				}
				if (Retirement.of(Sex.FEMALE, YearMonth.of(year, 12 - (year % 12)), schedule)
					.retirementDate()
					.getYear() == count.year()) {
					women++;
				}
			}
			assertThat(count.men()).as("men in %s", count.year()).isEqualTo(men);
			assertThat(count.women()).as("women in %s", count.year()).isEqualTo(women);
		}
		assertThat(overview.perYear().stream().mapToLong(YearCount::total).sum()).isPositive();
		assertThat(overview.people()).hasSize((int) overview.perYear().get(0).total());
	}

	@Test
	void theNoticeListHoldsThoseRetiringWithinTheLeadTime() {
		LocalDate today = this.careers.today();
		Birth soon = birthRetiringBetween(today.plusDays(1), today.plusMonths(6).minusDays(1));
		Birth later = birthRetiringBetween(today.plusMonths(7), today.plusMonths(12));
		long notify = person("Lò Thị Sắp", soon.gender(), soon.month().getMonthValue(), soon.month().getYear());
		long wait = person("Lò Thị Chưa", later.gender(), later.month().getMonthValue(), later.month().getYear());

		RetirementOverview overview = this.careers.retirements(this.agency, today, today.plusYears(1));

		assertThat(overview.people()).extracting(RetiringPerson::personId).containsExactly(notify, wait);
		assertThat(overview.toNotify()).extracting(RetiringPerson::personId).containsExactly(notify);
		assertThat(overview.noticeUntil()).isEqualTo(today.plusMonths(6));
		assertThat(overview.notice().version().confirmed()).isFalse();
	}

	@Test
	void aCommuneOfficerSeesOnlyTheirCommune() {
		long outside = person("Tòng Văn Ngoài", Gender.MALE, 3, 1964, this.muongPhang, List.of());
		long inside = person("Lò Văn Trong", Gender.MALE, 3, 1964);
		TestAccounts.signIn("xa-tochuc", Set.of(Role.ORG_OFFICER),
				this.orgUnits.getByCode("03334", this.orgUnits.today()).id());

		assertThatThrownBy(
				() -> this.careers.retirements(this.muongPhang, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
			.isInstanceOf(OutOfScopeException.class);
		assertThat(this.careers.retirements(null, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30)).people())
			.extracting(RetiringPerson::personId)
			.contains(inside)
			.doesNotContain(outside);
		assertThatThrownBy(() -> this.careers.career(outside, LocalDate.of(2025, 1, 1)))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void theNextRaiseFollowsTheTableIntervalAndTheAdjustments() {
		long expert = person("Điêu Văn Bậc", Gender.MALE, 6, 1985, this.agency,
				List.of(step("2021-03-01", "01.003", 2, "2.67"), step("2024-03-01", "01.003", 3, "3.00")));
		long staff = person("Điêu Thị Nhân", Gender.FEMALE, 6, 1990, this.agency,
				List.of(step("2025-05-01", "01.005", 4, "2.46")));

		SalaryStatus status = this.careers.career(expert, LocalDate.of(2025, 1, 1)).salary();
		assertThat(status.rankName()).isEqualTo("Chuyên viên");
		assertThat(status.tableCode()).isEqualTo("A1");
		assertThat(status.maxSteps()).isEqualTo(9);
		assertThat(status.nextRaiseOn()).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(status.nextStep()).isEqualTo(4);
		assertThat(status.nextCoefficient()).isEqualByComparingTo("3.33");
		assertThat(status.rule().citation()).contains("08/2013");
		assertThat(this.careers.career(staff, LocalDate.of(2025, 6, 1)).salary().nextRaiseOn())
			.isEqualTo(LocalDate.of(2027, 5, 1));
		assertThat(this.careers.career(expert, LocalDate.of(2025, 1, 1)).monthlySalary()).isEqualTo(7_020_000L);

		assertThat(raisesIn(2027, 3)).contains(expert).doesNotContain(staff);
		assertThat(raisesIn(2027, 5)).contains(staff).doesNotContain(expert);

		this.careers.addAdjustment(expert, new NewSalaryAdjustment(AdjustmentKind.DELAY, 6, "Khiển trách năm 2024",
				"12/QĐ-UBND", LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 1)));
		this.careers.addAdjustment(expert, new NewSalaryAdjustment(AdjustmentKind.DELAY, 6,
				"Kỷ luật trong bậc trước (đã tính)", null, null, LocalDate.of(2023, 1, 1)));
		assertThat(this.careers.career(expert, LocalDate.of(2025, 1, 1)).salary().nextRaiseOn())
			.isEqualTo(LocalDate.of(2027, 9, 1));
		assertThat(raisesIn(2027, 3)).doesNotContain(expert);
		assertThat(raisesIn(2027, 9)).contains(expert);

		// due 01/09/2027: an early raise is considered in 2026, when the step is at most
		// 12
		// months away on 31/12 (TT 08/2013 Điều 3)
		this.careers.addAdjustment(expert, new NewSalaryAdjustment(AdjustmentKind.EARLY, 12,
				"Hoàn thành xuất sắc nhiệm vụ 2026", "5/QĐ-UBND", null, LocalDate.of(2026, 1, 1)));
		assertThat(this.careers.career(expert, LocalDate.of(2026, 1, 1)).salary().nextRaiseOn())
			.isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(this.careers.career(expert, LocalDate.of(2026, 1, 1)).adjustments()).hasSize(3);
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where entity_type = 'SalaryAdjustment' and after::text like :name")
			.param("name", "%Điêu Văn Bậc%")
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void atTheLastStepTheBeyondScaleAllowanceStartsAndRisesYearly() {
		long senior = person("Vì Văn Khung", Gender.MALE, 6, 1966, this.agency,
				List.of(step("2020-01-01", "01.003", 9, "4.98")));
		long vocational = person("Vì Thị Khung", Gender.FEMALE, 6, 1972, this.agency,
				List.of(step("2023-04-01", "01.005", 12, "4.06")));

		SalaryStatus before = this.careers.career(senior, LocalDate.of(2022, 6, 1)).salary();
		assertThat(before.atLastStep()).isTrue();
		assertThat(before.beyondScalePercent()).isZero();
		assertThat(before.nextBeyondScaleOn()).isEqualTo(LocalDate.of(2023, 1, 1));
		assertThat(before.nextBeyondScalePercent()).isEqualTo(5);
		SalaryStatus later = this.careers.career(senior, LocalDate.of(2025, 6, 1)).salary();
		assertThat(later.beyondScalePercent()).isEqualTo(7);
		assertThat(later.nextBeyondScaleOn()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(later.nextBeyondScalePercent()).isEqualTo(8);
		assertThat(later.nextRaiseOn()).isNull();

		List<DueRaise> january = this.careers.salaryRaises(this.agency, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 1, 31));
		assertThat(january).extracting(DueRaise::personId).containsExactly(senior);
		assertThat(january.get(0).kind()).isEqualTo(RaiseKind.BEYOND_SCALE);
		assertThat(january.get(0).newBeyondScalePercent()).isEqualTo(8);
		List<DueRaise> april = this.careers.salaryRaises(this.agency, LocalDate.of(2025, 4, 1),
				LocalDate.of(2025, 4, 30));
		assertThat(april).extracting(DueRaise::personId).containsExactly(vocational);
		assertThat(april.get(0).newBeyondScalePercent()).isEqualTo(5);
	}

	@Test
	void peopleWithoutASalaryHistoryAreLeftOut() {
		PersonDetails partTime = TestPeople.person("Lò Văn Bánthời", Gender.MALE, 1980, this.agency);
		partTime = partTime.withEmployment(new PersonDetails.Employment(null, PersonnelCategory.PART_TIME, this.agency,
				"Công an viên", null, true, null, null, null, null));
		long id = this.people.create(partTime).id();

		assertThat(this.careers.career(id, LocalDate.of(2025, 1, 1)).salary()).isNull();
		assertThat(this.careers.salaryRaises(this.agency, LocalDate.of(2020, 1, 1), LocalDate.of(2029, 12, 31)))
			.isEmpty();
	}

	@Test
	void adjustmentsAreCheckedAndNeedAnEditor() {
		long expert = person("Điêu Văn Sai", Gender.MALE, 6, 1985, this.agency,
				List.of(step("2024-03-01", "01.003", 3, "3.00")));

		assertThatThrownBy(() -> this.careers.addAdjustment(expert,
				new NewSalaryAdjustment(AdjustmentKind.EARLY, 13, " ", null, null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems()).extracting((p) -> p.field() + " " + p.messageKey())
						.containsExactly("months careers.error.months.range", "reason careers.error.reason.required",
								"effectiveOn careers.error.effectiveOn.required"));
		TestAccounts.signIn("tinh-xem", Set.of(Role.VIEWER), null);
		assertThatThrownBy(() -> this.careers.addAdjustment(expert,
				new NewSalaryAdjustment(AdjustmentKind.DELAY, 6, "Khiển trách", null, null, LocalDate.of(2024, 9, 1))))
			.isInstanceOf(OutOfScopeException.class);
		assertThat(this.careers.career(expert, LocalDate.of(2025, 1, 1)).adjustments()).isEmpty();
	}

	@Test
	void aDisciplineDecisionDelaysTheRaiseWhoseWaitItFallsIn() {
		// A1 step 3 since 01/01/2023: the step is due 01/01/2026 before any discipline.
		long expert = person("Điêu Văn Luật", Gender.MALE, 6, 1985, this.agency,
				List.of(step("2020-01-01", "01.003", 2, "2.67"), step("2023-01-01", "01.003", 3, "3.00")));
		PersonDetails employee = TestPeople.person("Điêu Thị Viên", Gender.FEMALE, 1990, this.agency)
			.withHistories(List.of(), List.of(), List.of(step("2023-01-01", "01.003", 3, "3.00")), List.of());
		long publicEmployee = this.people
			.create(employee.withEmployment(new PersonDetails.Employment(null, PersonnelCategory.PUBLIC_EMPLOYEE,
					this.agency, "Giáo viên", null, true, null, null, null, null)))
			.id();

		decide(expert, DisciplineForm.REPRIMAND, "2022-06-01", "3/QĐ-UBND");
		decide(expert, DisciplineForm.REPRIMAND, "2024-06-01", "41/QĐ-UBND");
		DisciplineRecord cancelled = decide(expert, DisciplineForm.WARNING, "2025-01-10", "45/QĐ-UBND");
		this.disciplines.cancel(cancelled.id(), cancelled.version(), "Bị hủy theo quyết định giải quyết khiếu nại");
		decide(publicEmployee, DisciplineForm.REPRIMAND, "2024-06-01", "42/QĐ-UBND");

		SalaryStatus status = this.careers.career(expert, LocalDate.of(2026, 1, 1)).salary();
		assertThat(status.nextRaiseOn()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(status.adjustmentMonths()).isZero();
		assertThat(status.disciplineMonths()).isEqualTo(6);
		DisciplineDelay reprimand = status.disciplineDelays().get(0);
		assertThat(status.disciplineDelays()).hasSize(1);
		assertThat(reprimand.form()).isEqualTo(DisciplineForm.REPRIMAND);
		assertThat(reprimand.decisionNumber()).isEqualTo("41/QĐ-UBND");
		assertThat(reprimand.months()).isEqualTo(6);
		assertThat(reprimand.rule().citation()).contains("08/2013");
		assertThat(this.careers.career(publicEmployee, LocalDate.of(2026, 1, 1)).salary().nextRaiseOn())
			.isEqualTo(LocalDate.of(2026, 4, 1));

		assertThat(raisesIn(2026, 1)).doesNotContain(expert, publicEmployee);
		assertThat(raisesIn(2026, 4)).containsExactly(publicEmployee);
		List<DueRaise> july = this.careers.salaryRaises(this.agency, LocalDate.of(2026, 7, 1),
				LocalDate.of(2026, 7, 31));
		assertThat(july).extracting(DueRaise::personId).containsExactly(expert);
		assertThat(july.get(0).disciplineDelays()).extracting(DisciplineDelay::decisionNumber)
			.containsExactly("41/QĐ-UBND");

		// Taking effect during the extension, it delays the same raise again; one taking
		// effect on or after the raise waits for the next step.
		decide(expert, DisciplineForm.WARNING, "2026-03-01", "52/QĐ-UBND");
		decide(expert, DisciplineForm.REPRIMAND, "2027-01-01", "60/QĐ-UBND");
		assertThat(this.careers.career(expert, LocalDate.of(2026, 11, 1)).salary().disciplineDelays())
			.extracting(DisciplineDelay::decisionNumber)
			.containsExactly("41/QĐ-UBND", "52/QĐ-UBND");
		assertThat(raisesIn(2026, 7)).doesNotContain(expert);
		assertThat(raisesIn(2027, 1)).containsExactly(expert);

		TestAccounts.signIn("tinh-xem", Set.of(Role.VIEWER), null);
		SalaryStatus seen = this.careers.career(expert, LocalDate.of(2026, 11, 1)).salary();
		assertThat(seen.nextRaiseOn()).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(seen.disciplineDelays()).allSatisfy((delay) -> {
			assertThat(delay.shown()).isFalse();
			assertThat(delay.decisionNumber()).isNull();
		});
		assertThat(this.jdbc.sql("""
				select count(*) from audit_entry where entity_type = 'DisciplineRecord' and action = 'VIEW'
					and entity_id = :id and after::text like '%salary outlook%'""")
			.param("id", "person:" + expert)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void atTheLastStepADecisionDelaysTheNextRiseOfTheAllowanceAndTheLaterOnes() {
		// Beyond scale 5% from 01/01/2023, 6% from 01/01/2024; the reprimand falls in the
		// wait for 7%, due 01/01/2025, and pushes it and every later rise six months.
		long senior = person("Vì Văn Trễ", Gender.MALE, 6, 1966, this.agency,
				List.of(step("2020-01-01", "01.003", 9, "4.98")));
		decide(senior, DisciplineForm.REPRIMAND, "2024-03-01", "7/QĐ-UBND");

		SalaryStatus waiting = this.careers.career(senior, LocalDate.of(2025, 6, 1)).salary();
		assertThat(waiting.beyondScalePercent()).isEqualTo(6);
		assertThat(waiting.nextBeyondScaleOn()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(waiting.nextBeyondScalePercent()).isEqualTo(7);
		assertThat(waiting.disciplineDelays()).extracting(DisciplineDelay::decisionNumber).containsExactly("7/QĐ-UBND");
		SalaryStatus later = this.careers.career(senior, LocalDate.of(2025, 8, 1)).salary();
		assertThat(later.beyondScalePercent()).isEqualTo(7);
		assertThat(later.nextBeyondScaleOn()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(later.nextBeyondScalePercent()).isEqualTo(8);
		List<DueRaise> july = this.careers.salaryRaises(this.agency, LocalDate.of(2025, 7, 1),
				LocalDate.of(2025, 7, 31));
		assertThat(july).extracting(DueRaise::personId).containsExactly(senior);
		assertThat(july.get(0).newBeyondScalePercent()).isEqualTo(7);
		assertThat(july.get(0).disciplineDelays()).hasSize(1);
	}

	@Test
	void anEarlyRaiseIsRefusedForSomeoneMoreThanTwelveMonthsShortOrDisciplinedInTheStep() {
		// TT 08/2013/TT-BNV Điều 3: an early raise only for someone at most 12 months
		// short
		// of the regular raise on 31/12 of the year considered, not disciplined in the
		// step.
		// A1 (36 months) step 3 since 01/03/2024: due 01/03/2027.
		long expert = person("Điêu Văn Sớm", Gender.MALE, 6, 1985, this.agency,
				List.of(step("2024-03-01", "01.003", 3, "3.00")));
		// considered in 2025: 31/12/2025 + 12 months = 31/12/2026 < 01/03/2027, 14 months
		// short
		InvalidInputException tooFar = catchThrowableOfType(InvalidInputException.class,
				() -> this.careers.addAdjustment(expert, new NewSalaryAdjustment(AdjustmentKind.EARLY, 6,
						"Hoàn thành xuất sắc nhiệm vụ 2025", "5/QĐ-UBND", null, LocalDate.of(2025, 12, 31))));
		assertThat(tooFar.problems()).extracting((p) -> p.field() + " " + p.messageKey())
			.containsExactly("effectiveOn careers.error.early.tooFar");
		assertThat(this.messages.getMessage(tooFar.problems().get(0), VI)).contains("01/03/2027")
			.contains("31/12/2025")
			.contains("Thông tư 08/2013/TT-BNV");
		// considered in 2026: 31/12/2026 + 12 months = 31/12/2027 >= 01/03/2027, 2 months
		// short
		this.careers.addAdjustment(expert, new NewSalaryAdjustment(AdjustmentKind.EARLY, 6,
				"Hoàn thành xuất sắc nhiệm vụ 2026", "9/QĐ-UBND", null, LocalDate.of(2026, 6, 30)));
		assertThat(this.careers.career(expert, LocalDate.of(2026, 7, 1)).salary().nextRaiseOn())
			.isEqualTo(LocalDate.of(2026, 9, 1));

		// a reprimand on 01/06/2024, in the step held since 01/03/2024: never early
		long disciplined = person("Điêu Văn Kỷluật", Gender.MALE, 6, 1985, this.agency,
				List.of(step("2024-03-01", "01.003", 3, "3.00")));
		decide(disciplined, DisciplineForm.REPRIMAND, "2024-06-01", "44/QĐ-UBND");
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> this.careers.addAdjustment(disciplined, new NewSalaryAdjustment(AdjustmentKind.EARLY, 6,
						"Hoàn thành xuất sắc nhiệm vụ 2026", "10/QĐ-UBND", null, LocalDate.of(2026, 6, 30))));
		assertThat(refused.problems()).extracting((p) -> p.field() + " " + p.messageKey())
			.containsExactly("kind careers.error.early.disciplined");
		assertThat(this.careers.career(disciplined, LocalDate.of(2026, 7, 1)).adjustments()).isEmpty();
	}

	@Test
	void aYearRatedNotCompletedDelaysTheRaiseAutomaticallyWithItsCauseAndRule() {
		// TT 08/2013 Điều 2 khoản 3: each year rated "not completed" while holding the
		// step
		// delays the raise 6 months (rule DISCIPLINE_EFFECTS,
		// delayUnsatisfactoryYearMonths).
		// A1 step 3 since 01/01/2023: due 01/01/2026; 2024 approved "not completed" ->
		// 01/07/2026. A proposal not yet approved (2025) does not count, nor a year
		// before
		// the step (2022).
		long expert = person("Điêu Văn Xếploại", Gender.MALE, 6, 1985, this.agency,
				List.of(step("2020-01-01", "01.003", 2, "2.67"), step("2023-01-01", "01.003", 3, "3.00")));
		rate(expert, 2022, "APPROVED");
		rate(expert, 2024, "APPROVED");
		rate(expert, 2025, "PROPOSED");

		SalaryStatus status = this.careers.career(expert, LocalDate.of(2026, 1, 1)).salary();
		assertThat(status.nextRaiseOn()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(status.adjustmentMonths()).isZero();
		assertThat(status.ratingDelays()).singleElement().satisfies((delay) -> {
			assertThat(delay.year()).isEqualTo(2024);
			assertThat(delay.months()).isEqualTo(6);
			assertThat(delay.rule().citation()).contains("08/2013");
		});
		assertThat(raisesIn(2026, 1)).doesNotContain(expert);
		List<DueRaise> july = this.careers.salaryRaises(this.agency, LocalDate.of(2026, 7, 1),
				LocalDate.of(2026, 7, 31));
		assertThat(july).extracting(DueRaise::personId).contains(expert);
		assertThat(july).filteredOn((raise) -> raise.personId() == expert)
			.singleElement()
			.satisfies((raise) -> assertThat(raise.ratingDelays()).extracting(RatingDelay::year).containsExactly(2024));
	}

	private void rate(long personId, int year, String status) {
		this.jdbc.sql("""
				insert into annual_rating (person_id, year, agency_id, task_group, months_evaluated, months_leave,
					months_maternity, proposed_level, level, status, computed_at)
				values (:person, :year, :agency, 'CIVIL_SERVANT', 12, 0, 0, 'NOT_COMPLETED', 'NOT_COMPLETED', :status,
					current_timestamp)""")
			.param("person", personId)
			.param("year", year)
			.param("agency", this.agency)
			.param("status", status)
			.update();
	}

	private DisciplineRecord decide(long personId, DisciplineForm form, String effective, String number) {
		LocalDate on = LocalDate.parse(effective);
		LocalDate signed = on.isAfter(this.careers.today()) ? this.careers.today() : on.minusDays(5);
		return this.disciplines.record(personId, new NewDiscipline(DisciplineSystem.STATE, form,
				"Vi phạm quy chế làm việc", number, "UBND phường Mường Thanh", signed, on, true, null));
	}

	/** Someone retiring in the period: a woman if any, else a man. */
	private Birth birthRetiringBetween(LocalDate from, LocalDate to) {
		var schedule = this.rules.retirementSchedule();
		return Retirement.birthMonthsRetiringBetween(Sex.FEMALE, from, to, schedule)
			.map((range) -> new Birth(Gender.FEMALE, range.first()))
			.or(() -> Retirement.birthMonthsRetiringBetween(Sex.MALE, from, to, schedule)
				.map((range) -> new Birth(Gender.MALE, range.first())))
			.orElseThrow();
	}

	record Birth(Gender gender, YearMonth month) {
	}

	private List<Long> raisesIn(int year, int month) {
		YearMonth period = YearMonth.of(year, month);
		return this.careers.salaryRaises(this.agency, period.atDay(1), period.atEndOfMonth())
			.stream()
			.map(DueRaise::personId)
			.toList();
	}

}
