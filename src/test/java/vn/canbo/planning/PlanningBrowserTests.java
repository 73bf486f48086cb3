package vn.canbo.planning;

import java.time.LocalDate;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.support.BrowserSession;
import vn.canbo.support.BrowserTest;
import vn.canbo.support.PageFaults;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation officer of Phường Mường Thanh builds the plan of the commune's Chairman
 * title in Chromium: a man who retires in 05/2028 is refused with the months left, an
 * eligible woman is added and her eligibility explained; a leader of the commune then
 * sees her in the coverage report.
 */
@BrowserTest
class PlanningBrowserTests {

	@LocalServerPort
	int port;

	@RegisterExtension
	final BrowserSession browser = new BrowserSession();

	@Autowired
	SuccessionPlans plans;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	People people;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficerBuildsAPlanAndALeaderSeesTheCoverage() {
		String tag = TestAccounts.uniqueName("qh").replaceAll("[^a-z]", "");
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		OrgUnitView commune = this.orgUnits.getByCode("03334", LocalDate.of(2025, 7, 1));
		OrgUnitView agency = this.orgUnits.createAgency(new CreateAgency(commune.id(), "Ban quy hoạch thử " + tag,
				UnitType.OTHER, LocalDate.of(2025, 7, 1), null));
		long old = this.people.create(TestPeople.person("Cầm Văn Giàqh", Gender.MALE, 1966, agency.id())).id();
		long fit = this.people.create(TestPeople.person("Lò Thị Đủqh", Gender.FEMALE, 1988, agency.id())).id();
		this.jdbc
			.sql("update person set professional_level = 'DAI_HOC', political_theory_level = 'TRUNG_CAP' "
					+ "where id in (:ids)")
			.param("ids", java.util.List.of(old, fit))
			.update();
		PlanningPeriod period = this.plans
			.openPeriod(new NewPlanningPeriod(commune.id(), "Quy hoạch thử trình duyệt " + tag, 2025, 2030,
					LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), null));
		UserAccountView officer = TestAccounts.provision(this.accounts, "xa-qh", commune.id(), Role.ORG_OFFICER);
		UserAccountView leader = TestAccounts.provision(this.accounts, "xa-ld", commune.id(), Role.LEADER);
		TestAccounts.signOut();

		String base = "http://localhost:" + this.port;
		Page page = this.browser.signIn(base, officer.username(), TestAccounts.PASSWORD);
		PageFaults faults = PageFaults.watch(page);
		page.navigate(base + "/planning");
		page.locator("#period-" + period.id() + " a").click();
		assertThat(page.locator("#plan-heading")).containsText(period.name());
		page.locator("#q").fill("qh");
		page.locator("#show-unit").click();
		page.locator("#titleCode").selectOption("XA_CT_UBND");
		page.locator("#personId").selectOption(String.valueOf(old));
		page.locator("#decisionNumber").fill("01-QĐ/ĐU");
		page.locator("#decisionDate").fill("2026-02-02");
		page.locator("#decisionBody").fill("Ban Thường vụ Đảng ủy phường");
		page.locator("#add-entry").click();
		// born 12/05/1966, retires at 62 in 05/2028: 27 months left at 02/2026
		assertThat(page.locator("#ineligible-reasons")).containsText("Tuổi quy hoạch");
		assertThat(page.locator("#ineligible-reasons")).containsText("Còn 27 tháng");
		faults.settle();
		this.browser.screenshot("planning/refused");
		// the refusal is answered 422 with the form: expected, nothing else
		assertThat(faults.take()).allMatch((fault) -> fault.contains("422"));

		page.locator("#personId").selectOption(String.valueOf(fit));
		page.locator("#add-entry").click();
		assertThat(page.locator("#flash-saved")).isVisible();
		assertThat(page.locator("#plan-table")).containsText("Lò Thị Đủqh");
		page.locator("#plan-table a", new Page.LocatorOptions().setHasText("Lò Thị Đủqh")).click();
		assertThat(page.locator("#eligibility-verdict")).containsText("Đủ điều kiện quy hoạch");
		assertThat(page.locator("#condition-AGE")).containsText("Còn ít nhất 60 tháng");
		assertThat(page.locator("#condition-TITLE_CAP")).containsText("Không quá 3 người");
		faults.settle();
		this.browser.screenshot("planning/eligibility");
		assertThat(faults.take()).isEmpty();

		page.context().clearCookies();
		Page leaderPage = this.browser.signIn(base, leader.username(), TestAccounts.PASSWORD);
		PageFaults leaderFaults = PageFaults.watch(leaderPage);
		leaderPage.navigate(base + "/planning/coverage?unitId=" + commune.id());
		assertThat(leaderPage.locator("#coverage-03334-XA_CT_UBND")).containsText("Lò Thị Đủqh");
		assertThat(leaderPage.locator("#coverage-summary")).isVisible();
		leaderFaults.settle();
		this.browser.screenshot("planning/coverage");
		assertThat(leaderFaults.take()).isEmpty();
	}

}
