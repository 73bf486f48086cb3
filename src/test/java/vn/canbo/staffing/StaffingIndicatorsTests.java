package vn.canbo.staffing;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.canbo.indicators.Indicator;
import vn.canbo.indicators.IndicatorReport;
import vn.canbo.indicators.Indicators;
import vn.canbo.indicators.Measurement;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.SubtreeNode;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staffing indicators of the demo province and commune equal the reports that show
 * them (staffing report, standards compliance report, vacancies), their branches add up
 * to the total, and the list each links to has as many people as the value.
 */
@SpringBootTest
@ActiveProfiles("demo")
@TestPropertySource(properties = { "canbo.embedded-db.data-directory=", "canbo.demo.people=3000",
		// As DemoStaffingTests, to share its database.
		"canbo.demo.work=false" })
class StaffingIndicatorsTests {

	@Autowired
	Indicators indicators;

	@Autowired
	Staffing staffing;

	@Autowired
	Standards standards;

	@Autowired
	Assignments assignments;

	@Autowired
	Leaders leaders;

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

	@ParameterizedTest
	@ValueSource(strings = { "11", "03334" })
	void headcountAndQuotaEqualTheStaffingReport(String code) {
		IndicatorReport measured = this.indicators.measure(code, this.today, null);
		StaffingReport report = this.staffing.report(code, this.today);

		assertThat(measured.total("staffing.headcount").value()).isEqualTo(report.total().headcount()).isPositive();
		assertThat(measured.total("staffing.quota").value()).isEqualTo(report.total().quota());
		for (PersonnelCategory category : PersonnelCategory.values()) {
			StaffingReport.Count count = report.categoryTotal(category);
			assertThat(measured.total("staffing.headcount." + category.name()).value()).as(category.name())
				.isEqualTo(count.headcount());
			assertThat(measured.total("staffing.quota." + category.name()).value()).as(category.name())
				.isEqualTo((count.quota() == null) ? 0 : count.quota());
		}
		for (ComplianceReport.Branch branch : report.branches()) {
			assertThat(measured.branch("staffing.headcount", branch.id()).value()).as(branch.name())
				.isEqualTo(report.branchTotal(branch.id()).headcount());
		}
		assertThat(measured.total("staffing.keyTitles.vacant").value()).isEqualTo(report.vacancies()
			.stream()
			.filter(StaffingReport.Vacancy::keyTitle)
			.mapToLong(StaffingReport.Vacancy::missing)
			.sum());
		assertBranchesAddUp(measured);
	}

	@ParameterizedTest
	@ValueSource(strings = { "11", "03334" })
	void surplusAndShortageAreThoseOfEachUnitAndCategoryWithAQuota(String code) {
		IndicatorReport measured = this.indicators.measure(code, this.today,
				Set.of("staffing.surplus", "staffing.shortage"));
		if (code.equals("11")) {
			assertThat(measured.total("staffing.surplus").value()).as("some units over quota").isPositive();
			assertThat(measured.total("staffing.shortage").value()).as("some under").isPositive();
		}
		else {
			long surplus = 0;
			long shortage = 0;
			// Each unit's own report, whose branch "directly" is the unit alone.
			for (SubtreeNode node : this.orgUnits.nodesUnder(this.orgUnits.getByCode(code, this.today).id(),
					this.today)) {
				StaffingReport own = this.staffing.report(node.code(), this.today);
				for (PersonnelCategory category : PersonnelCategory.values()) {
					StaffingReport.Count count = own.count(node.id(), category);
					surplus += count.surplus() ? count.difference() : 0;
					shortage += count.shortage() ? -count.difference() : 0;
				}
			}
			assertThat(measured.total("staffing.surplus").value()).isEqualTo(surplus);
			assertThat(measured.total("staffing.shortage").value()).isEqualTo(shortage);
		}
		assertBranchesAddUp(measured);
	}

