package vn.canbo.indicators;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.canbo.support.DemoWorkTest;
import org.springframework.test.web.servlet.MvcResult;

import vn.canbo.discipline.DisciplineForm;
import vn.canbo.discipline.DisciplineReport;
import vn.canbo.discipline.Disciplines;
import vn.canbo.emulation.Emulation;
import vn.canbo.emulation.RewardKind;
import vn.canbo.emulation.RewardStatus;
import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.SubtreeNode;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.TestPeople;
import vn.canbo.ratings.AnnualRatings;
import vn.canbo.ratings.RatingFilter;
import vn.canbo.rules.EvaluationLevel;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;
import vn.canbo.work.Evaluations;
import vn.canbo.work.MonthStage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The indicators of work, ratings, discipline and emulation on the demo (province 11,
 * commune 03334): each total equals the page or report it is defined by, for the same
 * unit and period; the branches add up to the total; and each indicator's link lists as
 * many people or records as its value, for the unit and for a branch.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
// A database of its own: the demo's year of work closes months that other tests write in.
@TestPropertySource(properties = { "canbo.embedded-db.data-directory=", "canbo.demo.people=3000" })
@DemoWorkTest
class EvaluationAndRecognitionIndicatorsTests {

	/** "1–100 trên tổng số 1.234": the pager's total. */
	static final Pattern PAGER_TOTAL = Pattern.compile("trên tổng số ([\\d.]+)");

	@Autowired
	Indicators indicators;

	@Autowired
	Evaluations evaluations;

	@Autowired
	AnnualRatings ratings;

	@Autowired
	Disciplines disciplines;

	@Autowired
	Emulation emulation;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	People people;

