package vn.canbo.people;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.security.SystemAccess;
import vn.canbo.support.BrowserSession;
import vn.canbo.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province organisation officer in Chromium finds a person by typing the name without
 * diacritics, opens the record, changes a field, sees the change in the record's history
 * and downloads the 2C résumé.
 */
@BrowserTest
@ActiveProfiles("demo")
@TestPropertySource(properties = "canbo.embedded-db.data-directory=")
class PersonRecordBrowserTests {

	static final LocatorAssertions.IsVisibleOptions PATIENTLY = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(15_000);

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	SystemAccess system;

	@RegisterExtension
	final BrowserSession browser = new BrowserSession();

	@Test
	void searchesOpensEditsSeesTheAuditEntryAndDownloadsTheResume() throws IOException {
		long commune = this.system.call(() -> this.orgUnits.getByCode("03334", LocalDate.now()).id());
		this.system
			.run(() -> this.people.create(TestPeople.person("Nguyễn Thị Kiểmthử Hằng", Gender.FEMALE, 1987, commune)));

		Page page = this.browser.signIn(url(""), "tinh.tochuc", "demo1234");
		page.navigate(url("/people"));
		page.locator("#q").fill("nguyen thi kiemthu hang");
		Locator found = page.locator("a.person-link", new Page.LocatorOptions().setHasText("Nguyễn Thị Kiểmthử Hằng"));
		assertThat(found).isVisible(PATIENTLY);
		assertThat(page.locator("#people-total")).hasText("Tìm thấy 1 người");
		this.browser.screenshot("people-search");
		found.click();

		assertThat(page.locator("#person-name")).containsText("Nguyễn Thị Kiểmthử Hằng");
		page.locator("#edit-link").click();
		page.locator("#f-employment-position").fill("Phó Chủ tịch Ủy ban nhân dân phường");
		this.browser.screenshot("person-edit");
		page.locator("#form-submit").click();

		assertThat(page.locator("#flash-saved")).isVisible(PATIENTLY);
		assertThat(page.locator("#section-employment")).containsText("Phó Chủ tịch Ủy ban nhân dân phường");
		Locator history = page.locator("#section-history");
		assertThat(history).containsText("tinh.tochuc");
		assertThat(history).containsText("Chức vụ (chức danh) hiện tại");
		this.browser.screenshot("person-record");

		Download download = page.waitForDownload(() -> page.locator("#resume-pdf").click());
		Path pdf = Files.createTempFile("syll-2c", ".pdf");
		download.saveAs(pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("NGUYỄN THỊ KIỂMTHỬ HẰNG").contains("Phó Chủ tịch Ủy ban nhân dân phường");
		}
		finally {
			Files.deleteIfExists(pdf);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
