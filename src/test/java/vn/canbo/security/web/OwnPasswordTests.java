package vn.canbo.security.web;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import vn.canbo.security.CreateUserAccount;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An account given a password by someone else must choose its own before it goes on.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OwnPasswordTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Test
	void sendsAnAccountThatMustChangeItsPasswordToThePasswordPageUntilItHas() throws Exception {
		UserAccountView account = this.accounts.provision(new CreateUserAccount(TestAccounts.uniqueName("moi"),
				"Nguyễn Văn Mới", TestAccounts.PASSWORD, Set.of(Role.STAFF), null, true));
		Authentication signedIn = TestAccounts.authentication(account.username(), account.roles(), null);
		MockHttpSession session = new MockHttpSession();

		this.mvc.perform(get("/org-units").session(session).with(authentication(signedIn)))
			.andExpect(redirectedUrl("/account/password"));

		this.mvc
			.perform(post("/account/password").session(session)
				.with(authentication(signedIn))
				.with(csrf())
				.param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", "mat-khau-moi-2026")
				.param("confirmation", "mat-khau-khac"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Nhập lại mật khẩu mới: không khớp với mật khẩu mới.")));
		this.mvc
			.perform(post("/account/password").session(session)
				.with(authentication(signedIn))
				.with(csrf())
				.param("currentPassword", "sai-mat-khau")
				.param("newPassword", "mat-khau-moi-2026")
				.param("confirmation", "mat-khau-moi-2026"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Mật khẩu hiện tại: không đúng.")));
		assertThat(this.accounts.mustChangePassword(account.username())).isTrue();

		this.mvc
			.perform(post("/account/password").session(session)
				.with(authentication(signedIn))
				.with(csrf())
				.param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", "mat-khau-moi-2026")
				.param("confirmation", "mat-khau-moi-2026"))
			.andExpect(redirectedUrl("/account/password"));

		assertThat(this.accounts.mustChangePassword(account.username())).isFalse();
		this.mvc.perform(get("/org-units").session(session).with(authentication(signedIn))).andExpect(status().isOk());
	}

	@Test
	void refusesANewPasswordThatIsTheCurrentOne() throws Exception {
		UserAccountView account = TestAccounts.provision(this.accounts, "cu", null, Role.VIEWER);
		this.mvc
			.perform(post("/account/password")
				.with(authentication(TestAccounts.authentication(account.username(), account.roles(), null)))
				.with(csrf())
				.param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", TestAccounts.PASSWORD)
				.param("confirmation", TestAccounts.PASSWORD))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Mật khẩu mới: phải khác mật khẩu hiện tại.")));
	}

}
