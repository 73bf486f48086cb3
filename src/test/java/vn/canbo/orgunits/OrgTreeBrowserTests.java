package vn.canbo.orgunits;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.canbo.support.BrowserSession;
import vn.canbo.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tree page in Chromium with the demo data, as the demo administrator and as a
 * commune officer.
 */
@BrowserTest
@ActiveProfiles("demo")
@TestPropertySource(properties = "canbo.embedded-db.data-directory=")
class OrgTreeBrowserTests {

	static final LocatorAssertions.IsVisibleOptions PATIENTLY = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(15_000);

	@LocalServerPort
	int port;

	@RegisterExtension
	final BrowserSession browser = new BrowserSession();

	@Test
	void browsesTheTreeChangesTheDateAndOpensAUnitsHistory() {
		Page page = signIn("admin", "admin");
		page.navigate(url("/org-units"));
		assertThat(page.locator("h1")).hasText("Cây tổ chức");

		Locator dienBien = page.locator("#tree li", new Page.LocatorOptions().setHasText("Tỉnh Điện Biên")).first();
		dienBien.locator("button.toggle").first().click();
		assertThat(page.getByText("Phường Mường Thanh").first()).isVisible(PATIENTLY);
		assertThat(page.getByText("Tỉnh ủy Điện Biên").first()).isVisible();
		this.browser.screenshot("org-tree-today");

		page.locator("#asOf").fill("2025-03-01");
		page.locator("#as-of-submit").click();
		page.waitForURL("**asOf=2025-03-01**");
		assertThat(page.getByText("Tỉnh Hà Giang").first()).isVisible();
		assertThat(page.locator("#tree > ul > li")).hasCount(63);
		this.browser.screenshot("org-tree-2025-03-01");

		page.locator("#asOf").fill("2025-07-01");
		page.locator("#as-of-submit").click();
		page.waitForURL("**asOf=2025-07-01**");
		assertThat(page.locator("#tree > ul > li")).hasCount(34);
		page.locator("#unit-search").fill("phuong ba dinh");
		Locator result = page.locator(".search-result", new Page.LocatorOptions().setHasText("Phường Ba Đình")).first();
		assertThat(result).isVisible(PATIENTLY);
		result.click();
		assertThat(page.locator("#unit-name")).hasText("Phường Ba Đình",
				new LocatorAssertions.HasTextOptions().setTimeout(15_000));
		Locator predecessors = page.locator("#predecessors");
		assertThat(predecessors).containsText("Phường Trúc Bạch");
		assertThat(predecessors).containsText("Toàn bộ");
		assertThat(predecessors).containsText("Một phần");
		this.browser.screenshot("org-unit-history");

		predecessors.getByText("Phường Ngọc Hà").click();
		page.waitForURL("**selected=**");
		assertThat(page.locator("#unit-name")).hasText("Phường Ngọc Hà");
		assertThat(page.locator("#successors")).containsText("Phường Ba Đình");
		assertThat(this.browser.screenshot("org-unit-successors")).exists();
	}

	@Test
	void showsACommuneOfficerOnlyTheirCommuneAndRefusesTheRest() {
		Page page = signIn("xa.tochuc", "demo1234");
		page.navigate(url("/org-units"));
		assertThat(page.locator("#tree > ul > li")).hasCount(1);
		assertThat(page.locator("#tree")).containsText("Phường Mường Thanh");

		page.locator("#unit-search").fill("muong");
		Locator results = page.locator("#search-results-list");
		assertThat(results).containsText("Phường Mường Thanh",
				new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
		assertThat(results).not().containsText("Xã Mường Phăng");

		Response refused = page.navigate(url("/org-units?selected=1"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(page.locator("#problem")).containsText("không có quyền");
		this.browser.screenshot("org-tree-out-of-scope");
	}

	private Page signIn(String username, String password) {
		return this.browser.signIn(url(""), username, password);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
