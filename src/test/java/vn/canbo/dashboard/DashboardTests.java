package vn.canbo.dashboard;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.canbo.indicators.Indicators;
import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;
import vn.canbo.staffing.Staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The dashboard of the demo province as the API, the page and the workbook give it, for
 * whatever indicators the modules define (with {@link SampleIndicators} standing in for
 * the contract's headcount, women and Party members until they do).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@TestPropertySource(
		properties = { "canbo.embedded-db.data-directory=", "canbo.demo.people=3000", "canbo.demo.work=false" })
@Import(SampleIndicators.class)
class DashboardTests {

	static final String PROVINCE = "11";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	SystemAccess system;

	@Autowired
	Indicators indicators;

	@Autowired
	Staffing staffing;

	Authentication leader;

	LocalDate today;

	OrgUnitView province;

	@BeforeEach
	void provinceLeader() {
		this.today = this.orgUnits.today();
		this.province = this.system.call(() -> this.orgUnits.getByCode(PROVINCE, this.today));
		this.leader = TestAccounts.authentication("tinh-lanhdao", Set.of(Role.LEADER), this.province.id());
	}

	@Test
	void theApiGivesEveryIndicatorOnTodayAndAYearBeforeWithItsChangeBranchesAndPeople() {
		JsonNode body = api(this.leader, get("/api/v1/org-units/{code}/dashboard", PROVINCE), 200);

		assertThat(body.path("unit").path("code").asString()).isEqualTo(PROVINCE);
		assertThat(body.path("unit").path("name").asString()).contains("Điện Biên");
		assertThat(body.path("asOf").asString()).isEqualTo(this.today.toString());
		assertThat(body.path("compareTo").asString()).isEqualTo(this.today.minusYears(1).toString());
		assertThat(body.path("compare").path("available").asBoolean()).isTrue();
		JsonNode list = body.path("indicators");
		assertThat(list.size()).as("every indicator of the catalogue").isEqualTo(this.indicators.all().size());
		assertThat(list.size()).isPositive();
		long branches = body.path("branches").size();
		assertThat(branches).as("the province itself and its children").isGreaterThan(40);
		for (JsonNode indicator : list) {
			String id = indicator.path("id").asString();
			assertThat(indicator.path("label").asString()).as(id).isNotBlank().doesNotContain("??");
			assertThat(indicator.path("definition").asString()).as(id).isNotBlank().doesNotContain("??");
			assertThat(indicator.path("group").asString()).as(id).isNotBlank();
			long value = indicator.path("value").asLong();
			long compareValue = indicator.path("compareValue").asLong();
			assertThat(indicator.path("change").path("value").asLong()).as(id).isEqualTo(value - compareValue);
			if (indicator.path("share").asBoolean()) {
				assertThat(indicator.path("denominator").isNumber()).as(id).isTrue();
				JsonNode points = indicator.path("change").path("percentagePoints");
				if (indicator.path("percent").isNull() || indicator.path("comparePercent").isNull()) {
					// a share of nobody (no one expected this month, no one rated) has no
					// percentage, and so no change in points
					assertThat(points.isNull()).as(id).isTrue();
				}
				else {
					BigDecimal percent = indicator.path("percent").decimalValue();
					BigDecimal before = indicator.path("comparePercent").decimalValue();
					assertThat(points.decimalValue()).as(id).isEqualByComparingTo(percent.subtract(before));
				}
			}
			long sum = 0;
			for (JsonNode branch : indicator.path("branches")) {
				sum += branch.path("value").asLong();
			}
			assertThat(indicator.path("branches").size()).as(id).isEqualTo(branches);
			assertThat(sum).as("%s: the branches add up to the total", id).isEqualTo(value);
			if (!indicator.path("people").isNull()) {
				// Each list takes the date its own way (asOf, a period from the day
				// after,
				// a month or a year), so the two dates give two different lists.
				assertThat(indicator.path("people").asString()).as(id)
					.startsWith("/")
					.contains("unitId=" + this.province.id());
				assertThat(indicator.path("comparePeople").asString()).as(id)
					.contains("unitId=" + this.province.id())
					.isNotEqualTo(indicator.path("people").asString());
				if (id.startsWith("people" + '.')) {
					assertThat(indicator.path("people").asString()).as(id).contains("asOf=" + this.today);
					assertThat(indicator.path("comparePeople").asString()).as(id)
						.contains("asOf=" + this.today.minusYears(1));
				}
			}
		}
		JsonNode headcount = find(list, "staffing.headcount");
		long reported = this.system.call(() -> this.staffing.report(PROVINCE, this.today)).total().headcount();
		assertThat(headcount.path("value").asLong()).as("the staffing report's headcount").isEqualTo(reported);
		assertThat(headcount.path("value").asLong()).isGreaterThan(1000);
	}

