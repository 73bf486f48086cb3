package vn.canbo.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.People;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.staffing.Assignments;
import vn.canbo.support.BrowserSession;
import vn.canbo.support.BrowserTest;
import vn.canbo.support.PageFaults;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A target's page in Chromium: its progress on a date, and the trend drawn as a chart
 * from the table beside it, without a console error.
 */
@BrowserTest
@Import(WomenInPostIndicators.class)
class TargetsBrowserTests {

	@LocalServerPort
	int port;

	@RegisterExtension
	final BrowserSession browser = new BrowserSession();

	@Autowired
	Targets targets;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	People people;

	@Autowired
	Assignments assignments;

	@Autowired
	UserAccounts accounts;

	@Test
	void anOfficerSeesTheProgressAndTheTrendChart() {
		OrgUnitView agency = TargetTestData.agencyWithPeople(this.orgUnits, this.people, this.assignments);
		UserAccountView officer = TestAccounts.provision(this.accounts, "xa-ct", agency.parentId(), Role.ORG_OFFICER);
		TestAccounts.signIn("xa-tochuc", Set.of(Role.ORG_OFFICER), agency.parentId());
		Target target = this.targets.create(new TargetInput(WomenInPostIndicators.WOMEN, agency.id(),
				Comparison.AT_LEAST, new BigDecimal("60"), TargetTestData.BASELINE, TargetTestData.DEADLINE,
				"91/NQ-THU", LocalDate.of(2025, 6, 20), "Đảng ủy phường (thử)", null));
		TestAccounts.signOut();

		String base = "http://localhost:" + this.port;
		Page page = this.browser.signIn(base, officer.username(), TestAccounts.PASSWORD);
		PageFaults faults = PageFaults.watch(page);
		page.navigate(base + "/targets/" + target.id() + "?asOf=2026-07-02");
		assertThat(page.locator("#progress")).containsText("Đúng tiến độ");
		assertThat(page.locator("#trend-chart canvas")).isVisible();
		assertThat(page.locator("#trend-table tbody tr")).not().hasCount(0);
		faults.settle();
		this.browser.screenshot("targets/detail");
		assertThat(faults.take()).isEmpty();

		page.navigate(base + "/targets?unitId=" + agency.id() + "&asOf=2026-10-01");
		assertThat(page.locator("#target-" + target.id())).containsText("Chậm tiến độ");
		faults.settle();
		this.browser.screenshot("targets/list");
		assertThat(faults.take()).isEmpty();
	}

}
