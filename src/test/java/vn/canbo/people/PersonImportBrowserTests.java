package vn.canbo.people;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.canbo.documents.ImportRow;
import vn.canbo.documents.TestSheets;
import vn.canbo.documents.XlsxRows;
import vn.canbo.support.BrowserSession;
import vn.canbo.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A province organisation officer in Chromium uploads a sheet with one bad row, checks it
 * in a dry run, applies it, and finds the imported people.
 */
@BrowserTest
@ActiveProfiles("demo")
@TestPropertySource(properties = "canbo.embedded-db.data-directory=")
class PersonImportBrowserTests {

	static final LocatorAssertions.HasTextOptions PATIENTLY = new LocatorAssertions.HasTextOptions().setTimeout(30_000);

	@LocalServerPort
	int port;

	@RegisterExtension
	final BrowserSession browser = new BrowserSession();

	@Test
	void uploadsChecksAppliesAndFindsThePeople() throws IOException {
		List<Map<String, Object>> rows = new ArrayList<>();
		String[] given = { "An", "Bình", "Cường", "Dung", "Đào", "Giang", "Hà", "Hải", "Hằng", "Hoa" };
		for (int i = 0; i < 30; i++) {
			Gender gender = i % 2 == 0 ? Gender.MALE : Gender.FEMALE;
			String middle = (gender == Gender.MALE ? "Văn " : "Thị ")
					+ new String[] { "Minh", "Thanh", "Ngọc" }[i / 10];
			rows.add(PersonSheets.row("Thửnhập " + middle + " " + given[i % 10],
					"0" + (1 + i % 9) + "/0" + (1 + i % 9) + "/198" + (i % 10), gender, "", "03334"));
		}
		rows.add(PersonSheets.row("Thửnhập Văn Sai", "31/02/1990", Gender.MALE, "", "03334"));
		Path file = Files.createTempFile("danh-sach", ".xlsx");
		Files.write(file, PersonSheets.xlsx(rows));
		try {
			Page page = this.browser.signIn(url(""), "tinh.tochuc", "demo1234");
			page.navigate(url("/people/import"));
			page.locator("#file").setInputFiles(file);
			page.locator("#upload-form button[type=submit]").click();

			page.locator("#check").click();
			assertThat(page.locator("#report-counts")).hasText("Mới: 30 · Cập nhật: 0 · Không đổi: 0 · Bị loại: 1",
					PATIENTLY);
			assertThat(page.locator("#report-errors")).containsText("Ngày sinh");
			Download errors = page.waitForDownload(() -> page.locator("#errors-download").click());
			try (XlsxRows sheet = TestSheets.open(Files.newInputStream(errors.path()))) {
				List<ImportRow> rejected = sheet.rows().toList();
				org.assertj.core.api.Assertions.assertThat(rejected).hasSize(1);
				// The row's own cells, to correct in place, then why it was rejected.
				org.assertj.core.api.Assertions.assertThat(rejected.get(0).text("Họ và tên"))
					.contains("Thửnhập Văn Sai");
				org.assertj.core.api.Assertions.assertThat(rejected.get(0).text("Ngày sinh")).contains("31/02/1990");
				org.assertj.core.api.Assertions.assertThat(rejected.get(0).text("Lý do").orElseThrow())
					.contains("Dòng 33")
					.contains("31/02/1990");
			}
			this.browser.screenshot("import-dry-run");

			page.locator("#apply").click();
			assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("Kết quả nhập"))).hasCount(1,
					new LocatorAssertions.HasCountOptions().setTimeout(30_000));
			assertThat(page.locator("#report-counts")).hasText("Mới: 30 · Cập nhật: 0 · Không đổi: 0 · Bị loại: 1",
					PATIENTLY);
			this.browser.screenshot("import-applied");

			page.navigate(url("/people?q=thunhap"));
			assertThat(page.locator("#people-total")).hasText("Tìm thấy 30 người");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
