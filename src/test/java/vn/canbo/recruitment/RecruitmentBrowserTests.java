package vn.canbo.recruitment;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.canbo.notifications.NotificationView;
import vn.canbo.notifications.Notifications;
import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.staffing.SetQuota;
import vn.canbo.staffing.Staffing;
import vn.canbo.support.BrowserSession;
import vn.canbo.support.BrowserTest;
import vn.canbo.support.PageFaults;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation officer of the commune, in Chromium, from vacancy to post: opens the
 * recruitment plan of an agency from its vacant kế toán position, changes the vacancy's
 * accepted fields, imports the candidates from an Excel file (dry run first, whose report
 * names the bad row and its column in Vietnamese), enters the two candidates' scores (R-1
 * of §1.11: 85 + 5 beats 88), publishes the results (the commune's other officer is
 * told), records the winner's acceptance and places her in post with the rank and step
 * the rule gives; she is then in the people list and in the agency's staffing report from
 * her start date, not before.
 */
@BrowserTest
class RecruitmentBrowserTests {

	@LocalServerPort
	int port;

	@RegisterExtension
	final BrowserSession browser = new BrowserSession();

	@TempDir
	Path files;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	Staffing staffing;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Notifications notifications;

	@Test
	void anOfficerRecruitsFromVacancyToPost() throws IOException {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		long commune = this.orgUnits.getByCode("03334", LocalDate.of(2025, 7, 1)).id();
		OrgUnitView agency = this.orgUnits
			.createAgency(new CreateAgency(commune, "Phòng thử tuyển dụng " + TestAccounts.uniqueName("tb"),
					UnitType.SPECIALISED_OFFICE, LocalDate.of(2025, 7, 1), null));
		this.staffing.setQuota(new SetQuota(agency.code(), PersonnelCategory.CIVIL_SERVANT, "KE_TOAN", 1,
				LocalDate.of(2026, 1, 1), "12/QĐ-UBND", LocalDate.of(2025, 12, 20)));
		TestAccounts.signOut();
		UserAccountView officer = TestAccounts.provision(this.accounts, "xa-td", commune, Role.ORG_OFFICER);
		UserAccountView colleague = TestAccounts.provision(this.accounts, "xa-td2", commune, Role.ORG_OFFICER);

		String base = "http://localhost:" + this.port;
		Page page = this.browser.signIn(base, officer.username(), TestAccounts.PASSWORD);
		PageFaults faults = PageFaults.watch(page);
		page.navigate(base + "/recruitment");
		page.fill("#agencyCode", agency.code());
		page.fill("#year", "2026");
		page.fill("#asOf", "2026-03-01");
		page.click("#create-plan");
		assertThat(page.locator("#flash-saved")).containsText("Đã lập kế hoạch tuyển dụng");
		assertThat(page.locator("#vacancy-KE_TOAN")).containsText("Kế toán viên");
		assertThat(page.locator("#plan-rules")).containsText("Nghị định 170/2025/NĐ-CP, Điều 6");
		long planId = Long.parseLong(page.url().replaceAll(".*/recruitment/(\\d+).*", "$1"));
		String plan = base + "/recruitment/" + planId;

		// the vacancy's accepted fields, changed through its form
		page.click("#vacancy-KE_TOAN .edit-vacancy");
		assertThat(page.locator("#rankCode")).hasValue("06.031");
		page.fill("#professionalFields", "Kế toán;Tài chính;Kiểm toán;Tài chính ngân hàng");
		faults.settle();
		this.browser.screenshot("recruitment/vacancy-form");
		page.click("#save-vacancy");
		assertThat(page.locator("#flash-saved")).containsText("Đã lưu chỉ tiêu");
		assertThat(page.locator("#vacancy-KE_TOAN")).containsText("Tài chính ngân hàng");

		// candidates from Excel: a dry run reports the bad row and writes nothing
		Path sheet = candidatesFile();
		page.setInputFiles("#import-form [name=file]", sheet);
		page.click("#import-form button[type=submit]");
		assertThat(page.locator("#import-counts"))
			.hasText("Kết quả kiểm tra (chưa ghi gì): thêm 2, cập nhật 0, không đổi 0, bị từ chối 1.");
		assertThat(page.locator("#import-summary tbody tr")).hasCount(1);
		assertThat(page.locator("#import-summary tbody tr td").nth(0)).hasText("4");
		assertThat(page.locator("#import-summary tbody tr td").nth(1)).hasText("Số CCCD");
		assertThat(page.locator("#import-summary tbody tr td").nth(2)).containsText("phải gồm đúng 12 chữ số");
		assertThat(page.locator("#results-KE_TOAN")).containsText("Chưa có thí sinh.");
		faults.settle();
		this.browser.screenshot("recruitment/import-dry-run");

		page.setInputFiles("#import-form [name=file]", sheet);
		page.uncheck("#dryRun");
		page.click("#import-form button[type=submit]");
		assertThat(page.locator("#import-counts"))
			.hasText("Kết quả nhập: thêm 2, cập nhật 0, không đổi 0, bị từ chối 1.");
		assertThat(page.locator("#import-summary tbody tr td").nth(1)).hasText("Số CCCD");
		long an = candidateId(page, "Lò Thị An");
		long binh = candidateId(page, "Nguyễn Văn Bình");
		faults.settle();
		this.browser.screenshot("recruitment/imported");

		page.navigate(plan);
		score(page, an, "40", "85");
		score(page, binh, "45", "88");
		assertThat(page.locator("#candidate-" + an + " .total")).hasText("90,00");
		assertThat(page.locator("#candidate-" + an + " .outcome")).hasText("Trúng tuyển");
		assertThat(page.locator("#candidate-" + binh + " .outcome")).hasText("Kế tiếp");
		faults.settle();
		this.browser.screenshot("recruitment/scored");

		page.fill("#publishedOn", "2026-06-04");
		page.fill("#decisionNumber", "30/QĐ-UBND");
		page.click("#publish");
		assertThat(page.locator("#plan-status")).hasText("Đã công bố kết quả");
		assertThat(page.locator("#published")).containsText("11/06/2026");
		assertThat(page.locator("#candidate-" + an + " .reason")).containsText("90");
		assertThat(page.locator("#candidate-" + an + " .rule"))
			.hasText("Nghị định 170/2025/NĐ-CP, Điều 10 khoản 1 điểm b");
		faults.settle();
		this.browser.screenshot("recruitment/published");
		TestAccounts.signIn(colleague);
		List<NotificationView> told = this.notifications.inbox(false)
			.stream()
			.filter((notice) -> notice.link().equals("/recruitment/" + planId))
			.toList();
		TestAccounts.signOut();
		assertThat(told).singleElement()
			.satisfies((notice) -> assertThat(notice.messageKey()).isEqualTo("recruitment.notice.published"));

		// the winner accepts and is placed in post: 40 months of matching insured work
		// give step 2 of Kế toán viên (1 + 40 / 36, NĐ 170 Art. 20, unconfirmed)
		page.selectOption("#candidate-" + an + " [name=answer]", "ACCEPTED");
		page.click("#candidate-" + an + " form[action$='/answer'] button[type=submit]");
		assertThat(page.locator("#flash-saved")).containsText("Đã ghi nhận");
		String post = "#post-" + an;
		assertThat(page.locator(post + " .placement"))
			.hasText("Xếp ngạch Kế toán viên (06.031), bậc 2, hệ số 2,67 (có 40 tháng đóng BHXH phù hợp).");
		assertThat(page.locator(post + " .placement-rule")).containsText("Chưa xác minh");
		page.fill(post + " [name=decisionNumber]", "45/QĐ-UBND");
		page.fill(post + " [name=decisionDate]", "2026-06-25");
		page.fill(post + " [name=startDate]", "2026-07-01");
		faults.settle();
		this.browser.screenshot("recruitment/accepted");
		page.click(post + " button[type=submit]");
		assertThat(page.locator("#flash-saved")).containsText("Đã đưa người trúng tuyển vào vị trí việc làm");
		assertThat(page.locator("#in-post-" + an)).hasText("Đã nhận việc từ 01/07/2026 (quyết định 45/QĐ-UBND)");
		assertThat(page.locator("#candidate-" + an + " .scores")).containsText("Điểm viết: 85,00");
		assertThat(page.locator("#vacancy-KE_TOAN")).containsText("Đã tuyển đủ");
		faults.settle();
		this.browser.screenshot("recruitment/placed");

		page.navigate(base + "/people?unitId=" + agency.id() + "&q="
				+ URLEncoder.encode("Lò Thị An", StandardCharsets.UTF_8));
		assertThat(page.locator("#people-table tbody")).containsText("Lò Thị An");
		faults.settle();
		this.browser.screenshot("recruitment/people-list");
		page.click("#people-table a:has-text('Lò Thị An')");
		assertThat(page.locator("body")).containsText("06.031");
		assertThat(page.locator("body")).containsText("2,67");
		faults.settle();
		this.browser.screenshot("recruitment/person");

		page.navigate(base + "/staffing?unitId=" + agency.id() + "&asOf=2026-06-30");
		assertThat(page.locator("#positions-table tbody tr", new Page.LocatorOptions().setHasText("Kế toán"))
			.locator("td")
			.nth(2)).hasText("0");
		page.navigate(base + "/staffing?unitId=" + agency.id() + "&asOf=2026-07-01");
		assertThat(page.locator("#positions-table tbody tr", new Page.LocatorOptions().setHasText("Kế toán"))
			.locator("td")
			.nth(2)).hasText("1");
		faults.settle();
		this.browser.screenshot("recruitment/staffing-from-start");
		assertThat(faults.take()).isEmpty();
	}

