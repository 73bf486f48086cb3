package vn.canbo.ui;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which home the start page leads to: by role, and only to a page the user's menu offers.
 */
class HomeControllerTests {

	static final Set<String> ALL = Set.of("/admin/system", "/dashboard", "/me", "/people");

	@Test
	void leadsEachRoleToItsHome() {
		assertThat(HomeController.destination(Set.of("ADMIN"), ALL)).contains("/admin/system");
		assertThat(HomeController.destination(Set.of("LEADER"), ALL)).contains("/dashboard");
		assertThat(HomeController.destination(Set.of("ORG_OFFICER"), ALL)).contains("/dashboard");
		assertThat(HomeController.destination(Set.of("VIEWER"), ALL)).contains("/dashboard");
		assertThat(HomeController.destination(Set.of("STAFF"), ALL)).contains("/me");
	}

	@Test
	void anAdministratorWhoAlsoKeepsRecordsLandsOnTheSystemFirst() {
		assertThat(HomeController.destination(Set.of("ADMIN", "ORG_OFFICER"), ALL)).contains("/admin/system");
		assertThat(HomeController.destination(Set.of("LEADER", "STAFF"), ALL)).contains("/dashboard");
	}

	@Test
	void aHomeNotInTheMenuIsSkipped() {
		Set<String> withoutDashboard = Set.of("/admin/system", "/me", "/people");
		assertThat(HomeController.destination(Set.of("LEADER"), withoutDashboard)).isEmpty();
		assertThat(HomeController.destination(Set.of("LEADER", "STAFF"), withoutDashboard)).contains("/me");
		assertThat(HomeController.destination(Set.of(), ALL)).isEmpty();
	}

}
