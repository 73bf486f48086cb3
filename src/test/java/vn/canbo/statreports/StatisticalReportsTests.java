package vn.canbo.statreports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.canbo.indicators.IndicatorReport;
import vn.canbo.indicators.Indicators;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.shared.OutOfScopeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The official report of the demo province at 31/12 of last year, read back from the
 * workbook with POI: its totals are the indicators' totals at that date for every column
 * that has data, the rows add up to the total, the columns without data say so; the
 * report pack holds the form, the indicator table as a PDF that opens, and the people
 * lists; scope and bad input are refused in Vietnamese.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@TestPropertySource(
		properties = { "canbo.embedded-db.data-directory=", "canbo.demo.people=3000", "canbo.demo.work=false" })
@Import(ReportsTestIndicators.class)
class StatisticalReportsTests {

	static final String PROVINCE = "11";

	static final String COMMUNE = "03334";

	static final String NO_DATA = "Chưa có dữ liệu";

	@Autowired
	StatisticalReports reports;

	@Autowired
	ReportWorkbook workbook;

	@Autowired
	Indicators indicators;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	UserAccounts accounts;

	@Autowired
	SystemAccess system;

	@Autowired
	MockMvc mvc;

	LocalDate asOf;

	OrgUnitView province;

	OrgUnitView commune;

