package vn.canbo.streamlining;

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

import vn.canbo.discipline.DisciplineForm;
import vn.canbo.discipline.DisciplineSystem;
import vn.canbo.discipline.Disciplines;
import vn.canbo.discipline.NewDiscipline;
import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.TestPeople;
import vn.canbo.rules.RuleKey;
import vn.canbo.rules.Rules;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The screening list of a new agency of commune 03334 at today: each exclusion keeps its
 * person off the list with the reason, the counts are the whole list's; declarations and
 * decisions audited, a stale version refused, the payout from the person's salary history
 * and the seeded rules; the seeded rules reproduce the reference's worked examples.
 */
@SpringBootTest
class StreamliningTests {

	@Autowired
	Streamlining streamlining;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	Disciplines disciplines;

	@Autowired
	Rules rules;

	@Autowired
	JdbcClient jdbc;

	long commune;

	long agency;

	long muongPhang;

	LocalDate today = LocalDate.now();

	@BeforeEach
	void createAgency() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		this.commune = this.orgUnits.getByCode("03334", this.today).id();
		this.muongPhang = this.orgUnits.getByCode("03325", this.today).id();
		this.agency = this.orgUnits
			.createAgency(new CreateAgency(this.commune, "Phòng thử tinh giản " + TestAccounts.uniqueName("tg"),
					UnitType.OTHER, LocalDate.of(2025, 7, 1), null))
			.id();
		TestAccounts.signIn("xa-tochuc", Set.of(Role.ORG_OFFICER), this.commune);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	long person(String name, Gender gender) {
		List<PersonDetails.SalaryStep> salary = List.of(new PersonDetails.SalaryStep(LocalDate.of(2024, 3, 1), "01.003",
				"Chuyên viên", 3, new BigDecimal("3.00"), null, null));
		return this.people
			.create(TestPeople.person(name, gender, 1985, this.agency)
				.withHistories(List.of(), List.of(), salary, List.of()))
			.id();
	}

	void notCompleted(long personId, int year) {
		notCompleted(this.jdbc, personId, year, this.agency);
	}

	/** An approved annual rating "not completed" of the person for the year. */
	static void notCompleted(JdbcClient jdbc, long personId, int year, long agencyId) {
		jdbc.sql("""
				insert into annual_rating (person_id, year, agency_id, task_group, months_evaluated, months_leave,
					months_maternity, average, scored_level, proposed_level, reasons, level, status, computed_at)
				values (:person, :year, :agency, 'CIVIL_SERVANT', 12, 0, 0, 40, 'NOT_COMPLETED', 'NOT_COMPLETED',
					'{}', 'NOT_COMPLETED', 'APPROVED', current_timestamp)""")
			.param("person", personId)
			.param("year", year)
			.param("agency", agencyId)
			.update();
	}

