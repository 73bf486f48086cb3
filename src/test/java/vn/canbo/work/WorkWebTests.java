package vn.canbo.work;

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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
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
 * The work, month and rating pages over HTTP on the real database: a month from
 * assignment to the annual proposal through the forms, refused input answered next to its
 * field in Vietnamese, a stale form refused with 409, staff kept to their own, the inbox
 * notices each step sends, and the morning reminders.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkWebTests {

	static final String MONTH = "2026-03";

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

	@Autowired
	WorkReminders reminders;

	long agency;

	long leader;

	long staff;

	long colleague;

	UserAccountView leaderAccount;

	UserAccountView staffAccount;

	RequestPostProcessor asLeader;

	RequestPostProcessor asStaff;

	@BeforeEach
	void createAgencyPeopleAndAccounts() {
		this.system.run(() -> {
			long commune = this.orgUnits.getByCode("03334", this.orgUnits.today()).id();
			this.agency = this.orgUnits
				.createAgency(new CreateAgency(commune, "Phòng thử trang " + TestAccounts.uniqueName("tr"),
						UnitType.OTHER, LocalDate.of(2025, 7, 1), null))
				.id();
			this.leader = this.people.create(TestPeople.person("Lò Văn Trưởng", Gender.MALE, 1975, this.agency)).id();
			this.staff = this.people.create(TestPeople.person("Cà Thị Trang", Gender.FEMALE, 1990, this.agency)).id();
			this.colleague = this.people.create(TestPeople.person("Quàng Văn Cùng", Gender.MALE, 1991, this.agency))
				.id();
			this.leaderAccount = TestAccounts.provision(this.accounts, "ld", commune, Role.LEADER);
			this.staffAccount = TestAccounts.provision(this.accounts, "cv", this.agency, Role.STAFF);
			this.accounts.linkPerson(this.leaderAccount.id(), this.leader);
			this.accounts.linkPerson(this.staffAccount.id(), this.staff);
			this.asLeader = authentication(TestAccounts.authentication(this.leaderAccount.username(),
					Set.of(Role.LEADER), commune, this.leader));
			this.asStaff = authentication(TestAccounts.authentication(this.staffAccount.username(), Set.of(Role.STAFF),
					this.agency, this.staff));
		});
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void aMonthThroughThePagesFromAssignmentToTheAnnualProposal() throws Exception {
		assertThat(ok(get("/work").param("view", "unit").param("unitId", id(this.agency)).param("month", MONTH),
				this.asLeader))
			.contains("Giao việc", "id=\"ownerId-search\"", "id=\"collaboratorIds-search\"");
		String task = redirect(post("/work/tasks").param("unitId", id(this.agency))
			.param("ownerId", id(this.staff))
			.param("title", "Tổng hợp báo cáo quý I")
			.param("dueOn", "2026-03-20")
			.param("weight", "2")
			.param("month", MONTH), this.asLeader);
		assertThat(task).startsWith("/work/tasks/");
		long taskId = Long.parseLong(task.substring("/work/tasks/".length()));
		assertThat(notices(this.staffAccount)).contains("TASK_ASSIGNED");
		assertThat(ok(get("/work").param("month", MONTH), this.asStaff)).contains("Tổng hợp báo cáo quý I")
			.contains(">Việc tôi đã giao</a>");

		MockMultipartFile evidence = new MockMultipartFile("file", "bien-ban.txt", "text/plain",
				"Biên bản".getBytes(StandardCharsets.UTF_8));
		assertThat(redirect(multipart("/work/tasks/{id}/progress", taskId).file(evidence)
			.param("version", "0")
			.param("progress", "100")
			.param("note", "Đã gửi báo cáo")
			.param("done", "on")
			.param("completedOn", "2026-03-18"), this.asStaff)).isEqualTo(task);
		assertThat(notices(this.leaderAccount)).contains("SCORING_DUE");
		String page = ok(get(task), this.asStaff);
		assertThat(page).contains("bien-ban.txt", "Đã hoàn thành").doesNotContain("score-form");
		assertThat(this.mvc.perform(get("/work/tasks/{id}/evidence/{u}", taskId, updateOf(taskId)).with(this.asLeader))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("Biên bản");

		String over = fails(post("/work/tasks/{id}/score", taskId).param("version", version(taskId))
			.param("completedUnits", "5")
			.param("majorErrors", "x"), this.asLeader, 422);
		assertThat(over).contains("Giá trị &quot;x&quot; không phải là số nguyên.");
		over = fails(
				post("/work/tasks/{id}/score", taskId).param("version", version(taskId)).param("completedUnits", "5"),
				this.asLeader, 422);
		assertThat(over).contains("Khối lượng hoàn thành phải từ 0 đến 2");
		redirect(post("/work/tasks/{id}/score", taskId).param("version", version(taskId))
			.param("completedUnits", "2")
			.param("majorErrors", "1"), this.asLeader);
		// People are named, not their logins: the assigner and scorer is the leader's
		// record.
		String seenByStaff = ok(get("/work/tasks/{id}", taskId), this.asStaff);
		assertThat(seenByStaff).contains("id=\"task-assigner\">Lò Văn Trưởng<", "Cà Thị Trang ·")
			.doesNotContain(this.leaderAccount.username(), this.staffAccount.username() + " ·");
		assertThat(fails(post("/work/tasks/{id}/score", taskId).param("version", "0").param("completedUnits", "2"),
				this.asLeader, 409))
			.contains("Không có gì bị ghi đè");

		redirect(post("/work/persons/{id}/months/{m}/self", this.staff, MONTH).param("selfGeneral", "28"),
				this.asStaff);
		assertThat(fails(
				post("/work/persons/{id}/months/{m}", this.staff, MONTH).param("version", "0").param("general", "31"),
				this.asLeader, 422))
			.contains("Điểm phải từ 0 đến 30");
		String month = ok(get("/work/months").param("unitId", id(this.agency)).param("month", MONTH), this.asLeader);
		assertThat(month).contains("Cà Thị Trang", "Khóa sổ tháng 3/2026")
			.doesNotContain("chưa có điểm tiêu chí chung");
		String confirm = ok(
				post("/work/months/close").param("unitId", id(this.agency)).param("month", MONTH).with(csrf()),
				this.asLeader);
		assertThat(confirm)
			.contains("id=\"close-confirm\"", "id=\"confirm-close\"", "name=\"confirmed\"",
					"Khóa sổ sẽ tính điểm và khóa tháng của 1 người với 1 nhiệm vụ, ở 1 cơ quan, đơn vị chưa khóa.")
			.doesNotContain("id=\"close-month\"");
		assertThat(ok(get("/work/months").param("unitId", id(this.agency)).param("month", MONTH), this.asLeader))
			.as("nothing is closed before the confirmation")
			.contains("Đang mở");
		redirect(post("/work/months/close").param("unitId", id(this.agency))
			.param("month", MONTH)
			.param("confirmed", "true"), this.asLeader);
		assertThat(ok(get("/work/months").param("unitId", id(this.agency)).param("month", MONTH), this.asLeader))
			.contains("Đã khóa sổ", "Hoàn thành xuất sắc nhiệm vụ");
		assertThat(notices(this.staffAccount)).contains("MONTH_CLOSED");
		// The notice leads where its reader may go: their own month.
		String closedLink = this.jdbc.sql(
				"select link from notification where recipient = :who and kind = 'MONTH_CLOSED' order by id desc limit 1")
			.param("who", this.staffAccount.username())
			.query(String.class)
			.single();
		assertThat(ok(get(closedLink), this.asStaff, true)).contains("Kết quả đã khóa sổ");

		// 2 units, one major error: quality 75%, so 70 x 91.67% = 64.17, and 28 general.
		String own = ok(get("/work/me/months/{m}", MONTH).with(this.asStaff), this.asStaff, true);
		assertThat(own).contains("Kết quả đã khóa sổ", "92,17", "1 lỗi lớn (0 được miễn trừ)");
		assertThat(fails(post("/work/tasks/{id}/progress", taskId).param("version", version(taskId))
			.param("progress", "100")
			.param("note", "Sửa sau khi khóa"), this.asStaff, 422)).contains("đã khóa");

		assertThat(fails(post("/work/months/reopen").param("unitId", id(this.agency)).param("month", MONTH),
				this.asLeader, 422))
			.contains("Lý do mở lại tháng: bắt buộc");
		redirect(post("/work/months/reopen").param("unitId", id(this.agency))
			.param("month", MONTH)
			.param("reason", "Bổ sung minh chứng"), this.asLeader);
		assertThat(ok(get("/work/months").param("unitId", id(this.agency)).param("month", MONTH), this.asLeader))
			.contains("Lý do: Bổ sung minh chứng", "Đang mở");
		assertThat(notices(this.staffAccount)).contains("MONTH_REOPENED");
		redirect(post("/work/months/close").param("unitId", id(this.agency))
			.param("month", MONTH)
			.param("confirmed", "true"), this.asLeader);

		// Before the roll-up, the staff member's rating page says so and shows the closed
		// months.
		assertThat(ok(get("/ratings").param("year", "2026"), this.asStaff)).contains("id=\"mine-pending\"",
				"Năm 2026 chưa được tổng hợp xếp loại", "Đã khóa sổ 1 tháng", "03/2026", "92,17",
				"Hoàn thành xuất sắc nhiệm vụ");
		redirect(post("/ratings/roll-up").param("unitId", id(this.agency)).param("year", "2026"), this.asLeader);
		assertThat(ok(get("/ratings").param("unitId", id(this.agency)).param("year", "2026"), this.asLeader))
			.contains("Cà Thị Trang", "Chưa đủ thời gian công tác để xếp loại");
		assertThat(ok(get("/ratings/quota").param("agencyId", id(this.agency)).param("year", "2026"), this.asLeader))
			.contains("Tỷ lệ Hoàn thành xuất sắc nhiệm vụ");
		assertThat(ok(get("/ratings").param("year", "2026"), this.asStaff)).contains("Xếp loại của tôi")
			.doesNotContain("Quàng Văn Cùng");
	}

	@Test
	void staffSeeOnlyTheirOwnAndNobodyScoresTheirOwnTask() throws Exception {
		String task = redirect(post("/work/tasks").param("unitId", id(this.agency))
			.param("ownerId", id(this.colleague))
			.param("title", "Việc của đồng nghiệp")
			.param("dueOn", "2026-03-20")
			.param("month", MONTH), this.asLeader);
		fails(get(task), this.asStaff, 403);
		assertThat(ok(get("/work/months").param("unitId", id(this.agency)).param("month", MONTH), this.asLeader))
			.contains("1 người chưa có điểm tiêu chí chung");
		fails(get("/work/persons/{id}/months/{m}", this.colleague, MONTH), this.asStaff, 403);
		fails(get("/work/months").param("unitId", id(this.agency)), this.asStaff, 403);
		String otherCommune = id(this.system.call(() -> this.orgUnits.getByCode("03325", this.orgUnits.today()).id()));
		fails(get("/work").param("view", "assigned").param("unitId", otherCommune), this.asLeader, 403);
		String otherTask = redirect(
				post("/work/tasks").param("ownerId", id(this.colleague))
					.param("title", "Việc của đồng nghiệp thứ hai")
					.param("dueOn", "2026-03-21")
					.param("month", MONTH),
				authentication(TestAccounts.authentication("tinh-ld2-" + this.agency, Set.of(Role.LEADER), null)));
		assertThat(ok(get(otherTask), this.asLeader)).contains("score-form");
		assertThat(ok(get("/work").param("month", MONTH), this.asStaff)).doesNotContain("Việc của đồng nghiệp");
		RequestPostProcessor withoutRecord = authentication(
				TestAccounts.authentication("khong-ho-so", Set.of(Role.STAFF), this.agency));
		assertThat(ok(get("/work").param("month", MONTH), withoutRecord)).contains("Không có nhiệm vụ nào");
		String own = redirect(post("/work/tasks").param("ownerId", id(this.staff))
			.param("title", "Việc tự đề xuất")
			.param("dueOn", "2026-03-25")
			.param("month", MONTH), this.asStaff);
		assertThat(ok(get(own), this.asStaff)).doesNotContain("score-form");
		assertThat(
				fails(post("/work/tasks").param("unitId", id(this.agency)).param("weight", "abc"), this.asLeader, 422))
			.contains("Tên nhiệm vụ: bắt buộc", "Người chủ trì: bắt buộc", "Giá trị &quot;abc&quot; không phải là số.");
	}

	@Test
	void aHigherTaskPassedDownByItsOwnerToTheirUnit() throws Exception {
		RequestPostProcessor province = authentication(
				TestAccounts.authentication("tinh-ld-" + this.agency, Set.of(Role.LEADER), null));
		String higher = redirect(post("/work/tasks").param("ownerId", id(this.leader))
			.param("title", "Triển khai chuyển đổi số cấp xã")
			.param("dueOn", "2026-03-28")
			.param("month", MONTH), province);
		long higherId = Long.parseLong(higher.substring("/work/tasks/".length()));
		assertThat(ok(get(higher), this.asLeader)).contains("Giao tiếp cho cấp dưới");
		assertThat(ok(get("/work").param("parentTaskId", id(higherId)).param("unitId", id(this.agency)), this.asLeader))
			.contains("Giao tiếp từ nhiệm vụ cấp trên", "value=\"Triển khai chuyển đổi số cấp xã\"");
		String lower = redirect(post("/work/tasks").param("unitId", id(this.agency))
			.param("parentTaskId", id(higherId))
			.param("ownerId", id(this.staff))
			.param("title", "Số hóa hồ sơ một cửa")
			.param("dueOn", "2026-03-25")
			.param("month", MONTH), this.asLeader);
		assertThat(ok(get(lower), this.asStaff)).contains("Thuộc nhiệm vụ cấp trên");
		assertThat(ok(get(higher), province)).contains("Số hóa hồ sơ một cửa");
		assertThat(fails(post("/work/tasks").param("unitId", id(this.agency))
			.param("parentTaskId", "999999999")
			.param("ownerId", id(this.staff))
			.param("title", "Việc con lạc")
			.param("dueOn", "2026-03-25"), this.asLeader, 422)).contains("Nhiệm vụ cấp trên số 999999999");
	}

	@Test
	void remindersOfOverdueTasksAndOfScoringBeforeTheMonthCloses() throws Exception {
		redirect(post("/work/tasks").param("unitId", id(this.agency))
			.param("ownerId", id(this.staff))
			.param("title", "Việc quá hạn")
			.param("dueOn", "2026-04-10")
			.param("month", "2026-04"), this.asLeader);
		this.system.run(() -> {
			this.reminders.remind(LocalDate.of(2026, 4, 27));
			this.reminders.remind(LocalDate.of(2026, 4, 28));
		});
		assertThat(notices(this.staffAccount)).containsOnlyOnce("TASK_OVERDUE").doesNotContain("MONTH_CLOSING");
		assertThat(notices(this.leaderAccount)).containsOnlyOnce("TASK_OVERDUE").containsOnlyOnce("MONTH_CLOSING");
		// May begins: neither has sent a plan for it; reminded once
		this.system.run(() -> {
			this.reminders.remind(LocalDate.of(2026, 5, 1));
			this.reminders.remind(LocalDate.of(2026, 5, 2));
			this.reminders.remind(LocalDate.of(2026, 5, 4));
		});
		assertThat(notices(this.staffAccount)).containsOnlyOnce("OTHER");
		assertThat(notices(this.leaderAccount)).containsOnlyOnce("OTHER");
	}

	private String notices(UserAccountView account) {
		return String.join(",",
				this.jdbc.sql("select kind from notification where recipient = :who order by id")
					.param("who", account.username())
					.query(String.class)
					.list());
	}

	private String version(long task) {
		return String.valueOf(this.jdbc.sql("select version from work_task where id = :id")
			.param("id", task)
			.query(Long.class)
			.single());
	}

	private long updateOf(long task) {
		return this.jdbc.sql("select id from work_task_update where task_id = :id")
			.param("id", task)
			.query(Long.class)
			.single();
	}

	private String ok(AbstractMockHttpServletRequestBuilder<?> request, RequestPostProcessor user) throws Exception {
		return ok(request, user, false);
	}

	private String ok(AbstractMockHttpServletRequestBuilder<?> request, RequestPostProcessor user, boolean follow)
			throws Exception {
		MvcResult result = this.mvc.perform(request.with(user)).andReturn();
		if (follow && result.getResponse().getStatus() == 302) {
			result = this.mvc.perform(get(result.getResponse().getRedirectedUrl()).with(user)).andReturn();
		}
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String redirect(AbstractMockHttpServletRequestBuilder<?> request, RequestPostProcessor user)
			throws Exception {
		MvcResult result = this.mvc.perform(request.with(user).with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(302);
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).isNotNull();
		return List.of(location.split("\\?")).get(0);
	}

	private String fails(AbstractMockHttpServletRequestBuilder<?> request, RequestPostProcessor user, int status)
			throws Exception {
		MvcResult result = this.mvc.perform(request.with(user).with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(status);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String id(long id) {
		return String.valueOf(id);
	}

}