	@Test
	void theApiTakesBothDatesAndSaysWhenTheUnitDidNotExistOnTheComparedOne() {
		JsonNode body = api(this.leader, get("/api/v1/org-units/{code}/dashboard", PROVINCE).param("asOf", "2026-03-31")
			.param("compareTo", "2025-09-30"), 200);
		assertThat(body.path("asOf").asString()).isEqualTo("2026-03-31");
		assertThat(body.path("compareTo").asString()).isEqualTo("2025-09-30");
		assertThat(find(body.path("indicators"), "staffing.headcount").path("compareValue").asLong()).isPositive();

		OrgUnitView agency = this.system.call(() -> this.orgUnits.createAgency(new CreateAgency(this.province.id(),
				"Ban mới lập " + TestAccounts.uniqueName("db"), UnitType.OTHER, LocalDate.of(2026, 1, 1), null)));
		JsonNode young = api(this.leader,
				get("/api/v1/org-units/{code}/dashboard", agency.code()).param("asOf", "2026-03-31")
					.param("compareTo", "2025-09-30"),
				200);
		assertThat(young.path("compare").path("available").asBoolean()).isFalse();
		assertThat(young.path("compare").path("reason").asString()).contains(agency.name())
			.contains("30/09/2025")
			.contains("không tồn tại");
		JsonNode headcount = find(young.path("indicators"), "staffing.headcount");
		assertThat(headcount.path("compareValue").isNull()).isTrue();
		assertThat(headcount.path("change").path("value").isNull()).isTrue();
		assertThat(headcount.path("comparePeople").isNull()).isTrue();
	}

	@Test
	void theApiRefusesUnitsOutsideTheScopeAndStaffAndNamesABadDate() throws Exception {
		long commune = this.system.call(() -> this.orgUnits.getByCode("03334", this.today)).id();
		Authentication communeOfficer = TestAccounts.authentication("xa-tochuc", Set.of(Role.ORG_OFFICER), commune);
		assertThat(
				api(communeOfficer, get("/api/v1/org-units/{code}/dashboard", "03334"), 200).path("indicators").size())
			.isPositive();
		JsonNode outside = api(communeOfficer, get("/api/v1/org-units/{code}/dashboard", "03325"), 403);
		assertThat(outside.path("detail").asString()).contains("phạm vi");
		api(communeOfficer, get("/api/v1/org-units/{code}/dashboard", PROVINCE), 403);
		Authentication staff = TestAccounts.authentication("xa-canbo", Set.of(Role.STAFF), commune);
		api(staff, get("/api/v1/org-units/{code}/dashboard", "03334"), 403);

		api(this.leader, get("/api/v1/org-units/{code}/dashboard", "99999"), 404);
		JsonNode badDate = api(this.leader,
				get("/api/v1/org-units/{code}/dashboard", PROVINCE).param("asOf", "2026-02-30"), 400);
		assertThat(badDate.path("detail").asString()).contains("asOf").contains("ngày");
		JsonNode badCompare = api(this.leader,
				get("/api/v1/org-units/{code}/dashboard", PROVINCE).param("compareTo", "năm ngoái"), 400);
		assertThat(badCompare.path("detail").asString()).contains("compareTo").contains("ngày");
	}

