package vn.canbo.people.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.Ethnicity;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonView;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.Religion;
import vn.canbo.people.StateManagementLevel;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The drop-downs of the record form: each is there once, offers all its choices and shows
 * the record's own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PersonFormChoicesTests {

	private static final Pattern SELECT = Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>",
			Pattern.DOTALL);

	private static final Pattern OPTION = Pattern.compile("<option[^>]*value=\"([^\"]+)\"[^>]*>");

	private static final Pattern SELECTED = Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected[^>]*>");

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

	UserAccountView officer;

	long muongThanh;

	@BeforeEach
	void officer() {
		this.muongThanh = this.system.call(() -> this.orgUnits.getByCode("03334", LocalDate.now()).id());
		this.officer = TestAccounts.provision(this.accounts, "tccb-chon", this.muongThanh, Role.ORG_OFFICER);
	}

	@Test
	void everyDropDownOfANewRecordIsThereOnceWithAllItsChoices() {
		String form = body(get("/people/new"));
		Map<String, Integer> choices = choices(form);

		assertThat(choices).containsOnlyKeys("identity.gender", "identity.ethnicity", "identity.religion",
				"employment.category", "qualifications.professionalLevel", "qualifications.politicalTheory",
				"qualifications.stateManagement", "trainings[NEW].kind");
		assertThat(choices).containsEntry("identity.gender", Gender.values().length)
			.containsEntry("identity.ethnicity", Ethnicity.values().length)
			.containsEntry("identity.religion", Religion.values().length)
			.containsEntry("employment.category", PersonnelCategory.values().length)
			.containsEntry("qualifications.professionalLevel", ProfessionalLevel.values().length)
			.containsEntry("qualifications.politicalTheory", PoliticalTheoryLevel.values().length)
			.containsEntry("qualifications.stateManagement", StateManagementLevel.values().length)
			.containsEntry("trainings[NEW].kind", PersonDetails.TrainingKind.values().length);
	}

	@Test
	void everyDropDownOfARecordShowsTheRecordsChoice() {
		PersonView person = this.system
			.call(() -> this.people.create(TestPeople.person("Lò Văn Chọn", Gender.MALE, 1980, this.muongThanh)));
		String form = body(get("/people/{id}/edit", person.id()));

		assertThat(selected(form, "identity.gender")).isEqualTo("MALE");
		assertThat(selected(form, "identity.ethnicity")).isEqualTo("KINH");
		assertThat(selected(form, "identity.religion")).isEqualTo("NONE");
		assertThat(selected(form, "employment.category")).isEqualTo("CIVIL_SERVANT");
	}

	/** The value of the selected option of the one drop-down of that name. */
	private static String selected(String html, String name) {
		Matcher select = SELECT.matcher(html);
		String value = null;
		int found = 0;
		while (select.find()) {
			if (select.group(1).equals(name)) {
				found++;
				Matcher option = SELECTED.matcher(select.group(2));
				value = option.find() ? option.group(1) : "";
			}
		}
		assertThat(found).as("drop-downs named %s", name).isEqualTo(1);
		return value;
	}

	/**
	 * Each drop-down by name with the number of its choices (the blank one left out),
	 * summed if repeated.
	 */
	private static Map<String, Integer> choices(String html) {
		Map<String, Integer> choices = new LinkedHashMap<>();
		Matcher select = SELECT.matcher(html);
		while (select.find()) {
			Matcher option = OPTION.matcher(select.group(2));
			int count = 0;
			while (option.find()) {
				count++;
			}
			choices.merge(select.group(1), count, Integer::sum);
		}
		return choices;
	}

	private String body(MockHttpServletRequestBuilder request) {
		Authentication signedIn = TestAccounts.authentication(this.officer.username(), this.officer.roles(),
				this.officer.scopeUnitId());
		try {
			MvcResult result = this.mvc.perform(request.with(authentication(signedIn))).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
