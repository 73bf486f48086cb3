package vn.canbo.ui;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.support.BrowserSession;
import vn.canbo.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The unit chooser of a filter form in Chromium: typing a name offers the units in scope,
 * picking one filters the page by it.
 */
@BrowserTest
class UnitPickerBrowserTests {

	static final LocatorAssertions.IsVisibleOptions PATIENTLY = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(15_000);

	@LocalServerPort
	int port;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	UserAccounts accounts;

	@Autowired
	SystemAccess system;

	@RegisterExtension
	final BrowserSession browser = new BrowserSession();

	@Test
	void typingIntoTheChooserOffersUnitsAndPickingOneFiltersThePage() {
		long dienBien = this.system.call(() -> this.orgUnits.getByCode("11", LocalDate.now()).id());
		UserAccountView officer = TestAccounts.provision(this.accounts, "chon-don-vi", dienBien, Role.ORG_OFFICER);
		Page page = this.browser.signIn(url(""), officer.username(), TestAccounts.PASSWORD);

		for (String filterPage : new String[] { "/careers/retirements", "/people" }) {
			page.navigate(url(filterPage));
			page.locator("#unit-search").pressSequentially("muong thanh");
			Locator choice = page
				.locator("#unit-search-results .search-result",
						new Page.LocatorOptions().setHasText("Phường Mường Thanh"))
				.first();
			assertThat(choice).isVisible(PATIENTLY);
			this.browser.screenshot("unit-picker-offers" + filterPage.replace('/', '-'));
			choice.click();

			String unitId = page.locator("#unitId").inputValue();
			org.assertj.core.api.Assertions.assertThat(unitId).as("unit picked on %s", filterPage).isNotBlank();
			assertThat(page.locator("#unit-search-results")).containsText("Phường Mường Thanh");
			if (filterPage.equals("/careers/retirements")) {
				page.locator("#apply-filter").click();
			}
			page.waitForURL("**unitId=" + unitId + "**");
			page.reload();
			assertThat(page.locator("#unit-label")).containsText("Phường Mường Thanh",
					new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
