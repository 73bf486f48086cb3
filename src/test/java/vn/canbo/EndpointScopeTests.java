package vn.canbo;

import java.io.ByteArrayInputStream;
import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.canbo.discipline.DisciplineForm;
import vn.canbo.discipline.DisciplineRecord;
import vn.canbo.discipline.DisciplineSystem;
import vn.canbo.discipline.Disciplines;
import vn.canbo.discipline.NewDiscipline;
import vn.canbo.documents.TestSheets;
import vn.canbo.documents.XlsxRows;
import vn.canbo.emulation.Emulation;
import vn.canbo.emulation.NewReward;
import vn.canbo.emulation.RewardKind;
import vn.canbo.notifications.NotificationKind;
import vn.canbo.notifications.Notifications;
import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonImportJobs;
import vn.canbo.people.PersonSheets;
import vn.canbo.people.PersonView;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.staffing.AssignmentView;
import vn.canbo.staffing.Assignments;
import vn.canbo.staffing.RecordAssignment;
import vn.canbo.votes.ConfidenceVotes;
import vn.canbo.votes.NewVoteSession;
import vn.canbo.votes.VoteSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every endpoint of the application, asked by an administrator and organisation officer
 * bound to one commune (Phường Mường Thanh) about something in another commune of the
 * same province: each refuses with 403, or, for lists, leaves the outside data out. A new
 * endpoint without a case here fails {@link #everyEndpointHasAScopeCase()}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointScopeTests {

	static final LocalDate DAY = LocalDate.of(2025, 7, 1);

	/** Endpoints that show no organisation data, so have nothing to scope. */
	static final Set<String> UNSCOPED = Set.of("GET /login", "GET /", "* /access-denied", "GET /account/password",
			"POST /account/password");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	UserAccounts accounts;

	@Autowired
	SystemAccess system;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Autowired
	PersonImportJobs importJobs;

	@Autowired
	Assignments assignments;

	@Autowired
	Disciplines disciplines;

	@Autowired
	ConfidenceVotes votes;

	DisciplineRecord outsideDiscipline;

	VoteSession outsideVote;

	String insideVoteName;

	String outsideVoteName;

	@Autowired
	Emulation emulation;

	@Autowired
	Notifications notifications;

	UserAccountView officer;

	OrgUnitView commune;

	OrgUnitView otherCommune;

	OrgUnitView outsideAgency;

	UserAccountView outsideAccount;

	long outsideAuditEntry;

	PersonView insidePerson;

	PersonView outsidePerson;

	String insideName;

	String outsideName;

	String outsideJob;

	AssignmentView outsideAssignment;

	@Nullable Long outsideNotification;

	/** A staff member of the commune, linked to their own record. */
	UserAccountView staff;

	PersonView staffPerson;

	/** A viewer of the commune. */
	UserAccountView viewer;

	/** The discipline note of the colleague's rating (only for readers of discipline). */
	static final String RATING_DISCIPLINE_NOTE = "REPRIMAND 05/QĐ-UBND (2019-03-10)";

	static final int RATING_YEAR = 2019;

	@Nullable Long outsideReward;

	@BeforeAll
	void createAccountsAndAgencies() {
		this.commune = this.system.call(() -> this.orgUnits.getByCode("03334", DAY));
		this.otherCommune = this.system.call(() -> this.orgUnits.getByCode("03325", DAY));
		this.outsideAgency = this.system.call(() -> this.orgUnits.createAgency(new CreateAgency(this.otherCommune.id(),
				"Ban kiểm thử " + TestAccounts.uniqueName("ngoai"), UnitType.OTHER, DAY, null)));
		this.officer = TestAccounts.provision(this.accounts, "xa", this.commune.id(), Role.ADMIN, Role.ORG_OFFICER);
		this.outsideAccount = TestAccounts.provision(this.accounts, "ngoai", this.otherCommune.id(), Role.STAFF);
		this.system.run(() -> {
			this.insidePerson = this.people
				.create(TestPeople.person("Lò Thị Trongphamvi", Gender.FEMALE, 1986, this.commune.id()));
			this.outsidePerson = this.people
				.create(TestPeople.person("Lò Thị Ngoaiphamvi", Gender.FEMALE, 1986, this.otherCommune.id()));
		});
		this.outsideAuditEntry = this.jdbc
			.sql("select id from audit_entry where entity_type = 'OrgUnit' and entity_id = :id and action = 'CREATE'")
			.param("id", String.valueOf(this.outsideAgency.id()))
			.query(Long.class)
			.single();
		String family = "Phạmvi" + TestAccounts.uniqueName("").replaceAll("[^a-z]", "");
		this.insideName = family + " Văn Trong";
		this.outsideName = family + " Văn Ngoài";
		this.system.run(() -> {
			this.people.create(TestPeople.person(this.insideName, Gender.MALE, 1980, this.commune.id()));
			this.people.create(TestPeople.person(this.outsideName, Gender.MALE, 1981, this.outsideAgency.id()));
			List<PersonDetails.SalaryStep> salary = List.of(new PersonDetails.SalaryStep(LocalDate.of(2024, 3, 1),
					"01.003", "Chuyên viên", 3, new BigDecimal("3.00"), null, null));
			this.people.create(TestPeople.person(this.insideName + " Lương", Gender.MALE, 1980, this.commune.id())
				.withHistories(List.of(), List.of(), salary, List.of()));
			this.people
				.create(TestPeople.person(this.outsideName + " Lương", Gender.MALE, 1981, this.outsideAgency.id())
					.withHistories(List.of(), List.of(), salary, List.of()));
		});
		this.outsideAssignment = this.system
			.call(() -> this.assignments.record(new RecordAssignment(this.outsidePerson.id(), "03325", null,
					"CHUYEN_VIEN", null, null, null, DAY, null, null, null, null, null)));
		this.system.run(() -> {
			this.disciplines.record(this.insidePerson.id(), discipline());
			this.outsideDiscipline = this.disciplines.record(this.outsidePerson.id(), discipline());
			this.insideVoteName = "Phiếu tín nhiệm trong " + TestAccounts.uniqueName("pv");
			this.outsideVoteName = "Phiếu tín nhiệm ngoài " + TestAccounts.uniqueName("pv");
			this.votes.record(new NewVoteSession(this.commune.id(), LocalDate.of(2026, 1, 15), this.insideVoteName, 30,
					25, List.of(new NewVoteSession.Result(this.insidePerson.id(), "Chuyên viên", 20, 3, 2, 0))));
			this.outsideVote = this.votes
				.record(new NewVoteSession(this.otherCommune.id(), LocalDate.of(2026, 1, 15), this.outsideVoteName, 30,
						25, List.of(new NewVoteSession.Result(this.outsidePerson.id(), "Chuyên viên", 20, 3, 2, 0))));
		});
		this.staffPerson = this.system
			.call(() -> this.people.create(TestPeople.person("Lò Văn Tựxem", Gender.MALE, 1990, this.commune.id())));
		this.staff = this.accounts.provisionLink(
				TestAccounts.provision(this.accounts, "canbo", this.commune.id(), Role.STAFF).username(),
				this.staffPerson.id());
		this.viewer = TestAccounts.provision(this.accounts, "xem", this.commune.id(), Role.VIEWER);
		this.jdbc.sql("""
				insert into annual_rating (person_id, year, agency_id, task_group, months_evaluated, months_leave,
					months_maternity, average, scored_level, proposed_level, reasons, discipline_note, level,
					computed_at)
				values (:person, :year, :agency, 'CIVIL_SERVANT', 12, 0, 0, 88.5, 'GOOD', 'NOT_COMPLETED',
					'{DISCIPLINE}', :note, 'NOT_COMPLETED', current_timestamp)""")
			.param("person", this.insidePerson.id())
			.param("year", RATING_YEAR)
			.param("agency", this.commune.id())
			.param("note", RATING_DISCIPLINE_NOTE)
			.update();
		TestAccounts.signIn("ngoai-tochuc", Set.of(Role.ORG_OFFICER), this.otherCommune.id());
		try {
			this.outsideJob = this.importJobs
				.upload("ngoai.xlsx",
						new ByteArrayInputStream(PersonSheets.xlsx(PersonSheets.row(this.outsideName, "1981",
								Gender.MALE, TestPeople.citizenId(Gender.MALE, 1981), "03325"))))
				.id();
		}
		finally {
			TestAccounts.signOut();
		}
	}

	Map<String, Consumer<EndpointScopeTests>> cases() {
		Map<String, Consumer<EndpointScopeTests>> cases = new TreeMap<>();
		long other = this.otherCommune.id();
		long agency = this.outsideAgency.id();
		cases.put("GET /org-units", (test) -> {
			test.refused(get("/org-units").param("selected", String.valueOf(other)));
			assertThat(test.ok(get("/org-units").param("asOf", DAY.toString()))).contains("Phường Mường Thanh")
				.doesNotContain("Xã Mường Phăng");
		});
		cases.put("GET /org-units/{id}", (test) -> test.refused(get("/org-units/{id}", other)));
		cases.put("GET /org-units/{id}/children", (test) -> test.refused(get("/org-units/{id}/children", other)));
		cases.put("GET /org-units/search",
				(test) -> assertThat(test.ok(get("/org-units/search").param("q", "muong")))
					.contains("Phường Mường Thanh")
					.doesNotContain("Xã Mường Phăng"));
		cases.put("GET /org-units/{id}/agencies/new",
				(test) -> test.refused(get("/org-units/{id}/agencies/new", other)));
		cases.put("POST /org-units/{id}/agencies",
				(test) -> test.refused(post("/org-units/{id}/agencies", other).param("name", "Ban ngoài phạm vi")
					.param("type", "OTHER")
					.param("validFrom", DAY.toString())));
		for (String action : new String[] { "edit", "move", "close" }) {
			cases.put("GET /org-units/{id}/" + action,
					(test) -> test.refused(get("/org-units/{id}/" + action, agency)));
		}
		cases.put("POST /org-units/{id}/edit",
				(test) -> test.refused(post("/org-units/{id}/edit", agency).param("name", "Đổi tên")
					.param("type", "OTHER")
					.param("version", String.valueOf(test.outsideAgency.version()))));
		cases.put("POST /org-units/{id}/move",
				(test) -> test.refused(post("/org-units/{id}/move", agency).param("newParentCode", "03334")
					.param("validFrom", "2026-01-01")
					.param("version", String.valueOf(test.outsideAgency.version()))));
		cases.put("POST /org-units/{id}/close",
				(test) -> test.refused(post("/org-units/{id}/close", agency).param("validFrom", "2026-01-01")
					.param("version", String.valueOf(test.outsideAgency.version()))));
		cases.put("GET /api/v1/org-units", (test) -> {
			test.refusedApi(get("/api/v1/org-units").param("parent", "11"));
			assertThat(test.okApi(get("/api/v1/org-units").param("asOf", DAY.toString()).param("q", "muong")))
				.contains("03334")
				.doesNotContain("03325");
		});
		cases.put("GET /api/v1/org-units/{code}", (test) -> test.refusedApi(get("/api/v1/org-units/{code}", "03325")));
		cases.put("GET /api/v1/org-units/{code}/history",
				(test) -> test.refusedApi(get("/api/v1/org-units/{code}/history", "03325")));
		cases.put("GET /api/v1/me",
				(test) -> assertThat(test.okApi(get("/api/v1/me"))).contains(test.officer.username()));
		cases.put("GET /admin/users",
				(test) -> assertThat(test.ok(get("/admin/users"))).doesNotContain(test.outsideAccount.username()));
		cases.put("GET /admin/users/new", (test) -> test.ok(get("/admin/users/new")));
		cases.put("POST /admin/users",
				(test) -> test.refused(post("/admin/users").param("username", TestAccounts.uniqueName("moi"))
					.param("displayName", "Trần Thị Mới")
					.param("password", TestAccounts.PASSWORD)
					.param("roles", "STAFF")
					.param("scopeUnitId", String.valueOf(other))));
		cases.put("GET /admin/users/{id}", (test) -> test.refused(get("/admin/users/{id}", test.outsideAccount.id())));
		cases.put("POST /admin/users/{id}",
				(test) -> test
					.refused(post("/admin/users/{id}", test.outsideAccount.id()).param("displayName", "Đổi tên")
						.param("roles", "STAFF")
						.param("enabled", "true")
						.param("scopeUnitId", String.valueOf(other))
						.param("version", String.valueOf(test.outsideAccount.version()))));
		cases.put("POST /admin/users/{id}/password", (test) -> test.refused(
				post("/admin/users/{id}/password", test.outsideAccount.id()).param("newPassword", "mat-khau-moi-99")));
		cases.put("GET /admin/audit", (test) -> {
			String page = test.ok(get("/admin/audit").param("entityType", "OrgUnit")
				.param("entityId", String.valueOf(test.outsideAgency.id())));
			assertThat(page).doesNotContain("Ban kiểm thử");
		});
		cases.put("GET /admin/audit/{id}", (test) -> test.refused(get("/admin/audit/{id}", test.outsideAuditEntry)));
		long outsidePersonId = this.outsidePerson.id();
		cases.put("GET /people", (test) -> {
			test.refused(get("/people").param("unitId", String.valueOf(other)));
			assertThat(test.ok(get("/people").param("q", "lo thi"))).contains("Lò Thị Trongphamvi")
				.doesNotContain("Lò Thị Ngoaiphamvi");
		});
		cases.put("GET /api/v1/persons", (test) -> {
			test.refusedApi(get("/api/v1/persons").param("unitId", String.valueOf(other)));
			assertThat(test.okApi(get("/api/v1/persons").param("q", "lo thi"))).contains("Lò Thị Trongphamvi")
				.doesNotContain("Lò Thị Ngoaiphamvi");
		});
		cases.put("GET /api/v1/persons/{id}", (test) -> test.refusedApi(get("/api/v1/persons/{id}", outsidePersonId)));
		cases.put("POST /api/v1/persons", (test) -> {
			String created = test.unprocessableApi(post("/api/v1/persons").contentType("application/json")
				.content(test.personJson("Lò Văn Taoduoi", other)));
			assertThat(created).contains("employment.agencyId").contains("phạm vi");
		});
		cases.put("PUT /api/v1/persons/{id}",
				(test) -> test.refusedApi(put("/api/v1/persons/{id}", outsidePersonId).contentType("application/json")
					.content("{\"version\": " + test.outsidePerson.version() + ", \"details\": "
							+ test.personJson("Lò Thị Doiten", test.commune.id()) + "}")));
		cases.put("DELETE /api/v1/persons/{id}",
				(test) -> test.refusedApi(delete("/api/v1/persons/{id}", outsidePersonId).param("version",
						String.valueOf(test.outsidePerson.version()))));
		long person = this.outsidePerson.id();
		String personVersion = String.valueOf(this.outsidePerson.version());
		cases.put("GET /people/{id}", (test) -> test.refused(get("/people/{id}", person)));
		cases.put("GET /people/{id}/edit", (test) -> test.refused(get("/people/{id}/edit", person)));
		cases.put("POST /people/{id}/edit",
				(test) -> test.refused(post("/people/{id}/edit", person).param("version", personVersion)
					.param("identity.fullName", "Lò Văn Đổi Tên")
					.param("identity.birthYear", "1980")
					.param("identity.gender", "MALE")
					.param("identity.ethnicity", "KINH")
					.param("employment.category", "CIVIL_SERVANT")
					.param("employment.agencyId", String.valueOf(agency))));
		cases.put("GET /people/new", (test) -> assertThat(test.ok(get("/people/new"))).contains("pick=agencyId"));
		cases.put("POST /people/new", (test) -> {
			String refused = test.invalid(post("/people/new").param("identity.fullName", "Lò Văn Ngoài Mới")
				.param("identity.birthYear", "1981")
				.param("identity.gender", "MALE")
				.param("identity.ethnicity", "KINH")
				.param("employment.category", "CIVIL_SERVANT")
				.param("employment.agencyId", String.valueOf(agency)));
			assertThat(refused).contains("trong phạm vi của bạn");
		});
		cases.put("GET /people/{id}/photo", (test) -> test.refused(get("/people/{id}/photo", person)));
		cases.put("POST /people/{id}/photo",
				(test) -> test.refused(multipart("/people/{id}/photo", person).file(new MockMultipartFile("photo",
						"anh.png", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }))));
		cases.put("POST /people/{id}/delete",
				(test) -> test.refused(post("/people/{id}/delete", person).param("version", personVersion)));
		for (String resume : new String[] { "/people/{id}/resume.pdf", "/people/{id}/resume.docx" }) {
			cases.put("GET " + resume, (test) -> test.refused(get(resume, test.outsidePerson.id())));
		}
		for (String resume : new String[] { "/api/v1/persons/{id}/resume.pdf", "/api/v1/persons/{id}/resume.docx" }) {
			cases.put("GET " + resume, (test) -> test.refusedApi(get(resume, test.outsidePerson.id())));
		}
		cases.put("GET /people/export.xlsx", (test) -> {
			test.refused(get("/people/export.xlsx").param("unitId", String.valueOf(other)));
			assertThat(test.sheetNames(test.okBytes(get("/people/export.xlsx")))).contains(test.insideName)
				.doesNotContain(test.outsideName);
		});
		cases.put("GET /api/v1/persons/export.xlsx", (test) -> {
			test.refusedApi(get("/api/v1/persons/export.xlsx").param("unitId", String.valueOf(other)));
			MvcResult result = test.perform(
					get("/api/v1/persons/export.xlsx").with(httpBasic(test.officer.username(), TestAccounts.PASSWORD)));
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			assertThat(test.sheetNames(result.getResponse().getContentAsByteArray())).contains(test.insideName)
				.doesNotContain(test.outsideName);
		});
		cases.put("POST /api/v1/imports/persons", (test) -> {
			byte[] file = PersonSheets.xlsx(PersonSheets.row("Phạm Văn Ngoài", "1981", Gender.MALE,
					TestPeople.citizenId(Gender.MALE, 1981), "03325"));
			assertThat(test.okApi(
					multipart("/api/v1/imports/persons").file(new MockMultipartFile("file", "ngoai.xlsx", null, file))
						.param("dryRun", "false")))
				.contains("\"rejected\":1", "ngoài phạm vi");
		});
		cases.put("GET /people/import", (test) -> test.ok(get("/people/import")));
		cases.put("GET /people/import/template.xlsx", (test) -> test.okBytes(get("/people/import/template.xlsx")));
		cases.put("POST /people/import", (test) -> {
			MvcResult result = test.perform(multipart("/people/import")
				.file(new MockMultipartFile("file", "trong.xlsx", null,
						PersonSheets.xlsx(PersonSheets.row("Phạm Văn Trong", "1981", Gender.MALE,
								TestPeople.citizenId(Gender.MALE, 1981), "03334"))))
				.with(authentication(test.signedIn()))
				.with(csrf()));
			assertThat(result.getResponse().getStatus()).isEqualTo(302);
			assertThat(test.ok(get(result.getResponse().getRedirectedUrl()))).contains("Họ và tên");
		});
		cases.put("GET /people/import/{id}", (test) -> test.refused(get("/people/import/{id}", test.outsideJob)));
		cases.put("GET /people/import/{id}/errors.xlsx",
				(test) -> test.refused(get("/people/import/{id}/errors.xlsx", test.outsideJob)));
		cases.put("GET /people/import/{id}/progress",
				(test) -> test.refused(get("/people/import/{id}/progress", test.outsideJob)));
		cases.put("POST /people/import/{id}/run",
				(test) -> test.refused(post("/people/import/{id}/run", test.outsideJob).param("dryRun", "false")));
		staffingCases(cases);
		workCases(cases);
		disciplineCases(cases);
		votesCases(cases);
		notificationCases(cases);
		emulationCases(cases);
		plansCases(cases);
		dashboardCases(cases);
		indicatorCases(cases);
		targetsCases(cases);
		statReportsCases(cases);
		dataExchangeCases(cases);
		shellCases(cases);
		planningCases(cases);
		appointmentsCases(cases);
		movementsCases(cases);
		localityCases(cases);
		recruitmentCases(cases);
		trainingCases(cases);
		unitStandardsCases(cases);
		streamliningCases(cases);
		cases.put("GET /rules",
				(test) -> assertThat(test.ok(get("/rules").param("gender", "MALE").param("birthMonth", "1961-01")))
					.contains("Tuổi nghỉ hưu", "30/04/2021"));
		cases.put("POST /rules/{key}/versions",
				(test) -> test.refused(post("/rules/{key}/versions", "BASE_SALARY").param("validFrom", "2031-01-01")
					.param("citation", "Nghị định giả định")
					.param("parameters.amount", "9000000")));
		cases.put("GET /api/v1/rules",
				(test) -> assertThat(test.okApi(get("/api/v1/rules"))).contains("RETIREMENT_AGE"));
		cases.put("GET /api/v1/rules/retirement",
				(test) -> assertThat(test
					.okApi(get("/api/v1/rules/retirement").param("gender", "FEMALE").param("birthYear", "1966")))
					.contains("2021-05-31"));
		String retiring = "2046-01-01";
		String retired = "2046-12-31";
		cases.put("GET /careers/retirements", (test) -> {
			test.refused(get("/careers/retirements").param("unitId", String.valueOf(other)));
			assertThat(test.ok(get("/careers/retirements").param("from", retiring).param("to", retired)))
				.contains("Lò Thị Trongphamvi")
				.doesNotContain("Lò Thị Ngoaiphamvi");
		});
		cases.put("GET /careers/retirements/export.xlsx", (test) -> {
			test.refused(get("/careers/retirements/export.xlsx").param("unitId", String.valueOf(other)));
			assertThat(test.sheetNames(
					test.okBytes(get("/careers/retirements/export.xlsx").param("from", retiring).param("to", retired))))
				.contains("Lò Thị Trongphamvi")
				.doesNotContain("Lò Thị Ngoaiphamvi");
		});
		cases.put("GET /api/v1/retirements", (test) -> {
			test.refusedApi(get("/api/v1/retirements").param("unit", "03325"));
			assertThat(test.okApi(get("/api/v1/retirements").param("from", retiring).param("to", retired)))
				.contains("Lò Thị Trongphamvi")
				.doesNotContain("Lò Thị Ngoaiphamvi");
		});
		String dueFrom = "2027-03-01";
		String dueTo = "2027-03-31";
		cases.put("GET /careers/raises", (test) -> {
			test.refused(get("/careers/raises").param("unitId", String.valueOf(other)));
			assertThat(test.ok(get("/careers/raises").param("from", dueFrom).param("to", dueTo)))
				.contains(test.insideName + " Lương")
				.doesNotContain(test.outsideName);
		});
		cases.put("GET /careers/raises/export.xlsx", (test) -> {
			test.refused(get("/careers/raises/export.xlsx").param("unitId", String.valueOf(other)));
			assertThat(test
				.sheetNames(test.okBytes(get("/careers/raises/export.xlsx").param("from", dueFrom).param("to", dueTo))))
				.contains(test.insideName + " Lương")
				.doesNotContain(test.outsideName + " Lương");
		});
		cases.put("GET /api/v1/salary-raises", (test) -> {
			test.refusedApi(get("/api/v1/salary-raises").param("unitId", String.valueOf(other)));
			assertThat(test.okApi(get("/api/v1/salary-raises").param("from", dueFrom).param("to", dueTo)))
				.contains(test.insideName + " Lương")
				.doesNotContain(test.outsideName);
		});
		cases.put("GET /careers/persons/{id}", (test) -> test.refused(get("/careers/persons/{id}", person)));
		cases.put("POST /careers/persons/{id}/salary-adjustments",
				(test) -> test.refused(post("/careers/persons/{id}/salary-adjustments", person).param("kind", "DELAY")
					.param("months", "6")
					.param("reason", "Khiển trách")
					.param("effectiveOn", "2025-01-01")));
		cases.put("GET /api/v1/persons/{id}/career",
				(test) -> test.refusedApi(get("/api/v1/persons/{id}/career", outsidePersonId)));
		cases
			.put("POST /api/v1/persons/{id}/salary-adjustments",
					(test) -> test.refusedApi(post("/api/v1/persons/{id}/salary-adjustments", outsidePersonId)
						.contentType("application/json")
						.content("{\"kind\": \"DELAY\", \"months\": 6, \"reason\": \"Khiển trách\", "
								+ "\"effectiveOn\": \"2025-01-01\"}")));
		return cases;
	}

	/**
	 * Tasks, evaluations, months and ratings of a person and a commune outside the scope.
	 */
	void workCases(Map<String, Consumer<EndpointScopeTests>> cases) {
		long person = this.outsidePerson.id();
		long task = this.jdbc.sql("""
				insert into work_task (agency_id, month, title, owner_id, assigned_by, due_on, created_by)
				values (:agency, date '2026-03-01', 'Việc ngoài phạm vi', :owner, 'ngoai', date '2026-03-20', 'ngoai')
				returning id""")
			.param("agency", this.otherCommune.id())
			.param("owner", person)
			.query(Long.class)
			.single();
		String json = "application/json";
		cases.put("POST /api/v1/tasks", (test) -> test.refusedApi(post("/api/v1/tasks").contentType(json)
			.content("{\"ownerId\": " + person + ", \"title\": \"Thử\", \"dueOn\": \"2026-03-10\"}")));
		cases.put("GET /api/v1/tasks", (test) -> {
			test.refusedApi(get("/api/v1/tasks").param("unit", "03325").param("month", "2026-03"));
			assertThat(test.okApi(get("/api/v1/tasks").param("assignedByMe", "true").param("month", "2026-03")))
				.doesNotContain("Việc ngoài phạm vi");
		});
		cases.put("GET /api/v1/tasks/{id}", (test) -> test.refusedApi(get("/api/v1/tasks/{id}", task)));
		cases.put("POST /api/v1/tasks/{id}/progress",
				(test) -> test.refusedApi(post("/api/v1/tasks/{id}/progress", task).contentType(json)
					.content("{\"version\": 0, \"progress\": 50, \"note\": \"x\"}")));
		cases.put("POST /api/v1/tasks/{id}/score",
				(test) -> test.refusedApi(post("/api/v1/tasks/{id}/score", task).contentType(json)
					.content("{\"version\": 0, \"completedUnits\": 1}")));
		cases.put("POST /api/v1/tasks/{id}/cancel",
				(test) -> test.refusedApi(post("/api/v1/tasks/{id}/cancel", task).param("version", "0")));
		cases.put("GET /api/v1/persons/{id}/evaluations/{month}",
				(test) -> test.refusedApi(get("/api/v1/persons/{id}/evaluations/{month}", person, "2026-03")));
		cases.put("PUT /api/v1/persons/{id}/evaluations/{month}/self",
				(test) -> test.refusedApi(
						put("/api/v1/persons/{id}/evaluations/{month}/self", person, "2026-03").contentType(json)
							.content("{\"general\": 20}")));
		cases.put("PUT /api/v1/persons/{id}/evaluations/{month}",
				(test) -> test
					.refusedApi(put("/api/v1/persons/{id}/evaluations/{month}", person, "2026-03").contentType(json)
						.content("{\"version\": 0, \"general\": 20}")));
		cases.put("GET /api/v1/org-units/{code}/months/{month}",
				(test) -> test.refusedApi(get("/api/v1/org-units/{code}/months/{month}", "03325", "2026-03")));
		cases.put("POST /api/v1/org-units/{code}/months/{month}/close",
				(test) -> test.refusedApi(post("/api/v1/org-units/{code}/months/{month}/close", "03325", "2026-03")));
		cases.put("POST /api/v1/org-units/{code}/months/{month}/reopen",
				(test) -> test.refusedApi(
						post("/api/v1/org-units/{code}/months/{month}/reopen", "03325", "2026-03").contentType(json)
							.content("{\"reason\": \"Mở lại thử\"}")));
		cases.put("GET /api/v1/org-units/{code}/ratings/{year}",
				(test) -> test.refusedApi(get("/api/v1/org-units/{code}/ratings/{year}", "03325", 2026)));
		cases.put("POST /api/v1/org-units/{code}/ratings/{year}/roll-up",
				(test) -> test.refusedApi(post("/api/v1/org-units/{code}/ratings/{year}/roll-up", "03325", 2026)));
		cases.put("GET /api/v1/org-units/{code}/ratings/{year}/quota",
				(test) -> test.refusedApi(get("/api/v1/org-units/{code}/ratings/{year}/quota", "03325", 2026)));
		cases.put("POST /api/v1/org-units/{code}/ratings/{year}/excellent",
				(test) -> test.refusedApi(
						post("/api/v1/org-units/{code}/ratings/{year}/excellent", "03325", 2026).contentType(json)
							.content("{\"taskGroup\": \"CIVIL_SERVANT\", \"keep\": []}")));
		cases.put("POST /api/v1/org-units/{code}/ratings/{year}/approve",
				(test) -> test.refusedApi(post("/api/v1/org-units/{code}/ratings/{year}/approve", "03325", 2026)));
		workPageCases(cases, task);
	}

	/** The work, month and rating pages on a task, a person and a commune outside. */
	void workPageCases(Map<String, Consumer<EndpointScopeTests>> cases, long task) {
		long person = this.outsidePerson.id();
		String other = String.valueOf(this.otherCommune.id());
		cases.put("GET /work", (test) -> {
			test.refused(get("/work").param("view", "unit").param("unitId", other).param("month", "2026-03"));
			assertThat(test.ok(get("/work").param("view", "unit").param("month", "2026-03"))).contains("Công việc")
				.doesNotContain("Việc ngoài phạm vi");
		});
		cases.put("POST /work/tasks",
				(test) -> test.refused(post("/work/tasks").param("ownerId", String.valueOf(person))
					.param("title", "Thử")
					.param("dueOn", "2026-03-10")));
		cases.put("GET /work/tasks/{id}", (test) -> test.refused(get("/work/tasks/{id}", task)));
		cases.put("GET /work/people/search", (test) -> test.refused(
				get("/work/people/search").param("unitId", other).param("field", "ownerId").param("personQuery", "a")));
		cases.put("POST /work/tasks/{id}/progress",
				(test) -> test.refused(post("/work/tasks/{id}/progress", task).param("version", "0")
					.param("progress", "50")
					.param("note", "Thử")));
		cases.put("POST /work/tasks/{id}/score", (test) -> test
			.refused(post("/work/tasks/{id}/score", task).param("version", "0").param("completedUnits", "1")));
		cases.put("POST /work/tasks/{id}/cancel",
				(test) -> test.refused(post("/work/tasks/{id}/cancel", task).param("version", "0")));
		cases.put("GET /work/tasks/{id}/evidence/{updateId}",
				(test) -> test.refused(get("/work/tasks/{id}/evidence/{updateId}", task, 1)));
		cases.put("GET /work/months",
				(test) -> test.refused(get("/work/months").param("unitId", other).param("month", "2026-03")));
		cases.put("POST /work/months/close",
				(test) -> test.refused(post("/work/months/close").param("unitId", other).param("month", "2026-03")));
		cases.put("POST /work/months/reopen",
				(test) -> test.refused(post("/work/months/reopen").param("unitId", other)
					.param("month", "2026-03")
					.param("reason", "Mở lại thử")));
		// Only ever the user's own month: an account without a record has none.
		cases
			.put("GET /work/me/months/{month}",
					(test) -> assertThat(test
						.perform(get("/work/me/months/{month}", "2026-03").with(authentication(test.signedIn())))
						.getResponse()
						.getStatus()).isEqualTo(404));
		cases.put("GET /work/persons/{id}/months/{month}",
				(test) -> test.refused(get("/work/persons/{id}/months/{month}", person, "2026-03")));
		cases.put("POST /work/persons/{id}/months/{month}/self", (test) -> test
			.refused(post("/work/persons/{id}/months/{month}/self", person, "2026-03").param("selfGeneral", "20")));
		cases.put("POST /work/persons/{id}/months/{month}",
				(test) -> test
					.refused(post("/work/persons/{id}/months/{month}", person, "2026-03").param("version", "0")
						.param("general", "20")));
		cases.put("GET /ratings", (test) -> test.refused(get("/ratings").param("unitId", other).param("year", "2026")));
		cases.put("POST /ratings/roll-up",
				(test) -> test.refused(post("/ratings/roll-up").param("unitId", other).param("year", "2026")));
		cases.put("GET /ratings/quota",
				(test) -> test.refused(get("/ratings/quota").param("agencyId", other).param("year", "2026")));
		cases.put("POST /ratings/quota",
				(test) -> test.refused(post("/ratings/quota").param("agencyId", other)
					.param("year", "2026")
					.param("taskGroup", "CIVIL_SERVANT")));
		cases.put("POST /ratings/approve",
				(test) -> test.refused(post("/ratings/approve").param("agencyId", other).param("year", "2026")));
	}

	void staffingCases(Map<String, Consumer<EndpointScopeTests>> cases) {
		String other = String.valueOf(this.otherCommune.id());
		long outside = this.outsidePerson.id();
		long assignment = this.outsideAssignment.id();
		String version = String.valueOf(this.outsideAssignment.version());
		for (String page : new String[] { "/staffing", "/staffing/export.xlsx", "/staffing/holders", "/staffing/quotas",
				"/staffing/standards", "/staffing/standards/people", "/staffing/standards/export.xlsx" }) {
			cases.put("GET " + page, (test) -> test.refused(get(page).param("unitId", other)));
		}
		cases.put("POST /staffing/quotas",
				(test) -> test.refused(post("/staffing/quotas").param("unitId", other)
					.param("category", "CADRE")
					.param("quota", "3")
					.param("validFrom", "2026-01-01")));
		cases.put("GET /staffing/persons/{id}", (test) -> test.refused(get("/staffing/persons/{id}", outside)));
		cases.put("POST /staffing/persons/{id}/assignments",
				(test) -> test
					.refused(post("/staffing/persons/{id}/assignments", outside).param("post", "J:CHUYEN_VIEN")
						.param("unitCode", "03325")
						.param("validFrom", "2026-01-01")));
		cases.put("POST /staffing/assignments/{id}/end",
				(test) -> test.refused(post("/staffing/assignments/{id}/end", assignment).param("version", version)
					.param("validTo", "2026-02-01")));
		cases.put("POST /staffing/assignments/{id}/delete", (test) -> test
			.refused(post("/staffing/assignments/{id}/delete", assignment).param("version", version)));
		cases.put("GET /staffing/catalogue",
				(test) -> assertThat(test.ok(get("/staffing/catalogue"))).contains("Bí thư Đảng ủy xã, phường"));
		cases.put("POST /staffing/catalogue/standards",
				(test) -> test.refused(post("/staffing/catalogue/standards").param("subject", "J1")
					.param("validFrom", "2040-01-01")
					.param("citation", "Thử")));
		cases.put("GET /api/v1/posts", (test) -> assertThat(test.okApi(get("/api/v1/posts"))).contains("XA_BI_THU"));
		cases.put("GET /api/v1/job-positions",
				(test) -> assertThat(test.okApi(get("/api/v1/job-positions"))).contains("CHUYEN_VIEN"));
		cases.put("GET /api/v1/standards",
				(test) -> assertThat(test.okApi(get("/api/v1/standards"))).contains("citation"));
		cases.put("POST /api/v1/standards",
				(test) -> test.refusedApi(post("/api/v1/standards").contentType("application/json")
					.content("{\"jobPositionId\": 1, \"validFrom\": \"2040-01-01\", \"citation\": \"Thử\"}")));
		cases.put("GET /api/v1/assignments", (test) -> {
			test.refusedApi(get("/api/v1/assignments").param("person", String.valueOf(outside)));
			test.refusedApi(get("/api/v1/assignments").param("unit", "03325"));
			assertThat(test.okApi(get("/api/v1/assignments").param("unit", "03334").param("asOf", "2026-01-01")))
				.doesNotContain("Ngoaiphamvi");
		});
		cases.put("GET /api/v1/assignments/{id}",
				(test) -> test.refusedApi(get("/api/v1/assignments/{id}", assignment)));
		cases.put("POST /api/v1/assignments",
				(test) -> test.refusedApi(post("/api/v1/assignments").contentType("application/json")
					.content("{\"personId\": " + outside
							+ ", \"unitCode\": \"03325\", \"jobPositionCode\": \"CHUYEN_VIEN\", "
							+ "\"validFrom\": \"2026-01-01\", \"kind\": \"CONCURRENT\"}")));
		cases.put("PUT /api/v1/assignments/{id}",
				(test) -> test.refusedApi(put("/api/v1/assignments/{id}", assignment).contentType("application/json")
					.content("{\"version\": " + version + ", \"validTo\": \"2026-02-01\"}")));
		cases.put("DELETE /api/v1/assignments/{id}",
				(test) -> test.refusedApi(delete("/api/v1/assignments/{id}", assignment).param("version", version)));
		for (String report : new String[] { "staffing", "standards", "standards/people", "quotas" }) {
			cases.put("GET /api/v1/org-units/{code}/" + report,
					(test) -> test.refusedApi(get("/api/v1/org-units/{code}/" + report, "03325")));
		}
		cases.put("POST /api/v1/org-units/{code}/quotas",
				(test) -> test
					.refusedApi(post("/api/v1/org-units/{code}/quotas", "03325").contentType("application/json")
						.content("{\"category\": \"CADRE\", \"quota\": 3, \"validFrom\": \"2026-01-01\"}")));
		cases.put("GET /api/v1/persons/{id}/standards",
				(test) -> test.refusedApi(get("/api/v1/persons/{id}/standards", outside)));
	}

	static NewDiscipline discipline() {
		return new NewDiscipline(DisciplineSystem.STATE, DisciplineForm.REPRIMAND, "Vi phạm quy chế làm việc",
				"05/QĐ-UBND", "Chủ tịch UBND", LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 10), true, null);
	}

	static final String DISCIPLINE_JSON = "{\"system\": \"STATE\", \"form\": \"WARNING\", \"violation\": \"Vi phạm\", "
			+ "\"decisionNumber\": \"07/QĐ\", \"authority\": \"UBND\", \"decisionDate\": \"2025-04-01\", "
			+ "\"effectiveOn\": \"2025-04-01\", \"dutyRelated\": true}";

	void disciplineCases(Map<String, Consumer<EndpointScopeTests>> cases) {
		String other = String.valueOf(this.otherCommune.id());
		long outside = this.outsidePerson.id();
		long record = this.outsideDiscipline.id();
		String version = String.valueOf(this.outsideDiscipline.version());
		cases.put("GET /discipline", (test) -> {
			test.refused(get("/discipline").param("unitId", other));
			assertThat(test.ok(get("/discipline"))).contains("Lò Thị Trongphamvi").doesNotContain("Lò Thị Ngoaiphamvi");
		});
		cases.put("GET /discipline/export.xlsx", (test) -> {
			test.refused(get("/discipline/export.xlsx").param("unitId", other));
			assertThat(test.sheetNames(test.okBytes(get("/discipline/export.xlsx")))).contains("Lò Thị Trongphamvi")
				.doesNotContain("Lò Thị Ngoaiphamvi");
		});
		cases.put("GET /discipline/persons/{id}", (test) -> test.refused(get("/discipline/persons/{id}", outside)));
		cases.put("POST /discipline/persons/{id}",
				(test) -> test.refused(post("/discipline/persons/{id}", outside).param("system", "STATE")
					.param("form", "REPRIMAND")
					.param("violation", "Vi phạm")
					.param("decisionNumber", "09/QĐ")
					.param("authority", "UBND")
					.param("decisionDate", "2025-05-01")
					.param("effectiveOn", "2025-05-01")));
		cases.put("POST /discipline/records/{recordId}/cancel",
				(test) -> test.refused(post("/discipline/records/{recordId}/cancel", record).param("version", version)
					.param("reason", "Hủy")));
		cases.put("GET /api/v1/persons/{id}/discipline",
				(test) -> test.refusedApi(get("/api/v1/persons/{id}/discipline", outside)));
		cases.put("POST /api/v1/persons/{id}/discipline",
				(test) -> test
					.refusedApi(post("/api/v1/persons/{id}/discipline", outside).contentType("application/json")
						.content(DISCIPLINE_JSON)));
		cases.put("PUT /api/v1/discipline/{recordId}",
				(test) -> test.refusedApi(put("/api/v1/discipline/{recordId}", record).contentType("application/json")
					.content("{\"version\": " + version + ", \"decision\": " + DISCIPLINE_JSON + "}")));
		cases.put("POST /api/v1/discipline/{recordId}/cancel",
				(test) -> test
					.refusedApi(post("/api/v1/discipline/{recordId}/cancel", record).contentType("application/json")
						.content("{\"version\": " + version + ", \"reason\": \"Hủy\"}")));
		cases.put("GET /api/v1/org-units/{code}/discipline", (test) -> {
			test.refusedApi(get("/api/v1/org-units/{code}/discipline", "03325"));
			assertThat(test.okApi(get("/api/v1/org-units/{code}/discipline", "03334"))).contains("Lò Thị Trongphamvi")
				.doesNotContain("Lò Thị Ngoaiphamvi");
		});
	}

	void votesCases(Map<String, Consumer<EndpointScopeTests>> cases) {
		String other = String.valueOf(this.otherCommune.id());
		long session = this.outsideVote.id();
		cases.put("GET /votes", (test) -> {
			test.refused(get("/votes").param("unitId", other));
			assertThat(test.ok(get("/votes"))).contains(test.insideVoteName).doesNotContain(test.outsideVoteName);
		});
		cases.put("GET /votes/{id}", (test) -> test.refused(get("/votes/{id}", session)));
		cases.put("GET /votes/new", (test) -> test.refused(get("/votes/new").param("unitId", other)));
		cases.put("POST /votes",
				(test) -> test.refused(post("/votes").param("unitId", other)
					.param("name", "Lấy phiếu ngoài phạm vi")
					.param("heldOn", "2026-02-01")
					.param("summoned", "10")
					.param("present", "9")
					.param("lines", "1")
					.param("results[0].personId", String.valueOf(test.outsidePerson.id()))
					.param("results[0].postTitle", "Chuyên viên")
					.param("results[0].high", "5")
					.param("results[0].confidence", "2")
					.param("results[0].low", "1")
					.param("results[0].invalid", "1")));
		cases.put("GET /api/v1/confidence-votes", (test) -> {
			test.refusedApi(get("/api/v1/confidence-votes").param("unit", "03325"));
			assertThat(test.okApi(get("/api/v1/confidence-votes"))).contains(test.insideVoteName)
				.doesNotContain(test.outsideVoteName);
		});
		cases.put("GET /api/v1/confidence-votes/{id}",
				(test) -> test.refusedApi(get("/api/v1/confidence-votes/{id}", session)));
		cases.put("POST /api/v1/confidence-votes",
				(test) -> test.refusedApi(post("/api/v1/confidence-votes").contentType("application/json")
					.content("{\"unitId\": " + other + ", \"heldOn\": \"2026-02-01\", \"name\": \"Ngoài\", "
							+ "\"summoned\": 10, \"present\": 9, \"results\": [{\"personId\": "
							+ test.outsidePerson.id() + ", \"postTitle\": \"Chuyên viên\", \"high\": 5, "
							+ "\"confidence\": 2, \"low\": 1, \"invalid\": 1}]}")));
	}

	void notificationCases(Map<String, Consumer<EndpointScopeTests>> cases) {
		String outsideText = "Thông báo của tài khoản ngoài phạm vi";
		cases.put("GET /notifications",
				(test) -> assertThat(test.ok(get("/notifications"))).contains("Thông báo").doesNotContain(outsideText));
		cases.put("POST /notifications/{id}/read",
				(test) -> test.refused(post("/notifications/{id}/read", test.outsideNotification(outsideText))));
		cases.put("POST /notifications/read-all", (test) -> {
			long outside = test.outsideNotification(outsideText);
			MvcResult result = test
				.perform(post("/notifications/read-all").with(authentication(test.signedIn())).with(csrf()));
			assertThat(result.getResponse().getStatus()).isEqualTo(302);
			assertThat(test.unread(outside)).as("another user's notification stays unread").isTrue();
		});
		cases.put("GET /api/v1/notifications",
				(test) -> assertThat(test.okApi(get("/api/v1/notifications"))).contains("\"unread\"")
					.doesNotContain(outsideText));
		cases.put("POST /api/v1/notifications/{id}/read", (test) -> test
			.refusedApi(post("/api/v1/notifications/{id}/read", test.outsideNotification(outsideText))));
		cases.put("POST /api/v1/notifications/read-all", (test) -> {
			long outside = test.outsideNotification(outsideText);
			assertThat(test.okApi(post("/api/v1/notifications/read-all"))).contains("marked");
			assertThat(test.unread(outside)).isTrue();
		});
	}

	void emulationCases(Map<String, Consumer<EndpointScopeTests>> cases) {
		String other = String.valueOf(this.otherCommune.id());
		for (String page : new String[] { "/emulation", "/emulation/rewards", "/emulation/collective" }) {
			cases.put("GET " + page, (test) -> test.refused(get(page).param("unitId", other).param("year", "2025")));
		}
		for (String list : new String[] { "/emulation/people", "/emulation/people/export.xlsx" }) {
			cases.put("GET " + list, (test) -> test
				.refused(get(list).param("unitId", other).param("year", "2025").param("level", "EXCELLENT")));
		}
		cases.put("POST /emulation/rewards/person",
				(test) -> test.refused(
						post("/emulation/rewards/person").param("personId", String.valueOf(test.outsidePerson.id()))
							.param("year", "2025")
							.param("kind", "GIAY_KHEN")));
		cases.put("POST /emulation/rewards/proposals", (test) -> test
			.refused(post("/emulation/rewards/proposals").param("unitId", other).param("year", "2025")));
		cases.put("POST /emulation/rewards/{id}/decision", (test) -> {
			test.refused(post("/emulation/rewards/{id}/decision", test.outsideReward()).param("version", "0")
				.param("status", "REJECTED"));
			assertThat(test.ok(get("/emulation/rewards").param("year", "2025"))).doesNotContain("Lò Thị Ngoaiphamvi");
		});
		cases.put("POST /emulation/collective", (test) -> test.refused(
				post("/emulation/collective").param("unitId", other).param("year", "2025").param("level", "GOOD")));
		cases.put("GET /api/v1/org-units/{code}/emulation",
				(test) -> test.refusedApi(get("/api/v1/org-units/{code}/emulation", "03325").param("year", "2025")));
		cases.put("GET /api/v1/rewards", (test) -> {
			test.refusedApi(get("/api/v1/rewards").param("unit", "03325").param("year", "2025"));
			test.outsideReward();
			assertThat(test.okApi(get("/api/v1/rewards").param("year", "2025"))).doesNotContain("Ngoaiphamvi");
		});
		cases.put("POST /api/v1/rewards", (test) -> test.refusedApi(post("/api/v1/rewards")
			.contentType("application/json")
			.content("{\"personId\": " + test.outsidePerson.id() + ", \"year\": 2025, \"kind\": \"BANG_KHEN_TINH\"}")));
		cases.put("POST /api/v1/rewards/{id}/decision",
				(test) -> test.refusedApi(
						post("/api/v1/rewards/{id}/decision", test.outsideReward()).contentType("application/json")
							.content("{\"version\": 0, \"status\": \"REJECTED\"}")));
		cases.put("GET /api/v1/org-units/{code}/collective-ratings/{year}",
				(test) -> test.refusedApi(get("/api/v1/org-units/{code}/collective-ratings/{year}", "03325", 2025)));
		cases.put("PUT /api/v1/org-units/{code}/collective-ratings/{year}",
				(test) -> test.refusedApi(put("/api/v1/org-units/{code}/collective-ratings/{year}", "03325", 2025)
					.contentType("application/json")
					.content("{\"level\": \"GOOD\"}")));
	}

	// ---- Monthly plans and village duty (work.web PlansApiController,
	// PlanPageController,
	// VillagePageController) ----

	void plansCases(Map<String, Consumer<EndpointScopeTests>> cases) {
		String other = String.valueOf(this.otherCommune.id());
		long outside = this.outsidePerson.id();
		String outsideVillage = "Bản Ngoài " + TestAccounts.uniqueName("pv");
		long duty = this.jdbc.sql("""
				insert into village_duty (commune_id, village, person_id, valid_from, assigned_by)
				values (:commune, :village, :person, date '2026-01-01', 'ngoai') returning id""")
			.param("commune", this.otherCommune.id())
			.param("village", outsideVillage)
			.param("person", outside)
			.query(Long.class)
			.single();
		String json = "application/json";
		String decision = "{\"version\": 0, \"note\": \"Ngoài phạm vi\"}";
		cases.put("GET /work/plans",
				(test) -> assertThat(test.ok(get("/work/plans").param("month", "2026-07"))).contains("Kế hoạch")
					.doesNotContain("Lò Thị Ngoaiphamvi"));
		cases.put("POST /work/plans/tasks",
				(test) -> test.refused(post("/work/plans/tasks").param("month", "2026-07")
					.param("title", "Việc không có hồ sơ")
					.param("dueOn", "2026-07-20")));
		cases.put("POST /work/plans/submit",
				(test) -> test.refused(post("/work/plans/submit").param("month", "2026-07").param("version", "0")));
		cases.put("GET /work/plans/unit", (test) -> {
			test.refused(get("/work/plans/unit").param("unitId", other).param("month", "2026-07"));
			assertThat(test.ok(get("/work/plans/unit").param("month", "2026-07"))).contains("Lò Thị Trongphamvi")
				.doesNotContain("Lò Thị Ngoaiphamvi");
		});
		cases.put("GET /work/plans/persons/{id}",
				(test) -> test.refused(get("/work/plans/persons/{id}", outside).param("month", "2026-07")));
		for (String action : new String[] { "approve", "return" }) {
			cases.put("POST /work/plans/persons/{id}/" + action,
					(test) -> test.refused(post("/work/plans/persons/{id}/" + action, outside).param("month", "2026-07")
						.param("version", "0")
						.param("note", "Ngoài phạm vi")));
		}
		cases.put("GET /work/villages", (test) -> {
			test.refused(get("/work/villages").param("unitId", other));
			assertThat(test.ok(get("/work/villages"))).contains("Phân công phụ trách").doesNotContain(outsideVillage);
		});
		cases.put("POST /work/villages",
				(test) -> test.refused(post("/work/villages").param("unitId", other)
					.param("personId", String.valueOf(outside))
					.param("village", "Bản Lạ")
					.param("validFrom", "2026-01-01")));
		cases.put("POST /work/villages/{id}/end",
				(test) -> test.refused(post("/work/villages/{id}/end", duty).param("validTo", "2026-08-01")));
		cases.put("POST /work/villages/tasks",
				(test) -> test.refused(post("/work/villages/tasks").param("unitId", other).param("month", "2026-07")));
		cases.put("GET /api/v1/persons/{id}/plans/{month}",
				(test) -> test.refusedApi(get("/api/v1/persons/{id}/plans/{month}", outside, "2026-07-01")));
		for (String action : new String[] { "submit", "approve", "return" }) {
			cases.put("POST /api/v1/persons/{id}/plans/{month}/" + action, (test) -> test.refusedApi(
					post("/api/v1/persons/{id}/plans/{month}/" + action, outside, "2026-07-01").contentType(json)
						.content(decision)));
		}
		cases.put("GET /api/v1/org-units/{code}/plans/{month}", (test) -> {
			test.refusedApi(get("/api/v1/org-units/{code}/plans/{month}", "03325", "2026-07-01"));
			assertThat(test.okApi(get("/api/v1/org-units/{code}/plans/{month}", "03334", "2026-07-01")))
				.contains("Lò Thị Trongphamvi")
				.doesNotContain("Lò Thị Ngoaiphamvi");
		});
		cases.put("GET /api/v1/org-units/{code}/villages",
				(test) -> test.refusedApi(get("/api/v1/org-units/{code}/villages", "03325")));
		cases.put("POST /api/v1/org-units/{code}/villages", (test) -> test
			.refusedApi(post("/api/v1/org-units/{code}/villages", "03325").contentType(json)
				.content("{\"personId\": " + outside + ", \"village\": \"Bản Lạ\", \"validFrom\": \"2026-01-01\"}")));
		cases.put("POST /api/v1/village-duties/{id}/end",
				(test) -> test.refusedApi(post("/api/v1/village-duties/{id}/end", duty).contentType(json)
					.content("{\"validTo\": \"2026-08-01\"}")));
		cases.put("POST /api/v1/org-units/{code}/villages/tasks/{month}", (test) -> test
			.refusedApi(post("/api/v1/org-units/{code}/villages/tasks/{month}", "03325", "2026-07-01")));
	}

	/** A notification of the outside account, sent once. */
	long outsideNotification(String text) {
		if (this.outsideNotification == null) {
			this.notifications.send(List.of(this.outsideAccount.username()), NotificationKind.OTHER,
					"notifications.message.text", List.of(text), "/", null);
			this.outsideNotification = this.jdbc.sql("select max(id) from notification where recipient = :r")
				.param("r", this.outsideAccount.username())
				.query(Long.class)
				.single();
		}
		return this.outsideNotification;
	}

	boolean unread(long notification) {
		return this.jdbc.sql("select read_at is null from notification where id = :id")
			.param("id", notification)
			.query(Boolean.class)
			.single();
	}

	/** A proposed reward of the person in the other commune, made once. */
	long outsideReward() {
		if (this.outsideReward == null) {
			this.outsideReward = this.system.call(() -> this.emulation
				.propose(new NewReward(this.outsidePerson.id(), null, 2025, RewardKind.GIAY_KHEN, null))
				.id());
		}
		return this.outsideReward;
	}

	String personJson(String name, long agencyId) {
		return "{\"identity\": {\"fullName\": \"" + name
				+ "\", \"birthYear\": 1990, \"gender\": \"MALE\", \"ethnicity\": \"THAI\"}, "
				+ "\"employment\": {\"category\": \"CIVIL_SERVANT\", \"agencyId\": " + agencyId + "}}";
	}

	String unprocessableApi(MockHttpServletRequestBuilder request) {
		MvcResult result = perform(request.with(httpBasic(this.officer.username(), TestAccounts.PASSWORD)));
		assertThat(result.getResponse().getStatus()).as("status of %s", body(result)).isEqualTo(422);
		return body(result);
	}

	byte[] okBytes(MockHttpServletRequestBuilder request) {
		MvcResult result = perform(request.with(authentication(signedIn())).with(csrf()));
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(200);
		return result.getResponse().getContentAsByteArray();
	}

	/** The names in an exported personnel sheet. */
	List<String> sheetNames(byte[] xlsx) {
		try (XlsxRows rows = TestSheets.open(xlsx)) {
			return rows.rows().map((row) -> row.text("Họ và tên").orElse("")).toList();
		}
	}

	/** The dashboard page and API (issue 13). */
	void dashboardCases(Map<String, Consumer<EndpointScopeTests>> cases) {
		String other = String.valueOf(this.otherCommune.id());
		cases.put("GET /dashboard", (test) -> {
			test.refused(get("/dashboard").param("unitId", other));
			assertThat(test.ok(get("/dashboard"))).contains("Bảng điều hành").contains("Phường Mường Thanh");
		});
		cases.put("GET /dashboard/export.xlsx", (test) -> {
			test.refused(get("/dashboard/export.xlsx").param("unit", "03325"));
			byte[] workbook = test.okBytes(get("/dashboard/export.xlsx").param("unit", "03334"));
			try (XlsxRows about = TestSheets.open(workbook, XlsxRows.Options.defaults().withMinimumHeaderCells(2))) {
				assertThat(about.rows().map((row) -> row.texts().get(1)).toList())
					.anyMatch((text) -> text.contains("Phường Mường Thanh"));
			}
		});
		cases.put("GET /api/v1/org-units/{code}/dashboard", (test) -> {
			test.refusedApi(get("/api/v1/org-units/{code}/dashboard", "03325"));
			assertThat(test.okApi(get("/api/v1/org-units/{code}/dashboard", "03334"))).contains("\"code\":\"03334\"");
		});
	}

	/** Pages that modules added to open the people behind their indicators (issue 13). */
	void indicatorCases(Map<String, Consumer<EndpointScopeTests>> cases) {
		cases.put("GET /staffing/leaders", (test) -> {
			String own = String.valueOf(test.commune.id());
			assertThat(test.ok(get("/staffing/leaders").param("unitId", own).param("age", "OVER_50")))
				.contains("id=\"leaders-table\"");
			test.refused(get("/staffing/leaders").param("unitId", String.valueOf(test.otherCommune.id())));
			test.refusedAs(test.staffSignedIn(), get("/staffing/leaders").param("unitId", own));
		});
		String other = String.valueOf(this.otherCommune.id());
		// The filters the work, ratings, discipline and emulation indicators link with
		// keep the pages' scope: each case of the page is extended with its filtered
		// form.
		Map<String, Consumer<EndpointScopeTests>> filtered = new TreeMap<>();
		filtered.put("GET /work/months", (test) -> test
			.refused(get("/work/months").param("unitId", other).param("month", "2026-03").param("stage", "CLOSED")));
		filtered.put("GET /ratings",
				(test) -> test.refused(get("/ratings").param("unitId", other)
					.param("year", "2025")
					.param("level", "RATED")
					.param("status", "APPROVED")));
		filtered.put("GET /discipline", (test) -> {
			test.refused(get("/discipline").param("unitId", other).param("people", "true"));
			assertThat(test.ok(get("/discipline").param("people", "true"))).contains("Lò Thị Trongphamvi")
				.doesNotContain("Lò Thị Ngoaiphamvi");
		});
		filtered.put("GET /emulation/rewards", (test) -> {
			test.refused(get("/emulation/rewards").param("unitId", other)
				.param("year", "2026")
				.param("fromYear", "2022")
				.param("status", "DECIDED"));
			test.outsideReward();
			assertThat(test.ok(get("/emulation/rewards").param("year", "2026").param("fromYear", "2022")))
				.doesNotContain("Lò Thị Ngoaiphamvi");
		});
		filtered.forEach((endpoint, extra) -> cases.merge(endpoint, extra, Consumer::andThen));
	}

	/** Targets (chỉ tiêu), issue 13. */
	void targetsCases(Map<String, Consumer<EndpointScopeTests>> cases) {
		// One target in the commune and one in the other commune, written straight into
		// the
		// table (whether the indicator is defined does not matter to scope), once.
		long[] ids = new long[2];
		String insideNumber = "TRONG-" + TestAccounts.uniqueName("ct");
		String outsideNumber = "NGOAI-" + TestAccounts.uniqueName("ct");
		Consumer<EndpointScopeTests> seed = (test) -> {
			if (ids[0] != 0) {
				return;
			}
			String insert = """
					insert into target (indicator_id, unit_id, comparison, target_value, baseline_date, deadline,
						resolution_number, resolution_date, resolution_body, created_by, created_at, updated_by,
						updated_at)
					values ('people.women', :unit, 'AT_LEAST', 30, date '2025-07-01', date '2025-12-31', :number,
						date '2025-06-20', 'Đảng ủy (thử)', 'test', now(), 'test', now())
					returning id""";
			ids[0] = test.jdbc.sql(insert)
				.param("unit", test.commune.id())
				.param("number", insideNumber)
				.query(Long.class)
				.single();
			ids[1] = test.jdbc.sql(insert)
				.param("unit", test.otherCommune.id())
				.param("number", outsideNumber)
				.query(Long.class)
				.single();
		};
		String other = String.valueOf(this.otherCommune.id());
		String json = """
				{"version": 0, "indicatorId": "people.women", "unitId": %s, "comparison": "AT_LEAST", "value": 30,
				 "deadline": "2030-12-31", "resolutionNumber": "1/NQ", "resolutionDate": "2025-06-20",
				 "resolutionBody": "Đảng ủy"}""".formatted(other);
		cases.put("GET /targets", (test) -> {
			seed.accept(test);
			test.refused(get("/targets").param("unitId", other));
			assertThat(test.ok(get("/targets"))).contains(insideNumber).doesNotContain(outsideNumber);
		});
		cases.put("GET /targets/export.xlsx", (test) -> {
			seed.accept(test);
			test.refused(get("/targets/export.xlsx").param("unitId", other));
			try (XlsxRows rows = TestSheets.open(test.okBytes(get("/targets/export.xlsx")))) {
				assertThat(rows.rows().map((row) -> row.text("Số nghị quyết").orElse(""))).contains(insideNumber)
					.doesNotContain(outsideNumber);
			}
		});
		cases.put("GET /targets/summary", (test) -> {
			seed.accept(test);
			test.refused(get("/targets/summary").param("unitId", other));
			assertThat(test.ok(get("/targets/summary").param("unitId", String.valueOf(test.commune.id()))))
				.contains("summary-target-" + ids[0])
				.doesNotContain("summary-target-" + ids[1]);
		});
		cases.put("GET /targets/new", (test) -> test.refused(get("/targets/new").param("unitId", other)));
		cases.put("POST /targets",
				(test) -> test.refused(post("/targets").param("indicatorId", "people.women")
					.param("unitId", other)
					.param("comparison", "AT_LEAST")
					.param("value", "30")
					.param("deadline", "2030-12-31")
					.param("resolutionNumber", "1/NQ")
					.param("resolutionDate", "2025-06-20")
					.param("resolutionBody", "Đảng ủy")));
		cases.put("GET /targets/{id}", (test) -> {
			seed.accept(test);
			test.refused(get("/targets/{id}", ids[1]));
		});
		cases.put("GET /targets/{id}/edit", (test) -> {
			seed.accept(test);
			test.refused(get("/targets/{id}/edit", ids[1]));
		});
		cases.put("POST /targets/{id}/edit", (test) -> {
			seed.accept(test);
			test.refused(post("/targets/{id}/edit", ids[1]).param("version", "0")
				.param("indicatorId", "people.women")
				.param("unitId", String.valueOf(test.commune.id()))
				.param("comparison", "AT_LEAST")
				.param("value", "30")
				.param("deadline", "2030-12-31")
				.param("resolutionNumber", "1/NQ")
				.param("resolutionDate", "2025-06-20")
				.param("resolutionBody", "Đảng ủy"));
		});
		cases.put("GET /targets/{id}/delete", (test) -> {
			seed.accept(test);
			test.refused(get("/targets/{id}/delete", ids[1]));
		});
		cases.put("POST /targets/{id}/delete", (test) -> {
			seed.accept(test);
			test.refused(post("/targets/{id}/delete", ids[1]).param("version", "0"));
		});
		cases.put("GET /api/v1/targets", (test) -> {
			seed.accept(test);
			test.refusedApi(get("/api/v1/targets").param("unitId", other));
			test.refusedApi(get("/api/v1/targets").param("unit", "03325"));
			assertThat(test.okApi(get("/api/v1/targets").param("size", "200"))).contains(insideNumber)
				.doesNotContain(outsideNumber);
		});
		cases.put("POST /api/v1/targets",
				(test) -> test.refusedApi(post("/api/v1/targets").contentType("application/json").content(json)));
		cases.put("GET /api/v1/targets/{id}", (test) -> {
			seed.accept(test);
			test.refusedApi(get("/api/v1/targets/{id}", ids[1]));
		});
		cases.put("PUT /api/v1/targets/{id}", (test) -> {
			seed.accept(test);
			test.refusedApi(put("/api/v1/targets/{id}", ids[1]).contentType("application/json").content(json));
		});
		cases.put("DELETE /api/v1/targets/{id}", (test) -> {
			seed.accept(test);
			test.refusedApi(delete("/api/v1/targets/{id}", ids[1]).param("version", "0"));
		});
		cases.put("GET /api/v1/targets/{id}/progress", (test) -> {
			seed.accept(test);
			test.refusedApi(get("/api/v1/targets/{id}/progress", ids[1]).param("asOf", "2026-01-01"));
		});
	}

	/** The official statistical reports and the report pack (issue 13). */
	void statReportsCases(Map<String, Consumer<EndpointScopeTests>> cases) {
		String other = String.valueOf(this.otherCommune.id());
		String own = String.valueOf(this.commune.id());
		cases.put("GET /reports", (test) -> {
			test.refused(get("/reports").param("unitId", other));
			assertThat(test.ok(get("/reports"))).contains("Phường Mường Thanh", "BM02/BNV")
				.doesNotContain(test.outsideAgency.name());
		});
		cases.put("GET /reports/workbook.xlsx", (test) -> {
			test.refused(get("/reports/workbook.xlsx").param("unitId", other));
			try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
					new ByteArrayInputStream(test.okBytes(get("/reports/workbook.xlsx").param("unitId", own))))) {
				assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("BM02/BNV");
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		cases.put("GET /reports/pack.zip", (test) -> test.refused(get("/reports/pack.zip").param("unitId", other)));
		cases.put("GET /reports/forms", (test) -> assertThat(test.ok(get("/reports/forms"))).contains("BM01/BNV"));
		cases.put("GET /api/v1/reports/forms",
				(test) -> assertThat(test.okApi(get("/api/v1/reports/forms"))).contains("BM02-BNV"));
		cases.put("GET /api/v1/org-units/{code}/reports/{form}.xlsx",
				(test) -> test.refusedApi(get("/api/v1/org-units/{code}/reports/{form}.xlsx", "03325", "BM02-BNV")));
	}

	/** The national-database export (issue 13). */
	void dataExchangeCases(Map<String, Consumer<EndpointScopeTests>> cases) {
		long other = this.otherCommune.id();
		// "Trongphamvi" has no salary rank, so her dossier is withheld and reported; the
		// record with a salary step is exported; nobody of the other commune appears.
		cases.put("GET /api/v1/exchange/schema.json",
				(test) -> assertThat(test.okApi(get("/api/v1/exchange/schema.json"))).contains("\"soDinhDanh\"",
						"https://json-schema.org/draft/2020-12/schema"));
		cases.put("GET /exchange/schema.json",
				(test) -> assertThat(test.ok(get("/exchange/schema.json"))).contains("\"soDinhDanh\""));
		cases.put("GET /api/v1/exchange/dossiers", (test) -> {
			test.refusedApi(get("/api/v1/exchange/dossiers").param("unit", "03325"));
			test.refusedApiAs(test.staff, get("/api/v1/exchange/dossiers"));
			test.refusedApiAs(test.viewer, get("/api/v1/exchange/dossiers"));
			assertThat(test.okApi(get("/api/v1/exchange/dossiers").param("unit", "03334")))
				.contains(test.insideName + " Lương")
				.doesNotContain("Trongphamvi")
				.doesNotContain(test.outsideName);
		});
		cases.put("GET /api/v1/exchange/validation", (test) -> {
			test.refusedApi(get("/api/v1/exchange/validation").param("unit", "03325"));
			test.refusedApiAs(test.staff, get("/api/v1/exchange/validation"));
			assertThat(test.okApi(get("/api/v1/exchange/validation").param("unit", "03334").param("size", "500")))
				.contains("Lò Thị Trongphamvi", "maNgach")
				.doesNotContain("Ngoaiphamvi")
				.doesNotContain(test.outsideName);
		});
		cases.put("GET /exchange", (test) -> {
			test.refused(get("/exchange").param("unitId", String.valueOf(other)));
			test.refusedAs(test.staffSignedIn(), get("/exchange"));
			test.refusedAs(test.viewerSignedIn(), get("/exchange"));
			assertThat(test.ok(get("/exchange").param("page", "0"))).contains("Lò Thị Trongphamvi")
				.doesNotContain("Ngoaiphamvi");
		});
		cases.put("GET /exchange/dossiers.json", (test) -> {
			test.refused(get("/exchange/dossiers.json").param("unitId", String.valueOf(other)));
			assertThat(new String(test.okBytes(get("/exchange/dossiers.json")), StandardCharsets.UTF_8))
				.contains(test.insideName + " Lương")
				.doesNotContain(test.outsideName);
		});
		cases.put("GET /exchange/validation.xlsx", (test) -> {
			test.refused(get("/exchange/validation.xlsx").param("unitId", String.valueOf(other)));
			assertThat(test.sheetNames(test.okBytes(get("/exchange/validation.xlsx")))).contains("Lò Thị Trongphamvi")
				.doesNotContain("Lò Thị Ngoaiphamvi");
		});
	}

	/** The home pages by role and the shell (issue 13). */
	void shellCases(Map<String, Consumer<EndpointScopeTests>> cases) {
		cases.put("GET /me", (test) -> {
			assertThat(test.okAs(test.staffSignedIn(), get("/me"))).contains("Lò Văn Tựxem")
				.doesNotContain(test.insideName, test.outsideName);
			assertThat(test.ok(get("/me"))).as("the officer's account has no record")
				.contains("Tài khoản chưa gắn với hồ sơ cán bộ")
				.doesNotContain(test.insideName, test.outsideName);
		});
		cases.put("GET /admin/system", (test) -> {
			test.refusedAs(test.staffSignedIn(), get("/admin/system"));
			test.refusedAs(test.viewerSignedIn(), get("/admin/system"));
			long everywhere = test.jdbc.sql("select count(*) from user_account").query(Long.class).single();
			java.util.regex.Matcher total = java.util.regex.Pattern
				.compile("id=\"accounts-total\"[^>]*>.*?<td[^>]*>([^<]*)</td>", java.util.regex.Pattern.DOTALL)
				.matcher(test.ok(get("/admin/system")));
			assertThat(total.find()).isTrue();
			assertThat(Long.parseLong(total.group(1).strip().replace(".", ""))).as("accounts of the commune only")
				.isPositive()
				.isLessThan(everywhere);
		});
	}

	/** Scope cases of the planning module's endpoints (issue 14/15 slice). */
	void planningCases(Map<String, Consumer<EndpointScopeTests>> cases) {
		// A period, an entry and a review proposal in the commune and in the other
		// commune,
		// written straight into the planning tables, once.
		long[] periods = new long[2];
		long[] entries = new long[2];
		long[] proposals = new long[2];
		String insideName = "Quy hoạch trong " + TestAccounts.uniqueName("qh");
		String outsideName = "Quy hoạch ngoài " + TestAccounts.uniqueName("qh");
		Consumer<EndpointScopeTests> seed = (test) -> {
			if (periods[0] != 0) {
				return;
			}
			long[] units = { test.commune.id(), test.otherCommune.id() };
			long[] persons = { test.insidePerson.id(), test.outsidePerson.id() };
			String[] names = { insideName, outsideName };
			for (int i = 0; i < 2; i++) {
				periods[i] = test.jdbc
					.sql("""
							insert into planning_period (unit_id, name, start_year, end_year, age_reference_date, valid_from,
								created_by, created_at, updated_by, updated_at)
							values (:unit, :name, 2025, 2030, date '2025-01-01', date '2025-01-01', 'test', now(), 'test', now())
							returning id""")
					.param("unit", units[i])
					.param("name", names[i])
					.query(Long.class)
					.single();
				entries[i] = test.jdbc.sql("""
						insert into planning_entry (period_id, unit_id, title_code, person_id, source, step,
							decision_number, decision_date, decision_body, readiness, added_on, created_by, created_at,
							updated_by, updated_at)
						values (:period, :unit, 'XA_CT_UBND', :person, 1, 'APPROVAL', '1-QĐ', date '2025-01-01', 'BTV',
							'NOW', date '2025-01-01', 'test', now(), 'test', now())
						returning id""")
					.param("period", periods[i])
					.param("unit", units[i])
					.param("person", persons[i])
					.query(Long.class)
					.single();
				proposals[i] = test.jdbc.sql("""
						insert into planning_review (entry_id, removal_case, detected_on, detail, status, created_at)
						values (:entry, 'OTHER', date '2025-06-01', 'thử', 'PROPOSED', now()) returning id""")
					.param("entry", entries[i])
					.query(Long.class)
					.single();
			}
		};
		String other = String.valueOf(this.otherCommune.id());
		cases.put("GET /planning", (test) -> {
			seed.accept(test);
			assertThat(test.ok(get("/planning"))).contains(insideName).doesNotContain(outsideName);
		});
		cases.put("POST /planning/periods",
				(test) -> test.refused(post("/planning/periods").param("unitId", other)
					.param("name", "Ngoài")
					.param("startYear", "2025")
					.param("endYear", "2030")
					.param("ageReferenceDate", "2025-01-01")
					.param("validFrom", "2025-01-01")));
		cases.put("GET /planning/periods/{id}", (test) -> {
			seed.accept(test);
			test.refused(get("/planning/periods/{id}", periods[1]));
			assertThat(test.ok(get("/planning/periods/{id}", periods[0]))).contains("Trongphamvi");
		});
		cases.put("POST /planning/periods/{id}/entries", (test) -> {
			seed.accept(test);
			test.refused(post("/planning/periods/{id}/entries", periods[1]).param("unitId", other)
				.param("titleCode", "XA_CT_UBND")
				.param("personId", String.valueOf(test.outsidePerson.id())));
		});
		cases.put("POST /planning/entries/{id}/remove", (test) -> {
			seed.accept(test);
			test.refused(post("/planning/entries/{id}/remove", entries[1]).param("version", "0")
				.param("removalCase", "OTHER")
				.param("removedOn", "2025-06-01")
				.param("removalDecision", "1"));
		});
		cases.put("GET /planning/eligibility", (test) -> {
			test.refused(get("/planning/eligibility").param("personId", String.valueOf(test.outsidePerson.id()))
				.param("unitId", String.valueOf(test.commune.id()))
				.param("titleCode", "XA_CT_UBND"));
			test.refused(get("/planning/eligibility").param("personId", String.valueOf(test.insidePerson.id()))
				.param("unitId", other)
				.param("titleCode", "XA_CT_UBND"));
			assertThat(test.ok(get("/planning/eligibility").param("personId", String.valueOf(test.insidePerson.id()))
				.param("unitId", String.valueOf(test.commune.id()))
				.param("titleCode", "XA_CT_UBND"))).contains("Trongphamvi").contains("Tuổi quy hoạch");
		});
		cases.put("GET /planning/coverage", (test) -> {
			seed.accept(test);
			test.refused(get("/planning/coverage").param("unitId", other));
			assertThat(test.ok(get("/planning/coverage"))).contains("Trongphamvi").doesNotContain("Ngoaiphamvi");
		});
		cases.put("GET /planning/coverage.xlsx", (test) -> {
			seed.accept(test);
			test.refused(get("/planning/coverage.xlsx").param("unitId", other));
			try (XlsxRows rows = TestSheets.open(
					test.okBytes(get("/planning/coverage.xlsx").param("unitId", String.valueOf(test.commune.id()))))) {
				assertThat(rows.rows().map((row) -> String.join("|", row.texts())).toList()).isNotEmpty()
					.allMatch((row) -> row.contains(test.commune.name()));
			}
		});
		cases.put("GET /planning/review", (test) -> {
			seed.accept(test);
			test.refused(get("/planning/review").param("unitId", other));
			assertThat(test.ok(get("/planning/review"))).contains("Trongphamvi").doesNotContain("Ngoaiphamvi");
		});
		cases.put("POST /planning/review", (test) -> test.refused(post("/planning/review").param("unitId", other)));
		cases.put("POST /planning/review/{id}", (test) -> {
			seed.accept(test);
			test.refused(
					post("/planning/review/{id}", proposals[1]).param("version", "0").param("decision", "dismiss"));
		});
		cases.put("GET /api/v1/persons/{id}/planning-eligibility", (test) -> {
			test.refusedApi(get("/api/v1/persons/{id}/planning-eligibility", test.outsidePerson.id())
				.param("titleCode", "XA_CT_UBND")
				.param("unitCode", "03334"));
			assertThat(test.okApi(get("/api/v1/persons/{id}/planning-eligibility", test.insidePerson.id())
				.param("titleCode", "XA_CT_UBND")
				.param("unitCode", "03334"))).contains("\"code\":\"AGE\"");
		});
		cases.put("GET /api/v1/planning/periods", (test) -> {
			seed.accept(test);
			assertThat(test.okApi(get("/api/v1/planning/periods"))).contains(insideName).doesNotContain(outsideName);
		});
		cases.put("GET /api/v1/planning/periods/{id}/entries", (test) -> {
			seed.accept(test);
			test.refusedApi(get("/api/v1/planning/periods/{id}/entries", periods[1]));
			assertThat(test.okApi(get("/api/v1/planning/periods/{id}/entries", periods[0]))).contains("Trongphamvi");
		});
		cases.put("POST /api/v1/planning/entries", (test) -> {
			seed.accept(test);
			test.refusedApi(post("/api/v1/planning/entries").contentType("application/json")
				.content("{\"periodId\": %d, \"unitId\": %s, \"titleCode\": \"XA_CT_UBND\", \"personId\": %d}"
					.formatted(periods[1], other, test.outsidePerson.id())));
		});
		cases.put("GET /api/v1/planning/coverage", (test) -> {
			test.refusedApi(get("/api/v1/planning/coverage").param("unit", test.otherCommune.code()));
			seed.accept(test);
			assertThat(test.okApi(get("/api/v1/planning/coverage").param("unit", test.commune.code())))
				.contains("Trongphamvi")
				.doesNotContain("Ngoaiphamvi");
		});
	}

	/** Scope cases of the appointments module's endpoints (issue 14/15 slice). */
	void appointmentsCases(Map<String, Consumer<EndpointScopeTests>> cases) {
		// A case in the commune and one in the other commune, an appointed post due for
		// reappointment in each (held beside the people's main posts), and a removal
		// outside, written once.
		long[] ids = new long[3];
		String insideName = "Lò Thị Trongphamvi";
		String outsideName = "Lò Thị Ngoaiphamvi";
		LocalDate termEnd = LocalDate.of(2026, 9, 30);
		String asOf = "2026-08-01";
		Consumer<EndpointScopeTests> seed = (test) -> {
			if (ids[0] != 0) {
				return;
			}
			String insert = """
					insert into appointment_case (person_id, unit_id, title_code, kind, status, expected_on, created_by,
						created_at, updated_by, updated_at)
					values (:person, :unit, 'XA_TRUONG_PHONG', 'APPOINTMENT', 'OPEN', date '2026-04-01', 'test', now(),
						'test', now())
					returning id""";
			ids[0] = test.jdbc.sql(insert)
				.param("person", test.insidePerson.id())
				.param("unit", test.commune.id())
				.query(Long.class)
				.single();
			ids[1] = test.jdbc.sql(insert)
				.param("person", test.outsidePerson.id())
				.param("unit", test.otherCommune.id())
				.query(Long.class)
				.single();
			test.system.run(() -> {
				test.assignments.record(new RecordAssignment(test.insidePerson.id(), "03334", "XA_PHO_PHONG", null,
						vn.canbo.staffing.AssignmentKind.CONCURRENT, null, null, DAY, null, termEnd, "1/QĐ", DAY,
						null));
				test.assignments.record(new RecordAssignment(test.outsidePerson.id(), "03325", "XA_PHO_PHONG", null,
						vn.canbo.staffing.AssignmentKind.CONCURRENT, null, null, DAY, null, termEnd, "2/QĐ", DAY,
						null));
			});
			ids[2] = test.jdbc.sql("""
					insert into appointment_exit (person_id, unit_id, title_code, assignment_id, kind, reason,
						decision_number, decision_date, effective_on, created_by, created_at)
					values (:person, :unit, 'XA_PHO_PHONG', :assignment, 'REMOVAL', 'DISCIPLINE', '3/QĐ',
						date '2026-05-01', date '2026-05-02', 'test', now())
					returning id""")
				.param("person", test.outsidePerson.id())
				.param("unit", test.otherCommune.id())
				.param("assignment", test.outsideAssignment.id())
				.query(Long.class)
				.single();
		};
		String other = String.valueOf(this.otherCommune.id());
		cases.put("GET /appointments", (test) -> {
			seed.accept(test);
			test.refused(get("/appointments").param("unitId", other));
			assertThat(test.ok(get("/appointments"))).contains("case-" + ids[0]).doesNotContain("case-" + ids[1]);
		});
		cases.put("GET /appointments/new", (test) -> test.refused(get("/appointments/new").param("unitId", other)));
		cases.put("POST /appointments",
				(test) -> test.refused(post("/appointments").param("personId", String.valueOf(test.outsidePerson.id()))
					.param("unitId", other)
					.param("titleCode", "XA_TRUONG_PHONG")
					.param("kind", "APPOINTMENT")
					.param("expectedOn", "2026-04-01")));
		cases.put("GET /appointments/{id}", (test) -> {
			seed.accept(test);
			test.refused(get("/appointments/{id}", ids[1]));
		});
		cases.put("POST /appointments/{id}/dossier", (test) -> {
			seed.accept(test);
			test.refused(post("/appointments/{id}/dossier", ids[1]).param("version", "0").param("dossier", "CV_PHOTO"));
		});
		cases.put("POST /appointments/{id}/meetings", (test) -> {
			seed.accept(test);
			test.refused(post("/appointments/{id}/meetings", ids[1]).param("version", "0")
				.param("step", "1")
				.param("heldOn", "2026-03-01")
				.param("summoned", "5")
				.param("present", "5")
				.param("votes[0].personId", String.valueOf(test.outsidePerson.id())));
		});
		cases.put("POST /appointments/{id}/decision", (test) -> {
			seed.accept(test);
			test.refused(post("/appointments/{id}/decision", ids[1]).param("version", "0")
				.param("decisionNumber", "9/QĐ")
				.param("decisionDate", "2026-04-01"));
		});
		cases.put("GET /appointments/due", (test) -> {
			seed.accept(test);
			test.refused(get("/appointments/due").param("unitId", other));
			assertThat(test.ok(get("/appointments/due").param("asOf", asOf))).contains(insideName)
				.doesNotContain(outsideName);
		});
		cases.put("GET /appointments/due/export.xlsx", (test) -> {
			seed.accept(test);
			test.refused(get("/appointments/due/export.xlsx").param("unitId", other));
			try (XlsxRows rows = TestSheets
				.open(test.okBytes(get("/appointments/due/export.xlsx").param("asOf", asOf)))) {
				assertThat(rows.rows().map((row) -> row.text("Họ và tên").orElse(""))).contains(insideName)
					.doesNotContain(outsideName);
			}
		});
		cases.put("GET /api/v1/appointments", (test) -> {
			seed.accept(test);
			test.refusedApi(get("/api/v1/appointments").param("unitId", other));
			assertThat(test.okApi(get("/api/v1/appointments").param("size", "200"))).contains("\"id\":" + ids[0] + ",")
				.doesNotContain("\"id\":" + ids[1] + ",");
		});
		cases.put("POST /api/v1/appointments",
				(test) -> test.refusedApi(post("/api/v1/appointments").contentType("application/json").content("""
						{"personId": %d, "unitId": %s, "titleCode": "XA_TRUONG_PHONG", "kind": "APPOINTMENT",
						 "expectedOn": "2026-04-01"}""".formatted(test.outsidePerson.id(), other))));
		cases.put("GET /api/v1/appointments/{id}", (test) -> {
			seed.accept(test);
			test.refusedApi(get("/api/v1/appointments/{id}", ids[1]));
		});
		cases.put("POST /api/v1/appointments/{id}/meetings", (test) -> {
			seed.accept(test);
			test.refusedApi(
					post("/api/v1/appointments/{id}/meetings", ids[1]).contentType("application/json").content("""
							{"version": 0, "step": 1, "heldOn": "2026-03-01", "summoned": 5, "present": 5,
							 "votes": [{"personId": %d, "votes": 0}]}""".formatted(test.outsidePerson.id())));
		});
		cases.put("POST /api/v1/appointments/{id}/decision", (test) -> {
			seed.accept(test);
			test.refusedApi(post("/api/v1/appointments/{id}/decision", ids[1]).contentType("application/json")
				.content("{\"version\": 0, \"decisionNumber\": \"9/QĐ\", \"decisionDate\": \"2026-04-01\"}"));
		});
		cases.put("GET /api/v1/appointments/due", (test) -> {
			seed.accept(test);
			test.refusedApi(get("/api/v1/appointments/due").param("unitId", other));
			assertThat(test.okApi(get("/api/v1/appointments/due").param("asOf", asOf).param("size", "200")))
				.contains(insideName)
				.doesNotContain(outsideName);
		});
		cases.put("POST /api/v1/appointments/exits",
				(test) -> test.refusedApi(post("/api/v1/appointments/exits").contentType("application/json")
					.content("""
							{"assignmentId": %d, "kind": "REMOVAL", "reason": "DISCIPLINE", "decisionNumber": "4/QĐ",
							 "decisionDate": "2026-05-01", "effectiveOn": "2026-05-02"}"""
						.formatted(test.outsideAssignment.id()))));
		cases.put("GET /api/v1/appointments/exits/{id}", (test) -> {
			seed.accept(test);
			test.refusedApi(get("/api/v1/appointments/exits/{id}", ids[2]));
		});
		cases.put("GET /appointments/exits", (test) -> {
			seed.accept(test);
			test.refused(get("/appointments/exits").param("unitId", other));
			assertThat(test.ok(get("/appointments/exits"))).doesNotContain("exit-" + ids[2])
				.doesNotContain(outsideName);
		});
		cases.put("GET /appointments/people/search",
				(test) -> assertThat(test.ok(get("/appointments/people/search").param("personQuery", "Ngoaiphamvi")))
					.doesNotContain(outsideName));
		cases.put("GET /appointments/exits/new", (test) -> test
			.refused(get("/appointments/exits/new").param("personId", String.valueOf(test.outsidePerson.id()))));
		cases.put("POST /appointments/exits",
				(test) -> test
					.refused(post("/appointments/exits").param("personId", String.valueOf(test.outsidePerson.id()))
						.param("assignmentId", String.valueOf(test.outsideAssignment.id()))
						.param("exitCase", "REMOVAL:DISCIPLINE")
						.param("decisionNumber", "4/QĐ")
						.param("decisionDate", "2026-05-01")
						.param("effectiveOn", "2026-05-02")));
	}

	/** Scope cases of the movements module's endpoints (issue 14/15 slice). */
	void movementsCases(Map<String, Consumer<EndpointScopeTests>> cases) {
		// One rotation of the colleague in the commune and one of the outsider in the
		// other commune, written straight into the table, once.
		long[] ids = new long[2];
		Consumer<EndpointScopeTests> seed = (test) -> {
			if (ids[0] != 0) {
				return;
			}
			String insert = """
					insert into movement_decision (person_id, movement_type, direction, from_assignment_id,
						from_unit_id, from_tier, from_post, to_unit_id, to_tier, to_job_position_code, to_post,
						to_key_title, to_assignment_id, decision_number, decision_date, decision_body, start_date,
						planned_months, return_date, at_return, created_by, created_at, updated_by, updated_at)
					values (:person, 'ROTATION', 'HORIZONTAL', 0, :unit, 'COMMUNE', 'Chuyên viên', :unit, 'COMMUNE',
						'CHUYEN_VIEN', 'Chuyên viên', false, 0, '9/QĐ-THU', date '2026-01-20', 'Đảng ủy (thử)',
						date '2026-02-01', 12, date '2027-02-01', 'RETURN_FORMER_POST', 'test', now(), 'test', now())
					returning id""";
			ids[0] = test.jdbc.sql(insert)
				.param("person", test.insidePerson.id())
				.param("unit", test.commune.id())
				.query(Long.class)
				.single();
			ids[1] = test.jdbc.sql(insert)
				.param("person", test.outsidePerson.id())
				.param("unit", test.otherCommune.id())
				.query(Long.class)
				.single();
		};
		String other = String.valueOf(this.otherCommune.id());
		String inside = "Lò Thị Trongphamvi";
		String outside = "Lò Thị Ngoaiphamvi";
		String json = """
				{"personId": %d, "type": "TRANSFER", "toUnitId": %d, "toJobPositionCode": "CHUYEN_VIEN",
				 "decisionNumber": "1/QĐ", "decisionDate": "2026-01-20", "decisionBody": "UBND",
				 "startDate": "2026-02-01"}""".formatted(this.outsidePerson.id(), this.commune.id());
		cases.put("GET /movements", (test) -> {
			seed.accept(test);
			test.refused(get("/movements").param("unitId", other));
			assertThat(test.ok(get("/movements").param("from", "2026-01-01").param("to", "2026-12-31")))
				.contains(inside)
				.doesNotContain(outside);
		});
		cases.put("GET /movements/export.xlsx", (test) -> {
			seed.accept(test);
			test.refused(get("/movements/export.xlsx").param("unitId", other));
			try (XlsxRows rows = TestSheets.open(test
				.okBytes(get("/movements/export.xlsx").param("from", "2026-01-01").param("to", "2026-12-31")))) {
				assertThat(rows.rows().map((row) -> row.text("Người được chọn").orElse(""))).contains(inside)
					.doesNotContain(outside);
			}
		});
		cases.put("GET /movements/ending", (test) -> {
			seed.accept(test);
			test.refused(get("/movements/ending").param("unitId", other));
			assertThat(test.ok(get("/movements/ending").param("asOf", "2027-01-15"))).contains(inside)
				.doesNotContain(outside);
		});
		cases.put("GET /movements/people/search", (test) -> {
			assertThat(test.ok(get("/movements/people/search").param("personQuery", "Trongphamvi"))).contains(inside);
			assertThat(test.ok(get("/movements/people/search").param("personQuery", "Ngoaiphamvi")))
				.doesNotContain(outside);
		});
		cases.put("GET /movements/new", (test) -> test
			.refused(get("/movements/new").param("personId", String.valueOf(test.outsidePerson.id()))));
		cases.put("POST /movements",
				(test) -> test.refused(post("/movements").param("personId", String.valueOf(test.outsidePerson.id()))
					.param("type", "TRANSFER")
					.param("toUnitId", String.valueOf(test.commune.id()))
					.param("toJobPositionCode", "CHUYEN_VIEN")
					.param("decisionNumber", "1/QĐ")
					.param("decisionDate", "2026-01-20")
					.param("decisionBody", "UBND")
					.param("startDate", "2026-02-01")));
		cases.put("GET /movements/{id}", (test) -> {
			seed.accept(test);
			test.refused(get("/movements/{id}", ids[1]));
		});
		cases.put("POST /movements/{id}/return", (test) -> {
			seed.accept(test);
			test.refused(
					post("/movements/{id}/return", ids[1]).param("version", "0").param("returnedOn", "2027-02-01"));
		});
		cases.put("GET /api/v1/movements", (test) -> {
			seed.accept(test);
			test.refusedApi(get("/api/v1/movements").param("unitId", other));
			test.refusedApi(get("/api/v1/movements").param("unit", "03325"));
			assertThat(test.okApi(get("/api/v1/movements").param("from", "2026-01-01").param("to", "2026-12-31")))
				.contains(inside)
				.doesNotContain(outside);
		});
		cases.put("POST /api/v1/movements",
				(test) -> test.refusedApi(post("/api/v1/movements").contentType("application/json").content(json)));
		cases.put("POST /api/v1/movements/eligibility", (test) -> test
			.refusedApi(post("/api/v1/movements/eligibility").contentType("application/json").content(json)));
		cases.put("GET /api/v1/movements/report", (test) -> {
			seed.accept(test);
			test.refusedApi(get("/api/v1/movements/report").param("unitId", other));
			assertThat(test.okApi(get("/api/v1/movements/report").param("unitId", String.valueOf(test.commune.id()))
				.param("from", "2026-01-01")
				.param("to", "2026-12-31"))).doesNotContain("\"rotations\":0");
		});
		cases.put("GET /api/v1/movements/ending", (test) -> {
			seed.accept(test);
			test.refusedApi(get("/api/v1/movements/ending").param("unitId", other));
			assertThat(test.okApi(get("/api/v1/movements/ending").param("asOf", "2027-01-15"))).contains(inside)
				.doesNotContain(outside);
		});
		cases.put("GET /api/v1/movements/{id}", (test) -> {
			seed.accept(test);
			test.refusedApi(get("/api/v1/movements/{id}", ids[1]));
		});
		cases.put("PUT /api/v1/movements/{id}", (test) -> {
			seed.accept(test);
			test.refusedApi(put("/api/v1/movements/{id}", ids[1]).contentType("application/json")
				.content("{\"version\": 0, \"decisionNumber\": \"2/QĐ\", \"decisionDate\": \"2026-01-20\", "
						+ "\"decisionBody\": \"UBND\"}"));
		});
		cases.put("POST /api/v1/movements/{id}/return", (test) -> {
			seed.accept(test);
			test.refusedApi(post("/api/v1/movements/{id}/return", ids[1]).contentType("application/json")
				.content("{\"version\": 0, \"returnedOn\": \"2027-02-01\"}"));
		});
	}

	/**
	 * Scope cases of the unit standards endpoints (issue 16, item 3): the other commune
	 * (Xã Mường Phăng) and the province are outside the officer's commune.
	 */
	void unitStandardsCases(Map<String, Consumer<EndpointScopeTests>> cases) {
		String other = String.valueOf(this.otherCommune.id());
		String day = "2026-01-01";
		cases.put("GET /unit-standards", (test) -> {
			test.refused(get("/unit-standards").param("unitId", other).param("asOf", day));
			assertThat(test.ok(get("/unit-standards").param("asOf", day))).contains("Phường Mường Thanh")
				.doesNotContain("Xã Mường Phăng");
		});
		cases.put("GET /unit-standards/units.xlsx", (test) -> {
			test.refused(get("/unit-standards/units.xlsx").param("unitId", other).param("asOf", day));
			test.okBytes(get("/unit-standards/units.xlsx").param("asOf", day));
		});
		cases.put("GET /unit-standards/units/{code}", (test) -> {
			test.refused(get("/unit-standards/units/{code}", "03325").param("asOf", day));
			test.refused(get("/unit-standards/units/{code}", "11").param("asOf", day));
			assertThat(test.ok(get("/unit-standards/units/{code}", "03334").param("asOf", day)))
				.contains("Phường Mường Thanh");
		});
		cases.put("POST /unit-standards/units/{code}/figures",
				(test) -> test.refused(post("/unit-standards/units/{code}/figures", "03325").param("areaKm2", "170")
					.param("population", "16000")
					.param("validFrom", "2026-02-01")
					.param("source", "Ngoài phạm vi")));
		cases.put("GET /unit-standards/merge", (test) -> {
			test.refused(get("/unit-standards/merge").param("codes", "03334", "03325").param("asOf", day));
			test.refused(get("/unit-standards/merge").param("codes", "03334").param("unitId", other));
			test.ok(get("/unit-standards/merge").param("codes", "03334").param("asOf", day));
		});
		cases.put("GET /api/v1/org-units/{code}/unit-standards", (test) -> {
			test.refusedApi(get("/api/v1/org-units/{code}/unit-standards", "03325").param("asOf", day));
			assertThat(test.okApi(get("/api/v1/org-units/{code}/unit-standards", "03334").param("asOf", day)))
				.contains("\"kind\":\"ward\"");
		});
		cases.put("GET /api/v1/org-units/{code}/unit-figures", (test) -> {
			test.refusedApi(get("/api/v1/org-units/{code}/unit-figures", "03325"));
			assertThat(test.okApi(get("/api/v1/org-units/{code}/unit-figures", "03334"))).contains("03334");
		});
		cases.put("POST /api/v1/org-units/{code}/unit-figures", (test) -> test.refusedApi(
				post("/api/v1/org-units/{code}/unit-figures", "03325").contentType("application/json").content("""
						{"areaKm2": "170", "population": "16000", "validFrom": "2026-02-01", "source": "Ngoài"}""")));
		cases.put("GET /api/v1/unit-standards/units", (test) -> {
			test.refusedApi(get("/api/v1/unit-standards/units").param("unit", "03325").param("asOf", day));
			test.refusedApi(get("/api/v1/unit-standards/units").param("unit", "11").param("asOf", day));
			assertThat(test.okApi(get("/api/v1/unit-standards/units").param("asOf", day))).contains("03334")
				.doesNotContain("03325");
		});
		cases.put("GET /api/v1/unit-standards/merge", (test) -> {
			test.refusedApi(get("/api/v1/unit-standards/merge").param("codes", "03334", "03325").param("asOf", day));
		});
	}

	/** Scope cases of the locality module's endpoints (issue 14/15 slice). */
	void localityCases(Map<String, Consumer<EndpointScopeTests>> cases) {
		// one override of the outside person in the other commune, written straight into
		// the table, once
		long[] outsideOverride = new long[1];
		Consumer<EndpointScopeTests> seed = (test) -> {
			if (outsideOverride[0] == 0) {
				outsideOverride[0] = test.jdbc.sql("""
						insert into locality_override (person_id, area_unit_id, local, reason, valid_from, created_by)
						values (:person, :area, true, 'Ngoài phạm vi', date '2025-07-01', 'test') returning id""")
					.param("person", test.outsidePerson.id())
					.param("area", test.otherCommune.id())
					.query(Long.class)
					.single();
			}
		};
		String other = String.valueOf(this.otherCommune.id());
		for (String page : new String[] { "/locality", "/locality/communes" }) {
			cases.put("GET " + page, (test) -> {
				test.refused(get(page).param("unitId", other));
				assertThat(test.ok(get(page))).contains(test.commune.name());
			});
		}
		cases.put("GET /locality/communes.xlsx", (test) -> {
			test.refused(get("/locality/communes.xlsx").param("unitId", other));
			test.okBytes(get("/locality/communes.xlsx"));
		});
		cases.put("GET /locality/key-leaders", (test) -> {
			test.refused(get("/locality/key-leaders").param("unitId", other));
			test.ok(get("/locality/key-leaders"));
		});
		cases.put("GET /locality/key-leaders.xlsx", (test) -> {
			test.refused(get("/locality/key-leaders.xlsx").param("unitId", other));
			test.okBytes(get("/locality/key-leaders.xlsx"));
		});
		cases.put("GET /locality/persons/{id}", (test) -> {
			test.refused(get("/locality/persons/{id}", test.outsidePerson.id()).param("unitId", other));
			test.refused(get("/locality/persons/{id}", test.insidePerson.id()).param("unitId", other));
			assertThat(test.ok(get("/locality/persons/{id}", test.insidePerson.id()).param("unitId",
					String.valueOf(test.commune.id()))))
				.contains("Xã Thanh Xương");
		});
		cases.put("POST /locality/persons/{id}/overrides",
				(test) -> test
					.refused(post("/locality/persons/{id}/overrides", test.outsidePerson.id()).param("unitId", other)
						.param("local", "true")
						.param("reason", "Ngoài phạm vi")
						.param("validFrom", "2025-07-01")));
		cases.put("POST /locality/overrides/{id}/delete", (test) -> {
			seed.accept(test);
			test.refused(post("/locality/overrides/{id}/delete", outsideOverride[0]).param("version", "0")
				.param("unitId", other));
		});
		cases.put("GET /api/v1/locality/summary", (test) -> {
			test.refusedApi(get("/api/v1/locality/summary").param("unitId", other));
			test.refusedApi(get("/api/v1/locality/summary").param("unit", "03325"));
			assertThat(test.okApi(get("/api/v1/locality/summary"))).contains("\"communes\":1");
		});
		cases.put("GET /api/v1/locality/communes", (test) -> {
			test.refusedApi(get("/api/v1/locality/communes").param("unitId", other));
			assertThat(test.okApi(get("/api/v1/locality/communes"))).contains("\"code\":\"03334\"")
				.doesNotContain("03325");
		});
		cases.put("GET /api/v1/locality/key-leaders", (test) -> {
			test.refusedApi(get("/api/v1/locality/key-leaders").param("unitId", other));
			assertThat(test.okApi(get("/api/v1/locality/key-leaders"))).contains("\"total\":");
		});
		cases.put("GET /api/v1/persons/{id}/locality", (test) -> {
			test.refusedApi(get("/api/v1/persons/{id}/locality", test.outsidePerson.id()).param("unitId", other));
			assertThat(test.okApi(get("/api/v1/persons/{id}/locality", test.insidePerson.id()).param("unit", "03334")))
				.contains("\"status\":\"UNKNOWN\"", "TEXT_ONLY");
		});
		cases.put("POST /api/v1/locality/overrides",
				(test) -> test.refusedApi(post("/api/v1/locality/overrides").contentType("application/json").content("""
						{"personId": %d, "areaUnitId": %s, "local": true, "reason": "Ngoài phạm vi",
						 "validFrom": "2025-07-01"}""".formatted(test.outsidePerson.id(), other))));
		cases.put("GET /api/v1/locality/overrides/{id}", (test) -> {
			seed.accept(test);
			test.refusedApi(get("/api/v1/locality/overrides/{id}", outsideOverride[0]));
		});
		cases.put("PUT /api/v1/locality/overrides/{id}", (test) -> {
			seed.accept(test);
			test.refusedApi(put("/api/v1/locality/overrides/{id}", outsideOverride[0]).param("version", "0")
				.contentType("application/json")
				.content("{\"local\": false, \"reason\": \"x\", \"validFrom\": \"2025-07-01\"}"));
		});
		cases.put("DELETE /api/v1/locality/overrides/{id}", (test) -> {
			seed.accept(test);
			test.refusedApi(delete("/api/v1/locality/overrides/{id}", outsideOverride[0]).param("version", "0"));
		});
	}

	/** Scope cases of the recruitment module's endpoints (issue 14/15 slice). */
	void recruitmentCases(Map<String, Consumer<EndpointScopeTests>> cases) {
		// A plan of year 2099 in the commune and one in the other commune, each with a
		// vacancy and a candidate, written straight into the tables once.
		long[] plans = new long[2];
		long[] vacancies = new long[2];
		long[] candidates = new long[2];
		String insideName = "Thí sinh Trong " + TestAccounts.uniqueName("td").replaceAll("[^a-z]", "");
		String outsideName = "Thí sinh Ngoài " + TestAccounts.uniqueName("td").replaceAll("[^a-z]", "");
		Consumer<EndpointScopeTests> seed = (test) -> {
			if (plans[0] != 0) {
				return;
			}
			long[] units = { test.commune.id(), test.otherCommune.id() };
			String[] names = { insideName, outsideName };
			for (int i = 0; i < 2; i++) {
				test.jdbc.sql("delete from recruitment_plan where agency_id = :unit and year = 2099")
					.param("unit", units[i])
					.update();
				plans[i] = test.jdbc.sql("""
						insert into recruitment_plan (agency_id, year, as_of, regime, status, created_by, created_at,
							updated_by, updated_at)
						values (:unit, 2099, date '2026-03-01', 'CIVIL_SERVANT', 'OPEN', 'test', now(), 'test', now())
						returning id""").param("unit", units[i]).query(Long.class).single();
				vacancies[i] = test.jdbc.sql("""
						insert into recruitment_vacancy (plan_id, job_position_code, job_position_name, quota, holders,
							seats, method, exam_form, round_one, status)
						values (:plan, 'CHUYEN_VIEN', 'Chuyên viên', 1, 0, 1, 'EXAM', 'WRITTEN', false, 'OPEN')
						returning id""").param("plan", plans[i]).query(Long.class).single();
				candidates[i] = test.jdbc
					.sql("""
							insert into recruitment_candidate (plan_id, vacancy_id, citizen_id, full_name, birth_date, gender,
								vietnamese_only, resides_in_vietnam, meets_other_conditions, professional_level,
								written_score, created_by, created_at, updated_by, updated_at)
							values (:plan, :vacancy, '011098000001', :name, date '1998-04-15', 'MALE', true, true, true,
								'DAI_HOC', 80, 'test', now(), 'test', now())
							returning id""")
					.param("plan", plans[i])
					.param("vacancy", vacancies[i])
					.param("name", names[i])
					.query(Long.class)
					.single();
			}
		};
		String other = String.valueOf(this.otherCommune.id());
		cases.put("GET /recruitment", (test) -> {
			seed.accept(test);
			test.refused(get("/recruitment").param("unitId", other));
			assertThat(test.ok(get("/recruitment").param("year", "2099"))).contains("/recruitment/" + plans[0] + "\"")
				.doesNotContain("/recruitment/" + plans[1] + "\"");
		});
		cases.put("POST /recruitment", (test) -> test.refused(
				post("/recruitment").param("agencyCode", "03325").param("year", "2098").param("asOf", "2026-03-01")));
		cases.put("GET /recruitment/recruits", (test) -> {
			test.refused(get("/recruitment/recruits").param("unitId", other));
			assertThat(test.ok(get("/recruitment/recruits"))).contains("recruits-table");
		});
		cases.put("GET /recruitment/template.xlsx",
				(test) -> assertThat(test.okBytes(get("/recruitment/template.xlsx"))).isNotEmpty());
		cases.put("GET /recruitment/{id}", (test) -> {
			seed.accept(test);
			test.refused(get("/recruitment/{id}", plans[1]));
			assertThat(test.ok(get("/recruitment/{id}", plans[0]))).contains(insideName).doesNotContain(outsideName);
		});
		cases.put("GET /recruitment/{id}/report.xlsx", (test) -> {
			seed.accept(test);
			test.refused(get("/recruitment/{id}/report.xlsx", plans[1]));
			assertThat(test.okBytes(get("/recruitment/{id}/report.xlsx", plans[0]))).isNotEmpty();
		});
		cases.put("POST /recruitment/{id}/candidates", (test) -> {
			seed.accept(test);
			test.refused(post("/recruitment/{id}/candidates", plans[1]).param("jobPositionCode", "CHUYEN_VIEN")
				.param("fullName", "Lò Văn Ngoài")
				.param("citizenId", "011098000002")
				.param("birthDate", "1998-04-15")
				.param("gender", "MALE"));
		});
		cases.put("POST /recruitment/{id}/import", (test) -> {
			seed.accept(test);
			test.refused(multipart("/recruitment/{id}/import", plans[1]).file(
					new org.springframework.mock.web.MockMultipartFile("file", "ngoai.xlsx", null, new byte[] { 1 })));
		});
		cases.put("POST /recruitment/{id}/publish", (test) -> {
			seed.accept(test);
			test.refused(post("/recruitment/{id}/publish", plans[1]).param("version", "0"));
		});
		cases.put("POST /recruitment/candidates/{candidateId}/scores", (test) -> {
			seed.accept(test);
			test.refused(post("/recruitment/candidates/{id}/scores", candidates[1]).param("version", "0")
				.param("written", "90"));
		});
		cases.put("POST /recruitment/candidates/{candidateId}/answer", (test) -> {
			seed.accept(test);
			test.refused(post("/recruitment/candidates/{id}/answer", candidates[1]).param("version", "0")
				.param("answer", "ACCEPTED"));
		});
		cases.put("POST /recruitment/candidates/{candidateId}/post", (test) -> {
			seed.accept(test);
			test.refused(post("/recruitment/candidates/{id}/post", candidates[1]).param("version", "0")
				.param("decisionNumber", "1/QĐ")
				.param("decisionDate", "2026-06-01")
				.param("startDate", "2026-07-01"));
		});
		cases.put("GET /recruitment/vacancies/{vacancyId}/edit", (test) -> {
			seed.accept(test);
			test.refused(get("/recruitment/vacancies/{id}/edit", vacancies[1]));
			assertThat(test.ok(get("/recruitment/vacancies/{id}/edit", vacancies[0]))).contains("vacancy-form");
		});
		cases.put("POST /recruitment/vacancies/{vacancyId}/edit", (test) -> {
			seed.accept(test);
			test.refused(post("/recruitment/vacancies/{id}/edit", vacancies[1]).param("version", "0")
				.param("seats", "5")
				.param("method", "EXAM")
				.param("examForm", "WRITTEN"));
		});
		cases.put("GET /recruitment/people/search", (test) -> {
			assertThat(test.ok(get("/recruitment/people/search").param("personQuery", "Trongphamvi")))
				.contains(test.insidePerson.details().identity().fullName());
			assertThat(test.ok(get("/recruitment/people/search").param("personQuery", "Ngoaiphamvi")))
				.doesNotContain(test.outsidePerson.details().identity().fullName());
		});
		cases.put("GET /api/v1/recruitment/plans", (test) -> {
			seed.accept(test);
			test.refusedApi(get("/api/v1/recruitment/plans").param("unitId", other));
			assertThat(test.okApi(get("/api/v1/recruitment/plans").param("year", "2099").param("size", "200")))
				.contains("\"id\":" + plans[0] + ",")
				.doesNotContain("\"id\":" + plans[1] + ",");
		});
		cases.put("POST /api/v1/recruitment/plans",
				(test) -> test.refusedApi(post("/api/v1/recruitment/plans").contentType("application/json")
					.content("{\"agencyId\": " + other + ", \"year\": 2098, \"asOf\": \"2026-03-01\"}")));
		cases.put("GET /api/v1/recruitment/plans/{id}", (test) -> {
			seed.accept(test);
			test.refusedApi(get("/api/v1/recruitment/plans/{id}", plans[1]));
		});
		cases.put("POST /api/v1/recruitment/plans/{id}/candidates", (test) -> {
			seed.accept(test);
			test.refusedApi(post("/api/v1/recruitment/plans/{id}/candidates", plans[1]).contentType("application/json")
				.content("{\"jobPositionCode\": \"CHUYEN_VIEN\", \"fullName\": \"Lò Văn Ngoài\"}"));
		});
		cases.put("PUT /api/v1/recruitment/candidates/{id}/scores", (test) -> {
			seed.accept(test);
			test.refusedApi(
					put("/api/v1/recruitment/candidates/{id}/scores", candidates[1]).contentType("application/json")
						.content("{\"version\": 0, \"written\": 90}"));
		});
		cases.put("GET /api/v1/recruitment/vacancies/{id}/results", (test) -> {
			seed.accept(test);
			test.refusedApi(get("/api/v1/recruitment/vacancies/{id}/results", vacancies[1]));
			assertThat(test.okApi(get("/api/v1/recruitment/vacancies/{id}/results", vacancies[0]))).contains(insideName)
				.doesNotContain(outsideName);
		});
	}

	/** Scope cases of the training module's endpoints (issue 14/15 slice). */
	void streamliningCases(Map<String, Consumer<EndpointScopeTests>> cases) {
		// A declared surplus for the person inside and the one outside, and a decision
		// and
		// a declaration about the person outside, written straight into the tables, once.
		long[] ids = new long[2];
		Consumer<EndpointScopeTests> seed = (test) -> {
			if (ids[0] != 0) {
				return;
			}
			for (long person : new long[] { test.insidePerson.id(), test.outsidePerson.id() }) {
				ids[1] = test.jdbc.sql("""
						insert into streamlining_fact (person_id, kind, valid_from, created_by)
						values (:person, 'SURPLUS_REORGANISATION', date '2025-07-01', 'test') returning id""")
					.param("person", person)
					.query(Long.class)
					.single();
			}
			ids[0] = test.jdbc.sql("""
					insert into streamlining_decision (unit_id, year, person_id, case_code, policy, leave_on,
						rank_coefficient, base_salary, monthly_salary, insured_years, insured_months, total,
						created_by, updated_by)
					values (:unit, 2026, :person, 'SURPLUS_REORGANISATION', 'RESIGNATION', date '2026-12-31', 3.0,
						2340000, 7020000, 8, 0, 105300000, 'test', 'test')
					returning id""")
				.param("unit", test.otherCommune.id())
				.param("person", test.outsidePerson.id())
				.query(Long.class)
				.single();
		};
		String other = String.valueOf(this.otherCommune.id());
		String decisionJson = """
				{"caseCode": "SURPLUS_REORGANISATION", "policy": "RESIGNATION", "leaveOn": "2026-12-31",
				 "rankCoefficient": 3.0, "insuredYears": 8, "insuredMonths": 0}""";
		cases.put("GET /streamlining", (test) -> {
			seed.accept(test);
			test.refused(get("/streamlining").param("unitId", other));
			assertThat(test.ok(get("/streamlining").param("asOf", "2026-06-30"))).contains("Lò Thị Trongphamvi")
				.doesNotContain("Lò Thị Ngoaiphamvi");
		});
		cases.put("GET /streamlining/export.xlsx", (test) -> {
			seed.accept(test);
			test.refused(get("/streamlining/export.xlsx").param("unitId", other));
			assertThat(test.sheetNames(test.okBytes(get("/streamlining/export.xlsx").param("asOf", "2026-06-30"))))
				.contains("Lò Thị Trongphamvi")
				.doesNotContain("Lò Thị Ngoaiphamvi");
		});
		cases.put("GET /streamlining/persons/{id}", (test) -> {
			test.refused(get("/streamlining/persons/{id}", test.outsidePerson.id()));
			assertThat(test.ok(get("/streamlining/persons/{id}", test.insidePerson.id())))
				.contains("Lò Thị Trongphamvi");
		});
		cases.put("POST /streamlining/persons/{id}/facts",
				(test) -> test.refused(
						post("/streamlining/persons/{id}/facts", test.outsidePerson.id()).param("kind", "PREGNANCY")
							.param("validFrom", "2026-01-01")));
		cases.put("POST /streamlining/facts/{factId}/remove", (test) -> {
			seed.accept(test);
			test.refused(post("/streamlining/facts/{factId}/remove", ids[1]));
		});
		cases.put("POST /streamlining/persons/{id}/decisions",
				(test) -> test.refused(post("/streamlining/persons/{id}/decisions", test.outsidePerson.id())
					.param("caseCode", "SURPLUS_REORGANISATION")
					.param("policy", "RESIGNATION")
					.param("leaveOn", "2026-12-31")
					.param("rankCoefficient", "3")
					.param("insuredYears", "8")));
		cases.put("GET /streamlining/decisions/{id}", (test) -> {
			seed.accept(test);
			test.refused(get("/streamlining/decisions/{id}", ids[0]));
		});
		cases.put("POST /streamlining/decisions/{id}", (test) -> {
			seed.accept(test);
			test.refused(post("/streamlining/decisions/{id}", ids[0]).param("version", "0")
				.param("caseCode", "SURPLUS_REORGANISATION")
				.param("policy", "RESIGNATION")
				.param("leaveOn", "2026-12-31")
				.param("insuredYears", "9"));
		});
		cases.put("GET /streamlining/plan", (test) -> {
			seed.accept(test);
			test.refused(get("/streamlining/plan").param("unitId", other).param("year", "2026"));
			assertThat(test.ok(get("/streamlining/plan").param("year", "2026"))).doesNotContain("Lò Thị Ngoaiphamvi");
		});
		cases.put("GET /streamlining/plan/export.xlsx", (test) -> {
			seed.accept(test);
			test.refused(get("/streamlining/plan/export.xlsx").param("unitId", other).param("year", "2026"));
			assertThat(test.sheetNames(test.okBytes(get("/streamlining/plan/export.xlsx").param("year", "2026"))))
				.doesNotContain("Lò Thị Ngoaiphamvi");
		});
		cases.put("GET /api/v1/streamlining/screening", (test) -> {
			seed.accept(test);
			test.refusedApi(get("/api/v1/streamlining/screening").param("unit", "03325"));
			assertThat(test
				.okApi(get("/api/v1/streamlining/screening").param("unit", "03334").param("asOf", "2026-06-30")))
				.contains("Lò Thị Trongphamvi")
				.doesNotContain("Lò Thị Ngoaiphamvi");
		});
		cases.put("GET /api/v1/streamlining/plans/{year}", (test) -> {
			seed.accept(test);
			test.refusedApi(get("/api/v1/streamlining/plans/{year}", 2026).param("unit", "03325"));
			assertThat(test.okApi(get("/api/v1/streamlining/plans/{year}", 2026))).doesNotContain("Lò Thị Ngoaiphamvi");
		});
		cases.put("GET /api/v1/streamlining/decisions/{id}", (test) -> {
			seed.accept(test);
			test.refusedApi(get("/api/v1/streamlining/decisions/{id}", ids[0]));
		});
		cases.put("POST /api/v1/streamlining/persons/{id}/decisions",
				(test) -> test.refusedApi(post("/api/v1/streamlining/persons/{id}/decisions", test.outsidePerson.id())
					.contentType("application/json")
					.content(decisionJson)));
		cases.put("PUT /api/v1/streamlining/decisions/{id}", (test) -> {
			seed.accept(test);
			test.refusedApi(put("/api/v1/streamlining/decisions/{id}", ids[0]).contentType("application/json")
				.content("{\"version\": 0, \"decision\": " + decisionJson + "}"));
		});
		cases.put("POST /api/v1/streamlining/persons/{id}/facts",
				(test) -> test.refusedApi(post("/api/v1/streamlining/persons/{id}/facts", test.outsidePerson.id())
					.contentType("application/json")
					.content("{\"kind\": \"PREGNANCY\", \"validFrom\": \"2026-01-01\"}")));
	}

	void trainingCases(Map<String, Consumer<EndpointScopeTests>> cases) {
		// A course and a state-funded study of the person outside the scope, written
		// straight into the tables, once.
		long[] ids = new long[2];
		Consumer<EndpointScopeTests> seed = (test) -> {
			if (ids[0] != 0) {
				return;
			}
			ids[0] = test.jdbc.sql("""
					insert into training_course (person_id, kind, title, provider, periods, start_date, end_date,
						funding, created_by, created_at, updated_by, updated_at)
					values (:person, 'JOB_POSITION', 'Khóa ngoài phạm vi', 'Trường tỉnh', 40, date '2026-03-02',
						date '2026-03-06', 'AGENCY', 'test', now(), 'test', now())
					returning id""").param("person", test.outsidePerson.id()).query(Long.class).single();
			ids[1] = test.jdbc.sql("""
					insert into training_study (person_id, degree_level, field, institution, start_date, end_date, cost,
						commitment_months, created_by, created_at, updated_by, updated_at)
					values (:person, 'THAC_SI', 'Luật', 'Học viện', date '2024-09-01', date '2026-09-01', 60000000, 72,
						'test', now(), 'test', now())
					returning id""").param("person", test.outsidePerson.id()).query(Long.class).single();
		};
		String other = String.valueOf(this.otherCommune.id());
		String courseJson = """
				{"personId": %d, "kind": "JOB_POSITION", "title": "Khóa thử", "provider": "Trường tỉnh", "periods": 40,
				 "startDate": "2026-03-02", "endDate": "2026-03-06", "funding": "AGENCY"}""";
		String studyJson = """
				{"personId": %d, "degreeLevel": "THAC_SI", "field": "Luật", "institution": "Học viện",
				 "startDate": "2024-09-01", "endDate": "2026-09-01", "cost": 60000000}""";
		cases.put("GET /training/people/{id}", (test) -> {
			test.refused(get("/training/people/{id}", test.outsidePerson.id()));
			assertThat(test.ok(get("/training/people/{id}", test.insidePerson.id()))).contains("Nhu cầu đào tạo");
		});
		cases.put("POST /training/people/{id}/courses",
				(test) -> test.refused(
						post("/training/people/{id}/courses", test.outsidePerson.id()).param("kind", "JOB_POSITION")
							.param("title", "Khóa thử")
							.param("provider", "Trường tỉnh")
							.param("periods", "40")
							.param("startDate", "2026-03-02")
							.param("endDate", "2026-03-06")
							.param("funding", "AGENCY")));
		cases.put("GET /training/reports", (test) -> {
			test.refused(get("/training/reports").param("unitId", other));
			assertThat(test.ok(get("/training/reports"))).contains("Chưa đủ 40 tiết");
		});
		cases.put("GET /training/reports/export.xlsx", (test) -> {
			seed.accept(test);
			test.refused(get("/training/reports/export.xlsx").param("unitId", other));
			try (XlsxRows rows = TestSheets.open(test.okBytes(get("/training/reports/export.xlsx")))) {
				assertThat(rows.rows().map((row) -> row.text("Tên khóa học").orElse("")))
					.doesNotContain("Khóa ngoài phạm vi");
			}
		});
		cases.put("GET /training/plans", (test) -> test.refused(get("/training/plans").param("unitId", other)));
		cases.put("POST /training/plans",
				(test) -> test.refused(post("/training/plans").param("unitId", other).param("year", "2026")));
		cases.put("GET /api/v1/training/people/{id}",
				(test) -> test.refusedApi(get("/api/v1/training/people/{id}", test.outsidePerson.id())));
		cases.put("POST /api/v1/training/courses",
				(test) -> test.refusedApi(post("/api/v1/training/courses").contentType("application/json")
					.content(courseJson.formatted(test.outsidePerson.id()))));
		cases.put("PUT /api/v1/training/courses/{id}", (test) -> {
			seed.accept(test);
			test.refusedApi(put("/api/v1/training/courses/{id}", ids[0]).param("version", "0")
				.contentType("application/json")
				.content(courseJson.formatted(test.outsidePerson.id())));
		});
		cases.put("DELETE /api/v1/training/courses/{id}", (test) -> {
			seed.accept(test);
			test.refusedApi(delete("/api/v1/training/courses/{id}", ids[0]).param("version", "0"));
		});
		cases.put("POST /api/v1/training/studies",
				(test) -> test.refusedApi(post("/api/v1/training/studies").contentType("application/json")
					.content(studyJson.formatted(test.outsidePerson.id()))));
		cases.put("PUT /api/v1/training/studies/{id}", (test) -> {
			seed.accept(test);
			test.refusedApi(put("/api/v1/training/studies/{id}", ids[1]).param("version", "0")
				.contentType("application/json")
				.content(studyJson.formatted(test.outsidePerson.id())));
		});
		cases.put("GET /api/v1/training/studies/{id}/repayment", (test) -> {
			seed.accept(test);
			test.refusedApi(get("/api/v1/training/studies/{id}/repayment", ids[1]));
		});
		cases.put("GET /api/v1/training/reports/courses", (test) -> {
			seed.accept(test);
			test.refusedApi(get("/api/v1/training/reports/courses").param("unitId", other));
			assertThat(test.okApi(get("/api/v1/training/reports/courses"))).contains("\"total\"")
				.doesNotContain("Khóa ngoài phạm vi");
		});
		cases.put("GET /api/v1/training/reports/short-of-periods", (test) -> {
			test.refusedApi(get("/api/v1/training/reports/short-of-periods").param("unitId", other));
			assertThat(test.okApi(get("/api/v1/training/reports/short-of-periods").param("size", "200")))
				.doesNotContain("Lò Thị Ngoaiphamvi");
		});
		cases.put("GET /api/v1/training/plans",
				(test) -> test.refusedApi(get("/api/v1/training/plans").param("unitId", other)));
		cases.put("POST /api/v1/training/plans",
				(test) -> test.refusedApi(post("/api/v1/training/plans").param("unitId", other).param("year", "2026")));
	}

	@Test
	void everyEndpointHasAScopeCase() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("*")
					: info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/error") || pattern.startsWith("/v3/api-docs")
						|| pattern.startsWith("/swagger-ui")) {
					continue;
				}
				methods.forEach((method) -> endpoints.add(method + " " + pattern));
			}
		}
		Set<String> covered = new TreeSet<>(cases().keySet());
		covered.addAll(UNSCOPED);
		assertThat(covered).as("scope cases (add one for each new endpoint)").containsAll(endpoints);
		assertThat(endpoints).as("endpoints (remove cases of removed endpoints)").containsAll(covered);
	}

	/**
	 * One test per endpoint, named after it, so that one failure does not hide the
	 * others.
	 */
	@TestFactory
	Stream<DynamicTest> everyEndpointRefusesOrFiltersWhatLiesOutsideTheScope() {
		return cases().entrySet()
			.stream()
			.map((scopeCase) -> DynamicTest.dynamicTest(scopeCase.getKey(), () -> scopeCase.getValue().accept(this)));
	}

	/**
	 * What no search, message or list may tell a role that may not read it: a staff
	 * member reads only their own record, CCCD digits find no one for those who may not
	 * read ID numbers, a viewer sees no discipline behind a rating, an ID number held
	 * outside the scope names no one, and sign-in does not tell which names exist.
	 */
	@TestFactory
	Stream<DynamicTest> noRoleLearnsWhatItMayNotRead() {
		Map<String, Runnable> cases = new TreeMap<>();
		long colleague = this.insidePerson.id();
		long own = this.staffPerson.id();
		String colleagueName = "Lò Thị Trongphamvi";
		String ownName = "Lò Văn Tựxem";
		cases.put("staff list only their own record (API, page, export)", () -> {
			assertThat(okApiAs(this.staff, get("/api/v1/persons").param("size", "500"))).contains(ownName)
				.contains("\"total\":1")
				.doesNotContain(colleagueName);
			assertThat(okAs(staffSignedIn(), get("/people"))).contains(ownName).doesNotContain(colleagueName);
			assertThat(sheetNames(okBytesAs(staffSignedIn(), get("/people/export.xlsx")))).containsExactly(ownName);
		});
		cases.put("staff open their own record but not a colleague's, photo, PDF or Word", () -> {
			assertThat(okAs(staffSignedIn(), get("/people/{id}", own))).contains(ownName);
			for (String page : new String[] { "/people/{id}", "/people/{id}/resume.pdf", "/people/{id}/resume.docx",
					"/people/{id}/photo" }) {
				refusedAs(staffSignedIn(), get(page, colleague));
			}
			for (String api : new String[] { "/api/v1/persons/{id}", "/api/v1/persons/{id}/resume.pdf",
					"/api/v1/persons/{id}/resume.docx" }) {
				refusedApiAs(this.staff, get(api, colleague));
			}
		});
		cases.put("staff open their own career but not a colleague's, nor anyone's schedules", () -> {
			okAs(staffSignedIn(), get("/careers/persons/{id}", own));
			refusedAs(staffSignedIn(), get("/careers/persons/{id}", colleague));
			refusedApiAs(this.staff, get("/api/v1/persons/{id}/career", colleague));
			refusedAs(staffSignedIn(), get("/careers/retirements"));
			refusedAs(staffSignedIn(), get("/careers/raises"));
			refusedApiAs(this.staff, get("/api/v1/retirements"));
		});
		cases.put("staff open their own posts but not a colleague's, nor lists of holders or standards", () -> {
			okAs(staffSignedIn(), get("/staffing/persons/{id}", own));
			refusedAs(staffSignedIn(), get("/staffing/persons/{id}", colleague));
			refusedApiAs(this.staff, get("/api/v1/persons/{id}/standards", colleague));
			refusedApiAs(this.staff, get("/api/v1/assignments").param("person", String.valueOf(colleague)));
			refusedAs(staffSignedIn(), get("/staffing/holders").param("unitId", String.valueOf(this.commune.id())));
			refusedAs(staffSignedIn(),
					get("/staffing/standards/people").param("unitId", String.valueOf(this.commune.id())));
		});
		cases.put("staff open no colleague's discipline, month or plan", () -> {
			refusedAs(staffSignedIn(), get("/discipline/persons/{id}", colleague));
			refusedAs(staffSignedIn(), get("/work/persons/{id}/months/{month}", colleague, "2026-03"));
			refusedAs(staffSignedIn(), get("/work/plans/persons/{id}", colleague).param("month", "2026-07"));
		});
		cases.put("staff see only their own rating, and no unit's outside their scope", () -> {
			assertThat(okAs(staffSignedIn(), get("/ratings").param("unitId", String.valueOf(this.commune.id()))
				.param("year", String.valueOf(RATING_YEAR)))).doesNotContain(colleagueName);
			refusedAs(staffSignedIn(), get("/ratings").param("unitId", String.valueOf(this.otherCommune.id()))
				.param("year", String.valueOf(RATING_YEAR)));
			refusedApiAs(this.staff, get("/api/v1/org-units/{code}/ratings/{year}", "03334", RATING_YEAR));
			// A provincial staff account bound to one agency asks about a commune.
			Authentication agencyStaff = TestAccounts.authentication("so-canbo", Set.of(Role.STAFF),
					this.outsideAgency.id());
			refusedAs(agencyStaff, get("/ratings").param("unitId", String.valueOf(this.commune.id()))
				.param("year", String.valueOf(RATING_YEAR)));
		});
		cases.put("CCCD digits find no one for staff and viewers, only for readers of ID numbers", () -> {
			String digits = citizenIdOf(colleague).substring(0, 9);
			assertThat(okApi(get("/api/v1/persons").param("q", digits))).contains(colleagueName);
			assertThat(okApiAs(this.viewer, get("/api/v1/persons").param("q", digits))).doesNotContain(colleagueName);
			assertThat(okApiAs(this.staff, get("/api/v1/persons").param("q", citizenIdOf(own).substring(0, 9))))
				.doesNotContain(ownName);
			assertThat(okAs(viewerSignedIn(), get("/people").param("q", digits))).doesNotContain(colleagueName);
		});
		cases.put("viewers see ratings without the discipline behind them", () -> {
			String officerView = okApi(get("/api/v1/org-units/{code}/ratings/{year}", "03334", RATING_YEAR));
			assertThat(officerView).contains(colleagueName, RATING_DISCIPLINE_NOTE, "DISCIPLINE");
			String viewerView = okApiAs(this.viewer,
					get("/api/v1/org-units/{code}/ratings/{year}", "03334", RATING_YEAR));
			assertThat(viewerView).contains(colleagueName)
				.doesNotContain(RATING_DISCIPLINE_NOTE)
				.doesNotContain("DISCIPLINE");
			assertThat(okAs(viewerSignedIn(),
					get("/ratings").param("unitId", String.valueOf(this.commune.id()))
						.param("year", String.valueOf(RATING_YEAR))))
				.contains(colleagueName)
				.doesNotContain(RATING_DISCIPLINE_NOTE)
				.doesNotContain("Bị kỷ luật");
		});
		cases.put("viewers see a month's level without the discipline or conclusion that forced it", () -> {
			String conclusion = "Kết luận kỷ luật " + TestAccounts.uniqueName("kl");
			this.jdbc.sql("""
					insert into monthly_evaluation (person_id, agency_id, month, automatic_case, automatic_note)
					values (:person, :agency, date '2026-02-01', 'DISCIPLINE', :note)""")
				.param("person", colleague)
				.param("agency", this.commune.id())
				.param("note", conclusion)
				.update();
			assertThat(okApi(get("/api/v1/persons/{id}/evaluations/{month}", colleague, "2026-02")))
				.contains(conclusion, "DISCIPLINE");
			assertThat(okApiAs(this.viewer, get("/api/v1/persons/{id}/evaluations/{month}", colleague, "2026-02")))
				.contains("NOT_COMPLETED")
				.doesNotContain(conclusion)
				.doesNotContain("DISCIPLINE");
			assertThat(okAs(viewerSignedIn(), get("/work/persons/{id}/months/{month}", colleague, "2026-02")))
				.contains(colleagueName)
				.doesNotContain(conclusion)
				.doesNotContain("Bị kỷ luật");
		});
		cases.put("an ID number held outside the scope names no one; inside, it names the holder", () -> {
			String outside = unprocessableApi(post("/api/v1/persons").contentType("application/json")
				.content(personJsonWithCitizenId("Lò Văn Trùngsố", citizenIdOf(this.outsidePerson.id()))));
			assertThat(outside).contains("ngoài phạm vi").doesNotContain("Ngoaiphamvi");
			String inside = unprocessableApi(post("/api/v1/persons").contentType("application/json")
				.content(personJsonWithCitizenId("Lò Văn Trùngsố", citizenIdOf(colleague))));
			assertThat(inside).contains("Trongphamvi");
		});
		cases.put("sign-in answers a locked account as it answers an unknown name", () -> {
			String existing = TestAccounts.provision(this.accounts, "bi-khoa", this.commune.id(), Role.STAFF)
				.username();
			String unknown = TestAccounts.uniqueName("khong-co");
			for (int attempt = 0; attempt < 7; attempt++) {
				assertThat(signInAnswer(existing, attempt)).as("attempt %d", attempt)
					.isEqualTo(signInAnswer(unknown, attempt));
			}
		});
		return cases.entrySet()
			.stream()
			.map((sideChannel) -> DynamicTest.dynamicTest(sideChannel.getKey(), sideChannel.getValue()::run));
	}

	String signInAnswer(String username, int attempt) {
		return perform(post("/login").param("username", username)
			.param("password", "sai-" + attempt)
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr(TestAccounts.randomAddress());
				return request;
			})).getResponse().getRedirectedUrl();
	}

	String citizenIdOf(long person) {
		return this.jdbc.sql("select citizen_id from person where id = :id")
			.param("id", person)
			.query(String.class)
			.single();
	}

	String personJsonWithCitizenId(String name, String citizenId) {
		return "{\"identity\": {\"fullName\": \"" + name + "\", \"birthYear\": 1990, \"gender\": \"MALE\", "
				+ "\"ethnicity\": \"THAI\", \"citizenId\": \"" + citizenId + "\"}, "
				+ "\"employment\": {\"category\": \"CIVIL_SERVANT\", \"agencyId\": " + this.commune.id() + "}}";
	}

	Authentication staffSignedIn() {
		return TestAccounts.authentication(this.staff.username(), this.staff.roles(), this.staff.scopeUnitId(),
				this.staff.personId());
	}

	Authentication viewerSignedIn() {
		return TestAccounts.authentication(this.viewer.username(), this.viewer.roles(), this.viewer.scopeUnitId());
	}

	String okAs(Authentication user, MockHttpServletRequestBuilder request) {
		MvcResult result = perform(request.with(authentication(user)).with(csrf()));
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(200);
		return body(result);
	}

	byte[] okBytesAs(Authentication user, MockHttpServletRequestBuilder request) {
		MvcResult result = perform(request.with(authentication(user)).with(csrf()));
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(200);
		return result.getResponse().getContentAsByteArray();
	}

	void refusedAs(Authentication user, MockHttpServletRequestBuilder request) {
		MvcResult result = perform(request.with(authentication(user)).with(csrf()));
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(403);
	}

	String okApiAs(UserAccountView account, MockHttpServletRequestBuilder request) {
		MvcResult result = perform(request.with(httpBasic(account.username(), TestAccounts.PASSWORD)));
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(200);
		return body(result);
	}

	void refusedApiAs(UserAccountView account, MockHttpServletRequestBuilder request) {
		MvcResult result = perform(request.with(httpBasic(account.username(), TestAccounts.PASSWORD)));
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(403);
	}

	Authentication signedIn() {
		return TestAccounts.authentication(this.officer.username(), this.officer.roles(), this.officer.scopeUnitId());
	}

	void refused(AbstractMockHttpServletRequestBuilder<?> request) {
		MvcResult result = perform(request.with(authentication(signedIn())).with(csrf()));
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(403);
		assertThat(body(result)).as("Vietnamese no-access page").contains("Không có quyền truy cập");
	}

	String ok(MockHttpServletRequestBuilder request) {
		MvcResult result = perform(request.with(authentication(signedIn())).with(csrf()));
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(200);
		return body(result);
	}

	/** A form refused as invalid (the outside unit is not one the user may choose). */
	String invalid(MockHttpServletRequestBuilder request) {
		MvcResult result = perform(request.with(authentication(signedIn())).with(csrf()));
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(422);
		return body(result);
	}

	void refusedApi(MockHttpServletRequestBuilder request) {
		MvcResult result = perform(request.with(httpBasic(this.officer.username(), TestAccounts.PASSWORD)));
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(403);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(body(result)).contains("phạm vi");
	}

	String okApi(AbstractMockHttpServletRequestBuilder<?> request) {
		MvcResult result = perform(request.with(httpBasic(this.officer.username(), TestAccounts.PASSWORD)));
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(200);
		return body(result);
	}

	MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) {
		try {
			return this.mvc.perform(request).andReturn();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String body(MvcResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
