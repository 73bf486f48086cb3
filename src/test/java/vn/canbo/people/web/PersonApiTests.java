package vn.canbo.people.web;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The persons API: list with filters and search, create, read, replace, delete. */
@SpringBootTest
@AutoConfigureMockMvc
class PersonApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	SystemAccess system;

	UserAccountView officer;

	UserAccountView viewer;

	long commune;

	String family;

	@BeforeEach
	void provision() {
		this.commune = this.system.call(() -> this.orgUnits.getByCode("03334", LocalDate.now()).id());
		this.officer = TestAccounts.provision(this.accounts, "tc-api", null, Role.ORG_OFFICER);
		this.viewer = TestAccounts.provision(this.accounts, "xem-api", null, Role.VIEWER);
		this.family = "Apí" + TestAccounts.uniqueName("").replaceAll("[^a-z]", "");
	}

	@Test
	void createsReadsReplacesAndRefusesAStaleVersion() throws Exception {
		MvcResult created = this.mvc
			.perform(as(this.officer,
					post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
						.content(json(this.family + " Thị Hằng", "FEMALE", 1988, "Chuyên viên"))))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/persons/")))
			.andExpect(jsonPath("$.details.identity.fullName", is(this.family + " Thị Hằng")))
			.andExpect(jsonPath("$.details.identity.ethnicity", is("THAI")))
			.andExpect(jsonPath("$.agency.name", is("Phường Mường Thanh")))
			.andExpect(jsonPath("$.version", is(0)))
			.andReturn();
		String id = created.getResponse().getHeader("Location").replaceAll(".*/", "");

		String replacement = "{\"version\": 0, \"details\": "
				+ json(this.family + " Thị Hằng", "FEMALE", 1988, "Phó trưởng phòng") + "}";
		this.mvc
			.perform(as(this.officer,
					put("/api/v1/persons/{id}", id).contentType(MediaType.APPLICATION_JSON).content(replacement)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version", is(1)))
			.andExpect(jsonPath("$.details.employment.position", is("Phó trưởng phòng")));
		this.mvc
			.perform(as(this.officer,
					put("/api/v1/persons/{id}", id).contentType(MediaType.APPLICATION_JSON)
						.content(replacement.replace("Phó trưởng phòng", "Trưởng phòng"))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("người khác thay đổi")));
		this.mvc.perform(as(this.viewer, get("/api/v1/persons/{id}", id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.details.employment.position", is("Phó trưởng phòng")))
			.andExpect(jsonPath("$.sensitiveShown", is(false)))
			.andExpect(jsonPath("$.details.identity.citizenId", nullValue()));

		this.mvc.perform(as(this.viewer, delete("/api/v1/persons/{id}", id).param("version", "1")))
			.andExpect(status().isForbidden());
		this.mvc.perform(as(this.officer, delete("/api/v1/persons/{id}", id).param("version", "1")))
			.andExpect(status().isNoContent());
		this.mvc.perform(as(this.officer, get("/api/v1/persons/{id}", id))).andExpect(status().isNotFound());
	}

	@Test
	void invalidInputIsAnsweredWithEveryFieldInVietnamese() throws Exception {
		this.mvc
			.perform(as(this.officer,
					post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
						.content("{\"identity\": {\"fullName\": \"\", \"birthYear\": 1990, \"birthMonth\": 2, "
								+ "\"birthDay\": 31, \"citizenId\": \"0123\"}, \"employment\": {}}")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("identity.fullName")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("identity.birthDay")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("identity.gender")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("employment.agencyId")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Ngày sinh: không có ngày 31/2/1990.")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Số CCCD: phải gồm đúng 12 chữ số.")));
	}

	@Test
	void listsWithFiltersSearchWithoutDiacriticsAndPaging() throws Exception {
		for (String given : new String[] { "Hằng", "Hàng", "Hạng" }) {
			this.mvc
				.perform(as(this.officer,
						post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
							.content(json(this.family + " Thị " + given, "FEMALE", 1970, "Chuyên viên"))))
				.andExpect(status().isCreated());
		}
		String plain = vn.canbo.shared.VietnameseText.searchKey(this.family);
		this.mvc.perform(as(this.viewer, get("/api/v1/persons").param("q", plain + " thi hang").param("size", "2")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", is(3)))
			.andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.items[0].fullName", is(this.family + " Thị Hàng")))
			.andExpect(jsonPath("$.items[1].fullName", is(this.family + " Thị Hạng")))
			.andExpect(jsonPath("$.items[0].citizenId", nullValue()));
		this.mvc
			.perform(as(this.officer,
					get("/api/v1/persons").param("q", plain)
						.param("gender", "FEMALE")
						.param("ageFrom", String.valueOf(LocalDate.now().getYear() - 1970))
						.param("ageTo", String.valueOf(LocalDate.now().getYear() - 1970))
						.param("ethnicity", "THAI")
						.param("minorityOnly", "true")
						.param("category", "CIVIL_SERVANT")
						.param("partyMember", "false")
						.param("unitId", String.valueOf(this.commune))))
			.andExpect(jsonPath("$.total", is(3)));
		this.mvc.perform(as(this.officer, get("/api/v1/persons").param("q", plain).param("gender", "MALE")))
			.andExpect(jsonPath("$.total", is(0)));
		this.mvc.perform(as(this.officer, get("/api/v1/persons").param("q", plain).param("partyMember", "true")))
			.andExpect(jsonPath("$.total", is(0)));
	}

	@Test
	void theListPageShowsPeopleInVietnameseOrder() throws Exception {
		for (String given : new String[] { "Hằng", "Hàng" }) {
			this.mvc
				.perform(as(this.officer,
						post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
							.content(json(this.family + " Thị " + given, "FEMALE", 1970, "Chuyên viên"))))
				.andExpect(status().isCreated());
		}
		String page = this.mvc
			.perform(get("/people").param("q", vn.canbo.shared.VietnameseText.searchKey(this.family))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.authentication(TestAccounts.authentication(this.viewer.username(), this.viewer.roles(), null))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(page)
			.contains("Tìm thấy 2 người")
			.containsSubsequence(this.family + " Thị Hàng", this.family + " Thị Hằng");
	}

	private String json(String name, String gender, int year, String position) {
		return "{\"identity\": {\"fullName\": \"" + name + "\", \"birthYear\": " + year + ", \"gender\": \"" + gender
				+ "\", \"ethnicity\": \"THAI\"}, \"employment\": {\"category\": \"CIVIL_SERVANT\", \"agencyId\": "
				+ this.commune + ", \"position\": \"" + position + "\"}}";
	}

	private static MockHttpServletRequestBuilder as(UserAccountView account, MockHttpServletRequestBuilder request) {
		return request.with(httpBasic(account.username(), TestAccounts.PASSWORD));
	}

}
