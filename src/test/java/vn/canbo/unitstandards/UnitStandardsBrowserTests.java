package vn.canbo.unitstandards;

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
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.staffing.Assignments;
import vn.canbo.staffing.Staffing;
import vn.canbo.staffing.StaffingReport;
import vn.canbo.staffing.RecordAssignment;
import vn.canbo.support.BrowserSession;
import vn.canbo.support.BrowserTest;
import vn.canbo.support.PageFaults;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation officer of Điện Biên sees the province's 45 communes against the
 * standards of NQ 112/2025, analyses Xã Nà Hỳ (275.64 km², 1,671 people) and simulates
 * merging it with Xã Mường Tùng (278.93, 945) and Xã Pu Nhi (181.22, 999) as a mountain
 * commune: 735.79 km² and 3,615 people, 72.30% of the 5,000 people asked.
 */
@BrowserTest
class UnitStandardsBrowserTests {

	static final LocalDate DAY = LocalDate.of(2026, 1, 1);

	@LocalServerPort
	int port;

	@RegisterExtension
	final BrowserSession browser = new BrowserSession();

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	UserAccounts accounts;

	@Autowired
	People people;

	@Autowired
	Assignments assignments;

	@Autowired
	Staffing staffing;

	@Test
	void anOfficerAnalysesACommuneAndSimulatesAMerger() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		long province = this.orgUnits.getByCode("11", DAY).id();
		// a chair of the People's Committee in Xã Nà Hỳ and in Xã Mường Tùng: merged, two
		// chairs for one post
		for (String code : new String[] { "03169", "03181" }) {
			OrgUnitView committee = this.orgUnits.createAgency(new CreateAgency(this.orgUnits.getByCode(code, DAY).id(),
					"UBND xã (thử sắp xếp) " + TestAccounts.uniqueName("ss"), UnitType.PEOPLES_COMMITTEE,
					LocalDate.of(2025, 7, 1), null));
			long chair = this.people
				.create(TestPeople.person("Lò Văn Chủtịch" + (code.equals("03169") ? "nàhỳ" : "mườngtùng"), Gender.MALE,
						1975, committee.id()))
				.id();
			this.assignments.record(new RecordAssignment(chair, committee.code(), "XA_CT_UBND", null, null, null,
					PersonnelCategory.CADRE, DAY.minusMonths(3), null, null, null, null, null));
		}
		// Other tests of a shared database may have placed people in these communes: the
		// expected staff and chairs are read from the staffing report the page sums.
		long staff = 0;
		java.util.Map<String, Long> holders = new java.util.HashMap<>();
		java.util.Map<String, Long> posts = new java.util.HashMap<>();
		for (String code : new String[] { "03169", "03181", "03370" }) {
			StaffingReport report = this.staffing.report(code, DAY);
			staff += report.total().headcount();
			for (StaffingReport.TitleCount title : report.titles()) {
				if (title.keyTitle()) {
					holders.merge(title.code(), title.holders(), Long::sum);
					posts.merge(title.code(), (title.slots() == null) ? 0 : title.slots(), Math::max);
				}
			}
		}
		assertThat(holders.get("XA_CT_UBND")).as("the two chairs added, at least").isGreaterThanOrEqualTo(2);
		// each key title's holders beyond the merged commune's posts of it
		long surplus = holders.entrySet()
			.stream()
			.mapToLong((entry) -> Math.max(0, entry.getValue() - posts.get(entry.getKey())))
			.sum();
		java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
		TestAccounts.signOut();
		UserAccountView officer = TestAccounts.provision(this.accounts, "tinh-dvhc", province, Role.ORG_OFFICER);

		String base = "http://localhost:" + this.port;
		Page page = this.browser.open(base + "/unit-standards?asOf=" + DAY);
		page.locator("#username").fill(officer.username());
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("#login-form button[type=submit]").click();
		page.waitForURL((address) -> address.contains("/unit-standards"),
				new Page.WaitForURLOptions().setTimeout(120_000));
		PageFaults faults = PageFaults.watch(page);
		assertThat(page.locator("#count-all")).hasText("45");
		assertThat(page.locator("#unit-pages .page-range")).isVisible();
		faults.settle();
		this.browser.screenshot("unitstandards/province");
		assertThat(faults.take()).isEmpty();

		// Xã Nà Hỳ as a plain commune: 275.64 × 100 / 30 = 918.80 % of the area, 1,671 ×
		// 100 / 16,000 =
		// 10.44375 → 10.44 % of the population
		page.locator("#unit-03169 a").click();
		assertThat(page.locator("#unit-name")).hasText("Xã Nà Hỳ");
		assertThat(page.locator("#requirement-area")).containsText("918,80 %");
		assertThat(page.locator("#requirement-population")).containsText("10,44 %");
		assertThat(page.locator("#requirement-population")).containsText("112/2025");
		assertThat(page.locator("#unit-verdict")).containsText("Không đạt");
		faults.settle();
		this.browser.screenshot("unitstandards/commune");
		assertThat(faults.take()).isEmpty();

		page.locator("#merge-link").click();
		add(page, "muong tung", "Mường Tùng");
		add(page, "pu nhi", "Pu Nhi");
		page.locator("#kind").selectOption("MOUNTAIN");
		page.locator("#merge-submit").click();
		assertThat(page.locator("#merge-area")).hasText("735,79");
		assertThat(page.locator("#merge-population")).hasText("3.615");
		assertThat(page.locator("#merge-requirement-population")).containsText("72,30 %");
		assertThat(page.locator("#merge-verdict")).containsText("Không đạt");
		assertThat(page.locator("#merge-units")).containsText("Xã Pu Nhi");
		// the two chairs (at least): every chair beyond the merged commune's one post is
		// a
		// surplus; alone on its database the test reads 2 people and 1 surplus chair
		assertThat(page.locator("#merge-staff")).containsText(String.format(vi, "%,d /", staff));
		assertThat(page.locator("#merge-titles")).containsText("Chủ tịch Ủy ban nhân dân xã, phường");
		assertThat(page.locator("#merge-key-surplus")).containsText(String.format(vi, "%,d người", surplus));
		faults.settle();
		this.browser.screenshot("unitstandards/merge");
		assertThat(faults.take()).isEmpty();
	}

	private static void add(Page page, String typed, String name) {
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
		page.locator("#unit-search").pressSequentially(typed);
		page.locator("#unit-search-results .search-result").first().click();
		page.locator("#merge-submit").click();
		assertThat(page.locator("#merge-chosen")).containsText(name);
	}

}
