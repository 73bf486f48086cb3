package vn.canbo.home;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.canbo.support.DemoWorkTest;
import org.springframework.test.web.servlet.MvcResult;

import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.security.TestAccounts;
import vn.canbo.ui.NavigationItem;
import vn.canbo.work.Evaluations;
import vn.canbo.work.NewTask;
import vn.canbo.work.Tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The start page leads each demo account to the home of its role, signed in through the
 * login form as people do: a staff member's own page shows their tasks, plan, score,
 * rating and record, an account without a record is told why its page is short, and the
 * administrators' page counts the accounts as the database holds them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@TestPropertySource(properties = { "canbo.embedded-db.data-directory=", "canbo.demo.people=2000" })
@DemoWorkTest
class HomePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	SystemAccess system;

	@Autowired
	List<NavigationItem> navigation;

	@Autowired
	Tasks tasks;

	@Autowired
	Evaluations evaluations;

	@Test
	void theStartPageLeadsEachRoleToItsHome() throws Exception {
		assertThat(landing("admin", "admin")).isEqualTo("/admin/system");
		assertThat(landing("xa.canbo", "demo1234")).isEqualTo("/me");
		assertThat(landing("so.noivu", "demo1234")).isEqualTo("/me");
		// The dashboard arrives with its own module; until then these roles keep the
		// menu.
		boolean dashboard = this.navigation.stream().anyMatch((item) -> item.href().equals("/dashboard"));
		for (String leaderOfficerOrViewer : List.of("tinh.lanhdao", "tinh.tochuc", "xa.tochuc", "xa.lanhdao", "xem")) {
			assertThat(landing(leaderOfficerOrViewer, "demo1234")).as(leaderOfficerOrViewer)
				.isEqualTo(dashboard ? "/dashboard" : "menu");
		}
	}

	@Test
	void aStaffMembersOwnPageShowsTheirMonthTheirRatingAndTheirRecord() throws Exception {
		Cookie[] session = signIn("xa.canbo", "demo1234");
		long person = this.jdbc.sql("select person_id from user_account where username = 'xa.canbo'")
			.query(Long.class)
			.single();
		String name = this.jdbc.sql("select full_name from person where id = :id")
			.param("id", person)
			.query(String.class)
			.single();
		LocalDate today = this.tasks.today();
		LocalDate month = today.withDayOfMonth(1);
		// The demo leaves about a third of this month's tasks done at random, and other
		// tests of this shared demo may finish the rest, so the leader gives one more.
		String given = "Rà soát hồ sơ đảng viên " + TestAccounts.uniqueName("me");
		assignAsCommuneLeader(person, given, month, today);
		List<String> open = this.jdbc
			.sql("select title from work_task where owner_id = :person and month = :month and status = 'OPEN'")
			.param("person", person)
			.param("month", month)
			.query(String.class)
			.list();

		String page = page(session, "/me");

		assertThat(page).contains("Trang của tôi", name, "Kế hoạch tháng", "Điểm tạm tính", "Xếp loại năm gần nhất")
			.contains("href=\"/people/" + person + "\"")
			.contains("Việc đang chờ bạn");
		assertThat(open).as("xa.canbo has open tasks this month").contains(given);
		open.forEach((title) -> assertThat(page)
			.contains(org.springframework.web.util.HtmlUtils.htmlEscape(title, "UTF-8")));
		assertThat(page).doesNotContain("chưa gắn với hồ sơ");
	}

	private void assignAsCommuneLeader(long owner, String title, LocalDate month, LocalDate today) {
		UserAccountView leader = this.system.call(() -> this.accounts.get(
				this.jdbc.sql("select id from user_account where username = 'xa.lanhdao'").query(Long.class).single()));
		TestAccounts.signIn(leader);
		try {
			// The work journey of this shared demo closes the commune's month; the leader
			// reopens it, as they would to add a forgotten task.
			long agency = this.jdbc.sql("select agency_id from person where id = :id")
				.param("id", owner)
				.query(Long.class)
				.single();
			boolean closed = this.jdbc
				.sql("select exists (select 1 from work_month where agency_id = :agency and month = :month)")
				.param("agency", agency)
				.param("month", month)
				.query(Boolean.class)
				.single();
			if (closed) {
				this.evaluations.reopen(agency, month, "Bổ sung việc giao trong tháng");
			}
			LocalDate monthEnd = month.plusMonths(1).minusDays(1);
			this.tasks.assign(new NewTask(owner, List.of(), title, null,
					today.plusDays(3).isAfter(monthEnd) ? monthEnd : today.plusDays(3), BigDecimal.ONE, month, null));
		}
		finally {
			TestAccounts.signOut();
		}
	}

	@Test
	void anAccountWithoutARecordIsToldWhyItsPageIsShort() throws Exception {
		UserAccountView account = this.system
			.call(() -> TestAccounts.provision(this.accounts, "khong-ho-so", null, Role.STAFF));
		Cookie[] session = signIn(account.username(), TestAccounts.PASSWORD);

		assertThat(landing(session)).isEqualTo("/me");
		assertThat(page(session, "/me")).contains("Tài khoản chưa gắn với hồ sơ cán bộ", "cán bộ tổ chức")
			.doesNotContain("Nhiệm vụ đang thực hiện");
	}

	@Test
	void theSystemPageCountsTheAccountsAsTheDatabaseHoldsThem() throws Exception {
		Cookie[] session = signIn("admin", "admin");

		String page = page(session, "/admin/system");

		long total = count("select count(*) from user_account");
		long staff = count("select count(*) from user_account where 'STAFF' = any(roles)");
		long never = count("select count(*) from user_account where last_sign_in_at is null");
		assertThat(count("select count(*) from user_account where username = 'admin' and last_sign_in_at is not null"))
			.as("signing in is remembered")
			.isEqualTo(1);
		assertThat(cell(page, "accounts-total")).isEqualTo(String.valueOf(total));
		assertThat(cell(page, "accounts-STAFF")).isEqualTo(String.valueOf(staff));
		assertThat(cell(page, "accounts-never")).isEqualTo(String.valueOf(never));
		assertThat(page).contains("Tình trạng hệ thống", "PostgreSQL", "Mục nhật ký hôm nay", "Nhập dữ liệu từ Excel");
	}

	@Test
	void onlyAdministratorsSeeTheSystemPage() throws Exception {
		Cookie[] session = signIn("tinh.tochuc", "demo1234");

		assertThat(this.mvc.perform(get("/admin/system").cookie(session)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	private String landing(String username, String password) throws Exception {
		return landing(signIn(username, password));
	}

	/**
	 * Where the start page leads: the redirect's target, or "menu" when it shows the
	 * menu.
	 */
	private String landing(Cookie[] session) throws Exception {
		MvcResult result = this.mvc.perform(get("/").cookie(session)).andReturn();
		if (result.getResponse().getStatus() == 200) {
			return "menu";
		}
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		return result.getResponse().getRedirectedUrl();
	}

	/**
	 * Signs in through the form; sessions live in the database, so the cookie carries it.
	 */
	private Cookie[] signIn(String username, String password) throws Exception {
		MvcResult result = this.mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("%s signed in", username).doesNotContain("error");
		assertThat(result.getResponse().getCookies()).as("session cookie").isNotEmpty();
		return result.getResponse().getCookies();
	}

	private String page(Cookie[] session, String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).cookie(session)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	/** The figure in the row of that id. */
	private static String cell(String page, String rowId) {
		Matcher row = Pattern.compile("id=\"" + rowId + "\"[^>]*>.*?<td[^>]*>([^<]*)</td>", Pattern.DOTALL)
			.matcher(page);
		assertThat(row.find()).as("row " + rowId).isTrue();
		return row.group(1).strip();
	}

}
