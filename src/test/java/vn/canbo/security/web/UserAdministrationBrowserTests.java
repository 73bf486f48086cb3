package vn.canbo.security.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.canbo.support.BrowserSession;
import vn.canbo.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The demo administrator creates a commune account, choosing its scope by name, and finds
 * the change in the audit trail.
 */
@BrowserTest
@ActiveProfiles("demo")
@TestPropertySource(properties = "canbo.embedded-db.data-directory=")
class UserAdministrationBrowserTests {

	static final LocatorAssertions.ContainsTextOptions PATIENTLY = new LocatorAssertions.ContainsTextOptions()
		.setTimeout(15_000);

	@LocalServerPort
	int port;

	@RegisterExtension
	final BrowserSession browser = new BrowserSession();

	@Test
	void createsAnAccountScopedToACommuneAndSeesItInTheAuditTrail() {
		Page page = this.browser.signIn(url(""), "admin", "admin");

		page.navigate(url("/admin/users/new"));
		page.locator("#username").fill("xa.muongphang");
		page.locator("#displayName").fill("Lò Thị Thử");
		page.locator("#password").fill("mat-khau-thu-123");
		page.locator("input[name=roles][value=ORG_OFFICER]").check();
		page.locator("#scope-search").fill("xa muong phang");
		Locator choice = page
			.locator("#scope-search-results .search-result", new Page.LocatorOptions().setHasText("Xã Mường Phăng"))
			.first();
		choice.click();
		assertThat(page.locator("#scope-search-results")).containsText("Tỉnh Điện Biên");
		this.browser.screenshot("user-new-scope-picked");
		page.locator("#account-form button[type=submit]").click();
		page.waitForURL("**/admin/users/*");
		assertThat(page.locator("main")).containsText("Xã Mường Phăng", PATIENTLY);

		page.navigate(url("/admin/audit?entityType=UserAccount"));
		assertThat(page.locator("#audit-entries")).containsText("xa.muongphang");
		this.browser.screenshot("audit-trail");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
