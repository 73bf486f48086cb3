package vn.canbo.people;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.canbo.documents.TestSheets;
import vn.canbo.documents.XlsxRows;
import vn.canbo.indicators.Indicator;
import vn.canbo.indicators.IndicatorReport;
import vn.canbo.indicators.Indicators;
import vn.canbo.indicators.Measurement;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.staffing.Staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The people of a unit at a date on the demo: every people figure equals the total of the
 * list its link opens (the API with the same filter and date), its people in post equal
 * the staffing report's headcount, the distributions add up to the people in post, and a
 * unit outside the user's scope is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
// As DemoStaffingTests, so that both share one demo database.
@TestPropertySource(
		properties = { "canbo.embedded-db.data-directory=", "canbo.demo.people=3000", "canbo.demo.work=false" })
class PeopleIndicatorsTests {

	static final String PROVINCE = "11";

	static final String COMMUNE = "03334";

	/** The official report's reference date: 31/12 of last year. */
	static final LocalDate YEAR_END = LocalDate.of(LocalDate.now().getYear() - 1, 12, 31);

	@Autowired
	Indicators indicators;

	@Autowired
	Staffing staffing;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void everyPeopleFigureOfTheCommuneEqualsTheTotalOfTheListItsLinkOpens() throws Exception {
		everyFigureEqualsItsList(COMMUNE, null);
	}

	@Test
	void everyPeopleFigureOfTheProvinceEqualsTheTotalOfTheListItsLinkOpens() throws Exception {
		everyFigureEqualsItsList(PROVINCE,
				Set.of("people.inPost", "people.women", "people.partyMembers", "people.minorities", "people.religious",
						"people.age.41to50", "people.age.over60", "people.professional.DAI_HOC",
						"people.professional.NONE", "people.politicalTheory.intermediateOrAbove",
						"people.stateManagement.NONE", "people.education.upperSecondary", "people.nonLocal"));
	}