	/**
	 * The import file: the two candidates of R-1 and a third whose citizen ID is too
	 * short (row 4), built with the Excel library the project reads and writes with.
	 */
	private Path candidatesFile() throws IOException {
		Path file = this.files.resolve("thi-sinh.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Thí sinh");
			List<String> columns = List.of("jobPositionCode", "citizenId", "fullName", "birthDate", "gender",
					"ethnicity", "professionalLevel", "professionalField", "insuredMonths");
			Row header = sheet.createRow(0);
			for (int i = 0; i < columns.size(); i++) {
				header.createCell(i).setCellValue(CandidateImports.COLUMNS.get(columns.get(i)));
			}
			row(sheet, 1, TestPeople.citizenId(Gender.FEMALE, 1998), "Lò Thị An", "15/04/1998", "Nữ", "Thái", "Kế toán",
					40);
			row(sheet, 2, TestPeople.citizenId(Gender.MALE, 1996), "Nguyễn Văn Bình", "15/04/1996", "Nam", "Kinh",
					"Tài chính", 0);
			row(sheet, 3, "123", "Phạm Văn Sai", "15/04/1990", "Nam", "Kinh", "Kế toán", 0);
			workbook.write(out);
		}
		return file;
	}

	private static void row(Sheet sheet, int index, String citizenId, String name, String birth, String gender,
			String ethnicity, String field, int insuredMonths) {
		Row row = sheet.createRow(index);
		row.createCell(0).setCellValue("KE_TOAN");
		row.createCell(1).setCellValue(citizenId);
		row.createCell(2).setCellValue(name);
		row.createCell(3).setCellValue(birth);
		row.createCell(4).setCellValue(gender);
		row.createCell(5).setCellValue(ethnicity);
		row.createCell(6).setCellValue("Đại học");
		row.createCell(7).setCellValue(field);
		row.createCell(8).setCellValue(insuredMonths);
	}

	private static long candidateId(Page page, String name) {
		String id = page.locator("tr[data-name='" + name + "']").getAttribute("id");
		return Long.parseLong(id.substring("candidate-".length()));
	}

	private static void score(Page page, long candidateId, String roundOne, String written) {
		String form = "#scores-" + candidateId;
		page.fill(form + " [name=roundOneCorrect]", roundOne);
		page.fill(form + " [name=written]", written);
		page.click(form + " button[type=submit]");
		assertThat(page.locator("#flash-saved")).containsText("Đã lưu điểm");
	}

}
