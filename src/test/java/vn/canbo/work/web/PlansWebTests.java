package vn.canbo.work.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.work.TestAgencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The plan and village pages in Vietnamese: a person drafts and submits their plan, the
 * leader sees the board and approves or returns with a note; refused input comes back
 * with 422 naming the field, a stale version with 409; the village duties page assigns,
 * ends and creates the month's tasks; the API answers with the same facades.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlansWebTests {

	static final String MONTH = "2026-07";

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

	long commune;

	long leader;

	long staff;

	long colleague;

	UserAccountView staffAccount;

	RequestPostProcessor asStaff;

	RequestPostProcessor asLeader;

	@BeforeEach
	void agencyAndPeople() {
		this.system.run(() -> {
			this.commune = this.orgUnits.getByCode(TestAgencies.COMMUNE, this.orgUnits.today()).id();
			this.agency = TestAgencies.under(this.orgUnits, this.commune, "Phòng web kế hoạch");
			this.leader = this.people.create(TestPeople.person("Lò Văn Trưởng", Gender.MALE, 1976, this.agency.id()))
				.id();
			this.staff = this.people.create(TestPeople.person("Cà Thị Lập", Gender.FEMALE, 1991, this.agency.id()))
				.id();
			this.colleague = this.people
				.create(TestPeople.person("Quàng Thị Bên", Gender.FEMALE, 1993, this.agency.id()))
				.id();
		});
		this.staffAccount = TestAccounts.provision(this.accounts, "web-kh", this.agency.id(), Role.STAFF);
		this.system.run(() -> this.accounts.linkPerson(this.staffAccount.id(), this.staff));
		this.asStaff = authentication(TestAccounts.authentication(this.staffAccount.username(), Set.of(Role.STAFF),
				this.agency.id(), this.staff));
		this.asLeader = authentication(TestAccounts.authentication("web-lanh-" + this.agency.id(), Set.of(Role.LEADER),
				this.commune, this.leader));
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void aPersonDraftsAndSubmitsAndTheLeaderReturnsAndApproves() throws Exception {
		assertThat(ok(get("/work/plans?month=" + MONTH), this.asStaff)).contains("Kế hoạch công tác tháng 07/2026",
				"Cà Thị Lập", "Đang soạn", "Chưa có nhiệm vụ nào trong tháng.", "Kế hoạch tháng");

		MvcResult invalid = perform(post("/work/plans/tasks").param("month", MONTH)
			.param("title", " ")
			.param("dueOn", "2026-07-20")
			.param("weight", "hai"), this.asStaff);
		assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(invalid)).contains("Tên nhiệm vụ: bắt buộc.", "Giá trị &quot;hai&quot; không phải là số.");
		MvcResult early = perform(post("/work/plans/tasks").param("month", MONTH)
			.param("title", "Rà soát quy hoạch")
			.param("dueOn", "2026-06-20"), this.asStaff);
		assertThat(early.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(early)).contains("Hạn hoàn thành không được trước tháng 07/2026");

		MvcResult added = perform(post("/work/plans/tasks").param("month", MONTH)
			.param("title", "Rà soát quy hoạch cán bộ")
			.param("dueOn", "2026-07-25")
			.param("weight", "1,5"), this.asStaff);
		assertThat(added.getResponse().getStatus()).isEqualTo(302);
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/work/plans?month=2026-07-01");
		assertThat(ok(get("/work/plans?month=" + MONTH), this.asStaff)).contains("Rà soát quy hoạch cán bộ",
				"Tự đề xuất", "25/07/2026", "Gửi duyệt");

		MvcResult stale = perform(post("/work/plans/submit").param("month", MONTH).param("version", "0"), this.asStaff);
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(stale)).contains("đã được người khác thay đổi");
		MvcResult submitted = perform(
				post("/work/plans/submit").param("month", MONTH).param("version", version(this.staff)), this.asStaff);
		assertThat(submitted.getResponse().getStatus()).isEqualTo(302);
		assertThat(String.valueOf(submitted.getFlashMap().get("saved")))
			.isEqualTo("Đã gửi kế hoạch tháng 07/2026 để lãnh đạo duyệt.");

		assertThat(ok(get("/work/plans/unit?unitId=" + this.agency.id() + "&month=" + MONTH), this.asLeader))
			.contains("Cà Thị Lập", "Chờ duyệt", "Quàng Thị Bên", "Chưa lập");
		assertThat(ok(get("/work/plans/unit?unitId=" + this.agency.id() + "&month=" + MONTH + "&status=SUBMITTED"),
				this.asLeader))
			.contains("Cà Thị Lập")
			.doesNotContain("Quàng Thị Bên");
		assertThat(ok(get("/work/plans/persons/" + this.staff + "?month=" + MONTH), this.asLeader))
			.contains("Duyệt kế hoạch", "Trả lại để sửa", "Rà soát quy hoạch cán bộ");

		MvcResult noReason = perform(post("/work/plans/persons/" + this.staff + "/return").param("month", MONTH)
			.param("version", version(this.staff))
			.param("note", ""), this.asLeader);
		assertThat(noReason.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(noReason)).contains("Lý do trả lại: bắt buộc.");
		assertThat(perform(post("/work/plans/persons/" + this.staff + "/return").param("month", MONTH)
			.param("version", version(this.staff))
			.param("note", "Bổ sung việc tiếp dân"), this.asLeader).getResponse().getStatus()).isEqualTo(302);
		assertThat(ok(get("/work/plans?month=" + MONTH), this.asStaff)).contains("Bị trả lại", "Bổ sung việc tiếp dân");
		perform(post("/work/plans/submit").param("month", MONTH).param("version", version(this.staff)), this.asStaff);

		MvcResult approved = perform(post("/work/plans/persons/" + this.staff + "/approve").param("month", MONTH)
			.param("version", version(this.staff)), this.asLeader);
		assertThat(approved.getResponse().getStatus()).isEqualTo(302);
		assertThat(ok(get("/work/plans?month=" + MONTH), this.asStaff)).contains("Đã duyệt",
				"web-lanh-" + this.agency.id());
		assertThat(this.jdbc.sql("select count(*) from notification where recipient = :r and kind = 'PLAN_DECIDED'")
			.param("r", this.staffAccount.username())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void staffSeeOnlyTheirOwnPlanAndTheApiAnswers() throws Exception {
		assertThat(perform(get("/work/plans/persons/" + this.colleague), this.asStaff).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(perform(get("/work/plans/unit?unitId=" + this.agency.id()), this.asStaff).getResponse().getStatus())
			.isEqualTo(403);
		RequestPostProcessor basic = httpBasic(this.staffAccount.username(), TestAccounts.PASSWORD);
		String json = body(perform(get("/api/v1/persons/{id}/plans/{month}", this.staff, "2026-07-01"), basic));
		assertThat(json).contains("\"status\":\"DRAFT\"", "\"version\":0", "\"started\":false");
		MvcResult empty = perform(post("/api/v1/persons/{id}/plans/{month}/submit", this.staff, "2026-07-01")
			.contentType("application/json")
			.content("{\"version\": 0}"), basic);
		assertThat(empty.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(empty)).contains("chưa có nhiệm vụ nào");
		MvcResult other = perform(get("/api/v1/persons/{id}/plans/{month}", this.colleague, MONTH), basic);
		assertThat(other.getResponse().getStatus()).isEqualTo(403);
		assertThat(other.getResponse().getContentType()).startsWith("application/problem+json");
	}

	@Test
	void theVillagePageAssignsEndsAndCreatesTheMonthsTasks() throws Exception {
		String village = "Bản Web " + TestAccounts.uniqueName("").substring(1);
		assertThat(ok(get("/work/villages?unitId=" + this.commune), this.asLeader))
			.contains("Phân công phụ trách thôn, bản, tổ dân phố", "Lò Văn Trưởng", "Tạo nhiệm vụ tháng");
		MvcResult invalid = perform(post("/work/villages").param("unitId", String.valueOf(this.commune))
			.param("village", "")
			.param("validFrom", "ngày mai"), this.asLeader);
		assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(invalid)).contains("Tên thôn, bản, tổ dân phố: bắt buộc.", "Ủy viên phụ trách: bắt buộc.",
				"Ngày &quot;ngày mai&quot; không hợp lệ (dạng năm-tháng-ngày).");
		MvcResult assigned = perform(post("/work/villages").param("unitId", String.valueOf(this.commune))
			.param("village", village)
			.param("personId", String.valueOf(this.staff))
			.param("validFrom", "2026-01-01"), this.asLeader);
		assertThat(assigned.getResponse().getStatus()).isEqualTo(302);
		assertThat(ok(get("/work/villages?unitId=" + this.commune), this.asLeader)).contains(village, "Cà Thị Lập",
				"Đang phụ trách");

		MvcResult created = perform(
				post("/work/villages/tasks").param("unitId", String.valueOf(this.commune)).param("month", MONTH),
				this.asLeader);
		assertThat(created.getResponse().getStatus()).isEqualTo(302);
		assertThat(String.valueOf(created.getFlashMap().get("saved"))).startsWith("Đã tạo ");
		assertThat(ok(get("/work/plans?month=" + MONTH), this.asStaff))
			.contains("Phụ trách " + village + " tháng 07/2026", "Phụ trách thôn");

		long duty = this.jdbc.sql("select id from village_duty where village = :v")
			.param("v", village)
			.query(Long.class)
			.single();
		MvcResult early = perform(post("/work/villages/{id}/end", duty).param("validTo", "2025-12-01"), this.asLeader);
		assertThat(early.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(early)).contains("Ngày thôi phụ trách phải sau ngày bắt đầu (01/01/2026).");
		MvcResult ended = perform(post("/work/villages/{id}/end", duty).param("validTo", "2026-08-01"), this.asLeader);
		assertThat(ended.getResponse().getStatus()).isEqualTo(302);
		assertThat(perform(get("/work/villages?unitId=" + this.commune), this.asStaff).getResponse().getStatus())
			.isEqualTo(403);
	}

	String version(long person) {
		return String.valueOf(this.jdbc.sql("select version from monthly_plan where person_id = :p and month = :m")
			.param("p", person)
			.param("m", LocalDate.of(2026, 7, 1))
			.query(Long.class)
			.single());
	}

	String ok(MockHttpServletRequestBuilder request, RequestPostProcessor user) throws Exception {
		MvcResult result = perform(request, user);
		assertThat(result.getResponse().getStatus()).as("status of %s", body(result)).isEqualTo(200);
		return body(result);
	}

	MvcResult perform(MockHttpServletRequestBuilder request, RequestPostProcessor user) throws Exception {
		return this.mvc.perform(request.with(user).with(csrf())).andReturn();
	}

	static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
