package vn.canbo.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.canbo.support.BrowserSession;
import vn.canbo.support.BrowserTest;
import vn.canbo.support.PageFaults;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province leader in Chromium opens the dashboard, moves it to another date compared
 * with a year earlier, exports it and clicks a number to the people behind it; the charts
 * draw and nothing fails on the way.
 */
@BrowserTest
@ActiveProfiles("demo")
@TestPropertySource(properties = { "canbo.embedded-db.data-directory=", "canbo.demo.people=3000" })
@Import(SampleIndicators.class)
class DashboardBrowserTests {

	static final LocatorAssertions.IsVisibleOptions PATIENTLY = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(15_000);

	@LocalServerPort
	int port;

	@RegisterExtension
	final BrowserSession browser = new BrowserSession();

	@Test
	void aProvinceLeaderComparesTwoDatesExportsAndOpensThePeopleBehindANumber() throws Exception {
		Page page = this.browser.signIn(url(""), "tinh.lanhdao", "demo1234");
		PageFaults faults = PageFaults.watch(page);
		page.navigate(url("/dashboard"));
		assertThat(page.locator("#unit-label")).containsText("Điện Biên");
		assertThat(page.locator("#key-figures")).isVisible(PATIENTLY);
		assertThat(page.locator("#section-headcount .dashboard-chart svg").first()).isVisible(PATIENTLY);
		faults.settle();
		this.browser.screenshot("dashboard/province-today");

		page.locator("#asOf").fill("2026-06-30");
		page.locator("#compareTo").fill("2025-06-30");
		page.locator("#show-dashboard").click();
		page.waitForURL((address) -> address.contains("asOf=2026-06-30") && address.contains("compareTo=2025-06-30"));
		assertThat(page.locator("#dashboard-dates")).containsText("30/06/2026");
		assertThat(page.locator("#dashboard-dates")).containsText("30/06/2025");
		Locator change = page.locator("#table-headcount .figure-change").first();
		assertThat(change).containsText("▲");
		faults.settle();
		this.browser.screenshot("dashboard/province-compared");

		Download download = page.waitForDownload(() -> page.locator("#dashboard-export").click());
		Path xlsx = Files.createTempFile("bang-dieu-hanh", ".xlsx");
		download.saveAs(xlsx);
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
			List<String> sheets = new ArrayList<>();
			workbook.forEach((sheet) -> sheets.add(sheet.getSheetName()));
			assertThat(sheets).contains("Thông tin", "Biên chế");
		}
		finally {
			Files.deleteIfExists(xlsx);
		}

		String shown = page.locator("#table-headcount .figure-value a.people-link").first().innerText().trim();
		page.locator("#table-headcount .figure-value a.people-link").first().click();
		page.waitForURL((address) -> address.contains("/staffing/holders") && address.contains("asOf=2026-06-30"));
		assertThat(page.locator("#holders-table")).isVisible(PATIENTLY);
		assertThat(page.locator("#holders-total")).containsText(shown);
		this.browser.screenshot("dashboard/people-behind-headcount");
		faults.settle();
		assertThat(faults.take()).as("failed requests, console errors, missing messages").isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
