package vn.canbo.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SecurityIntegrationTest
class ApiSecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Test
	void unauthenticatedCallGetsProblemJsonInVietnamese() throws Exception {
		this.mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Chưa đăng nhập"))
			.andExpect(jsonPath("$.detail").value("Bạn cần đăng nhập để sử dụng chức năng này."))
			.andExpect(jsonPath("$.instance").value("/api/v1/me"));
	}

	@Test
	void wrongBasicCredentialsGetProblemJson() throws Exception {
		UserAccountView account = TestAccounts.provision(this.accounts, "api", null, Role.VIEWER);

		this.mvc
			.perform(get("/api/v1/me").with(httpBasic(account.username(), "khong-dung"))
				.with(SignInTests.from(TestAccounts.randomAddress())))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void basicAuthenticationTellsWhoIsSignedIn() throws Exception {
		UserAccountView account = TestAccounts.provision(this.accounts, "api", SecurityTestConfiguration.COMMUNE,
				Role.LEADER, Role.STAFF);

		this.mvc.perform(get("/api/v1/me").with(httpBasic(account.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(jsonPath("$.username").value(account.username()))
			.andExpect(jsonPath("$.displayName").value("Nguyễn Văn Thử"))
			.andExpect(jsonPath("$.roles", containsInAnyOrder("LEADER", "STAFF")))
			.andExpect(jsonPath("$.scopeUnitId").value(2));
	}

	@Test
	void apiNeedsNoCsrfToken() throws Exception {
		UserAccountView account = TestAccounts.provision(this.accounts, "api", null, Role.VIEWER);

		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/me")
				.with(httpBasic(account.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isMethodNotAllowed());
	}

}
