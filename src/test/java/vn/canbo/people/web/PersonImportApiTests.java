package vn.canbo.people.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.canbo.people.Gender;
import vn.canbo.people.PersonSheets;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The import API: the report JSON, unreadable files and missing columns, and roles. */
@SpringBootTest
@AutoConfigureMockMvc
class PersonImportApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	UserAccountView officer;

	UserAccountView viewer;

	@BeforeEach
	void provision() {
		this.officer = TestAccounts.provision(this.accounts, "nhap-api", null, Role.ORG_OFFICER);
		this.viewer = TestAccounts.provision(this.accounts, "xem-nhap", null, Role.VIEWER);
	}

	@Test
	void dryRunReturnsTheReportAndApplyImports() throws Exception {
		String name = "Thửnghiệm" + TestAccounts.uniqueName("").replaceAll("[^a-z]", "") + " Văn Api";
		byte[] file = PersonSheets.xlsx(
				PersonSheets.row(name, "03/1984", Gender.MALE, TestPeople.citizenId(Gender.MALE, 1984), "03334"),
				PersonSheets.row("", "1984", Gender.MALE, "1", "03334"));
		this.mvc
			.perform(multipart("/api/v1/imports/persons").file(new MockMultipartFile("file", "a.xlsx", null, file))
				.param("dryRun", "true")
				.with(httpBasic(this.officer.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported", is(1)))
			.andExpect(jsonPath("$.rejected", is(1)))
			.andExpect(jsonPath("$.errors[0].row", is(4)))
			.andExpect(jsonPath("$.errors[0].column").exists());
		this.mvc
			.perform(multipart("/api/v1/imports/persons").file(new MockMultipartFile("file", "a.xlsx", null, file))
				.param("dryRun", "false")
				.with(httpBasic(this.officer.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported", is(1)))
			.andExpect(jsonPath("$.unchanged", is(0)));
		this.mvc
			.perform(get("/api/v1/persons/export.xlsx").param("q", name)
				.with(httpBasic(this.officer.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void refusesUnreadableFilesAndSheetsWithoutRequiredColumns() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/imports/persons")
				.file(new MockMultipartFile("file", "a.xlsx", null, "not a sheet".getBytes()))
				.with(httpBasic(this.officer.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isUnprocessableContent());
		byte[] noGender = PersonSheets.xlsx(java.util.List.of("STT", "Họ và tên", "Ngày sinh", "Dân tộc"),
				java.util.List.of(java.util.Map.of("Họ và tên", "Nguyễn Văn A")));
		this.mvc
			.perform(multipart("/api/v1/imports/persons").file(new MockMultipartFile("file", "a.xlsx", null, noGender))
				.with(httpBasic(this.officer.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[0].message", containsString("Giới tính")));
	}

	@Test
	void refusesUsersWhoMayNotImport() throws Exception {
		byte[] file = PersonSheets.xlsx(PersonSheets.row("Nguyễn Văn A", "1984", Gender.MALE,
				TestPeople.citizenId(Gender.MALE, 1984), "03334"));
		this.mvc
			.perform(multipart("/api/v1/imports/persons").file(new MockMultipartFile("file", "a.xlsx", null, file))
				.with(httpBasic(this.viewer.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/people/import").with(authentication(
					TestAccounts.authentication(this.viewer.username(), java.util.Set.of(Role.VIEWER), null))))
			.andExpect(status().isForbidden());
	}

}
