package vn.canbo.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The stored rules: the seeded versions, the version in force on a date, and new versions
 * (checked, audited, only by nationwide administrators). Tests that add a version roll
 * back, so the shared database keeps the seeded rules.
 */
@SpringBootTest
class RulesTests {

	@Autowired
	Rules rules;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void signIn() {
		TestAccounts.signIn("quantri-" + TestAccounts.uniqueName(""), Set.of(Role.ADMIN), null);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void theSeededScheduleGivesTheWorkedExamples() {
		assertThat(this.rules.retirement(Sex.MALE, YearMonth.of(1961, 1)).retirementDate())
			.isEqualTo(LocalDate.of(2021, 4, 30));
		assertThat(this.rules.retirement(Sex.FEMALE, YearMonth.of(1966, 1)).retirementDate())
			.isEqualTo(LocalDate.of(2021, 5, 31));
		Retirement woman = this.rules.retirement(Sex.FEMALE, YearMonth.of(1968, 12));
		assertThat(woman.retirementDate()).isEqualTo(LocalDate.of(2025, 8, 31));
		assertThat(woman.rule().citation()).isEqualTo(RetirementTests.ROADMAP.citation());
		assertThat(woman.rule().confirmed()).isTrue();
		assertThat(this.rules.retirementSchedule().versions()).extracting(RuleVersion::parameters)
			.containsExactly(RetirementTests.OLD_CODE.parameters(), RetirementTests.ROADMAP.parameters());
	}

	@Test
	void aPastDayUsesTheBaseSalaryInForceThen() {
		assertThat(this.rules.baseSalary(LocalDate.of(2024, 1, 1))).map(BaseSalary::amount).contains(1_800_000L);
		assertThat(this.rules.baseSalary(LocalDate.of(2024, 6, 30))).map(BaseSalary::amount).contains(1_800_000L);
		assertThat(this.rules.baseSalary(LocalDate.of(2024, 7, 1))).map(BaseSalary::amount).contains(2_340_000L);
		assertThat(this.rules.baseSalary(LocalDate.of(2020, 1, 1))).map(BaseSalary::amount).contains(1_490_000L);
		assertThat(this.rules.baseSalary(LocalDate.of(2019, 6, 30))).isEmpty();
		BaseSalary current = this.rules.baseSalary(LocalDate.of(2025, 1, 1)).orElseThrow();
		assertThat(current.version().validTo()).isNull();
		assertThat(current.salaryOf(new BigDecimal("2.34"))).isEqualTo(5_475_600L);
	}

	@Test
	void theUnverifiedNoticePeriodIsFlaggedAsSuch() {
		RetirementNotice notice = this.rules.retirementNotice(LocalDate.of(2026, 1, 1));
		assertThat(notice.notifyMonths()).isEqualTo(6);
		assertThat(notice.decideMonths()).isEqualTo(3);
		assertThat(notice.version().confirmed()).isFalse();
		assertThat(notice.notifyBy(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2026, 3, 1));
	}

	@Test
	void theRaiseRuleAndScalesAreThere() {
		SalaryRaiseRule raise = this.rules.salaryRaise(LocalDate.of(2025, 1, 1));
		assertThat(raise.intervalMonths(RaiseGroup.DEGREE)).isEqualTo(36);
		assertThat(raise.intervalMonths(RaiseGroup.VOCATIONAL)).isEqualTo(24);
		assertThat(raise.intervalMonths(RaiseGroup.SENIOR_EXPERT)).isEqualTo(60);
		SalaryRank expert = this.rules.salaryRank("01.003").orElseThrow();
		assertThat(expert.table().code()).isEqualTo("A1");
		assertThat(expert.table().steps()).isEqualTo(9);
		assertThat(expert.table().coefficient(9)).isEqualByComparingTo("4.98");
		assertThat(this.rules.salaryRank("V.07.03.29").orElseThrow().confirmed()).isFalse();
		assertThat(this.rules.salaryTables()).extracting(SalaryTable::code)
			.contains("A3.1", "A3.2", "A2.1", "A2.2", "A1", "A0", "B", "C1");
		assertThat(this.rules.salaryTables()).allSatisfy((table) -> {
			for (int step = 2; step <= table.steps(); step++) {
				assertThat(table.coefficient(step)).isGreaterThan(table.coefficient(step - 1));
			}
		});
	}

	@Test
	@Transactional
	void aNewVersionFrom2030ChangesOnlyThoseReachingTheAgeFrom2030() {
		Retirement before2030 = this.rules.retirement(Sex.MALE, YearMonth.of(1967, 12));
		Retirement after2030 = this.rules.retirement(Sex.MALE, YearMonth.of(1968, 1));

		RuleVersion added = this.rules.add(new NewRuleVersion(RuleKey.RETIREMENT_AGE, "01/01/2030",
				"Giả định kiểm thử: Luật sửa đổi 2029", "https://example.vn/luat", true, null,
				Map.of("maleBaseYear", "2030", "maleBaseMonths", "780", "maleStepMonths", "0", "maleCapMonths", "780",
						"femaleBaseYear", "2030", "femaleBaseMonths", "720", "femaleStepMonths", "0", "femaleCapMonths",
						"720")));

		assertThat(added.validFrom()).isEqualTo(LocalDate.of(2030, 1, 1));
		assertThat(this.rules.versions(RuleKey.RETIREMENT_AGE)).hasSize(3)
			.element(1)
			.extracting(RuleVersion::validTo)
			.isEqualTo(LocalDate.of(2030, 1, 1));
		Retirement unchanged = this.rules.retirement(Sex.MALE, YearMonth.of(1967, 12));
		assertThat(unchanged.retirementDate()).isEqualTo(before2030.retirementDate())
			.isEqualTo(LocalDate.of(2029, 12, 31));
		assertThat(unchanged.rule().id()).isEqualTo(before2030.rule().id());
		Retirement changed = this.rules.retirement(Sex.MALE, YearMonth.of(1968, 1));
		assertThat(after2030.retirementDate()).isEqualTo(LocalDate.of(2030, 1, 31));
		assertThat(changed.retirementDate()).isEqualTo(LocalDate.of(2033, 1, 31));
		assertThat(changed.rule().id()).isEqualTo(added.id());
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where entity_type = 'RuleVersion' and entity_id = :id "
					+ "and action = 'CREATE'")
			.param("id", String.valueOf(added.id()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	@Transactional
	void badValuesAreReportedAgainstTheirFields() {
		assertThatThrownBy(() -> this.rules
			.add(new NewRuleVersion(RuleKey.RETIREMENT_AGE, "2021-01-01", " ", "ftp://x", false, null,
					Map.of("maleBaseYear", "năm", "maleBaseMonths", "800", "maleStepMonths", "13", "maleCapMonths",
							"700", "femaleBaseMonths", "664", "femaleStepMonths", "4", "femaleCapMonths", "720"))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems()).extracting((p) -> p.field() + " " + p.messageKey())
						.containsExactlyInAnyOrder("validFrom rules.error.validFrom.taken",
								"citation rules.error.citation.required", "sourceUrl rules.error.sourceUrl",
								"parameters.maleBaseYear rules.error.parameter.integer",
								"parameters.maleStepMonths rules.error.parameter.range",
								"parameters.maleCapMonths rules.error.capBelowBase",
								"parameters.femaleBaseYear rules.error.parameter.required"));
		assertThat(this.rules.versions(RuleKey.RETIREMENT_AGE)).hasSize(2);
	}

	@Test
	void onlyNationwideAdministratorsAddVersions() {
		NewRuleVersion raise = new NewRuleVersion(RuleKey.BASE_SALARY, "2030-01-01", "Nghị định giả định", null, true,
				null, Map.of("amount", "3000000"));
		TestAccounts.signIn("tinh-quantri", Set.of(Role.ADMIN, Role.ORG_OFFICER), 1L);
		assertThat(this.rules.canChange()).isFalse();
		assertThatThrownBy(() -> this.rules.add(raise)).isInstanceOf(OutOfScopeException.class);
		TestAccounts.signIn("tochuc", Set.of(Role.ORG_OFFICER), null);
		assertThatThrownBy(() -> this.rules.add(raise)).isInstanceOf(OutOfScopeException.class);
		assertThat(this.rules.baseSalary(LocalDate.of(2030, 6, 1))).map(BaseSalary::amount).contains(2_340_000L);
	}

	@Test
	void typedInputIsCheckedFieldByField() {
		assertThat(this.rules.retirement("FEMALE", null, null, "1966").retirementDate())
			.isEqualTo(LocalDate.of(2021, 5, 31));
		assertThat(this.rules.retirement("MALE", "1961-01-15", null, null).retirementDate())
			.isEqualTo(LocalDate.of(2021, 4, 30));
		assertThatThrownBy(() -> this.rules.retirement("X", "1961-13-01", null, null)).isInstanceOfSatisfying(
				InvalidInputException.class,
				(ex) -> assertThat(ex.problems()).extracting((p) -> p.field() + " " + p.messageKey())
					.containsExactly("gender rules.error.gender.invalid", "birthDate rules.error.birthDate.invalid"));
		assertThatThrownBy(() -> this.rules.retirement(null, null, null, null)).isInstanceOfSatisfying(
				InvalidInputException.class,
				(ex) -> assertThat(ex.problems()).extracting((p) -> p.field()).containsExactly("gender", "birthDate"));
	}

}
