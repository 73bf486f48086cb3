package vn.canbo.unitstandards;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The API answers the shape the issue asks for, and bad input gets a Vietnamese error
 * naming the field, never a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitStandardsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	SystemAccess system;

	UserAccountView officer;

	@BeforeAll
	void provision() {
		long province = this.system.call(() -> this.orgUnits.getByCode("11", java.time.LocalDate.of(2026, 1, 1))).id();
		this.officer = TestAccounts.provision(this.accounts, "tcdvhc", province, Role.ORG_OFFICER);
	}

	@Test
	void theAnalysisHasExactlyTheFieldsAsked() throws Exception {
		// Xã Mường Phăng (03325): 166.7 km², 16,063 people; NQ 112 xã: 166.7 × 100 / 30 =
		// 555.6666… → 555.67 %, 16,063 × 100 / 16,000 = 100.39375 → 100.39 %
		String body = call(get("/api/v1/org-units/03325/unit-standards").param("asOf", "2026-01-01"), 200);
		assertThat(body).startsWith("{\"kind\":\"commune\",\"areaKm2\":166.70,\"population\":16063,"
				+ "\"figuresQuality\":\"confirmed\",\"requirements\":[{\"code\":\"area\",\"required\":30,"
				+ "\"actual\":166.70,\"percent\":555.67,\"met\":true,\"rule\":\"UNIT_STANDARDS_COMMUNE@2026-01-01\","
				+ "\"citation\":");
		assertThat(body).contains("\"percent\":100.39").endsWith(",\"meets\":true}");
	}

	@Test
	void badInputNamesTheFieldInVietnamese() throws Exception {
		assertThat(call(get("/api/v1/org-units/03325/unit-standards").param("asOf", "2026-13-45"), 400))
			.contains("asOf");
		assertThat(call(get("/api/v1/org-units/99999/unit-standards").param("asOf", "2026-01-01"), 404))
			.contains("99999");
		assertThat(call(post("/api/v1/org-units/03325/unit-figures").contentType("application/json").content("""
				{"areaKm2": "nhiều", "population": "16063", "validFrom": "2026-02-01", "source": "Thử"}"""), 422))
			.contains("areaKm2", "Diện tích");
		assertThat(call(get("/api/v1/unit-standards/merge").param("codes", "03325").param("asOf", "2026-01-01"), 422))
			.contains("codes");
		assertThat(call(get("/api/v1/unit-standards/units").param("below", "HALF"), 400)).contains("below");
		assertThat(call(get("/api/v1/unit-standards/merge").param("codes", "03325", "03334")
			.param("kind", "volcano")
			.param("asOf", "2026-01-01"), 422)).contains("kind");
	}

	private String call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, int status)
			throws Exception {
		MvcResult result = this.mvc.perform(request.with(httpBasic(this.officer.username(), TestAccounts.PASSWORD)))
			.andReturn();
		String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
		return body;
	}

}
