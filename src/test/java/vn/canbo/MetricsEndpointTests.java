package vn.canbo;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.shared.JobMeter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /actuator/prometheus} answers an administrator's HTTP Basic scrape with the
 * request timings, the pool and the job runs (with their outcome), and nobody else.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MetricsEndpointTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	SystemAccess system;

	@Autowired
	JobMeter jobs;

	@Test
	void anAdministratorScrapesRequestsThePoolAndJobsOthersAreRefused() throws Exception {
		UserAccountView admin = this.system
			.call(() -> TestAccounts.provision(this.accounts, "do-chiso", null, Role.ADMIN));
		UserAccountView leader = this.system
			.call(() -> TestAccounts.provision(this.accounts, "ld-chiso", null, Role.LEADER));
		this.jobs.time("test-job", () -> 1);
		assertThatThrownBy(() -> this.jobs.time("test-job", () -> {
			throw new IllegalStateException("failed on purpose");
		})).isInstanceOf(IllegalStateException.class);
		this.jobs.rows("test-job", 42);
		this.mvc.perform(get("/people").with(httpBasic(admin.username(), TestAccounts.PASSWORD)));

		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic(leader.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
		String scraped = this.mvc
			.perform(get("/actuator/prometheus").with(httpBasic(admin.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(scraped).contains("canbo_jobs_seconds_count{job=\"test-job\",outcome=\"success\"} 1")
			.contains("canbo_jobs_seconds_count{job=\"test-job\",outcome=\"failure\"} 1")
			.contains("canbo_job_rows_total{job=\"test-job\"} 42")
			.contains("hikaricp_connections_active")
			.contains("http_server_requests_seconds_count");
	}

}
