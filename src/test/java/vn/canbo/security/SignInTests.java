package vn.canbo.security;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SecurityIntegrationTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Test
	void loginPageRendersInVietnamese() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tên đăng nhập")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Mật khẩu")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
	}

	@Test
	void loginPageSwitchesToEnglish() throws Exception {
		this.mvc.perform(get("/login").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sign in")));
	}

	@Test
	void unauthenticatedPageRedirectsToLogin() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void rejectsWrongPasswordWithVietnameseMessage() throws Exception {
		UserAccountView account = TestAccounts.provision(this.accounts, "sai", null, Role.STAFF);

		this.mvc.perform(login(account.username(), "khong-dung", TestAccounts.randomAddress()))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(
					content().string(org.hamcrest.Matchers.containsString("Tên đăng nhập hoặc mật khẩu không đúng.")));
	}

	@Test
	void signsInWithTheRightPasswordInAnyCase() throws Exception {
		UserAccountView account = TestAccounts.provision(this.accounts, "dung", COMMUNE_SCOPE, Role.STAFF);

		this.mvc.perform(login(account.username().toUpperCase(), TestAccounts.PASSWORD, TestAccounts.randomAddress()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void locksAccountAfterRepeatedFailuresUntilTheLockoutPasses() throws Exception {
		UserAccountView account = TestAccounts.provision(this.accounts, "khoa", null, Role.STAFF);
		String address = TestAccounts.randomAddress();
		for (int attempt = 0; attempt < 5; attempt++) {
			this.mvc.perform(login(account.username(), "khong-dung-" + attempt, address))
				.andExpect(redirectedUrl("/login?error"));
		}

		this.mvc.perform(login(account.username(), TestAccounts.PASSWORD, TestAccounts.randomAddress()))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("tài khoản bị tạm khoá")));

		this.jdbc.sql("update user_account set locked_until = :past where id = :id")
			.param("past", OffsetDateTime.parse("2000-01-01T00:00:00Z"))
			.param("id", account.id())
			.update();
		this.mvc.perform(login(account.username(), TestAccounts.PASSWORD, TestAccounts.randomAddress()))
			.andExpect(redirectedUrl("/"));
		assertThat(this.jdbc.sql("select failed_logins from user_account where id = ?")
			.param(account.id())
			.query(Integer.class)
			.single()).isZero();
	}

	/**
	 * Six wrong passwords for an account that exists lock it; for a name that does not
	 * exist nothing can be locked: both must answer alike, or the answers tell which
	 * names exist.
	 */
	@Test
	void anUnknownNameAndALockedAccountAnswerAlike() throws Exception {
		UserAccountView account = TestAccounts.provision(this.accounts, "co", null, Role.STAFF);
		String unknown = TestAccounts.uniqueName("khong-co");
		for (int attempt = 0; attempt < 7; attempt++) {
			String existing = this.mvc
				.perform(login(account.username(), "sai-" + attempt, TestAccounts.randomAddress()))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			String missing = this.mvc.perform(login(unknown, "sai-" + attempt, TestAccounts.randomAddress()))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			assertThat(existing).as("attempt %d", attempt).isEqualTo(missing).isEqualTo("/login?error");
		}
		assertThat(this.jdbc.sql("select locked_until is not null from user_account where id = ?")
			.param(account.id())
			.query(Boolean.class)
			.single()).as("the lockout still holds").isTrue();
	}

	@Test
	void successfulSignInResetsTheFailureCounter() throws Exception {
		UserAccountView account = TestAccounts.provision(this.accounts, "dem", null, Role.STAFF);
		String address = TestAccounts.randomAddress();
		for (int attempt = 0; attempt < 4; attempt++) {
			this.mvc.perform(login(account.username(), "sai", address)).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(login(account.username(), TestAccounts.PASSWORD, address)).andExpect(redirectedUrl("/"));

		this.mvc.perform(login(account.username(), "sai", address)).andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(login(account.username(), TestAccounts.PASSWORD, address)).andExpect(redirectedUrl("/"));
	}

	@Test
	void disabledAccountCannotSignIn() throws Exception {
		UserAccountView account = TestAccounts.provision(this.accounts, "tat", null, Role.STAFF);
		this.jdbc.sql("update user_account set enabled = false where id = ?").param(account.id()).update();

		this.mvc.perform(login(account.username(), TestAccounts.PASSWORD, TestAccounts.randomAddress()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void keepsTheSignedInUserInTheSessionTable() throws Exception {
		UserAccountView account = this.accounts.provision(new CreateUserAccount(TestAccounts.uniqueName("phien"),
				"Vũ Thị Phiên", TestAccounts.PASSWORD, Set.of(Role.LEADER, Role.VIEWER), COMMUNE_SCOPE, false));

		this.mvc.perform(login(account.username(), TestAccounts.PASSWORD, TestAccounts.randomAddress()))
			.andExpect(redirectedUrl("/"));

		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(account.username())
			.query(Long.class)
			.single()).isEqualTo(1);
		Map<String, ? extends Session> stored = this.sessions.findByPrincipalName(account.username());
		SecurityContext context = stored.values().iterator().next().getAttribute("SPRING_SECURITY_CONTEXT");
		assertThat(context).isNotNull();
		AccountPrincipal principal = (AccountPrincipal) context.getAuthentication().getPrincipal();
		assertThat(principal.getPassword()).as("no hash in the session").isNull();
		assertThat(principal.currentUser()).isEqualTo(
				new CurrentUser(account.username(), "Vũ Thị Phiên", Set.of(Role.LEADER, Role.VIEWER), COMMUNE_SCOPE));
		assertThat(principal.roles()).hasSize(2).isInstanceOf(List.class);
	}

	@Test
	void showsSignedOutMessage() throws Exception {
		this.mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));
		this.mvc.perform(get("/login").param("logout", ""))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Bạn đã đăng xuất.")));
	}

	private static final Long COMMUNE_SCOPE = SecurityTestConfiguration.COMMUNE;

	static MockHttpServletRequestBuilder login(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
