package vn.canbo.ui;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.support.HtmlTags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The unit chooser of every filter page: the request its search box sends, read from the
 * rendered page itself, finds the units in the user's scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UnitPickerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	UserAccounts accounts;

	@Autowired
	SystemAccess system;

	UserAccountView officer;

	@BeforeEach
	void officerOfTheProvince() {
		long dienBien = this.system.call(() -> this.orgUnits.getByCode("11", LocalDate.now()).id());
		this.officer = TestAccounts.provision(this.accounts, "chon-don-vi", dienBien, Role.ORG_OFFICER, Role.LEADER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/people", "/staffing", "/staffing/standards", "/careers/retirements", "/careers/raises",
			"/work/months", "/ratings", "/discipline", "/emulation" })
	void findsUnitsWithTheParameterThePageSends(String page) {
		String html = body(get(page));
		String box = HtmlTags.input(html, "unit-search");
		String name = HtmlTags.attribute(box, "name");
		String endpoint = HtmlTags.attribute(box, "hx-get");

		String results = body(get(endpoint).param(name, "muong thanh"));

		assertThat(results).as("%s searched with %s=muong thanh", page, name)
			.contains("Phường Mường Thanh", "data-pick-target=\"unitId\"")
			.doesNotContain("Hà Nội");
	}

	private String body(MockHttpServletRequestBuilder request) {
		Authentication signedIn = TestAccounts.authentication(this.officer.username(), this.officer.roles(),
				this.officer.scopeUnitId());
		try {
			MvcResult result = this.mvc.perform(request.with(authentication(signedIn))).andReturn();
			assertThat(result.getResponse().getStatus()).as("status of %s", result.getRequest().getRequestURI())
				.isEqualTo(200);
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