	@Autowired
	SystemAccess system;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	Authentication officer = TestAccounts.authentication("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);

	LocalDate today;

	OrgUnitView commune;

	@BeforeEach
	void signIn() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		this.today = this.orgUnits.today();
		this.commune = this.orgUnits.getByCode("03334", this.today);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void theMonthsProgressIsTheMonthBoardsForTheCommuneItsBranchesAndTheProvince() throws Exception {
		IndicatorReport report = this.indicators.measure("03334", this.today, Set.copyOf(List.of("work.month.expected",
				"work.month.plansSent", "work.month.plansApproved", "work.month.scored", "work.month.closed")));
		long expected = report.total("work.month.expected").value();
		assertThat(expected).as("the demo's people of the commune this month").isGreaterThan(20);
		assertThat(expected).isEqualTo(this.evaluations.status(this.commune.id(), this.today, 0, 1).people().total());
		for (MonthStage stage : MonthStage.values()) {
			String id = stageId(stage);
			Measurement value = report.total(id);
			assertThat(value.denominator()).as(id).isEqualTo(expected);
			assertThat(value.value()).as(id)
				.isEqualTo(this.evaluations.status(this.commune.id(), this.today, stage, 0, 1).people().total());
			assertBranchesAddUp(report, id);
		}
		assertThat(report.total("work.month.plansSent").value()).as("this month some plans wait or are approved")
			.isPositive();
		// The links, for the commune and for its largest branch, list as many people as
		// counted.
		Indicator approved = report.indicator("work.month.plansApproved").orElseThrow();
		assertThat(pagerTotal(link(approved, this.commune.id(), this.today)))
			.isEqualTo(report.total(approved.id()).value());
		SubtreeNode branch = largestBranch(report, "work.month.expected");
		assertThat(pagerTotal(link(approved, branch.id(), this.today)))
			.isEqualTo(report.branch(approved.id(), branch.id()).value());
		assertThat(pagerTotal(link(report.indicator("work.month.expected").orElseThrow(), branch.id(), this.today)))
			.isEqualTo(report.branch("work.month.expected", branch.id()).value());

		// A closed past month of the province: everyone closed.
		LocalDate october = LocalDate.of(this.today.getYear(), 10, 15);
		IndicatorReport province = this.indicators.measure("11", october,
				Set.of("work.month.expected", "work.month.closed"));
		long provinceId = province.unit().id();
		assertThat(province.total("work.month.expected").value())
			.isEqualTo(this.evaluations.status(provinceId, october, 0, 1).people().total());
		assertThat(province.total("work.month.closed").value())
			.isEqualTo(this.evaluations.status(provinceId, october, MonthStage.CLOSED, 0, 1).people().total())
			.isPositive();
		assertBranchesAddUp(province, "work.month.closed");
	}

	@Test
	void lastYearsRatingsAreTheApprovedRatingsTheRatingsPageLists() throws Exception {
		OrgUnitView agency = agency("Phòng chỉ tiêu xếp loại");
		long excellent = person(agency, "Xuất");
		long good = person(agency, "Tốt");
		long proposed = person(agency, "Đềnghị");
		long notRated = person(agency, "Chưaxếp");
		rate(excellent, agency.id(), 2025, EvaluationLevel.EXCELLENT, "APPROVED");
		rate(good, agency.id(), 2025, EvaluationLevel.GOOD, "APPROVED");
		rate(proposed, agency.id(), 2025, EvaluationLevel.GOOD, "PROPOSED");
		rate(notRated, agency.id(), 2025, null, "APPROVED");
		LocalDate asOf = LocalDate.of(2026, 6, 30);
		IndicatorReport report = this.indicators.measure(this.commune.id(), asOf, null);
		// hand-computed for the new agency, a branch of its own
		assertThat(report.branch("ratings.lastYear.rated", agency.id())).isEqualTo(Measurement.count(2));
		assertThat(report.branch("ratings.lastYear.EXCELLENT", agency.id())).isEqualTo(Measurement.share(1, 2));
		assertThat(report.branch("ratings.lastYear.GOOD", agency.id())).isEqualTo(Measurement.share(1, 2));
		assertThat(report.branch("ratings.lastYear.COMPLETED", agency.id())).isEqualTo(Measurement.share(0, 2));
		long rated = report.total("ratings.lastYear.rated").value();
		assertThat(rated)
			.isEqualTo(this.ratings.list(this.commune.id(), 2025, RatingFilter.approved(null), 0, 1).total());
		for (EvaluationLevel level : EvaluationLevel.values()) {
			String id = "ratings.lastYear." + level.name();
			assertThat(report.total(id)).isEqualTo(Measurement
				.share(this.ratings.list(this.commune.id(), 2025, RatingFilter.approved(level), 0, 1).total(), rated));
			assertBranchesAddUp(report, id);
		}
		assertThat(pagerTotal(link(report.indicator("ratings.lastYear.GOOD").orElseThrow(), this.commune.id(), asOf)))
			.isEqualTo(report.total("ratings.lastYear.GOOD").value());
		assertThat(pagerTotal(link(report.indicator("ratings.lastYear.rated").orElseThrow(), agency.id(), asOf)))
			.isEqualTo(2);
	}

	@Test
	void disciplineInFiveYearsIsTheDisciplineReportsAndHiddenFromViewers() throws Exception {
		IndicatorReport report = this.indicators.measure("11", this.today, null);
		LocalDate from = LocalDate.of(this.today.getYear() - 4, 1, 1);
		DisciplineReport official = this.disciplines.report(report.unit().id(), from, this.today);
		assertThat(report.total("discipline.fiveYears").value()).as("the demo's disciplined people")
			.isEqualTo(official.total().people())
			.isPositive();
		assertThat(report.total("discipline.fiveYears.decisions").value()).isEqualTo(official.total().decisions());
		for (DisciplineForm form : DisciplineForm.values()) {
			assertThat(report.total("discipline.fiveYears." + form.name()).value()).as(form.name())
				.isEqualTo(official.total().count(form));
		}
		assertBranchesAddUp(report, "discipline.fiveYears");
		assertBranchesAddUp(report, "discipline.fiveYears.decisions");
		// The people link lists each person once; a form's link its decisions.
		assertThat(listed(link(report.indicator("discipline.fiveYears").orElseThrow(), report.unit().id(), this.today),
				"listed-people"))
			.isEqualTo(report.total("discipline.fiveYears").value());
		assertThat(listed(
				link(report.indicator("discipline.fiveYears.REPRIMAND").orElseThrow(), report.unit().id(), this.today),
				"listed-total"))
			.isEqualTo(report.total("discipline.fiveYears.REPRIMAND").value());
		SubtreeNode branch = largestBranch(report, "discipline.fiveYears");
		assertThat(listed(link(report.indicator("discipline.fiveYears").orElseThrow(), branch.id(), this.today),
				"listed-people"))
			.isEqualTo(report.branch("discipline.fiveYears", branch.id()).value());

		// A viewer may not read discipline (decision 012): the figures are left out, not
		// 0.
		TestAccounts.signIn("xem-thu", Set.of(Role.VIEWER), null);
		IndicatorReport viewed = this.indicators.measure("11", this.today, null);
		assertThat(viewed.indicators()).extracting(Indicator::id)
			.noneMatch((id) -> id.startsWith("discipline."))
			.contains("ratings.lastYear.rated", "emulation.rewards.year", "work.month.expected");
	}

	@Test
	void rewardsAreTheDecidedRewardsTheRewardListShowsForTheYearAndFiveYears() throws Exception {
		OrgUnitView agency = agency("Phòng chỉ tiêu khen thưởng");
		int year = this.today.getYear();
		long first = person(agency, "Khenmột");
		long second = person(agency, "Khenhai");
		reward(first, agency.id(), year, RewardKind.LAO_DONG_TIEN_TIEN, "DECIDED");
		reward(first, agency.id(), year, RewardKind.GIAY_KHEN, "DECIDED");
		reward(second, agency.id(), year, RewardKind.LAO_DONG_TIEN_TIEN, "PROPOSED");
		reward(second, agency.id(), year - 3, RewardKind.LAO_DONG_TIEN_TIEN, "DECIDED");
		reward(second, agency.id(), year - 5, RewardKind.LAO_DONG_TIEN_TIEN, "DECIDED");
		IndicatorReport report = this.indicators.measure(this.commune.id(), this.today, null);
		assertThat(report.branch("emulation.rewards.year", agency.id())).isEqualTo(Measurement.count(2));
		assertThat(report.branch("emulation.rewards.fiveYears", agency.id())).isEqualTo(Measurement.count(3));
		assertThat(report.branch("emulation.rewards.year.LAO_DONG_TIEN_TIEN", agency.id()))
			.isEqualTo(Measurement.count(1));
		assertThat(report.total("emulation.rewards.year").value())
			.isEqualTo(this.emulation.rewards(this.commune.id(), year, RewardStatus.DECIDED, null, 0, 1).total());
		assertThat(report.total("emulation.rewards.fiveYears").value()).isEqualTo(
				this.emulation.rewards(this.commune.id(), year - 4, year, RewardStatus.DECIDED, null, 0, 1).total());
		for (RewardKind kind : RewardKind.values()) {
			assertThat(report.total("emulation.rewards.year." + kind.name()).value()).as(kind.name())
				.isEqualTo(this.emulation.rewards(this.commune.id(), year, RewardStatus.DECIDED, kind, 0, 1).total());
		}
		assertBranchesAddUp(report, "emulation.rewards.fiveYears");
		assertThat(listed(link(report.indicator("emulation.rewards.fiveYears").orElseThrow(), agency.id(), this.today),
				"rewards-total-years"))
			.isEqualTo(3);
		assertThat(listed(link(report.indicator("emulation.rewards.year").orElseThrow(), this.commune.id(), this.today),
				"rewards-total"))
			.isEqualTo(report.total("emulation.rewards.year").value());
	}

	@Test
	void everyIndicatorHereHasALabelAndADefinitionInBothLanguages() {
		List<Indicator> ours = this.indicators.all()
			.stream()
			.filter((indicator) -> indicator.id().matches("(work|ratings|discipline|emulation)\\..*"))
			.toList();
		assertThat(ours).hasSizeGreaterThan(30);
		for (Indicator indicator : ours) {
			for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
				assertThat(this.messages.getMessage(indicator.labelKey(), null, null, locale)).as(indicator.labelKey())
					.isNotBlank();
				assertThat(this.messages.getMessage(indicator.definitionKey(), null, null, locale))
					.as(indicator.definitionKey())
					.isNotBlank();
			}
		}
	}