	@Test
	void thePageShowsEachSectionWithItsNumbersLinkedToThePeopleBehindThem() throws Exception {
		String page = page(this.leader, get("/dashboard"));
		assertThat(page).contains("Bảng điều hành")
			.contains("Tỉnh Điện Biên")
			.contains("value=\"" + this.today + "\"")
			.contains("value=\"" + this.today.minusYears(1) + "\"")
			.contains("id=\"key-figures\"")
			.contains("id=\"section-headcount\"")
			.contains("id=\"branches-headcount\"")
			.contains("id=\"section-composition\"")
			.contains("class=\"dashboard-chart\"")
			.contains("/staffing/holders?unitId=" + this.province.id() + "&amp;asOf=" + this.today)
			.contains("/people?unitId=" + this.province.id() + "&amp;asOf=" + this.today + "&amp;gender=FEMALE")
			.contains("/dashboard/export.xlsx?unit=11")
			.contains("canbo-print-heading")
			.doesNotContain("??");
		assertThat(page).as("a share as x/y (z%)")
			.containsPattern("[\\d.]+</span>/<span>[\\d.]+</span> \\(<span>\\d+,\\d%");
		assertThat(page).as("the change with its arrow").containsPattern("[▲▼=]</span>\\s*<span>[+-]?[\\d.]+</span>");
		assertThat(page).as("the unit's targets are loaded into the page")
			.contains("hx-get=\"/targets/summary?unitId=" + this.province.id() + "&amp;asOf=");

		String english = page(this.leader, get("/dashboard").param("lang", "en").param("asOf", "2026-03-31"));
		assertThat(english).contains("Dashboard").contains("Figures as of 31/03/2026").doesNotContain("??");
	}

	@Test
	void theWorkbookHasASheetPerSectionWithTheApisFigures() throws Exception {
		JsonNode body = api(this.leader, get("/api/v1/org-units/{code}/dashboard", PROVINCE).param("asOf", "2026-06-30")
			.param("compareTo", "2025-12-31"), 200);
		MvcResult result = this.mvc
			.perform(get("/dashboard/export.xlsx").param("unit", PROVINCE)
				.param("asOf", "2026-06-30")
				.param("compareTo", "2025-12-31")
				.with(authentication(this.leader)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			List<String> sheets = new ArrayList<>();
			workbook.forEach((sheet) -> sheets.add(sheet.getSheetName()));
			assertThat(sheets).contains("Thông tin", "Biên chế", "Biên chế theo đơn vị", "Cơ cấu");
			Sheet headcount = workbook.getSheet("Biên chế");
			assertThat(headcount.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Giá trị 30/06/2026");
			Row row = rowOf(headcount, find(body.path("indicators"), "staffing.headcount").path("label").asString());
			assertThat((long) row.getCell(2).getNumericCellValue())
				.isEqualTo(find(body.path("indicators"), "staffing.headcount").path("value").asLong());
			assertThat((long) row.getCell(5).getNumericCellValue())
				.isEqualTo(find(body.path("indicators"), "staffing.headcount").path("compareValue").asLong());
			JsonNode women = find(body.path("indicators"), "people.women");
			Row womenRow = rowOf(workbook.getSheet("Cơ cấu"), women.path("label").asString());
			assertThat(womenRow.getCell(1).getStringCellValue()).as("x/y (z%) as on the page")
				.isEqualTo(String.format("%s/%s (%s%%)", dotted(women.path("value").asLong()),
						dotted(women.path("denominator").asLong()),
						women.path("percent").decimalValue().toPlainString().replace('.', ',')));
			Sheet byBranch = workbook.getSheet("Biên chế theo đơn vị");
			Row total = byBranch.getRow(byBranch.getLastRowNum());
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
			assertThat((long) total.getCell(1).getNumericCellValue())
				.isEqualTo(find(body.path("indicators"), "staffing.headcount").path("value").asLong());
		}
	}

	private static String dotted(long value) {
		return String.format("%,d", value).replace(',', '.');
	}

	private static Row rowOf(Sheet sheet, String label) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && label.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("No row " + label + " in " + sheet.getSheetName());
	}

	private static JsonNode find(JsonNode indicators, String id) {
		for (JsonNode indicator : indicators) {
			if (id.equals(indicator.path("id").asString())) {
				return indicator;
			}
		}
		throw new AssertionError("No indicator " + id);
	}

	private JsonNode api(Authentication user, MockHttpServletRequestBuilder request, int status) {
		try {
			MvcResult result = this.mvc.perform(request.with(authentication(user))).andReturn();
			String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
			return this.json.readTree(body);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String page(Authentication user, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request.with(authentication(user))).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(200);
		return body;
	}

}
