package vn.canbo.staffing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo province's posts, quotas and standards: the compliance report equals a count
 * written directly in SQL, every failing person shows why, and the reports have something
 * to show (units over and under quota, people missing a standard, history).
 */
@SpringBootTest
@ActiveProfiles("demo")
@TestPropertySource(properties = { "canbo.embedded-db.data-directory=", "canbo.demo.people=3000",
		// A year of closed months would lock them for every test sharing the database.
		"canbo.demo.work=false" })
class DemoStaffingTests {

	static final String PROVINCE = "11";

	@Autowired
	Standards standards;

	@Autowired
	Staffing staffing;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	JdbcClient jdbc;

	LocalDate today;

	@BeforeEach
	void signIn() {
		TestAccounts.signIn("tinh-lanhdao", Set.of(Role.LEADER), null);
		this.today = this.orgUnits.today();
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void theStandardsReportOfTheProvinceEqualsADirectSqlCount() {
		ComplianceReport report = this.standards.report(PROVINCE, this.today);

		Map<String, long[]> counted = directCount(this.today);
		assertThat(counted).isNotEmpty();
		for (PersonnelCategory category : report.categories()) {
			ComplianceReport.Tally tally = report.categoryTotal(category);
			assertThat(new long[] { tally.judged(), tally.meeting() }).as(category.name())
				.containsExactly(counted.get(category.name()));
		}
		assertThat(report.categories()).extracting(Enum::name).containsExactlyInAnyOrderElementsOf(counted.keySet());
		assertThat(report.total().meeting()).as("some meet the standard").isPositive();
		assertThat(report.total().meeting()).as("and some do not").isLessThan(report.total().judged());
	}

	@Test
	void everyFailingPersonShowsTheRequirementTheyMiss() {
		List<CompliancePerson> failing = this.standards.people(PROVINCE, this.today, null, true, 0, 100).items();

		assertThat(failing).isNotEmpty().allSatisfy((person) -> assertThat(person.failing()).isNotEmpty());
		for (CompliancePerson person : failing.subList(0, Math.min(10, failing.size()))) {
			StandardVerdict verdict = this.standards.verdict(person.personId(), this.today);
			assertThat(verdict.meets()).isFalse();
			assertThat(verdict.failing()).containsExactlyInAnyOrderElementsOf(person.failing());
			assertThat(verdict.checks()).filteredOn((check) -> !check.met())
				.allSatisfy((check) -> assertThat(check.required()).isNotBlank());
		}
	}

	@Test
	void theDemoHasUnitsOverAndUnderQuotaAndAHistory() {
		StaffingReport province = this.staffing.report(PROVINCE, this.today);
		List<StaffingReport.Count> communeLevel = this.jdbc
			.sql("select code from org_unit where level = 'COMMUNE' and province_code = :province and valid_to is null")
			.param("province", PROVINCE)
			.query(String.class)
			.list()
			.stream()
			.limit(8)
			.flatMap((code) -> this.staffing.report(code, this.today).counts().stream())
			.toList();

		assertThat(province.total().headcount()).isGreaterThan(2500);
		assertThat(province.total().quota()).isNotNull();
		assertThat(communeLevel).anyMatch(StaffingReport.Count::surplus).anyMatch(StaffingReport.Count::shortage);
		assertThat(province.vacancies()).isNotEmpty();
		assertThat(province.titles()).anyMatch((title) -> "XA_BI_THU".equals(title.code()) && title.holders() > 0);
		StaffingReport beforeStreamlining = this.staffing.report(PROVINCE, LocalDate.of(2025, 12, 31));
		assertThat(beforeStreamlining.total().quota()).as("quotas were cut from 2026")
			.isGreaterThan(province.total().quota());
		assertThat(beforeStreamlining.total().headcount()).as("people retired or left since")
			.isGreaterThan(province.total().headcount());
		assertThat(
				this.jdbc.sql("select count(*) from assignment where kind = 'CONCURRENT'").query(Long.class).single())
			.as("nhất thể hóa")
			.isPositive();
	}

	/** Judged and meeting per category, counted without the application's query. */
	private Map<String, long[]> directCount(LocalDate day) {
		String provincePath = this.jdbc
			.sql("select pl.path from org_unit u join org_unit_placement pl on pl.unit_id = u.id"
					+ " where u.code = :code and pl.valid_to is null")
			.param("code", PROVINCE)
			.query(String.class)
			.single();
		return this.jdbc
			.sql("""
					select a.category, count(*) as judged, count(*) filter (where
					    (s.min_general_education is null or coalesce(case when p.education_system = 10
					         then case when p.education_grade >= 6 then p.education_grade + 2 when p.education_grade >= 4 then p.education_grade + 1
					                   else p.education_grade end else p.education_grade end, 0) >= s.min_general_education)
					and (s.min_professional_level is null or rank_of(p.professional_level, 'p') >= rank_of(s.min_professional_level, 'p'))
					and (s.professional_fields is null or exists (select 1 from regexp_split_to_table(s.professional_fields, ';') f
					         where lower(p.professional_field) like lower(trim(f)) || '%'))
					and (s.min_political_theory is null or rank_of(p.political_theory_level, 't') >= rank_of(s.min_political_theory, 't'))
					and (s.min_state_management is null or rank_of(p.state_management_level, 'm') >= rank_of(s.min_state_management, 'm'))
					and (s.min_age is null or extract(year from age(:day, make_date(p.birth_year, coalesce(p.birth_month, 1), coalesce(p.birth_day, 1)))) >= s.min_age)
					and (s.max_age is null or extract(year from age(:day, make_date(p.birth_year, coalesce(p.birth_month, 1), coalesce(p.birth_day, 1)))) <= s.max_age)
					) as meeting
					from assignment a
					join org_unit_placement pl on pl.unit_id = a.unit_id and pl.path like :path || '%'
					     and (pl.valid_from is null or pl.valid_from <= :day) and (pl.valid_to is null or pl.valid_to > :day)
					join person p on p.id = a.person_id
					join post_standard s on (s.title_id = a.title_id or s.job_position_id = a.job_position_id)
					     and (s.valid_from is null or s.valid_from <= :day) and (s.valid_to is null or s.valid_to > :day)
					where a.kind = 'PRIMARY' and a.valid_from <= :day and (a.valid_to is null or a.valid_to > :day)
					group by a.category
					"""
				.replaceAll("rank_of\\(([a-z_.]+), '([ptm])'\\)", "RANK_$2($1)")
				.replaceAll("RANK_p\\(([a-z_.]+)\\)",
						"(case $1 when 'SO_CAP' then 1 when 'TRUNG_CAP' then 2 when 'CAO_DANG' then 3 when 'DAI_HOC' then 4"
								+ " when 'THAC_SI' then 5 when 'TIEN_SI' then 6 else 0 end)")
				.replaceAll("RANK_t\\(([a-z_.]+)\\)",
						"(case $1 when 'SO_CAP' then 1 when 'TRUNG_CAP' then 2 when 'CAO_CAP' then 3 when 'CU_NHAN' then 3 else 0 end)")
				.replaceAll("RANK_m\\(([a-z_.]+)\\)",
						"(case $1 when 'CHUYEN_VIEN' then 1 when 'CHUYEN_VIEN_CHINH' then 2 when 'CHUYEN_VIEN_CAO_CAP' then 3 else 0 end)"))
			.param("path", provincePath)
			.param("day", day)
			.query((rs, row) -> Map.entry(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) }))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
