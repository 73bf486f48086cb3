package vn.canbo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.canbo.documents.ImportRow;
import vn.canbo.documents.TestSheets;
import vn.canbo.documents.XlsxRows;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonSheets;
import vn.canbo.support.BrowserSession;
import vn.canbo.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role's everyday work in Chromium on the demo, beside the journeys the modules
 * already walk: the commune leader assigning, the officer reporting and the leader
 * scoring ({@code WorkBrowserTests}), the province officer editing a record
 * ({@code PersonRecordBrowserTests}) and importing a sheet
 * ({@code PersonImportBrowserTests}), the administrator creating an account
 * ({@code UserAdministrationBrowserTests}). Here: the staff member reports progress and
 * self-assesses, the commune officer imports, edits and exports, the viewer reads without
 * a way to change anything, and the administrator reads the accounts.
 */
@BrowserTest
@ActiveProfiles("demo")
@TestPropertySource(properties = "canbo.embedded-db.data-directory=")
class RoleWorkBrowserTests {

	static final LocatorAssertions.IsVisibleOptions PATIENTLY = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(30_000);

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@RegisterExtension
	final BrowserSession browser = new BrowserSession();

	@Test
	void staffMemberReportsProgressOnATaskAndAssessesTheirMonth() {
		String month = LocalDate.now(this.clock).toString().substring(0, 7);
		Page page = this.browser.signIn(url(""), "xa.canbo", "demo1234");
		page.navigate(url("/work?month=" + month));
		Locator open = page.locator("tbody tr", new Page.LocatorOptions()
			.setHas(page.locator(".status", new Page.LocatorOptions().setHasText("Đang thực hiện"))));
		assertThat(open.first()).isVisible(PATIENTLY);
		open.first().locator("a.task-link").click();
		assertThat(page.locator("#progress-form")).isVisible();
		page.locator("#progress").fill("60");
		page.locator("#note").fill("Đã làm xong phần khảo sát, còn tổng hợp");
		page.locator("#progress-save").click();
		assertThat(page.locator("#flash-saved")).isVisible(PATIENTLY);
		assertThat(page.locator("#task-progress")).hasText("60%");
		this.browser.screenshot("journeys/work/staff-progress");

		page.navigate(url("/work/me/months/" + month));
		page.locator("#selfGeneral").fill("27");
		page.locator("#selfNote").fill("Hoàn thành đúng hạn các việc được giao");
		page.locator("#self-save").click();
		assertThat(page.locator("#flash-saved")).isVisible(PATIENTLY);
		assertThat(page.locator("#self-state")).containsText("27");
		assertThat(page.locator("#self-state")).containsText("Hoàn thành đúng hạn các việc được giao");
		this.browser.screenshot("journeys/work/staff-self-assessment");
	}

	@Test
	void communeOfficerImportsEditsAndExportsTheirPeople() throws IOException {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (String given : List.of("Lan", "Minh", "Tâm")) {
			rows.add(PersonSheets.row("Hành Trìnhxã " + given, "12/05/1991", Gender.FEMALE, "", "03334"));
		}
		Path sheet = Files.createTempFile("hanh-trinh", ".xlsx");
		Files.write(sheet, PersonSheets.xlsx(rows));
		Path exported = Files.createTempFile("xuat", ".xlsx");
		try {
			Page page = this.browser.signIn(url(""), "xa.tochuc", "demo1234");
			page.navigate(url("/people/import"));
			page.locator("#file").setInputFiles(sheet);
			page.locator("#upload-form button[type=submit]").click();
			page.locator("#check").click();
			assertThat(page.locator("#report-counts")).hasText("Mới: 3 · Cập nhật: 0 · Không đổi: 0 · Bị loại: 0",
					new LocatorAssertions.HasTextOptions().setTimeout(30_000));
			page.locator("#apply").click();
			assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("Kết quả nhập"))).hasCount(1,
					new LocatorAssertions.HasCountOptions().setTimeout(30_000));
			this.browser.screenshot("journeys/work/officer-import-applied");

