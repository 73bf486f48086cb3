package vn.canbo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.canbo.discipline.DisciplineForm;
import vn.canbo.discipline.DisciplineRecord;
import vn.canbo.discipline.DisciplineSystem;
import vn.canbo.discipline.Disciplines;
import vn.canbo.discipline.NewDiscipline;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonView;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.votes.ConfidenceVotes;
import vn.canbo.votes.NewVoteSession;
import vn.canbo.votes.VoteSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Inputs and pages that answered 500 (issue 12, point 3) and the answers that were not in
 * Vietnamese or did not name the field: each is now a Vietnamese 4xx naming what is
 * wrong, or the page itself.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	SystemAccess system;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	People people;

	@Autowired
	Disciplines disciplines;

	@Autowired
	ConfidenceVotes votes;

	UserAccountView administrator;

	PersonView person;

	VoteSession vote;

	DisciplineRecord decision;

	@BeforeAll
	void createRecords() {
		long commune = this.system.call(() -> this.orgUnits.getByCode("03334", LocalDate.of(2025, 7, 1)).id());
		this.administrator = TestAccounts.provision(this.accounts, "toanquoc", null, Role.ADMIN, Role.ORG_OFFICER);
		this.system.run(() -> {
			this.person = this.people
				.create(TestPeople.person("Lò Văn " + TestAccounts.uniqueName("Sai").replaceAll("[^A-Za-z]", ""),
						Gender.MALE, 1984, commune));
			this.vote = this.votes.record(new NewVoteSession(commune, LocalDate.of(2026, 1, 15),
					"Phiếu tín nhiệm " + TestAccounts.uniqueName("bad"), 30, 25,
					List.of(new NewVoteSession.Result(this.person.id(), "Chuyên viên", 20, 3, 2, 0))));
			this.decision = this.disciplines.record(this.person.id(),
					new NewDiscipline(DisciplineSystem.STATE, DisciplineForm.REPRIMAND, "Vi phạm quy chế", "05/QĐ-UBND",
							"Chủ tịch UBND", LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 10), true, null));
		});
	}

	@Test
	void voteSessionPageShowsTheConferenceWithItsQuorumAndRule() throws Exception {
		MvcResult page = page(get("/votes/{id}", this.vote.id()));

		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(page)).contains(this.vote.name()).contains("id=\"quorum\"").contains("id=\"vote-rule\"");
	}

	@Test
	void workPageOpensForTheNationwideAdministrator() throws Exception {
		MvcResult page = page(get("/work"));

		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(page)).contains("id=\"tab-unit\"");
	}

	@Test
	void unknownEthnicityIsABadRequestListingTheAllowedValues() throws Exception {
		MvcResult answer = api(get("/api/v1/persons").param("ethnicity", "FOO"));

		assertThat(answer.getResponse().getStatus()).isEqualTo(400);
		assertThat(answer.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(body(answer)).contains("\"field\":\"ethnicity\"")
			.contains("FOO")
			.contains("KINH")
			.contains("giá trị được phép");
		assertThat(page(get("/people").param("ethnicity", "FOO")).getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void unknownEnumInAQueryParameterNamesTheParameterAndTheAllowedValues() throws Exception {
		MvcResult answer = api(get("/api/v1/persons").param("gender", "FOO"));

		assertThat(answer.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(answer)).contains("\"field\":\"gender\"")
			.contains("MALE, FEMALE")
			.contains("Yêu cầu không hợp lệ");
	}

	@Test
	void unknownEnumInAJsonBodyNamesItsPathAndTheAllowedValues() throws Exception {
		MvcResult answer = api(post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
			.content("{\"identity\": {\"fullName\": \"Lò Văn A\", \"gender\": \"FOO\"}}"));

		assertThat(answer.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(answer)).contains("\"field\":\"identity.gender\"")
			.contains("MALE, FEMALE")
			.doesNotContain("Cannot deserialize");
	}

	@Test
	void textForANumberInAJsonBodyNamesTheFieldAndTheExpectedType() throws Exception {
		MvcResult answer = api(put("/api/v1/persons/{id}", this.person.id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": \"abc\", \"details\": {}}"));

		assertThat(answer.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(answer)).contains("\"field\":\"version\"").contains("số nguyên");
	}

	@Test
	void malformedJsonSaysWhereInVietnamese() throws Exception {
		MvcResult answer = api(put("/api/v1/persons/{id}", this.person.id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0, \"details\": {"));

		assertThat(answer.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(answer)).contains("JSON hợp lệ").doesNotContain("Unexpected end-of-input");
	}

	@Test
	void replacingARecordWithoutDetailsNamesTheMissingField() throws Exception {
		MvcResult answer = api(put("/api/v1/persons/{id}", this.person.id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0}"));

		assertThat(answer.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(answer)).contains("\"field\":\"details\"").contains("Thiếu trường bắt buộc");
	}

	@Test
	void correctingADisciplineDecisionWithoutTheDecisionNamesTheMissingField() throws Exception {
		MvcResult answer = api(
				put("/api/v1/discipline/{id}", this.decision.id()).contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\": 0}"));

		assertThat(answer.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(answer)).contains("\"field\":\"decision\"").contains("Thiếu trường bắt buộc");
	}

	@Test
	void ratingsOfAYearNoRatingCanHaveAreRefused() throws Exception {
		for (String year : List.of("-1", "0", "20250")) {
			MvcResult answer = api(get("/api/v1/org-units/{code}/ratings/{year}", "03334", year));

			assertThat(answer.getResponse().getStatus()).as(year).isEqualTo(422);
			assertThat(body(answer)).as(year).contains("\"field\":\"year\"").contains("ngoài khoảng cho phép");
		}
	}

	@Test
	void nulByteInAJsonTextIsRefusedNamingItsPath() throws Exception {
		MvcResult answer = api(post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
			.content("{\"identity\": {\"fullName\": \"Lò Văn\\u0000A\", \"gender\": \"MALE\"}}"));

		assertThat(answer.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(answer)).contains("\"field\":\"identity.fullName\"").contains("ký tự điều khiển");
	}

	@Test
	void nulByteInATaskTitleIsRefusedNamingTheField() throws Exception {
		MvcResult answer = api(post("/api/v1/tasks").contentType(MediaType.APPLICATION_JSON)
			.content("{\"ownerId\": " + this.person.id()
					+ ", \"title\": \"Báo cáo\\u0000\", \"dueOn\": \"2026-01-20\"}"));

		assertThat(answer.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(answer)).contains("\"field\":\"title\"");
	}

	@Test
	void aUserNameWithANulByteIsAFailedSignInNotAServerError() throws Exception {
		MvcResult answer = this.mvc.perform(get("/api/v1/me").with(httpBasic("ad\u0000min", "sai"))).andReturn();

		assertThat(answer.getResponse().getStatus()).isEqualTo(401);
		assertThat(body(answer)).contains("đăng nhập");
	}

	@Test
	void textForANumberInAFormIsAnsweredOnTheFormNotAsAServerError() throws Exception {
		MvcResult answer = page(post("/staffing/catalogue/standards").param("subject", "Tabc")
			.param("validFrom", "2026-01-01")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));

		assertThat(answer.getResponse().getStatus()).isLessThan(500);
	}

	@Test
	void aStreamliningDecisionWithTextForItsYearsNamesTheFieldsInVietnamese() throws Exception {
		MvcResult answer = page(post("/streamlining/persons/{id}/decisions", this.person.id())
			.param("caseCode", "SURPLUS_REORGANISATION")
			.param("leaveOn", "2026-12-31")
			.param("insuredYears", "tám")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));

		assertThat(answer.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(answer)).contains("id=\"insuredYears\"").contains("tám").contains("không phải là số nguyên");
		MvcResult json = api(post("/api/v1/streamlining/persons/{id}/decisions", this.person.id())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"caseCode\": \"SURPLUS_REORGANISATION\", \"policy\": \"RESIGNATION\", "
					+ "\"leaveOn\": \"2026-12-31\", \"rankCoefficient\": 3, \"insuredYears\": 8, \"insuredMonths\": 14}"));
		assertThat(json.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(json)).contains("insuredMonths").contains("Số tháng lẻ đóng BHXH");
		MvcResult early = api(post("/api/v1/streamlining/persons/{id}/decisions", this.person.id())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"caseCode\": \"SURPLUS_REORGANISATION\", \"policy\": \"EARLY_RETIREMENT\", "
					+ "\"leaveOn\": \"2026-12-31\", \"rankCoefficient\": 3, \"insuredYears\": 8, \"monthsEarly\": 10}"));
		assertThat(early.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(early)).contains("monthsEarly").contains("từ 24 đến 60 tháng");
		MvcResult status = api(get("/api/v1/streamlining/screening").param("status", "FOO"));
		assertThat(status.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(status)).contains("\"field\":\"status\"");
	}

	MvcResult api(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(httpBasic(this.administrator.username(), TestAccounts.PASSWORD)))
			.andReturn();
	}

	MvcResult page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(authentication(TestAccounts.authentication(this.administrator.username(),
				Set.of(Role.ADMIN, Role.ORG_OFFICER), null))))
			.andReturn();
	}

	static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