	@BeforeEach
	void signIn() {
		this.asOf = ReportsTestIndicators.lastYearEnd(this.orgUnits.today());
		this.province = this.system.call(() -> this.orgUnits.getByCode(PROVINCE, this.asOf));
		this.commune = this.system.call(() -> this.orgUnits.getByCode(COMMUNE, this.asOf));
		TestAccounts.signIn("tinh-lanhdao", Set.of(Role.LEADER), this.province.id());
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void theProvinceWorkbookAtLastYearEndOpensAndItsTotalsAreTheIndicatorTotals() throws IOException {
		assertThat(this.reports.defaultDate()).isEqualTo(this.asOf);
		StatisticalReport report = this.reports.report(PROVINCE, "BM01-BNV", this.asOf);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.workbook.write(report, java.util.Locale.forLanguageTag("vi"), out);
		IndicatorReport dashboard = this.indicators.measure(PROVINCE, this.asOf, null);

		try (Workbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet form = read.getSheet("BM01-BNV");
			assertThat(text(form, 0, 0)).isEqualTo("Biểu số: BM01/BNV");
			assertThat(rowTexts(form, 0)).anyMatch((cell) -> cell.contains("Đơn vị báo cáo: Tỉnh Điện Biên"));
			assertThat(rowTexts(form, 1)).anyMatch((cell) -> cell.contains("Đơn vị nhận báo cáo: Bộ Nội vụ"));
			assertThat(text(form, 4, 0)).isEqualTo("Tính đến ngày " + dayText(this.asOf));
			assertThat(form.getNumMergedRegions()).as("merged headings").isGreaterThan(10);
			SheetTable table = SheetTable.read(form);
			assertThat(table.columnNumbers()).hasSize(38).startsWith(1, 2, 3).endsWith(38);

			int withData = 0;
			for (int i = 0; i < report.columns().size(); i++) {
				ReportColumn column = report.columns().get(i);
				Cell total = table.total().getCell(ReportWorkbook.LEAD + i);
				if (dashboard.indicator(String.valueOf(column.indicatorId())).isPresent()) {
					assertThat(total.getCellType()).as("column (%d) is a number", column.number())
						.isEqualTo(CellType.NUMERIC);
					long expected = dashboard.total(column.indicatorId()).value();
					assertThat((long) total.getNumericCellValue())
						.as("total of column (%d) %s", column.number(), column.indicatorId())
						.isEqualTo(expected);
					long sum = 0;
					for (Row row : table.units()) {
						sum += (long) row.getCell(ReportWorkbook.LEAD + i).getNumericCellValue();
					}
					assertThat(sum).as("rows of column (%d) add up to the total", column.number()).isEqualTo(expected);
					if (expected > 0) {
						withData++;
					}
				}
				else {
					assertThat(total.getStringCellValue()).as("column (%d) without data", column.number())
						.isEqualTo(NO_DATA);
				}
			}
			assertThat(withData).as("columns with figures").isPositive();
			assertThat(table.units()).as("the province's own people, then each child")
				.hasSize(dashboard.branches().size());
			assertThat(table.units().get(0).getCell(1).getStringCellValue()).contains("(trực tiếp)");

			Sheet notes = read.getSheet("Ghi chú");
			List<String> noteTexts = new ArrayList<>();
			notes.forEach((row) -> row.forEach((cell) -> noteTexts.add(cell.getStringCellValue())));
			assertThat(noteTexts).contains("Các cột chưa có dữ liệu")
				.anyMatch((text) -> text.contains("CHƯA XÁC MINH"))
				.anyMatch((text) -> text.contains("Thông tư 11/2012/TT-BNV"));
			assertThat(report.missing()).as("Tin học and Ngoại ngữ have no indicator").isNotEmpty();
			for (ReportColumn missing : report.missing()) {
				assertThat(noteTexts).contains("Cột (" + missing.number() + ") " + missing.fullLabel());
			}
			assertThat(noteTexts).contains("Cột (22) Tin học — Trung cấp trở lên");
		}
	}

	@Test
	void theApiWorkbookOfTheProvinceHasTheSameTotals() throws Exception {
		IndicatorReport dashboard = this.indicators.measure(PROVINCE, this.asOf, Set.of(ReportsTestIndicators.IN_POST));
		UserAccountView leader = TestAccounts.provision(this.accounts, "tinh", this.province.id(), Role.LEADER);
		MvcResult result = this.mvc
			.perform(get("/api/v1/org-units/{code}/reports/{form}.xlsx", PROVINCE, "BM01-BNV")
				.with(httpBasic(leader.username(), TestAccounts.PASSWORD)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		try (Workbook read = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			SheetTable table = SheetTable.read(read.getSheet("BM01-BNV"));
			// column (2): the people in post
			assertThat((long) table.total().getCell(ReportWorkbook.LEAD + 1).getNumericCellValue())
				.isEqualTo(dashboard.total(ReportsTestIndicators.IN_POST).value())
				.isPositive();
		}
	}

	@Test
	void theCommuneGetsTheCommuneFormAndTheFormsAreDatedAndCited() {
		assertThat(this.reports.proposedForm(this.commune.id(), this.asOf)).get()
			.extracting(ReportForm::code)
			.isEqualTo("BM02/BNV");
		assertThat(this.reports.proposedForm(this.province.id(), this.asOf)).get()
			.extracting(ReportForm::code)
			.isEqualTo("BM01/BNV");
		List<ReportForm> forms = this.reports.forms(this.asOf);
		assertThat(forms).extracting(ReportForm::key).containsExactly("BM01-BNV", "BM02-BNV");
		for (ReportForm form : forms) {
			assertThat(form.validFrom()).isEqualTo("2012-12-17");
			assertThat(form.confirmed()).isFalse();
			assertThat(form.instrumentStatus()).contains("CHƯA XÁC MINH").contains("18/2025/TT-BNV");
			assertThat(form.deadlineFor(this.asOf)).isEqualTo(LocalDate.of(this.asOf.getYear() + 1, 2, 28));
			assertThat(form.columns()).extracting(ReportColumn::label).contains("Từ 30 trở xuống");
		}
	}

	@Test
	void staffMayNotMakeAReport() {
		TestAccounts.signIn("xa-canbo", Set.of(Role.STAFF), this.commune.id());
		assertThatThrownBy(() -> this.reports.report(COMMUNE, "BM02-BNV", this.asOf))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void thePackHoldsTheFormTheIndicatorPdfAndThePeopleLists() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/reports/pack.zip").param("unitId", String.valueOf(this.commune.id()))
				.param("year", String.valueOf(this.asOf.getYear()))
				.with(authentication(
						TestAccounts.authentication("xa-tochuc", Set.of(Role.ORG_OFFICER), this.commune.id()))))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains(".zip");
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		assertThat(entries.keySet()).anyMatch((name) -> name.startsWith("1-bieu-BM02-BNV-") && name.endsWith(".xlsx"))
			.anyMatch((name) -> name.startsWith("2-chi-tieu-") && name.endsWith(".pdf"))
			.anyMatch((name) -> name.startsWith("3-danh-sach/") && name.endsWith(".xlsx"));
		for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
			if (entry.getKey().endsWith(".xlsx")) {
				try (Workbook read = new XSSFWorkbook(new ByteArrayInputStream(entry.getValue()))) {
					assertThat(read.getNumberOfSheets()).as(entry.getKey()).isPositive();
				}
			}
		}
		byte[] pdf = entries.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().endsWith(".pdf"))
			.findFirst()
			.orElseThrow()
			.getValue();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("BẢNG CHỈ TIÊU").contains(dayText(this.asOf)).contains("Phường Mường Thanh");
		}
		byte[] all = entries.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith("3-danh-sach/tat-ca"))
			.findFirst()
			.orElseThrow()
			.getValue();
		try (Workbook read = new XSSFWorkbook(new ByteArrayInputStream(all))) {
			assertThat(read.getSheetAt(0).getLastRowNum()).as("people listed").isPositive();
		}
	}

	@Test
	void theReportPageShowsThePreviewAndRefusesWhatLiesOutsideTheScopeOrIsNoDate() throws Exception {
		var officer = authentication(
				TestAccounts.authentication("xa-tochuc", Set.of(Role.ORG_OFFICER), this.commune.id()));
		MvcResult page = this.mvc.perform(get("/reports").with(officer)).andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(page.getResponse().getContentAsString()).contains("BM02/BNV", "Tổng cộng", "Phường Mường Thanh",
				"canbo-print-heading", "canbo-signature", NO_DATA, dayText(this.asOf.plusMonths(2).withDayOfMonth(28)));

		MvcResult outside = this.mvc
			.perform(get("/reports/workbook.xlsx").param("unitId", String.valueOf(this.province.id())).with(officer))
			.andReturn();
		assertThat(outside.getResponse().getStatus()).isEqualTo(403);

		MvcResult badDate = this.mvc
			.perform(get("/reports/workbook.xlsx").param("unitId", String.valueOf(this.commune.id()))
				.param("asOf", "31/12/2025")
				.with(officer))
			.andReturn();
		assertThat(badDate.getResponse().getStatus()).isEqualTo(400);
		assertThat(badDate.getResponse().getContentAsString()).contains("asOf");

		UserAccountView communeOfficer = TestAccounts.provision(this.accounts, "xa", this.commune.id(),
				Role.ORG_OFFICER);
		MvcResult apiBadDate = this.mvc
			.perform(
					get("/api/v1/org-units/{code}/reports/{form}.xlsx", COMMUNE, "BM02-BNV").param("asOf", "2025-13-45")
						.with(httpBasic(communeOfficer.username(), TestAccounts.PASSWORD)))
			.andReturn();
		assertThat(apiBadDate.getResponse().getStatus()).isEqualTo(400);
		assertThat(apiBadDate.getResponse().getContentAsString()).contains("asOf").contains("không");

		MvcResult beforeTheForm = this.mvc
			.perform(
					get("/api/v1/org-units/{code}/reports/{form}.xlsx", PROVINCE, "BM01-BNV")
						.param("asOf", "2010-12-31")
						.with(httpBasic(TestAccounts.provision(this.accounts, "tinh", this.province.id(), Role.LEADER)
							.username(), TestAccounts.PASSWORD)))
			.andReturn();
		assertThat(beforeTheForm.getResponse().getStatus()).isEqualTo(422);
		assertThat(beforeTheForm.getResponse().getContentAsString()).contains("chưa áp dụng");

		MvcResult badYear = this.mvc
			.perform(get("/reports/pack.zip").param("unitId", String.valueOf(this.commune.id()))
				.param("year", "99999")
				.with(officer))
			.andReturn();
		assertThat(badYear.getResponse().getStatus()).isEqualTo(422);
		assertThat(badYear.getResponse().getContentAsString()).contains("Năm báo cáo");
	}

	static String dayText(LocalDate day) {
		return String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
	}

	static String text(Sheet sheet, int row, int column) {
		return sheet.getRow(row).getCell(column).getStringCellValue();
	}

	static List<String> rowTexts(Sheet sheet, int row) {
		List<String> texts = new ArrayList<>();
		sheet.getRow(row).forEach((cell) -> {
			if (cell.getCellType() == CellType.STRING) {
				texts.add(cell.getStringCellValue());
			}
		});
		return texts;
	}

	/**
	 * The figures of a report sheet: the column numbers' row, the total row and the
	 * units' rows below it, up to the first row without a unit name.
	 */
	record SheetTable(List<Integer> columnNumbers, Row total, List<Row> units) {

		static SheetTable read(Sheet sheet) {
			int totalRow = -1;
			for (Row row : sheet) {
				Cell name = row.getCell(1);
				if (name != null && name.getCellType() == CellType.STRING
						&& "Tổng cộng".equals(name.getStringCellValue())) {
					totalRow = row.getRowNum();
					break;
				}
			}
			assertThat(totalRow).as("the total row").isPositive();
			List<Integer> numbers = new ArrayList<>();
			sheet.getRow(totalRow - 1).forEach((cell) -> {
				String text = cell.getStringCellValue();
				if (text.matches("\\(\\d+\\)")) {
					numbers.add(Integer.valueOf(text.substring(1, text.length() - 1)));
				}
			});
			List<Row> units = new ArrayList<>();
			for (int r = totalRow + 1; sheet.getRow(r) != null && sheet.getRow(r).getCell(1) != null
					&& !sheet.getRow(r).getCell(1).getStringCellValue().isBlank(); r++) {
				units.add(sheet.getRow(r));
			}
			return new SheetTable(numbers, sheet.getRow(totalRow), units);
		}

	}

}