	@ParameterizedTest
	@ValueSource(strings = { "11", "03334" })
	void standardsMetEqualTheComplianceReportAndItsMeetingList(String code) {
		IndicatorReport measured = this.indicators.measure(code, this.today, Set.of("staffing.standards.met"));
		ComplianceReport report = this.standards.report(code, this.today);
		Measurement met = measured.total("staffing.standards.met");

		assertThat(met.value()).isEqualTo(report.total().meeting()).isPositive();
		assertThat(met.denominator()).isEqualTo(report.total().judged());
		for (ComplianceReport.Branch branch : report.branches()) {
			ComplianceReport.Tally tally = report.branchTotal(branch.id());
			Measurement value = measured.branch("staffing.standards.met", branch.id());
			assertThat(value.value()).as(branch.name()).isEqualTo(tally.meeting());
			assertThat(value.denominator()).as(branch.name()).isIn(tally.judged(), (tally.judged() == 0) ? 0L : -1L);
		}
		assertThat(this.standards.people(code, this.today, null, Verdicts.MEETING, 0, 1).total())
			.isEqualTo(met.value());
		assertThat(this.standards.people(code, this.today, null, Verdicts.FAILING, 0, 1).total())
			.isEqualTo(met.denominator() - met.value());
		assertThat(link(measured, "staffing.standards.met", code)).endsWith("&meeting=true");
		assertBranchesAddUp(measured);
	}

	@ParameterizedTest
	@ValueSource(strings = { "11", "03334" })
	void leadersByAgeBandEqualTheirListsAndADirectCount(String code) {
		IndicatorReport measured = this.indicators.measure(code, this.today, null);
		long leaders = measured.total("staffing.leaders").value();

		assertThat(leaders).isPositive().isEqualTo(this.leaders.list(code, this.today, null, 0, 1).total());
		long sum = 0;
		for (LeaderAgeBand band : LeaderAgeBand.values()) {
			Measurement share = measured.total("staffing.leaders.age." + band.suffix());
			assertThat(share.denominator()).isEqualTo(leaders);
			assertThat(this.leaders.list(code, this.today, band, 0, 1).total()).as(band.name())
				.isEqualTo(share.value());
			assertThat(link(measured, "staffing.leaders.age." + band.suffix(), code)).endsWith("&age=" + band.name());
			sum += share.value();
		}
		assertThat(sum).as("every leader in one band").isEqualTo(leaders);
		long direct = this.jdbc.sql("""
				select count(distinct a.person_id) from assignment a join post_title t on t.id = a.title_id
				join org_unit_placement pl on pl.unit_id = a.unit_id
				  and (pl.valid_from is null or pl.valid_from <= :day) and (pl.valid_to is null or pl.valid_to > :day)
				  and pl.path like :path
				where t.leadership and a.valid_from <= :day and (a.valid_to is null or a.valid_to > :day)""")
			.param("day", this.today)
			.param("path", this.orgUnits.getByCode(code, this.today).path() + "%")
			.query(Long.class)
			.single();
		assertThat(leaders).isEqualTo(direct);
		assertBranchesAddUp(measured);
	}

	@ParameterizedTest
	@ValueSource(strings = { "11", "03334" })
	void headcountLinksListAsManyPeople(String code) {
		IndicatorReport measured = this.indicators.measure(code, this.today, null);

		assertThat(this.assignments.holders(code, this.today, HolderFilter.everyone(), 0, 1).total())
			.isEqualTo(measured.total("staffing.headcount").value());
		for (PersonnelCategory category : PersonnelCategory.values()) {
			assertThat(this.assignments.holders(code, this.today, new HolderFilter(category, null, null), 0, 1).total())
				.as(category.name())
				.isEqualTo(measured.total("staffing.headcount." + category.name()).value());
		}
		assertThat(link(measured, "staffing.headcount.CADRE", code)).startsWith("/staffing/holders?unitId=")
			.endsWith("&category=CADRE");
	}

	private String link(IndicatorReport measured, String id, String code) {
		Indicator indicator = measured.indicator(id).orElseThrow();
		assertThat(indicator.people()).isNotNull();
		return indicator.people().href(this.orgUnits.getByCode(code, this.today).id(), this.today);
	}

	/** Every indicator's total is the sum of its branches. */
	static void assertBranchesAddUp(IndicatorReport measured) {
		for (Indicator indicator : measured.indicators()) {
			if (!indicator.id().startsWith("staffing.") && !indicator.id().startsWith("careers.")) {
				continue;
			}
			Measurement sum = indicator.share() ? Measurement.share(0, 0) : Measurement.ZERO;
			for (SubtreeNode branch : measured.branches()) {
				sum = sum.plus(measured.branch(indicator.id(), branch.id()));
			}
			assertThat(sum).as(indicator.id()).isEqualTo(measured.total(indicator.id()));
		}
	}

}