			page.navigate(url("/people?q=hanh+trinhxa"));
			assertThat(page.locator("#people-total")).hasText("Tìm thấy 3 người");
			page.locator("a.person-link", new Page.LocatorOptions().setHasText("Hành Trìnhxã Minh")).click();
			page.locator("#edit-link").click();
			page.locator("#f-employment-position").fill("Công chức Văn phòng - Thống kê");
			page.locator("#form-submit").click();
			assertThat(page.locator("#flash-saved")).isVisible(PATIENTLY);
			assertThat(page.locator("#section-employment")).containsText("Công chức Văn phòng - Thống kê");
			this.browser.screenshot("journeys/work/officer-record-edited");

			page.navigate(url("/people?q=hanh+trinhxa"));
			Download download = page.waitForDownload(() -> page.locator("#export-link").click());
			download.saveAs(exported);
			try (XlsxRows read = TestSheets.open(Files.newInputStream(exported))) {
				List<ImportRow> people = read.rows().toList();
				assertThat(people).map((row) -> row.text("Họ và tên").orElse(""))
					.containsExactlyInAnyOrder("Hành Trìnhxã Lan", "Hành Trìnhxã Minh", "Hành Trìnhxã Tâm");
				assertThat(people).map((row) -> row.text("Chức vụ").orElse(""))
					.contains("Công chức Văn phòng - Thống kê");
			}
		}
		finally {
			Files.deleteIfExists(sheet);
			Files.deleteIfExists(exported);
		}
	}

	@Test
	void viewerReadsTheStaffingReportAndAPersonListWithoutAWayToChangeThem() {
		Page page = this.browser.signIn(url(""), "xem", "demo1234");
		page.navigate(url("/staffing"));
		assertThat(page.locator("#unit-label")).containsText("Tỉnh Điện Biên");
		assertThat(page.locator("#staffing-table")).isVisible(PATIENTLY);
		assertThat(page.locator("#staffing-table tbody tr").first()).isVisible();
		assertNothingToChange(page);
		this.browser.screenshot("journeys/work/viewer-staffing");

		page.navigate(url("/people"));
		Locator people = page.locator("#people-table a.person-link");
		assertThat(people.first()).isVisible(PATIENTLY);
		assertThat(page.locator("#new-person")).hasCount(0);
		assertThat(page.locator("main a[href$='/people/import']")).hasCount(0);
		assertNothingToChange(page);
		this.browser.screenshot("journeys/work/viewer-people");

		people.first().click();
		assertThat(page.locator("#person-name")).isVisible();
		assertThat(page.locator("#edit-link")).hasCount(0);
		assertNothingToChange(page);
		this.browser.screenshot("journeys/work/viewer-person");
	}

	@Test
	void administratorReadsTheAccountsAndOpensOne() {
		Page page = this.browser.signIn(url(""), "admin", "admin");
		page.navigate(url("/admin/users"));
		Locator accounts = page.locator("#accounts");
		for (String username : List.of("admin", "tinh.tochuc", "tinh.lanhdao", "xa.tochuc", "xa.lanhdao", "xa.canbo",
				"so.noivu", "xem")) {
			assertThat(accounts).containsText(username);
		}
		this.browser.screenshot("journeys/work/admin-accounts");
		accounts.locator("tr", new Locator.LocatorOptions().setHasText("xa.canbo")).locator("a").first().click();
		assertThat(page.locator("#scope-label")).containsText("Mường Thanh");
		assertThat(page.locator("#account-form")).isVisible();
		this.browser.screenshot("journeys/work/admin-account");
	}

	/** No form that posts and no link to an edit or a new-record form in the page. */
	private static void assertNothingToChange(Page page) {
		assertThat(page.locator("main form[method=post]")).hasCount(0);
		assertThat(page.locator("main a[href*='/edit'], main a[href$='/new'], main a[href*='/new?']")).hasCount(0);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