	static String stageId(MonthStage stage) {
		return switch (stage) {
			case PLAN_SENT -> "work.month.plansSent";
			case PLAN_APPROVED -> "work.month.plansApproved";
			case SCORED -> "work.month.scored";
			case CLOSED -> "work.month.closed";
		};
	}

	static void assertBranchesAddUp(IndicatorReport report, String id) {
		Measurement sum = report.indicator(id).orElseThrow().share() ? Measurement.share(0, 0) : Measurement.ZERO;
		for (SubtreeNode branch : report.branches()) {
			sum = sum.plus(report.branch(id, branch.id()));
		}
		assertThat(sum).as("branches of %s", id).isEqualTo(report.total(id));
	}

	static SubtreeNode largestBranch(IndicatorReport report, String id) {
		return report.branches()
			.stream()
			.filter((branch) -> branch.id() != report.unit().id())
			.max((a, b) -> Long.compare(report.branch(id, a.id()).value(), report.branch(id, b.id()).value()))
			.orElseThrow();
	}

	static String link(Indicator indicator, long unitId, LocalDate asOf) {
		assertThat(indicator.people()).as(indicator.id()).isNotNull();
		return indicator.people().href(unitId, asOf);
	}

	String page(String href) throws Exception {
		MvcResult result = this.mvc.perform(get(href).with(authentication(this.officer))).andReturn();
		// MockMvc clears the thread's security context after the request.
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		assertThat(result.getResponse().getStatus()).as(href).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	/** The total under a page's pager; 0 when the page shows none. */
	long pagerTotal(String href) throws Exception {
		Matcher matcher = PAGER_TOTAL.matcher(page(href));
		return matcher.find() ? number(matcher.group(1)) : 0;
	}

	/** The first number of the element with the id. */
	long listed(String href, String elementId) throws Exception {
		String html = page(href);
		int at = html.indexOf("id=\"" + elementId + "\"");
		assertThat(at).as("%s on %s", elementId, href).isNotNegative();
		Matcher matcher = Pattern.compile(">\\s*([\\d.]+)").matcher(html.substring(at));
		assertThat(matcher.find()).isTrue();
		return number(matcher.group(1));
	}

	static long number(String shown) {
		return Long.parseLong(shown.replace(".", ""));
	}

	OrgUnitView agency(String name) {
		return this.system.call(() -> this.orgUnits.createAgency(new CreateAgency(this.commune.id(),
				name + " " + TestAccounts.uniqueName("cb"), UnitType.OTHER, LocalDate.of(2025, 7, 1), null)));
	}

	long person(OrgUnitView agency, String given) {
		return this.system
			.call(() -> this.people.create(TestPeople.person("Lò Văn " + given, Gender.MALE, 1985, agency.id())).id());
	}

	void rate(long personId, long agencyId, int year, EvaluationLevel level, String status) {
		this.jdbc
			.sql("""
					insert into annual_rating (person_id, year, agency_id, task_group, months_evaluated, months_leave,
						months_maternity, average, scored_level, proposed_level, level, status, computed_at)
					values (:person, :year, :agency, 'CIVIL_SERVANT', 12, 0, 0, 80, :level, :level, :level, :status, :at)""")
			.param("person", personId)
			.param("year", year)
			.param("agency", agencyId)
			.param("level", (level != null) ? level.name() : null)
			.param("status", status)
			.param("at", Timestamp.from(Instant.now()))
			.update();
	}

	void reward(long personId, long agencyId, int year, RewardKind kind, String status) {
		this.jdbc
			.sql("""
					insert into reward (person_id, agency_id, year, kind, status, created_by, created_at, updated_by, updated_at)
					values (:person, :agency, :year, :kind, :status, 'test', :at, 'test', :at)""")
			.param("person", personId)
			.param("agency", agencyId)
			.param("year", year)
			.param("kind", kind.name())
			.param("status", status)
			.param("at", Timestamp.from(Instant.now()))
			.update();
	}

}
