package vn.canbo.people.web;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import vn.canbo.documents.ImportRow;
import vn.canbo.documents.TestSheets;
import vn.canbo.documents.UploadedSheets;
import vn.canbo.documents.XlsxRows;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonSheet;
import vn.canbo.people.PersonSheets;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The upload pages: the template offers drop-downs of the accepted values, the rejected
 * rows come back with their own cells to correct, and the uploads waiting on disk are
 * bounded per user.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PersonImportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UploadedSheets uploads;

	UserAccountView officer;

	@BeforeEach
	void provision() {
		this.officer = TestAccounts.provision(this.accounts, "nhap-trang", null, Role.ORG_OFFICER);
	}

	@Test
	void templateOffersTheAcceptedValuesOfCodedColumnsAsDropDowns() throws Exception {
		byte[] template = perform(get("/people/import/template.xlsx")).getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
				.containsExactly("Danh sách", "Hướng dẫn", "Danh mục");
			XSSFSheet sheet = workbook.getSheet("Danh sách");
			List<String> headers = new ArrayList<>();
			sheet.getRow(0).forEach((cell) -> headers.add(cell.getStringCellValue()));
			XSSFSheet lists = workbook.getSheet("Danh mục");
			Map<String, List<String>> choices = PersonSheet.choices();
			assertThat(sheet.getDataValidations()).hasSize(choices.size());
			for (DataValidation validation : sheet.getDataValidations()) {
				int column = validation.getRegions().getCellRangeAddress(0).getFirstColumn();
				String header = headers.get(column);
				String key = PersonSheet.columns().get(column).key();
				String formula = validation.getValidationConstraint().getFormula1();
				int listColumn = -1;
				for (int i = 0; i < lists.getRow(0).getLastCellNum(); i++) {
					if (lists.getRow(0).getCell(i).getStringCellValue().equals(header)) {
						listColumn = i;
					}
				}
				assertThat(listColumn).as(header).isNotNegative();
				List<String> listed = new ArrayList<>();
				for (int row = 1; row <= choices.get(key).size(); row++) {
					listed.add(lists.getRow(row).getCell(listColumn).getStringCellValue());
				}
				assertThat(listed).as(header).isEqualTo(choices.get(key));
				assertThat(formula).as(header).startsWith("'Danh mục'!$").endsWith("$" + (listed.size() + 1));
			}
			assertThat(choices.get("identity.gender")).containsExactly("Nam", "Nữ");
			assertThat(choices.get("identity.ethnicity")).hasSize(54).contains("Kinh", "Thái", "Mông");
			assertThat(choices.get("employment.category")).contains("Công chức", "Viên chức");
		}
		// Every listed value is one the import accepts.
		Map<String, Object> row = PersonSheets.row("Thửmẫu Văn Chọn", "1980", Gender.MALE,
				TestPeople.citizenId(Gender.MALE, 1980), "03334");
		List<Map<String, Object>> rows = new ArrayList<>();
		Map<String, List<String>> choices = PersonSheet.choices();
		int longest = choices.values().stream().mapToInt(List::size).max().orElseThrow();
		for (int i = 0; i < longest; i++) {
			Map<String, Object> variant = new java.util.LinkedHashMap<>(row);
			variant.put("Số CCCD", "");
			for (Map.Entry<String, List<String>> choice : choices.entrySet()) {
				List<String> values = choice.getValue();
				variant.put(PersonSheet.column(choice.getKey()).orElseThrow().header(), values.get(i % values.size()));
			}
			rows.add(variant);
		}
		String report = this.mvc
			.perform(multipart("/api/v1/imports/persons")
				.file(new MockMultipartFile("file", "chon.xlsx", null, PersonSheets.xlsx(rows)))
				.param("dryRun", "true")
				.with(authentication(signedIn())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(report).doesNotContain("không phải", "không biết", "Không biết");
	}

	@Test
	void rejectedRowsComeBackWithTheirOwnCellsAndReasons() throws Exception {
		String family = "Thửloại" + TestAccounts.uniqueName("").replaceAll("[^a-z]", "");
		Map<String, Object> wrongDate = PersonSheets.row(family + " Văn Sai", "31/02/1990", Gender.MALE,
				TestPeople.citizenId(Gender.MALE, 1990), "03334");
		String shortId = TestPeople.citizenId(Gender.FEMALE, 1991).substring(1);
		Map<String, Object> wrongId = PersonSheets.row(family + " Thị Thiếu", "05/06/1991", Gender.FEMALE, shortId,
				"03334");
		wrongId.put("Giới tính", "Khác");
		Map<String, Object> good = PersonSheets.row(family + " Văn Đúng", "1992", Gender.MALE,
				TestPeople.citizenId(Gender.MALE, 1992), "03334");
		String job = upload(PersonSheets.xlsx(List.of(wrongDate, good, wrongId)));
		perform(post("/people/import/{id}/run", job).param("dryRun", "true").with(csrf()));
		awaitFinished(job);
		byte[] errors = perform(get("/people/import/{id}/errors.xlsx", job)).getResponse().getContentAsByteArray();
		try (XlsxRows rows = TestSheets.open(errors)) {
			assertThat(rows.headers()).startsWith("Dòng").endsWith("Lý do").containsAll(PersonSheets.headers());
			List<ImportRow> rejected = rows.rows().toList();
			assertThat(rejected).extracting((row) -> row.text("Dòng").orElseThrow()).containsExactly("3", "5");
			ImportRow first = rejected.get(0);
			assertThat(first.text("Họ và tên")).contains(family + " Văn Sai");
			assertThat(first.text("Ngày sinh")).contains("31/02/1990");
			assertThat(first.text("Mã cơ quan")).contains("03334");
			assertThat(first.text("Lý do").orElseThrow()).contains("Dòng 3", "Ngày sinh");
			ImportRow second = rejected.get(1);
			assertThat(second.text("Số CCCD")).contains(shortId);
			assertThat(second.text("Lý do").orElseThrow()).contains("Số CCCD", "12 chữ số", "Giới tính");
		}
	}

	@Test
	void keepsAtMostThreeUploadsOfOneUserOnDisk() throws Exception {
		this.officer = TestAccounts.provision(this.accounts, TestAccounts.uniqueName("nhap-giu"), null,
				Role.ORG_OFFICER);
		byte[] file = PersonSheets.xlsx(PersonSheets.row("Thửgiữ Văn Tệp", "1980", Gender.MALE, "", "03334"));
		int before = this.uploads.keptCount();
		String first = upload(file);
		for (int i = 0; i < 4; i++) {
			upload(file);
		}
		assertThat(this.uploads.keptCount() - before).isEqualTo(3);
		// The first upload gave way: running it says to upload it again.
		perform(post("/people/import/{id}/run", first).param("dryRun", "true").with(csrf()));
		awaitFinished(first);
		assertThat(perform(get("/people/import/{id}", first)).getResponse().getContentAsString())
			.contains("không còn được giữ");
	}

	private String upload(byte[] file) throws Exception {
		MvcResult result = perform(
				multipart("/people/import").file(new MockMultipartFile("file", "danh-sach.xlsx", null, file))
					.with(csrf()));
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/people/import/");
		return location.substring("/people/import/".length());
	}

	private void awaitFinished(String job) throws Exception {
		for (int i = 0; i < 600; i++) {
			if (perform(get("/people/import/{id}/progress", job)).getResponse().getHeader("HX-Redirect") != null) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The import job did not finish");
	}

	private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		MvcResult result = this.mvc.perform(request.with(authentication(signedIn()))).andReturn();
		assertThat(result.getResponse().getStatus()).isLessThan(400);
		return result;
	}

	private Authentication signedIn() {
		return TestAccounts.authentication(this.officer.username(), Set.of(Role.ORG_OFFICER), null);
	}

}
