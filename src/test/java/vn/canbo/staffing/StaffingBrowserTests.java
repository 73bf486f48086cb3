package vn.canbo.staffing;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.canbo.documents.TestSheets;
import vn.canbo.documents.XlsxRows;
import vn.canbo.support.BrowserSession;
import vn.canbo.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune organisation officer in Chromium opens the commune's staffing page, sets a
 * quota, sees surplus and shortage side by side, goes to standards compliance and drills
 * into a person who misses a standard, whose page says which requirement fails.
 */
@BrowserTest
@ActiveProfiles("demo")
@TestPropertySource(properties = "canbo.embedded-db.data-directory=")
class StaffingBrowserTests {

	static final LocatorAssertions.IsVisibleOptions PATIENTLY = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(15_000);

	@LocalServerPort
	int port;

	@RegisterExtension
	final BrowserSession browser = new BrowserSession();

	@Test
	void seesSurplusAndShortageAndDrillsIntoAPersonMissingAStandard() throws Exception {
		Page page = this.browser.signIn(url(""), "xa.tochuc", "demo1234");
		page.navigate(url("/staffing/quotas"));
		page.locator("#quota-category").selectOption("CONTRACT");
		page.locator("#quota-value").fill("40");
		page.locator("#quota-from").fill("2026-01-01");
		page.locator("#quota-decision").fill("QĐ 77/QĐ-UBND");
		page.locator("#quota-form button[type=submit]").click();
		assertThat(page.locator("#flash-saved")).isVisible(PATIENTLY);
		assertThat(page.locator("#quotas-table")).containsText("QĐ 77/QĐ-UBND");

		page.navigate(url("/staffing"));
		assertThat(page.locator("#unit-label")).containsText("Phường Mường Thanh");
		Locator table = page.locator("#staffing-table");
		assertThat(table).isVisible(PATIENTLY);
		assertThat(table.locator("td.shortage").first()).isVisible();
		assertThat(table.locator("td.surplus").first()).isVisible();
		this.browser.screenshot("staffing-commune");
		Download download = page.waitForDownload(() -> page.locator("#staffing-export").click());
		Path xlsx = Files.createTempFile("bien-che", ".xlsx");
		download.saveAs(xlsx);
		try (XlsxRows rows = TestSheets.open(Files.newInputStream(xlsx))) {
			assertThat(rows.rows().map((row) -> row.text("Cơ quan, đơn vị").orElse("")).toList()).contains("Tổng cộng");
		}
		finally {
			Files.deleteIfExists(xlsx);
		}

		page.locator("#standards-link").click();
		assertThat(page.locator("#compliance-total")).containsText("đạt chuẩn",
				new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
		page.locator("#failing-link").click();
		Locator failing = page.locator("#compliance-people tr.failing");
		assertThat(failing.first()).isVisible(PATIENTLY);
		String why = failing.first().locator(".failing-requirements").textContent();
		assertThat(why).isNotBlank();
		this.browser.screenshot("standards-failing");
		failing.first().locator("a.person-link").click();

		assertThat(page.locator("#verdict-badge")).hasText("Chưa đạt chuẩn");
		Locator failedChecks = page.locator("#verdict-checks tr.failing-check");
		assertThat(failedChecks.first()).isVisible();
		assertThat(page.locator("#verdict-checks")).containsText(why.split(";")[0].trim());
		assertThat(page.locator("#verdict-source")).containsText("Căn cứ");
		assertThat(page.locator("#post-history")).containsText("nay");
		this.browser.screenshot("standards-person");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
