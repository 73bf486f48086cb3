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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The record form: its drop-downs are there once, offer all their choices and show the
 * record's own; a refused save reports every problem of the form at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PersonFormTests {

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

	@Test
	void reportsUnreadableValuesAndBrokenRulesInTheSameRound() {
		PersonView person = this.system
			.call(() -> this.people.create(TestPeople.person("Lò Thị Một Lần", Gender.FEMALE, 1982, this.muongThanh)));
		Map<String, String> values = PersonFormValues.of(person.details()).values();
		values.put("identity.fullName", "");
		values.put("identity.email", "khong-phai-thu");
		values.put("memberships.partyJoinedOn", "31/02/2020");
		values.put("identity.birthYear", "một chín tám hai");
		org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
		values.forEach(params::add);

		MvcResult refused = perform(post("/people/{id}/edit", person.id()).params(params)
			.param("version", String.valueOf(person.version()))
			.with(csrf()));

		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		String page = content(refused);
		assertThat(page).contains("Ngày vào Đảng: &quot;31/02/2020&quot; không phải ngày hợp lệ",
				"Năm sinh: &quot;một chín tám hai&quot;", "Họ và tên: bắt buộc nhập.", "value=\"khong-phai-thu\"");
		assertThat(page).as("the e-mail rule is reported in the same round")
			.contains("Thư điện tử: địa chỉ không hợp lệ.");
		assertThat(page).as("a blank the binder left does not add a second message")
			.doesNotContain("Năm sinh: bắt buộc");
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
		MvcResult result = perform(request);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return content(result);
	}

	private MvcResult perform(MockHttpServletRequestBuilder request) {
		Authentication signedIn = TestAccounts.authentication(this.officer.username(), this.officer.roles(),
				this.officer.scopeUnitId());
		try {
			return this.mvc.perform(request.with(authentication(signedIn))).andReturn();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String content(MvcResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
