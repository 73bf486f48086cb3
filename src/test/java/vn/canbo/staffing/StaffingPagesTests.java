package vn.canbo.staffing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.EducationLevel;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The staffing pages, forms and exports, rendered for an organisation officer. */
@SpringBootTest
@AutoConfigureMockMvc
class StaffingPagesTests {

	static final LocalDate START = LocalDate.of(2025, 7, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	People people;

	@Autowired
	Assignments assignments;

	@Autowired
	SystemAccess system;

	Authentication officer;

	OrgUnitView unit;

	long person;

	@BeforeEach
	void createAUnitWithAPerson() {
		this.officer = TestAccounts.authentication("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		this.system.run(() -> {
			this.unit = this.orgUnits.createAgency(new CreateAgency(this.orgUnits.getByCode("03334", START).id(),
					"Phòng trang thử " + TestAccounts.uniqueName("p"), UnitType.SPECIALISED_OFFICE, START, null));
			PersonDetails details = TestPeople.person("Cà Văn Trang", Gender.MALE, 1979, this.unit.id())
				.withQualifications(new PersonDetails.Qualifications(EducationLevel.UPPER_SECONDARY,
						ProfessionalLevel.TRUNG_CAP, "Luật", null, null, null, null, null));
			this.person = this.people.create(details).id();
			this.assignments.record(new RecordAssignment(this.person, this.unit.code(), null, "CHUYEN_VIEN", null, null,
					null, START, null, null, null, null, null));
		});
	}

	@Test
	void theReportHoldersAndPersonPagesShowTheNumbersAndTheReasons() {
		String id = String.valueOf(this.unit.id());
		assertThat(page(get("/staffing").param("unitId", id))).contains("Phòng trang thử")
			.contains("Chuyên viên (chuyên môn, nghiệp vụ)");
		assertThat(page(get("/staffing/holders").param("unitId", id))).contains("Cà Văn Trang");
		assertThat(page(get("/staffing/standards").param("unitId", id))).contains("0/1 (0,0%) đạt chuẩn");
		assertThat(page(get("/staffing/standards/people").param("unitId", id).param("failing", "true")))
			.contains("Cà Văn Trang")
			.contains("Trình độ chuyên môn");
		assertThat(page(get("/staffing/persons/{id}", this.person))).contains("Chưa đạt chuẩn")
			.contains("Đại học")
			.contains("Trung cấp")
			.contains("Thông tư 02/2021/TT-BNV");
		assertThat(page(get("/staffing/catalogue"))).contains("Chưa xác minh nguồn");
	}

	@Test
	void formsShowVietnameseErrorsNamingTheField() {
		String quota = page(post("/staffing/quotas").param("unitId", String.valueOf(this.unit.id()))
			.param("category", "CIVIL_SERVANT")
			.param("quota", "-1"));
		assertThat(quota).contains("Biên chế phải là số nguyên không âm").contains("Nhập ngày hiệu lực");
		String assignment = page(post("/staffing/persons/{id}/assignments", this.person).param("post", "J:CHUYEN_VIEN")
			.param("unitCode", this.unit.code())
			.param("validFrom", "2026-01-01"));
		assertThat(assignment).contains("đã có chức vụ chính trong khoảng thời gian này");
	}

