package vn.canbo.streamlining;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.support.BrowserSession;
import vn.canbo.support.BrowserTest;
import vn.canbo.support.PageFaults;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation officer of a commune screens one of its agencies in Chromium: two
 * people rated "not completed" are on the list; declaring one's young child keeps her off
 * it with the reason shown; the other's decision is refused without a policy, then
 * recorded with its payout computed from his salary history, term by term.
 */
@BrowserTest
class StreamliningBrowserTests {

	@LocalServerPort
	int port;

	@RegisterExtension
	final BrowserSession browser = new BrowserSession();

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	People people;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficerScreensAUnitAndRecordsADecisionWithItsPayout() {
		TestAccounts.signIn("xa-tochuc", Set.of(Role.ADMIN), null);
		long commune = this.orgUnits.getByCode("03334", LocalDate.of(2025, 7, 1)).id();
		OrgUnitView office = this.orgUnits
			.createAgency(new CreateAgency(commune, "Phòng tinh giản thử " + TestAccounts.uniqueName("tg"),
					UnitType.OTHER, LocalDate.of(2025, 7, 1), null));
		List<PersonDetails.SalaryStep> salary = List.of(new PersonDetails.SalaryStep(LocalDate.of(2024, 3, 1), "01.003",
				"Chuyên viên", 3, new BigDecimal("3.00"), null, null));
		long man = this.people
			.create(TestPeople.person("Lò Văn Tinhgiản", Gender.MALE, 1985, office.id())
				.withHistories(List.of(), List.of(), salary, List.of()))
			.id();
		long mother = this.people
			.create(TestPeople.person("Lò Thị Nuôicon", Gender.FEMALE, 1990, office.id())
				.withHistories(List.of(), List.of(), salary, List.of()))
			.id();
		TestAccounts.signOut();
		int year = LocalDate.now().getYear();
		for (long person : new long[] { man, mother }) {
			StreamliningTests.notCompleted(this.jdbc, person, year - 1, office.id());
		}
		UserAccountView officer = TestAccounts.provision(this.accounts, "xa-tg", commune, Role.ORG_OFFICER);

		String base = "http://localhost:" + this.port;
		Page page = this.browser.signIn(base, officer.username(), TestAccounts.PASSWORD);
		PageFaults faults = PageFaults.watch(page);
		page.navigate(base + "/streamlining?unitId=" + office.id());
		assertThat(page.locator("#count-all")).hasText("2");
		assertThat(page.locator("#count-candidates")).hasText("2");
		assertThat(page.locator("#person-" + mother)).containsText("Xếp loại không hoàn thành nhiệm vụ (" + (year - 1));

		// The records do not hold her child: the officer declares it with the birth date.
		page.locator("#person-" + mother + " a").first().click();
		assertThat(page.locator("#person-name")).hasText("Lò Thị Nuôicon");
		page.selectOption("#kind", "YOUNG_CHILD");
		page.fill("#validFrom", LocalDate.now().minusMonths(8).toString());
		page.fill("#note", "Giấy khai sinh số 15/2026");
		page.click("#fact-form button[type=submit]");
		assertThat(page.locator("#flash-saved")).containsText("Đã ghi thông tin khai");
		assertThat(page.locator("#person-exclusions")).containsText("Đang nuôi con dưới 36 tháng tuổi");
		assertThat(page.locator("#facts-table")).containsText("Giấy khai sinh số 15/2026");
		this.browser.screenshot("streamlining/person");

		page.navigate(base + "/streamlining?unitId=" + office.id());
		assertThat(page.locator("#count-excluded")).hasText("1");
		assertThat(page.locator("#count-candidates")).hasText("1");
		assertThat(page.locator("#person-" + mother)).containsText("Đang nuôi con dưới 36 tháng tuổi");
		assertThat(page.locator("#person-" + mother)).containsText("Chưa xem xét");
		assertThat(page.locator("#person-" + mother)).containsText("Nghị định 154/2025/NĐ-CP");
		faults.settle();
		this.browser.screenshot("streamlining/screening");
		assertThat(faults.take()).isEmpty();

		// His decision: refused without a policy, then recorded with its payout.
		page.navigate(base + "/streamlining/persons/" + man);
		page.selectOption("#caseCode", "NOT_COMPLETED_RATING");
		page.fill("#leaveOn", year + "-12-31");
		page.fill("#insuredYears", "8");
		page.click("#decision-form button[type=submit]");
		assertThat(page.locator("#policy ~ .invalid-feedback")).containsText("Chính sách là bắt buộc");
		faults.settle();
		assertThat(faults.take()).as("only the refused form's 422").allMatch((fault) -> fault.contains("422"));
		page.selectOption("#policy", "RESIGNATION");
		page.click("#decision-form button[type=submit]");
		assertThat(page.locator("#flash-saved")).containsText("Đã lưu quyết định");
		// 3.00 × 2,340,000 = 7,020,000 a month; 3 months + 1.5 × 8 years = 15 months
		assertThat(page.locator("#salary-sum")).hasText("7.020.000");
		assertThat(page.locator("#term-JOB_SEARCH")).containsText("21.060.000");
		assertThat(page.locator("#term-INSURED_YEARS")).containsText("84.240.000");
		assertThat(page.locator("#payout-total")).containsText("105.300.000");
		assertThat(page.locator("#term-INSURED_YEARS")).containsText("Nghị định 154/2025/NĐ-CP, Điều 8 khoản 1");
		faults.settle();
		this.browser.screenshot("streamlining/decision");
		assertThat(faults.take()).isEmpty();

		page.navigate(base + "/streamlining/plan?unitId=" + office.id() + "&year=" + year);
		assertThat(page.locator("#plan-count")).hasText("1");
		assertThat(page.locator("#plan-total")).containsText("105.300.000");
		this.browser.screenshot("streamlining/plan");
	}

}
