package vn.canbo.movements;

import java.time.LocalDate;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Ethnicity;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.Religion;
import vn.canbo.people.TestPeople;
import vn.canbo.planning.PlannedFixture;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.staffing.Assignments;
import vn.canbo.staffing.RecordAssignment;
import vn.canbo.support.BrowserSession;
import vn.canbo.support.BrowserTest;
import vn.canbo.support.PageFaults;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation officer of the province records a rotation of a provincial leader to a
 * commune as its Party Secretary in Chromium: checks the eligibility (explained), saves,
 * and finds it in the period's report.
 */
@BrowserTest
class MovementsBrowserTests {

	@LocalServerPort
	int port;

	@RegisterExtension
	final BrowserSession browser = new BrowserSession();

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	People people;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	Assignments assignments;

	@Autowired
	UserAccounts accounts;

	@Test
	void anOfficerRecordsARotationAndSeesItInTheReport() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		LocalDate since = LocalDate.of(2019, 1, 1);
		OrgUnitView province = this.orgUnits.getByCode("11", since);
		OrgUnitView board = this.orgUnits.createAgency(new CreateAgency(province.id(),
				"Ban thử luân chuyển " + TestAccounts.uniqueName("lc"), UnitType.PARTY_BOARD, since, null));
		OrgUnitView commune = this.orgUnits
			.createAgency(new CreateAgency(this.orgUnits.getByCode("03325", LocalDate.of(2025, 7, 1)).id(),
					"Đảng ủy thử luân chuyển " + TestAccounts.uniqueName("lc"), UnitType.PARTY_COMMITTEE,
					LocalDate.of(2025, 7, 1), null));
		String name = "Lò Văn Luânchuyển";
		long person = this.people.create(PersonDetails.of(
				new PersonDetails.Identity(name, null, 15, 1, 1978, Gender.MALE, null, "Xã Thanh Xương, Điện Biên",
						null, "Xã Thanh Xương, Điện Biên", null, null, null, null, Ethnicity.KINH, Religion.NONE,
						TestPeople.citizenId(Gender.MALE, 1978), null, null, null, null),
				new PersonDetails.Employment(null, PersonnelCategory.CADRE, board.id(), "Phó Trưởng ban", null, true,
						null, null, null, null)))
			.id();
		this.assignments.record(new RecordAssignment(person, board.code(), "TINH_PHO_BAN_DANG", null, null, null, null,
				LocalDate.of(2020, 1, 1), null, null, "01-QĐ/TU", LocalDate.of(2020, 1, 1), null));
		PlannedFixture.plan(this.jdbc, person, board.id(), "TINH_TRUONG_BAN_DANG");
		UserAccountView officer = TestAccounts.provision(this.accounts, "tinh-lc", province.id(), Role.ORG_OFFICER);
		TestAccounts.signOut();

		String base = "http://localhost:" + this.port;
		Page page = this.browser.signIn(base, officer.username(), TestAccounts.PASSWORD);
		PageFaults faults = PageFaults.watch(page);
		page.navigate(base + "/movements/new?personId=" + person + "&toUnitId=" + commune.id());
		page.locator("#type").selectOption("ROTATION");
		page.locator("#toTitleCode").selectOption("XA_BI_THU");
		page.locator("#startDate").fill("2026-03-01");
		page.locator("#decisionNumber").fill("125-QĐ/TU");
		page.locator("#decisionDate").fill("2026-02-15");
		page.locator("#decisionBody").fill("Ban Thường vụ Tỉnh ủy");
		page.locator("#check-eligibility").click();
		assertThat(page.locator("#eligibility-verdict")).hasText("Đủ điều kiện");
		// born 01/1978, retires 01/2040: 166 months left from 03/2026
		assertThat(page.locator("#condition-WORKING_TIME")).containsText("166");
		assertThat(page.locator("#condition-WORKING_TIME")).containsText("Nghị định 170/2025/NĐ-CP");
		assertThat(page.locator("#condition-IN_PLAN")).containsText("Trưởng ban (Chánh Văn phòng");
		this.browser.screenshot("movements/eligibility");
		page.locator("#save-movement").click();
		assertThat(page.locator("#flash-saved")).isVisible();
		assertThat(page.locator("#movement-to")).containsText("Bí thư Đảng ủy xã");

		page.navigate(base + "/movements?unitId=" + board.id() + "&from=2026-01-01&to=2026-12-31");
		assertThat(page.locator("#report-ROTATION")).containsText("1");
		assertThat(page.locator("#report-toCommuneKey")).containsText("1");
		assertThat(page.locator("#report-summary")).containsText("1 lượt luân chuyển");
		assertThat(page.locator("#movements-table")).containsText(name);
		faults.settle();
		this.browser.screenshot("movements/report");
		assertThat(faults.take()).isEmpty();
	}

}
