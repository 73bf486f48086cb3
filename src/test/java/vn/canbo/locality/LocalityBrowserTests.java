package vn.canbo.locality;

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
 * A leader of Hưng Yên province sees the non-local key-leader figures of the province (of
 * its 104 communes) and opens the people behind the non-local figure: the chair of Xã
 * Nghĩa Trụ recorded here, whose home town is another commune (Xã Tân Quang).
 */
@BrowserTest
class LocalityBrowserTests {

	static final LocalDate FROM = LocalDate.of(2026, 2, 1);

	@LocalServerPort
	int port;

	@RegisterExtension
	final BrowserSession browser = new BrowserSession();

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	People people;

	@Autowired
	Assignments assignments;

	@Autowired
	UserAccounts accounts;

	@Test
	void aLeaderSeesTheProvincesNonLocalFiguresAndOpensThePeopleBehindOne() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		long province = this.orgUnits.getByCode("33", FROM).id();
		long commune = this.orgUnits.getByCode("12031", FROM).id();
		OrgUnitView committee = this.orgUnits
			.createAgency(new CreateAgency(commune, "UBND xã (thử trình duyệt) " + TestAccounts.uniqueName("dp"),
					UnitType.PEOPLES_COMMITTEE, LocalDate.of(2025, 7, 1), null));
		PersonDetails details = TestPeople.person("Đỗ Văn Nơikhác", Gender.MALE, 1979, committee.id());
		PersonDetails.Identity identity = details.identity();
		long chair = this.people
			.create(details.withIdentity(new PersonDetails.Identity(identity.fullName(), null, 3, 4, 1979, Gender.MALE,
					null, null, "12001", "Xã Tân Quang, Hưng Yên", null, null, null, null, Ethnicity.KINH,
					Religion.NONE, identity.citizenId(), null, null, null, null)))
			.id();
		this.assignments.record(new RecordAssignment(chair, committee.code(), "XA_CT_UBND", null, null, null,
				PersonnelCategory.CADRE, FROM, null, null, null, null, null));
		TestAccounts.signOut();
		UserAccountView leader = TestAccounts.provision(this.accounts, "tinh-ld", province, Role.LEADER);

		String base = "http://localhost:" + this.port;
		// straight to the figures: signing in from the page asked returns to it (the
		// leader's usual home, the dashboard, is not what this test is about)
		Page page = this.browser.open(base + "/locality?asOf=" + FROM);
		page.locator("#username").fill(leader.username());
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("#login-form button[type=submit]").click();
		page.waitForURL((address) -> address.contains("/locality"), new Page.WaitForURLOptions().setTimeout(120_000));
		PageFaults faults = PageFaults.watch(page);
		assertThat(page.locator("#locality-figures")).isVisible();
		assertThat(page.locator("#figure-communes")).containsText("/104");
		assertThat(page.locator("#locality-unconfirmed")).containsText("chưa xác nhận");
		faults.settle();
		this.browser.screenshot("locality/province");
		assertThat(faults.take()).isEmpty();

		page.locator("#figure-communes").click();
		assertThat(page.locator("#commune-12031")).containsText("Có");
		assertThat(page.locator("#commune-pages .page-range")).isVisible();
		page.locator("#figure-non-local").click();
		assertThat(page.locator("#leaders-table")).containsText("Đỗ Văn Nơikhác");
		assertThat(page.locator("#leaders-table")).containsText("Không phải người địa phương");
		assertThat(page.locator("#leaders-table")).containsText("Xã Tân Quang (12001)");
		assertThat(page.locator("#leader-pages .page-range")).isVisible();
		faults.settle();
		this.browser.screenshot("locality/non-local-key-leaders");
		assertThat(faults.take()).isEmpty();
	}

}
