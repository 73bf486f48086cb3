package vn.canbo.targets;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.canbo.documents.ImportRow;
import vn.canbo.documents.TestSheets;
import vn.canbo.documents.XlsxRows;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.People;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.staffing.Assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The targets pages, export, summary fragment and API as an organisation officer of
 * Phường Mường Thanh uses them, on the agency of {@link TargetTestData}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(WomenInPostIndicators.class)
class TargetsWebTests {

	static final LocalDate JULY = LocalDate.of(2026, 7, 2);

	@Autowired
	MockMvc mvc;

	@Autowired
	Targets targets;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	People people;

	@Autowired
	Assignments assignments;

	OrgUnitView agency;

	long commune;

	@BeforeEach
	void createAgency() {
		this.agency = TargetTestData.agencyWithPeople(this.orgUnits, this.people, this.assignments);
		this.commune = this.agency.parentId();
		signInOfficer();
	}

	void signInOfficer() {
		TestAccounts.signIn("xa-tochuc", Set.of(Role.ORG_OFFICER), this.commune);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	Authentication officer() {
		return TestAccounts.authentication("xa-tochuc", Set.of(Role.ORG_OFFICER), this.commune);
	}

	MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		try {
			return this.mvc.perform(request.with(authentication(officer())).with(csrf())).andReturn();
		}
		finally {
			// MockMvc clears the thread's security context after the request
			signInOfficer();
		}
	}

	static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	Target women(String number) {
		return this.targets.create(new TargetInput(WomenInPostIndicators.WOMEN, this.agency.id(), Comparison.AT_LEAST,
				new BigDecimal("60"), TargetTestData.BASELINE, TargetTestData.DEADLINE, number,
				LocalDate.of(2025, 12, 20), "Đảng ủy phường (thử)", null));
	}

	@Test
	void theFormSavesATargetAndShowsItsProgressAndTrend() throws Exception {
		MvcResult form = perform(get("/targets/new").param("unitId", String.valueOf(this.agency.id())));
		assertThat(form.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(form)).contains("name=\"indicatorId\"", WomenInPostIndicators.WOMEN, "name=\"deadline\"");

		MvcResult saved = perform(post("/targets").param("indicatorId", WomenInPostIndicators.WOMEN)
			.param("unitId", String.valueOf(this.agency.id()))
			.param("comparison", "AT_LEAST")
			.param("value", "60,0")
			.param("baselineDate", "2026-01-01")
			.param("deadline", "2026-12-31")
			.param("resolutionNumber", "96/NQ-THU")
			.param("resolutionDate", "2025-12-20")
			.param("resolutionBody", "Đảng ủy phường (thử)"));
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		String location = saved.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/targets/");

		String page = body(perform(get(location).param("asOf", JULY.toString())));
		assertThat(page).contains("96/NQ-THU", "Đúng tiến độ", "40,0%", "(4/10)", "66,7%", "trend-table",
				"echarts.min.js", "Cách đánh giá");
	}

	@Test
	void aBadFormComesBackWithEachFieldsReasonInVietnameseNeverA500() throws Exception {
		MvcResult refused = perform(post("/targets").param("indicatorId", WomenInPostIndicators.WOMEN)
			.param("unitId", String.valueOf(this.agency.id()))
			.param("comparison", "AT_LEAST")
			.param("value", "sáu mươi")
			.param("baselineDate", "2026-01-01")
			.param("deadline", "31/12/2026")
			.param("resolutionNumber", "")
			.param("resolutionDate", "2025-12-20")
			.param("resolutionBody", "Đảng ủy"));
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(refused))
			.contains("Giá trị &quot;sáu mươi&quot; không phải là số", "Ngày &quot;31/12/2026&quot; không hợp lệ")
			.contains("value=\"sáu mươi\"");