	@Test
	void formValuesThatDoNotParseAreNamedOnThePageAllAtOnce() {
		String quota = page(post("/staffing/quotas").param("unitId", String.valueOf(this.unit.id()))
			.param("category", "CIVIL_SERVANT")
			.param("quota", "mười")
			.param("validFrom", "31/12/2026")
			.param("decisionDate", "hôm qua"));
		assertThat(quota).contains("data-field=\"quota\"", "mười", "không phải là số nguyên")
			.contains("data-field=\"validFrom\"", "31/12/2026", "không hợp lệ (dạng năm-tháng-ngày)")
			.contains("data-field=\"decisionDate\"");
		String standard = page(post("/staffing/catalogue/standards").param("subject", "J1")
			.param("validFrom", "2026-01-01")
			.param("minAge", "ba mươi")
			.param("maxAge", "60"));
		assertThat(standard).contains("data-field=\"minAge\"", "ba mươi", "không phải là số nguyên");
		AssignmentView post = this.system.call(() -> this.assignments.ofPerson(this.person).get(0));
		String ended = page(
				post("/staffing/assignments/{id}/end", post.id()).param("version", String.valueOf(post.version()))
					.param("validTo", "2026-02-30"));
		assertThat(ended).contains("data-field=\"validTo\"", "2026-02-30", "không hợp lệ (dạng năm-tháng-ngày)");
		String recorded = page(post("/staffing/persons/{id}/assignments", this.person).param("post", "J:CHUYEN_VIEN")
			.param("unitCode", this.unit.code())
			.param("validFrom", "01-01-2026")
			.param("decisionDate", "2026-13-01"));
		assertThat(recorded).contains("data-field=\"validFrom\"", "không hợp lệ (dạng năm-tháng-ngày)")
			.contains("data-field=\"decisionDate\"")
			.contains("value=\"01-01-2026\"");
	}

	@Test
	void exportsAreRealWorkbooks() throws Exception {
		String id = String.valueOf(this.unit.id());
		List<String> sheets = sheets(bytes(get("/staffing/export.xlsx").param("unitId", id)));
		assertThat(sheets).containsExactly("Biên chế", "Vị trí việc làm", "Chức danh còn trống");
		byte[] compliance = bytes(get("/staffing/standards/export.xlsx").param("unitId", id));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(compliance))) {
			assertThat(sheets(compliance)).containsExactly("Đạt chuẩn", "Danh sách");
			assertThat(workbook.getSheet("Danh sách").getRow(1).getCell(1).getStringCellValue())
				.isEqualTo("Cà Văn Trang");
			assertThat(workbook.getSheet("Danh sách").getRow(1).getCell(7).getStringCellValue())
				.contains("Trình độ chuyên môn");
		}
	}

	/**
	 * The people behind a compliance figure are paged with the one pager, every page
	 * reachable.
	 */
	@Test
	void thePeopleBehindComplianceArePagedWithTheirTotal() {
		String id = String.valueOf(this.unit.id());
		assertThat(page(get("/staffing/standards/people").param("unitId", id))).contains("id=\"compliance-pages\"")
			.contains("1–1 trên tổng số 1");
	}

	/**
	 * Staff keep the aggregate reports (decision 012) but not the lists of names behind
	 * them, so their figures are not links that would answer 403.
	 */
	@Test
	void staffReadTheFiguresWithoutLinksToTheNamesBehindThem() throws Exception {
		String id = String.valueOf(this.unit.id());
		Authentication staff = TestAccounts.authentication("nv-bc", Set.of(Role.STAFF), this.unit.id());
		String report = content(get("/staffing").param("unitId", id), staff);
		String standards = content(get("/staffing/standards").param("unitId", id), staff);
		assertThat(report).contains("Chuyên viên (chuyên môn, nghiệp vụ)").doesNotContain("/staffing/holders");
		assertThat(standards).contains("0/1").doesNotContain("/staffing/standards/people");
		assertThat(page(get("/staffing").param("unitId", id))).contains("/staffing/holders");
		assertThat(page(get("/staffing/standards").param("unitId", id))).contains("/staffing/standards/people");
	}

	private String content(MockHttpServletRequestBuilder request, Authentication user) throws Exception {
		MvcResult result = this.mvc.perform(request.with(authentication(user))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private String page(MockHttpServletRequestBuilder request) {
		MvcResult result = perform(request);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private byte[] bytes(MockHttpServletRequestBuilder request) {
		MvcResult result = perform(request);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsByteArray();
	}

	private MvcResult perform(MockHttpServletRequestBuilder request) {
		try {
			return this.mvc.perform(request.with(authentication(this.officer)).with(csrf())).andReturn();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> sheets(byte[] xlsx) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			return IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
		}
	}

}
