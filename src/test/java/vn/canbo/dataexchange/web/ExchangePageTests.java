package vn.canbo.dataexchange.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.canbo.documents.TestSheets;
import vn.canbo.documents.XlsxRows;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The export page as each kind of officer finds it: a nationwide administrator is asked
 * for a unit, a commune officer lands on their commune with the downloads and checks it
 * when asked, and the report's workbook lists the incomplete dossier with its problems.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExchangePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	People people;

	@Autowired
	SystemAccess system;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNationwideAdministratorChoosesAUnitFirst() throws Exception {
		String page = page(TestAccounts.authentication("quan-tri", Set.of(Role.ADMIN), null), "/exchange");
		assertThat(page).contains("id=\"choose-unit\"").doesNotContain("id=\"download-json\"");
	}

	@Test
	void aCommuneOfficerLandsOnTheCommuneAndChecksItWhenAsked() throws Exception {
		OrgUnitView commune = this.system.call(() -> this.orgUnits.getByCode("03334", this.orgUnits.today()));
		String name = "Lò Văn Trangxuất " + TestAccounts.uniqueName("").replaceAll("[^a-z]", "");
		// No salary step: no rank code, so the dossier is withheld and reported.
		this.system.run(() -> this.people.create(TestPeople.person(name, Gender.MALE, 1984, commune.id())));
		Authentication officer = TestAccounts.authentication("xa-tochuc", Set.of(Role.ORG_OFFICER), commune.id());
		assertThat(page(officer, "/exchange")).contains("id=\"not-checked\"", "id=\"download-json\"",
				"Phường Mường Thanh");
		String checked = page(officer, "/exchange?check=1");
		// the report is paged: in a commune with the demo's people the new record may be
		// on
		// a later page; the full list is the workbook below
		assertThat(checked).contains("id=\"summary\"", "Mã ngạch");
		MvcResult sheet = this.mvc.perform(get("/exchange/validation.xlsx").with(authentication(officer))).andReturn();
		assertThat(sheet.getResponse().getStatus()).isEqualTo(200);
		try (XlsxRows rows = TestSheets.open(sheet.getResponse().getContentAsByteArray())) {
			List<String> problems = rows.rows()
				.filter((row) -> row.text("Họ và tên").orElse("").equals(name))
				.map((row) -> row.text("Thiếu hoặc chưa đúng").orElse(""))
				.toList();
			assertThat(problems).contains("Thiếu Mã ngạch, chức danh nghề nghiệp hiện hưởng");
		}
		long audited = exportsAudited();
		MvcResult file = this.mvc.perform(get("/exchange/dossiers.json").with(authentication(officer))).andReturn();
		assertThat(exportsAudited()).as("the export is in the audit trail").isEqualTo(audited + 1);
		assertThat(file.getResponse().getHeader("Content-Disposition")).contains("ho-so-csdlqg-03334");
		assertThat(file.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\"thongTinChung\"")
			.doesNotContain(name);
	}

	private long exportsAudited() {
		return this.jdbc.sql("""
				select count(*) from audit_entry
				where entity_type = 'NationalExport' and entity_id = '03334' and action = 'VIEW'""")
			.query(Long.class)
			.single();
	}

	private String page(Authentication user, String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(authentication(user))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