		MvcResult missing = perform(post("/targets").param("indicatorId", "")
			.param("unitId", String.valueOf(this.agency.id()))
			.param("value", "60")
			.param("deadline", "2026-12-31"));
		assertThat(missing.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(missing)).contains("Chỉ số: hãy chọn", "Số nghị quyết: hãy nhập", "Ngày ban hành: hãy nhập",
				"Cơ quan ban hành: hãy nhập");
	}

	@Test
	void aStaleEditOnThePageIsAConflictThatSaysSo() throws Exception {
		Target target = women("95/NQ-THU");
		this.targets.update(target.id(), target.version(), TargetInput.of(target));
		MvcResult stale = perform(
				post("/targets/{id}/edit", target.id()).param("version", String.valueOf(target.version()))
					.param("indicatorId", WomenInPostIndicators.WOMEN)
					.param("unitId", String.valueOf(this.agency.id()))
					.param("comparison", "AT_LEAST")
					.param("value", "70")
					.param("baselineDate", "2026-01-01")
					.param("deadline", "2026-12-31")
					.param("resolutionNumber", "95/NQ-THU")
					.param("resolutionDate", "2025-12-20")
					.param("resolutionBody", "Đảng ủy phường (thử)"));
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(stale)).contains("đã được người khác sửa hoặc xoá", "Mở lại bản mới nhất");
		assertThat(this.targets.get(target.id()).value()).isEqualByComparingTo("60");

		MvcResult staleDelete = perform(
				post("/targets/{id}/delete", target.id()).param("version", String.valueOf(target.version())));
		assertThat(staleDelete.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(perform(get("/targets/{id}/delete", target.id())))).contains("Xoá chỉ tiêu này?");
		MvcResult deleted = perform(
				post("/targets/{id}/delete", target.id()).param("version", String.valueOf(target.version() + 1)));
		assertThat(deleted.getResponse().getStatus()).isEqualTo(302);
		assertThat(perform(get("/targets/{id}", target.id())).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theExportReadsBackWithTheProgressOnTheDate() throws Exception {
		Target target = women("94/NQ-THU");
		MvcResult export = perform(get("/targets/export.xlsx").param("unitId", String.valueOf(this.agency.id()))
			.param("asOf", JULY.toString()));
		assertThat(export.getResponse().getStatus()).isEqualTo(200);
		try (XlsxRows rows = TestSheets.open(export.getResponse().getContentAsByteArray())) {
			List<ImportRow> all = rows.rows().toList();
			assertThat(all).hasSize(1);
			ImportRow row = all.get(0);
			assertThat(row.text("Chỉ số")).contains(WomenInPostIndicators.WOMEN);
			assertThat(row.text("Đơn vị áp dụng")).contains(this.agency.name());
			assertThat(row.number("Chỉ tiêu").orElseThrow()).isEqualByComparingTo("60");
			assertThat(row.number("Giá trị tại ngày mốc").orElseThrow()).isEqualByComparingTo("20");
			assertThat(row.number("Giá trị đạt được").orElseThrow()).isEqualByComparingTo("40");
			assertThat(row.number("Giá trị theo tiến độ").orElseThrow()).isEqualByComparingTo("40");
			assertThat(row.number("% so với chỉ tiêu").orElseThrow()).isEqualByComparingTo("66.7");
			assertThat(row.text("Đánh giá")).contains("Đúng tiến độ");
			assertThat(row.text("Số nghị quyết")).contains(target.resolutionNumber());
			assertThat(row.date("Thời hạn")).contains(TargetTestData.DEADLINE);
		}
	}

	@Test
	void theListAndTheSummaryShowTheStatusOnTheDate() throws Exception {
		Target target = women("93/NQ-THU");
		String list = body(
				perform(get("/targets").param("unitId", String.valueOf(this.agency.id())).param("asOf", "2026-10-01")));
		assertThat(list).contains("target-" + target.id(), "Chậm tiến độ", "45,5%", "75,8%", "trên tổng số 1");

		MvcResult summary = perform(get("/targets/summary").param("unitId", String.valueOf(this.agency.id()))
			.param("asOf", JULY.toString()));
		assertThat(summary.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(summary)).contains("targets-summary", "summary-target-" + target.id(), "Đúng tiến độ")
			.doesNotContain("<html", "navbar");
	}

	@Test
	void theApiSetsReadsJudgesCorrectsAndRemovesATarget() throws Exception {
		MvcResult created = perform(post("/api/v1/targets").contentType("application/json")
			.content("""
					{"indicatorId": "test.women", "unitId": %d, "comparison": "AT_LEAST", "value": 60,
					 "baselineDate": "2026-01-01", "deadline": "2026-12-31", "resolutionNumber": "92/NQ-THU",
					 "resolutionDate": "2025-12-20", "resolutionBody": "Đảng ủy phường (thử)"}"""
				.formatted(this.agency.id())));
		assertThat(created.getResponse().getStatus()).as(body(created)).isEqualTo(201);
		String location = created.getResponse().getHeader("Location");
		String progress = body(perform(get(location + "/progress").param("asOf", JULY.toString())));
		assertThat(progress).contains("\"status\":\"ON_TRACK\"", "\"count\":4", "\"denominator\":10",
				"\"percentOfTarget\":66.7");
		assertThat(body(perform(get("/api/v1/targets").param("unitId", String.valueOf(this.agency.id())))))
			.contains("\"total\":1", "92/NQ-THU");

		MvcResult invalid = perform(put(location).contentType("application/json").content("""
				{"version": 0, "indicatorId": "test.women", "unitId": %d, "comparison": "AT_LEAST", "value": 160,
				 "deadline": "2026-12-31", "resolutionNumber": "92/NQ-THU", "resolutionDate": "2025-12-20",
				 "resolutionBody": "Đảng ủy phường (thử)"}""".formatted(this.agency.id())));
		assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(invalid)).contains("\"field\":\"value\"", "phần trăm từ 0 đến 100");

		String edit = """
				{"version": 0, "indicatorId": "test.women", "unitId": %d, "comparison": "AT_LEAST", "value": 50,
				 "baselineDate": "2026-01-01", "deadline": "2026-12-31", "resolutionNumber": "92/NQ-THU",
				 "resolutionDate": "2025-12-20", "resolutionBody": "Đảng ủy phường (thử)"}"""
			.formatted(this.agency.id());
		assertThat(perform(put(location).contentType("application/json").content(edit)).getResponse().getStatus())
			.isEqualTo(200);
		MvcResult stale = perform(put(location).contentType("application/json").content(edit));
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(perform(delete(location).param("version", "1")).getResponse().getStatus()).isEqualTo(204);
	}

}