	private void everyFigureEqualsItsList(String code, Set<String> ids) throws Exception {
		TestAccounts.signIn("tinh-lanhdao-f", Set.of(Role.LEADER), null);
		long province = this.orgUnits.getByCode(PROVINCE, YEAR_END).id();
		long unit = this.orgUnits.getByCode(code, YEAR_END).id();
		IndicatorReport report = this.indicators.measure(code, YEAR_END,
				(ids != null) ? ids : peopleIds().stream().collect(java.util.stream.Collectors.toSet()));
		Map<String, Long> figures = new LinkedHashMap<>();
		Map<String, String> links = new LinkedHashMap<>();
		for (Indicator indicator : report.indicators()) {
			figures.put(indicator.id(), report.total(indicator.id()).value());
			links.put(indicator.id(), indicator.people().href(unit, YEAR_END));
		}
		TestAccounts.signOut();
		assertThat(figures.get("people.inPost")).isGreaterThan(20);
		assertThat(figures.get("people.women")).isPositive().isLessThan(figures.get("people.inPost"));
		assertThat(links.get("people.women"))
			.isEqualTo("/people?unitId=" + unit + "&asOf=" + YEAR_END + "&gender=FEMALE");

		Authentication leader = TestAccounts.authentication("tinh-lanhdao-f", Set.of(Role.LEADER), province);
		for (Map.Entry<String, String> link : links.entrySet()) {
			String api = link.getValue().replace("/people?", "/api/v1/persons?") + "&size=1";
			String body = this.mvc.perform(get(api).with(authentication(leader)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			long total = ((Number) JsonPath.read(body, "$.total")).longValue();
			assertThat(total).as(link.getKey() + " at " + link.getValue()).isEqualTo(figures.get(link.getKey()));
		}
	}

	@Test
	void thePeopleInPostAreTheStaffingReportsHeadcountAndTheDistributionsAddUp() {
		TestAccounts.signIn("tinh-lanhdao-f", Set.of(Role.LEADER), null);
		for (String code : List.of(PROVINCE, COMMUNE)) {
			for (LocalDate day : List.of(YEAR_END, LocalDate.now())) {
				IndicatorReport report = this.indicators.measure(code, day, null);
				long inPost = report.total("people.inPost").value();
				assertThat(inPost).as(code + " on " + day)
					.isEqualTo(this.staffing.report(code, day).total().headcount())
					.isPositive();
				for (String family : List.of("people.professional.", "people.politicalTheory.",
						"people.stateManagement.", "people.age.")) {
					long sum = report.indicators()
						.stream()
						.filter((indicator) -> indicator.id().startsWith(family))
						.filter((indicator) -> !indicator.id().endsWith("OrAbove"))
						.mapToLong((indicator) -> report.total(indicator.id()).value())
						.sum();
					assertThat(sum).as(family + " " + code + " on " + day).isEqualTo(inPost);
				}
				assertThat(report.total("people.local").value() + report.total("people.nonLocal").value())
					.isEqualTo(inPost);
				Measurement women = report.total("people.women");
				assertThat(women.denominator()).isEqualTo(inPost);
				// the branches add up to the whole: the unit's own people and each
				// child's
				assertThat(report.branches()).isNotEmpty();
			}
		}
	}

	@Test
	void partyMembersAtADateAreThoseWhoHadJoinedByThen() {
		TestAccounts.signIn("tinh-lanhdao-f", Set.of(Role.LEADER), null);
		long commune = this.orgUnits.getByCode(COMMUNE, YEAR_END).id();
		long counted = this.indicators.measure(COMMUNE, YEAR_END, Set.of("people.partyMembers"))
			.total("people.partyMembers")
			.value();
		// Counted by hand: primary posts held that day in the commune's agencies (the
		// commune and the agencies placed under it), members who had joined by then.
		long byHand = this.jdbc.sql("""
				select count(*) from staffing_primary_post a join person p on p.id = a.person_id
				where a.valid_from <= :day and (a.valid_to is null or a.valid_to > :day)
				  and p.party_joined_on <= :day and a.unit_id in (:units)""")
			.param("day", YEAR_END)
			.param("units", this.orgUnits.nodesUnder(commune, YEAR_END).stream().map((node) -> node.id()).toList())
			.query(Long.class)
			.single();
		assertThat(counted).isEqualTo(byHand).isPositive();
	}

	@Test
	void aUnitOutsideTheUsersScopeIsNotMeasured() {
		TestAccounts.signIn("tinh-lanhdao-f", Set.of(Role.LEADER), null);
		long commune = this.orgUnits.getByCode(COMMUNE, YEAR_END).id();
		TestAccounts.signIn("xa-lanhdao-f", Set.of(Role.LEADER), commune);

		assertThatThrownBy(() -> this.indicators.measure(PROVINCE, YEAR_END, null))
			.isInstanceOf(OutOfScopeException.class);
		assertThat(this.indicators.measure(COMMUNE, YEAR_END, null).total("people.inPost").value()).isPositive();
	}

	@Test
	void theListPageShowsTheDateAndTheFigureFiltersAndTheExportHoldsTheSamePeople() throws Exception {
		TestAccounts.signIn("tinh-lanhdao-f", Set.of(Role.LEADER), null);
		long commune = this.orgUnits.getByCode(COMMUNE, YEAR_END).id();
		long province = this.orgUnits.getByCode(PROVINCE, YEAR_END).id();
		long universityWomen = this.jdbc.sql("""
				select count(*) from staffing_primary_post a join person p on p.id = a.person_id
				where a.valid_from <= :day and (a.valid_to is null or a.valid_to > :day)
				  and p.gender = 'FEMALE' and p.professional_level = 'DAI_HOC' and a.unit_id in (:units)""")
			.param("day", YEAR_END)
			.param("units", this.orgUnits.nodesUnder(commune, YEAR_END).stream().map((node) -> node.id()).toList())
			.query(Long.class)
			.single();
		TestAccounts.signOut();
		Authentication officer = TestAccounts.authentication("tinh-tochuc-f", Set.of(Role.ORG_OFFICER), province);

		String page = this.mvc
			.perform(get("/people").param("unitId", String.valueOf(commune))
				.param("asOf", YEAR_END.toString())
				.param("gender", "FEMALE")
				.param("professionalLevelIs", "DAI_HOC")
				.with(authentication(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String shown = "%02d/%02d/%d".formatted(YEAR_END.getDayOfMonth(), YEAR_END.getMonthValue(), YEAR_END.getYear());
		assertThat(page).contains("value=\"" + YEAR_END + "\"")
			.contains("Người giữ vị trí công tác chính vào ngày " + shown)
			.contains("Chuyên môn: Đại học")
			.contains("name=\"professionalLevelIs\"")
			.contains("Tìm thấy " + String.format(java.util.Locale.ROOT, "%,d", universityWomen).replace(',', '.'));
		assertThat(page).contains("id=\"filter-professionalLevelIs\"");

		byte[] xlsx = this.mvc
			.perform(get("/people/export.xlsx").param("unitId", String.valueOf(commune))
				.param("asOf", YEAR_END.toString())
				.param("gender", "FEMALE")
				.param("professionalLevelIs", "DAI_HOC")
				.with(authentication(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XlsxRows rows = TestSheets.open(xlsx)) {
			assertThat(rows.rows().count()).isEqualTo(universityWomen).isPositive();
		}
	}

	@Test
	void badValuesAreRefusedNamingTheParameter() throws Exception {
		Authentication viewer = TestAccounts.authentication("xem-f", Set.of(Role.VIEWER), null);
		for (String[] bad : new String[][] { { "asOf", "31/12/2025" }, { "education", "university" },
				{ "professionalLevelIs", "GIOI" }, { "religious", "maybe" } }) {
			this.mvc.perform(get("/api/v1/persons").param(bad[0], bad[1]).with(authentication(viewer)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field", is(bad[0])))
				.andExpect(jsonPath("$.detail", containsString(bad[0])));
		}
	}

	@Test
	void everyIndicatorHasItsLabelAndDefinitionInBothLanguages() throws Exception {
		// Indicator ids are not message keys (I18nTests cannot see them), so their
		// labels are checked here, over the registered catalogue.
		java.util.Properties vietnamese = new java.util.Properties();
		java.util.Properties english = new java.util.Properties();
		try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/messages"))) {
			for (java.nio.file.Path file : files.toList()) {
				try (var reader = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					(file.getFileName().toString().endsWith("_en.properties") ? english : vietnamese).load(reader);
				}
			}
		}
		assertThat(peopleIds()).hasSizeGreaterThan(25)
			.contains("people.inPost", "people.women", "people.minorities", "people.religious", "people.partyMembers",
					"people.local", "people.nonLocal", "people.age.upTo30", "people.age.31to40", "people.age.41to50",
					"people.age.51to60", "people.age.over60", "people.professional.universityOrAbove",
					"people.politicalTheory.intermediateOrAbove", "people.education.upperSecondary")
			.containsAll(java.util.Arrays.stream(ProfessionalLevel.values())
				.map((level) -> "people.professional." + level.name())
				.toList())
			.containsAll(java.util.Arrays.stream(PoliticalTheoryLevel.values())
				.map((level) -> "people.politicalTheory." + level.name())
				.toList())
			.containsAll(java.util.Arrays.stream(StateManagementLevel.values())
				.map((level) -> "people.stateManagement." + level.name())
				.toList());
		for (Indicator indicator : this.indicators.all()) {
			for (String key : List.of(indicator.labelKey(), indicator.definitionKey())) {
				assertThat(vietnamese.getProperty(key)).as(key + " (vi)").isNotBlank();
				assertThat(english.getProperty(key)).as(key + " (en)").isNotBlank();
			}
		}
	}

	private List<String> peopleIds() {
		return this.indicators.all().stream().map(Indicator::id).filter((id) -> id.startsWith("people.")).toList();
	}

}
