package vn.canbo.orgunits.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisation-unit API as a nationwide read-only account sees it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrgUnitApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	UserAccountView viewer;

	@BeforeEach
	void provisionViewer() {
		this.viewer = TestAccounts.provision(this.accounts, "xem-api", null, Role.VIEWER);
	}

	@Test
	void countsProvincesAndCommunesBeforeAndAfterTheReform() throws Exception {
		expectTotal("2025-03-01", "PROVINCE", 63);
		expectTotal("2025-07-01", "PROVINCE", 34);
		expectTotal("2025-03-01", "DISTRICT", 696);
		expectTotal("2025-03-01", "COMMUNE", 10_035);
		expectTotal("2025-07-01", "COMMUNE", 3_321);
	}

	@Test
	void pagesThroughAllMatchesWithTheFieldsOfEachUnit() throws Exception {
		this.mvc
			.perform(as(get("/api/v1/org-units").param("asOf", "2025-07-01")
				.param("type", "COMMUNE")
				.param("parent", "11")
				.param("page", "1")
				.param("size", "20")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", is(45)))
			.andExpect(jsonPath("$.page", is(1)))
			.andExpect(jsonPath("$.items", hasSize(20)))
			.andExpect(jsonPath("$.items[*].parentCode", everyItem(is("11"))))
			.andExpect(jsonPath("$.items[0].code").isString())
			.andExpect(jsonPath("$.items[0].name").isString())
			.andExpect(jsonPath("$.items[0].type", is("COMMUNE")))
			.andExpect(jsonPath("$.items[0].validFrom", is("2025-07-01")))
			.andExpect(jsonPath("$.items[0].validTo", nullValue()));
	}

	@Test
	void answersOneUnitAsOfADate() throws Exception {
		this.mvc.perform(as(get("/api/v1/org-units/{code}", "00004").param("asOf", "2025-03-01")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name", is("Phường Trúc Bạch")))
			.andExpect(jsonPath("$.parentCode", is("001")))
			.andExpect(jsonPath("$.validTo", is("2025-07-01")));
		this.mvc.perform(as(get("/api/v1/org-units/{code}", "00004").param("asOf", "2025-07-01")))
			.andExpect(jsonPath("$.name", is("Phường Ba Đình")))
			.andExpect(jsonPath("$.parentCode", is("01")));
	}

	@Test
	void listsTheOldCommunesOfANewOneWithFullOrPartialAndTheDate() throws Exception {
		this.mvc.perform(as(get("/api/v1/org-units/{code}/history", "03334")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name", is("Phường Mường Thanh")))
			.andExpect(jsonPath("$.predecessors[0].type", oneOf("full", "partial")))
			.andExpect(jsonPath("$.predecessors[*].date", everyItem(is("2025-07-01"))));
		this.mvc.perform(as(get("/api/v1/org-units/{code}/history", "00016").param("asOf", "2025-03-01")))
			.andExpect(jsonPath("$.name", is("Phường Ngọc Hà")))
			.andExpect(jsonPath("$.successors[*].name", hasItem("Phường Ba Đình")))
			.andExpect(jsonPath("$.successors[*].type", everyItem(is("partial"))));
	}

	@Test
	void explainsErrorsInVietnameseAsProblemDetails() throws Exception {
		this.mvc.perform(as(get("/api/v1/org-units").param("asOf", "31/12/2018")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("không hợp lệ")))
			.andExpect(jsonPath("$.detail", containsString("asOf")));
		this.mvc.perform(as(get("/api/v1/org-units").param("type", "HAMLET")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("type")));
		this.mvc.perform(as(get("/api/v1/org-units/{code}", "99999").param("asOf", "2025-07-01")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", is("Không có đơn vị nào mang mã \"99999\" tại ngày 01/07/2025.")));
	}

	@Test
	void servesTheOpenApiDocument() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").isString())
			.andExpect(jsonPath("$.paths['/api/v1/org-units']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/org-units/{code}/history']").exists());
	}

	private void expectTotal(String asOf, String type, int total) throws Exception {
		this.mvc.perform(as(get("/api/v1/org-units").param("asOf", asOf).param("type", type).param("size", "1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", is(total)));
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic(this.viewer.username(), TestAccounts.PASSWORD));
	}

}
