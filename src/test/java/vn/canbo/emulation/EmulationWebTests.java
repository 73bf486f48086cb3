package vn.canbo.emulation;

import java.io.ByteArrayInputStream;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.canbo.documents.TestSheets;
import vn.canbo.documents.XlsxRows;
import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.TestPeople;
import vn.canbo.rules.EvaluationLevel;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The emulation pages and API: the report with each number linking to its people and
 * their Excel export, proposing and deciding, collective ratings, staff seeing only their
 * own, refused input naming the field, and a stale version refused with 409.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EmulationWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	People people;

	@Autowired
	UserAccounts accounts;

	@Autowired
	SystemAccess system;

	@Autowired
	JdbcClient jdbc;

	OrgUnitView agency;

	long excellent;

	long good;

	String family;

	RequestPostProcessor officer;

	@BeforeEach
	void ratedAgency() {
		this.system.run(() -> {
			long commune = this.orgUnits.getByCode("03334", this.orgUnits.today()).id();
			this.agency = this.orgUnits
				.createAgency(new CreateAgency(commune, "Phòng web thi đua " + TestAccounts.uniqueName("w"),
						UnitType.OTHER, LocalDate.of(2025, 7, 1), null));
			this.family = "Thiđua" + TestAccounts.uniqueName("").replaceAll("[^a-z]", "");
			this.excellent = this.people
				.create(TestPeople.person(this.family + " Văn Xuất", Gender.MALE, 1980, this.agency.id()))
				.id();
			this.good = this.people
				.create(TestPeople.person(this.family + " Thị Tốt", Gender.FEMALE, 1982, this.agency.id()))
				.id();
		});
		TestRatings.rate(this.jdbc, this.excellent, this.agency.id(), 2025, EvaluationLevel.EXCELLENT, true);
		TestRatings.rate(this.jdbc, this.good, this.agency.id(), 2025, EvaluationLevel.GOOD, true);
		this.officer = authentication(TestAccounts.authentication("tinh-tochuc", Set.of(Role.ORG_OFFICER), null));
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	String query() {
		return "?unitId=" + this.agency.id() + "&year=2025";
	}

	@Test
	void theReportLinksEachNumberToItsPeopleAndTheirExport() throws Exception {
		String report = ok(get("/emulation" + query()), this.officer);
		assertThat(report).contains("Hoàn thành xuất sắc nhiệm vụ", "Lao động tiên tiến",
				"/emulation/people?year=2025&amp;unitId=" + this.agency.id() + "&amp;level=EXCELLENT");

		String people = ok(get("/emulation/people" + query() + "&level=EXCELLENT"), this.officer);
		assertThat(people).contains(this.family + " Văn Xuất").doesNotContain(this.family + " Thị Tốt");

		byte[] xlsx = this.mvc
			.perform(get("/emulation/people/export.xlsx" + query() + "&level=GOOD").with(this.officer))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XlsxRows rows = TestSheets.open(xlsx)) {
			assertThat(rows.rows().map((row) -> row.text("Họ và tên / Tập thể").orElse("")).toList())
				.containsExactly(this.family + " Thị Tốt");
		}
	}

	@Test
	void proposesDecidesAndNamesTheFieldOfRefusedInput() throws Exception {
		MvcResult proposed = this.mvc
			.perform(post("/emulation/rewards/proposals").param("unitId", String.valueOf(this.agency.id()))
				.param("year", "2025")
				.with(this.officer)
				.with(csrf()))
			.andReturn();
		assertThat(proposed.getResponse().getStatus()).isEqualTo(302);
		assertThat(String.valueOf(proposed.getFlashMap().get("saved"))).contains("Đã đề nghị 3 danh hiệu");
		String list = ok(get("/emulation/rewards" + query()), this.officer);
		assertThat(list).contains(this.family + " Văn Xuất", "Chiến sĩ thi đua cơ sở", "chưa xác minh");

		long reward = rewardOf(this.good);
		MvcResult refused = this.mvc
			.perform(post("/emulation/rewards/{id}/decision", reward).param("version", "0")
				.param("status", "DECIDED")
				.param("unitId", String.valueOf(this.agency.id()))
				.with(this.officer)
				.with(csrf()))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Số quyết định: Hãy nhập số quyết định.", "Cấp quyết định: Hãy nhập cấp quyết định.");

		MvcResult decided = this.mvc
			.perform(post("/emulation/rewards/{id}/decision", reward).param("version", "0")
				.param("status", "DECIDED")
				.param("decisionNumber", "45/QĐ-UBND")
				.param("decisionDate", "2026-01-20")
				.param("authority", "Chủ tịch UBND phường")
				.with(this.officer)
				.with(csrf()))
			.andReturn();
		assertThat(decided.getResponse().getStatus()).isEqualTo(302);
		assertThat(ok(get("/emulation/people" + query() + "&kind=LAO_DONG_TIEN_TIEN"), this.officer))
			.contains(this.family + " Thị Tốt", "45/QĐ-UBND");
	}

	@Test
	void proposesOnePersonForAnAwardFromThePeopleBehindALevel() throws Exception {
		String back = "/emulation/people" + query() + "&level=EXCELLENT";
		assertThat(ok(get(back), this.officer)).contains("Đề nghị khen thưởng", "Giấy khen");
		MvcResult proposed = this.mvc
			.perform(post("/emulation/rewards/person").param("personId", String.valueOf(this.excellent))
				.param("year", "2025")
				.param("kind", "GIAY_KHEN")
				.param("back", back)
				.with(this.officer)
				.with(csrf()))
			.andReturn();
		assertThat(proposed.getResponse().getRedirectedUrl()).isEqualTo(back);
		assertThat(String.valueOf(proposed.getFlashMap().get("saved"))).contains("Giấy khen",
				this.family + " Văn Xuất");
		assertThat(ok(get("/emulation/rewards" + query()), this.officer)).contains("Giấy khen");
		MvcResult again = this.mvc
			.perform(post("/emulation/rewards/person").param("personId", String.valueOf(this.excellent))
				.param("year", "2025")
				.param("kind", "GIAY_KHEN")
				.param("back", "https://example.org/")
				.with(this.officer)
				.with(csrf()))
			.andReturn();
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/emulation/rewards?year=2025");
		assertThat(String.valueOf(again.getFlashMap().get("proposeError"))).isNotBlank();
	}

	@Test
	void staffSeeOnlyTheirOwnRewardsAndNotTheReport() throws Exception {
		this.mvc
			.perform(post("/emulation/rewards/proposals").param("unitId", String.valueOf(this.agency.id()))
				.param("year", "2025")
				.with(this.officer)
				.with(csrf()))
			.andReturn();
		RequestPostProcessor staff = authentication(
				TestAccounts.authentication("nv-" + this.family, Set.of(Role.STAFF), this.agency.id(), this.good));
		String own = ok(get("/emulation/rewards?year=2025"), staff);
		assertThat(own).contains(this.family + " Thị Tốt", "Bạn chỉ xem được khen thưởng của chính mình")
			.doesNotContain(this.family + " Văn Xuất");
		assertThat(this.mvc.perform(get("/emulation" + query()).with(staff)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void recordsACollectiveRatingOnThePageAndRefusesAStaleVersionOverTheApi() throws Exception {
		String page = ok(get("/emulation/collective" + query()), this.officer);
		assertThat(page)
			.contains("Gợi ý: Hoàn thành xuất sắc nhiệm vụ (100% hoàn thành tốt trở lên, 0% không hoàn thành)");
		MvcResult recorded = this.mvc
			.perform(post("/emulation/collective").param("unitId", String.valueOf(this.agency.id()))
				.param("year", "2025")
				.param("level", "EXCELLENT")
				.param("cleanAndStrong", "true")
				.with(this.officer)
				.with(csrf()))
			.andReturn();
		assertThat(recorded.getResponse().getStatus()).isEqualTo(302);
		assertThat(ok(get("/emulation/collective" + query()), this.officer))
			.contains("Đã ghi: Hoàn thành xuất sắc nhiệm vụ, bởi tinh-tochuc");

		UserAccountView api = TestAccounts.provision(this.accounts, "api-td", null, Role.ORG_OFFICER);
		RequestPostProcessor basic = SecurityMockMvcRequestPostProcessors.httpBasic(api.username(),
				TestAccounts.PASSWORD);
		String code = this.agency.code();
		String json = this.mvc.perform(get("/api/v1/org-units/{code}/collective-ratings/2025", code).with(basic))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"level\":\"EXCELLENT\"", "\"suggestedLevel\":\"EXCELLENT\"", "\"version\":0");
		MvcResult stale = this.mvc
			.perform(put("/api/v1/org-units/{code}/collective-ratings/2025", code).with(basic)
				.contentType("application/json")
				.content("{\"level\": \"GOOD\"}"))
			.andReturn();
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(this.mvc
			.perform(put("/api/v1/org-units/{code}/collective-ratings/2025", code).with(basic)
				.contentType("application/json")
				.content("{\"level\": \"GOOD\", \"version\": 0}"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		assertThat(this.mvc.perform(get("/api/v1/org-units/{code}/emulation", code).param("year", "2025").with(basic))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("\"excellent\":1", "\"good\":1");
	}

	@Test
	void proposesAndDecidesOverTheApi() throws Exception {
		UserAccountView api = TestAccounts.provision(this.accounts, "api-kt", null, Role.ORG_OFFICER);
		RequestPostProcessor basic = SecurityMockMvcRequestPostProcessors.httpBasic(api.username(),
				TestAccounts.PASSWORD);
		MvcResult created = this.mvc
			.perform(post("/api/v1/rewards").with(basic)
				.contentType("application/json")
				.content("{\"unitCode\": \"" + this.agency.code() + "\", \"year\": 2025, \"kind\": \"GIAY_KHEN\"}"))
			.andReturn();
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		long id = this.jdbc.sql("select id from reward where unit_id = :u")
			.param("u", this.agency.id())
			.query(Long.class)
			.single();
		MvcResult decided = this.mvc
			.perform(post("/api/v1/rewards/{id}/decision", id).with(basic)
				.contentType("application/json")
				.content("{\"version\": 0, \"status\": \"DECIDED\", \"decisionNumber\": \"7/QĐ\", "
						+ "\"decisionDate\": \"2026-02-01\", \"authority\": \"Chủ tịch UBND phường\"}"))
			.andReturn();
		assertThat(decided.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":\"DECIDED\"");
		MvcResult stale = this.mvc
			.perform(post("/api/v1/rewards/{id}/decision", id).with(basic)
				.contentType("application/json")
				.content("{\"version\": 0, \"status\": \"REJECTED\"}"))
			.andReturn();
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		MvcResult invalid = this.mvc
			.perform(post("/api/v1/rewards").with(basic)
				.contentType("application/json")
				.content("{\"unitCode\": \"" + this.agency.code()
						+ "\", \"year\": 2025, \"kind\": \"LAO_DONG_TIEN_TIEN\"}"))
			.andReturn();
		assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
		assertThat(invalid.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"kind\"");
		assertThat(this.mvc
			.perform(get("/api/v1/rewards").param("year", "2025").param("unit", this.agency.code()).with(basic))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("\"kind\":\"GIAY_KHEN\"", "7/QĐ");
	}

	long rewardOf(long personId) {
		List<Long> ids = this.jdbc.sql("select id from reward where person_id = :p and kind = 'LAO_DONG_TIEN_TIEN'")
			.param("p", personId)
			.query(Long.class)
			.list();
		return ids.get(0);
	}

	String ok(MockHttpServletRequestBuilder request, RequestPostProcessor user) throws Exception {
		MvcResult result = this.mvc.perform(request.with(user)).andReturn();
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
