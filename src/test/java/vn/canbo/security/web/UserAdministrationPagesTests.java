package vn.canbo.security.web;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.canbo.security.CreateUserAccount;
import vn.canbo.security.Role;
import vn.canbo.security.SecurityTestConfiguration;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@org.springframework.boot.test.context.SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@org.springframework.context.annotation.Import(SecurityTestConfiguration.class)
class UserAdministrationPagesTests {

	private static final String PASSWORD = "mat-khau-dung-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void nonAdministratorIsForbidden() throws Exception {
		UserAccountView staff = provision("nv", null, Role.STAFF, Role.ORG_OFFICER);

		this.mvc.perform(get("/admin/users").with(as(staff)))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/access-denied"));
		this.mvc.perform(get("/access-denied").with(as(staff)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Vai trò của bạn không được phép thực hiện thao tác này.")));
	}

	@Test
	void administratorSearchesTheListAndSeesTheMenuEntry() throws Exception {
		UserAccountView admin = provision("qt", null, Role.ADMIN);
		UserAccountView target = provision("tim", SecurityTestConfiguration.COMMUNE, Role.LEADER);

		this.mvc.perform(get("/admin/users").param("q", target.username()).param("role", "LEADER").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(target.username())))
			.andExpect(content().string(containsString("Đơn vị thử 2")))
			.andExpect(content().string(containsString("href=\"/admin/users\"")));
		// the menu offers it on every page
		this.mvc.perform(get("/account/password").with(as(admin)))
			.andExpect(content().string(containsString("href=\"/admin/users\"")));
	}

	@Test
	void createFormShowsVietnameseErrorsNextToFields() throws Exception {
		UserAccountView admin = provision("qt", null, Role.ADMIN);

		this.mvc
			.perform(post("/admin/users").with(as(admin))
				.with(csrf())
				.param("username", "")
				.param("displayName", "Ngô Văn Tâm")
				.param("password", "ngan")
				.param("roles", "STAFF")
				.param("scopeUnitId", "abc"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Mã đơn vị phạm vi phải là một số nguyên dương.")));
		this.mvc
			.perform(post("/admin/users").with(as(admin))
				.with(csrf())
				.param("username", "")
				.param("displayName", "Ngô Văn Tâm")
				.param("password", "ngan"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tên đăng nhập không được để trống.")))
			.andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự.")))
			.andExpect(content().string(containsString("hãy chọn ít nhất một vai trò")));
	}

	@Test
	void administratorCreatesAnAccount() throws Exception {
		UserAccountView admin = provision("qt", SecurityTestConfiguration.PROVINCE, Role.ADMIN);

		this.mvc
			.perform(post("/admin/users").with(as(admin))
				.with(csrf())
				.param("username", "moi-" + System.nanoTime())
				.param("displayName", "Đỗ Thị Mai")
				.param("password", PASSWORD)
				.param("roles", "STAFF", "VIEWER")
				.param("scopeUnitId", "3"))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		this.mvc
			.perform(post("/admin/users").with(as(admin))
				.with(csrf())
				.param("username", "ngoai-" + System.nanoTime())
				.param("displayName", "Đỗ Thị Mai")
				.param("password", PASSWORD)
				.param("roles", "STAFF")
				.param("scopeUnitId", "4"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("nằm ngoài phạm vi")));
	}

	@Test
	void concurrentEditShowsTheConflictMessage() throws Exception {
		UserAccountView admin = provision("qt", null, Role.ADMIN);
		UserAccountView target = provision("sua", SecurityTestConfiguration.COMMUNE, Role.STAFF);

		this.mvc.perform(get("/admin/users/{id}", target.id()).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\"")));
		this.mvc.perform(edit(admin, target, "Bùi Văn Một")).andExpect(redirectedUrlPattern("/admin/users/*"));
		this.mvc.perform(edit(admin, target, "Bùi Văn Hai"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Bản ghi đã được người khác thay đổi")))
			.andExpect(content().string(not(containsString("value=\"Bùi Văn Một\""))));
	}

	@Test
	void resetPasswordShowsFieldErrorAndSucceedsWithALongPassword() throws Exception {
		UserAccountView admin = provision("qt", null, Role.ADMIN);
		UserAccountView target = provision("mk", null, Role.STAFF);

		this.mvc
			.perform(post("/admin/users/{id}/password", target.id()).with(as(admin))
				.with(csrf())
				.param("newPassword", "123"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự.")));
		this.mvc
			.perform(post("/admin/users/{id}/password", target.id()).with(as(admin))
				.with(csrf())
				.param("newPassword", "mat-khau-rat-dai-2"))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(UserAccountView admin,
			UserAccountView target, String displayName) {
		return post("/admin/users/{id}", target.id()).with(as(admin))
			.with(csrf())
			.param("version", String.valueOf(target.version()))
			.param("displayName", displayName)
			.param("roles", "STAFF")
			.param("scopeUnitId", String.valueOf(target.scopeUnitId()))
			.param("enabled", "true");
	}

	private RequestPostProcessor as(UserAccountView account) {
		UserDetails principal = this.userDetails.loadUserByUsername(account.username());
		return user(principal);
	}

	private UserAccountView provision(String prefix, Long scope, Role... roles) {
		return this.accounts.provision(new CreateUserAccount(prefix + "-" + System.nanoTime(), "Nguyễn Văn Thử",
				PASSWORD, Set.of(roles), scope, false));
	}

}