	@Test
	void eachExclusionKeepsItsPersonOffTheListWithTheReason() {
		int lastYear = this.today.getYear() - 1;
		long rated = person("Lò Văn Khônghoànthành", Gender.MALE);
		notCompleted(rated, lastYear);
		long pregnant = person("Lò Thị Mangthai", Gender.FEMALE);
		notCompleted(pregnant, lastYear);
		this.streamlining.declare(pregnant,
				new NewFact("PREGNANCY", this.today.minusMonths(2), null, "Giấy khám thai"));
		long maternity = person("Lò Thị Thaisản", Gender.FEMALE);
		notCompleted(maternity, lastYear);
		this.jdbc.sql("""
				insert into monthly_evaluation (person_id, agency_id, month, absence, closed_at)
				values (:person, :agency, :month, 'MATERNITY', current_timestamp)""")
			.param("person", maternity)
			.param("agency", this.agency)
			.param("month", this.today.withDayOfMonth(1).minusMonths(1))
			.update();
		long child = person("Lò Thị Concon", Gender.FEMALE);
		this.streamlining.declare(child, new NewFact("SURPLUS_REORGANISATION", LocalDate.of(2025, 7, 1), null, null));
		StreamliningFact young = this.streamlining.declare(child,
				new NewFact("YOUNG_CHILD", this.today.minusMonths(10), null, "Giấy khai sinh"));
		assertThat(young.validTo()).isEqualTo(this.today.minusMonths(10).plusMonths(36));
		long disciplined = person("Lò Văn Kỷluật", Gender.MALE);
		notCompleted(disciplined, this.today.getYear());
		this.disciplines.record(disciplined,
				new NewDiscipline(DisciplineSystem.STATE, DisciplineForm.REPRIMAND, "Vi phạm", "12/QĐ-UBND",
						"Chủ tịch UBND", this.today.minusMonths(1), this.today.minusMonths(1), true, null));
		long investigated = person("Lò Văn Điềutra", Gender.MALE);
		this.streamlining.declare(investigated,
				new NewFact("LEADER_LEAVING_POST", LocalDate.of(2025, 7, 1), null, null));
		this.streamlining.declare(investigated, new NewFact("INVESTIGATION", this.today.minusDays(5), null, null));
		person("Lò Văn Bìnhthường", Gender.MALE);
		notCompleted(person("Lò Văn Cũquá", Gender.MALE), lastYear - 1);

		Screening all = this.streamlining.screening(this.agency, this.today, Screening.Status.ALL, 0, 50);
		assertThat(all.withCase()).isEqualTo(6);
		assertThat(all.excluded()).isEqualTo(5);
		assertThat(all.candidates()).isEqualTo(1);
		Map<Long, ScreenedPerson> byId = new java.util.HashMap<>();
		all.people().items().forEach((p) -> byId.put(p.personId(), p));
		assertThat(byId.get(rated).excluded()).isFalse();
		assertThat(byId.get(rated).cases()).extracting(Finding::code, Finding::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("NOT_COMPLETED_RATING", String.valueOf(lastYear)));
		assertThat(byId.get(rated).cases().get(0).citation()).contains("154/2025");
		assertThat(byId.get(pregnant).exclusions()).extracting(Finding::code).containsExactly("PREGNANCY");
		assertThat(byId.get(maternity).exclusions()).extracting(Finding::code).containsExactly("MATERNITY_LEAVE");
		assertThat(byId.get(child).cases()).extracting(Finding::code).containsExactly("SURPLUS_REORGANISATION");
		assertThat(byId.get(child).exclusions()).extracting(Finding::code).containsExactly("YOUNG_CHILD");
		assertThat(byId.get(disciplined).exclusions()).extracting(Finding::code, Finding::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("DISCIPLINE", "12/QĐ-UBND"));
		assertThat(byId.get(investigated).exclusions()).extracting(Finding::code).containsExactly("INVESTIGATION");

		Screening excluded = this.streamlining.screening(this.agency, this.today, Screening.Status.EXCLUDED, 0, 2);
		assertThat(excluded.people().total()).isEqualTo(5);
		assertThat(excluded.people().items()).hasSize(2);
		Screening candidates = this.streamlining.screening(this.agency, this.today, Screening.Status.CANDIDATES, 0, 50);
		assertThat(candidates.people().items()).extracting(ScreenedPerson::personId).containsExactly(rated);
		// before the child was born, the same person is on the list
		assertThat(this.streamlining.person(child, this.today.minusMonths(11)).screened().excluded()).isFalse();
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where entity_type = 'StreamliningFact'"
					+ " and entity_id = :id and action = 'CREATE'")
			.param("id", String.valueOf(young.id()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aDecisionComputesThePayoutFromTheSalaryHistoryAndRefusesAStaleVersion() {
		long person = person("Lò Văn Thôiviệc", Gender.MALE);
		this.streamlining.declare(person, new NewFact("SURPLUS_REORGANISATION", LocalDate.of(2025, 7, 1), null, null));
		LocalDate leaveOn = LocalDate.of(this.today.getYear(), 12, 31);
		Decision decision = this.streamlining.decide(person, new NewDecision(StreamliningCase.SURPLUS_REORGANISATION,
				Policy.RESIGNATION, leaveOn, null, null, null, null, null, null, 8, 0, null, null));
		// 3.00 × 2,340,000 = 7,020,000; 3 × 7,020,000 + 1.5 × 8 × 7,020,000 = 105,300,000
		assertThat(decision.monthlySalary()).isEqualTo(7_020_000L);
		assertThat(decision.total()).isEqualTo(105_300_000L);
		assertThat(decision.payout().terms()).extracting(PayoutTerm::code)
			.containsExactly("JOB_SEARCH", "INSURED_YEARS");
		assertThat(decision.salaryTerms()).extracting(PayoutTerm::code).containsExactly("RANK_SALARY");
		Plan plan = this.streamlining.plan(this.agency, leaveOn.getYear(), 0, 50);
		assertThat(plan.count()).isEqualTo(1);
		assertThat(plan.total()).isEqualTo(105_300_000L);
		Decision corrected = this.streamlining.update(decision.id(), decision.version(),
				new NewDecision(StreamliningCase.SURPLUS_REORGANISATION, Policy.RESIGNATION, leaveOn, null, null,
						new BigDecimal("0.2"), null, null, null, 8, 0, null, "Phó trưởng phòng"));
		// (3.00 + 0.20) × 2,340,000 = 7,488,000; × (3 + 12) = 112,320,000
		assertThat(corrected.total()).isEqualTo(112_320_000L);
		assertThatThrownBy(
				() -> this.streamlining.update(decision.id(), decision.version(),
						new NewDecision(StreamliningCase.SURPLUS_REORGANISATION, Policy.RESIGNATION, leaveOn, null,
								null, null, null, null, null, 9, 0, null, null)))
			.isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(() -> this.streamlining.decide(person,
				new NewDecision(null, null, leaveOn, null, null, null, null, null, null, 8, 0, null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems()).extracting((problem) -> problem.field())
						.containsExactly("caseCode", "policy"));
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where entity_type = 'StreamliningDecision'"
					+ " and entity_id = :id and action in ('CREATE', 'UPDATE')")
			.param("id", String.valueOf(decision.id()))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void outsideTheScopeNothingIsReadOrWritten() {
		assertThatThrownBy(() -> this.streamlining.screening(this.muongPhang, this.today, Screening.Status.ALL, 0, 50))
			.isInstanceOf(OutOfScopeException.class);
		TestAccounts.signIn("xa-xem", Set.of(Role.VIEWER), this.commune);
		assertThatThrownBy(() -> this.streamlining.screening(this.agency, this.today, Screening.Status.ALL, 0, 50))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void theSeededRulesReproduceTheWorkedExamples() {
		LocalDate day = LocalDate.of(2025, 8, 1);
		Payout g1 = Payouts.compute(
				new PayoutInput(Policy.REORGANISATION_EARLY_RETIREMENT, 15_000_000, 36, 25, 0, false, null),
				this.rules.inForce(RuleKey.REORGANISATION_EARLY_RETIREMENT, day).orElseThrow());
		Payout g3 = Payouts.compute(
				new PayoutInput(Policy.REORGANISATION_EARLY_RETIREMENT, 15_000_000, 84, 25, 0, false, null),
				this.rules.inForce(RuleKey.REORGANISATION_EARLY_RETIREMENT, day).orElseThrow());
		Payout g4 = Payouts.compute(new PayoutInput(Policy.EARLY_RETIREMENT, 12_000_000, 36, 22, 0, false, null),
				this.rules.inForce(RuleKey.STREAMLINING_EARLY_RETIREMENT, day).orElseThrow());
		Payout g5 = Payouts.compute(new PayoutInput(Policy.RESIGNATION, 10_000_000, 0, 8, 0, false, null),
				this.rules.inForce(RuleKey.STREAMLINING_RESIGNATION, day).orElseThrow());
		Payout g6 = Payouts.compute(new PayoutInput(Policy.VOLUNTARY_RESIGNATION, 10_000_000, 0, 8, 4, false, null),
				this.rules.inForce(RuleKey.VOLUNTARY_RESIGNATION, day).orElseThrow());
		assertThat(List.of(g1.total(), g3.total(), g4.total(), g5.total(), g6.total())).containsExactly(877_500_000L,
				1_342_500_000L, 252_000_000L, 150_000_000L, 157_500_000L);
	}

}
