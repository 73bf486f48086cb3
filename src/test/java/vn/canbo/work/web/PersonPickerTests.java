package vn.canbo.work.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.support.HtmlTags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The person chooser of the task form: no list of every name in the page, a search the
 * page's box sends that finds people of the unit with or without marks, and chosen people
 * posted as the form's fields.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PersonPickerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	UserAccounts accounts;

	@Autowired
	SystemAccess system;

	long agency;

	long first;

	long second;

	RequestPostProcessor asLeader;

	@BeforeEach
	void agencyWithPeople() {
		this.system.run(() -> {
			LocalDate today = this.orgUnits.today();
			long commune = this.orgUnits.getByCode("03334", today).id();
			this.agency = this.orgUnits
				.createAgency(new CreateAgency(commune, "Phòng chọn người " + TestAccounts.uniqueName("cn"),
						UnitType.OTHER, LocalDate.of(2025, 7, 1), null))
				.id();
			this.first = this.people.create(TestPeople.person("Lường Văn Chọn", Gender.MALE, 1980, this.agency)).id();
			this.second = this.people.create(TestPeople.person("Lường Thị Được", Gender.FEMALE, 1985, this.agency))
				.id();
			UserAccountView leader = TestAccounts.provision(this.accounts, "ld-chon", commune, Role.LEADER);
			this.asLeader = authentication(
					TestAccounts.authentication(leader.username(), Set.of(Role.LEADER), commune));
		});
	}

	@Test
	void theTaskFormSearchesPeopleInsteadOfListingThemAll() {
		String page = body(get("/work").param("view", "unit").param("unitId", String.valueOf(this.agency)));
		assertThat(page).doesNotContain("<select class=\"form-select\" id=\"ownerId\"", "multiple size=")
			.contains("id=\"collaboratorIds-search\"");
		String box = HtmlTags.input(page, "ownerId-search");
		String endpoint = HtmlTags.attribute(box, "hx-get");
		String name = HtmlTags.attribute(box, "name");

		String found = body(get(endpoint).param(name, "luong van chon"));

		assertThat(found).contains("data-person-id=\"" + this.first + "\"", "Lường Văn Chọn")
			.doesNotContain("Lường Thị Được");
		assertThat(body(get(endpoint).param(name, "Được"))).contains("data-person-id=\"" + this.second + "\"");
		assertThat(body(get(endpoint).param(name, "không có ai tên này"))).contains("Không có ai khớp");
	}

	@Test
	void theChosenPeopleArePostedAsTheTasksOwnerAndCollaborators() throws Exception {
		MvcResult saved = this.mvc
			.perform(post("/work/tasks").param("ownerId", String.valueOf(this.first))
				.param("collaboratorIds", String.valueOf(this.second))
				.param("personQuery", "")
				.param("title", "Việc giao qua ô chọn người")
				.param("dueOn", this.orgUnits.today().toString())
				.param("weight", "1")
				.with(this.asLeader)
				.with(csrf()))
			.andReturn();
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);

		String task = body(get(saved.getResponse().getRedirectedUrl()));
		assertThat(task).contains("Lường Văn Chọn", "Lường Thị Được");
	}

	private String body(MockHttpServletRequestBuilder request) {
		try {
			MvcResult result = this.mvc.perform(request.with(this.asLeader)).andReturn();
			assertThat(result.getResponse().getStatus()).as("status").isEqualTo(200);
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
