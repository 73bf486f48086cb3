package vn.canbo.appointments;

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
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.staffing.AssignmentView;
import vn.canbo.staffing.Assignments;
import vn.canbo.support.BrowserSession;
import vn.canbo.support.BrowserTest;
import vn.canbo.support.PageFaults;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation officer of a commune runs an appointment in Chromium: opens the case,
 * records the five conferences (one refused without its quorum), and records the
 * decision, which puts the person in the post.
 */
@BrowserTest
class AppointmentsBrowserTests {

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
	void anOfficerRunsAnAppointmentToItsDecision() {
		TestAccounts.signIn("xa-tochuc", Set.of(Role.ADMIN), null);
		long commune = this.orgUnits.getByCode("03334", LocalDate.of(2025, 7, 1)).id();
		OrgUnitView office = this.orgUnits.createAgency(new CreateAgency(commune,
				"Phòng bổ nhiệm thử " + TestAccounts.uniqueName("bt"), UnitType.OTHER, LocalDate.of(2025, 7, 1), null));
		long candidate = this.people.create(TestPeople.person("Lò Văn Bổnhiệm", Gender.MALE, 1981, office.id())).id();
		long rival = this.people.create(TestPeople.person("Lò Thị Cạnhtranh", Gender.FEMALE, 1983, office.id())).id();
		TestAccounts.signOut();
		UserAccountView officer = TestAccounts.provision(this.accounts, "xa-bn", commune, Role.ORG_OFFICER);

		String base = "http://localhost:" + this.port;
		Page page = this.browser.signIn(base, officer.username(), TestAccounts.PASSWORD);
		PageFaults faults = PageFaults.watch(page);
		page.navigate(base + "/appointments/new?unitId=" + office.id());
		page.locator("#personId-search").pressSequentially("bonhiem");
		page.locator("#personId-results .picker-option", new Page.LocatorOptions().setHasText("Lò Văn Bổnhiệm"))
			.click();
		page.selectOption("#titleCode", "XA_TRUONG_PHONG");
		page.check("#dossier-SUBMISSION");
		page.click("#save-case");
		assertThat(page.locator("#case-title")).containsText("Lò Văn Bổnhiệm");
		// Nobody planned the new officer: the plans answer, and the case says so.
		assertThat(page.locator("#condition-PLANNING")).containsText("Chưa có trong quy hoạch chức danh");
		assertThat(page.locator("#condition-PLANNING")).containsText("Không đạt");

		meeting(page, 5, 5, new long[] { candidate, rival }, new String[] { "", "" });
		// 13 of 21 present: refused (14 needed)
		meeting(page, 21, 13, new long[] { candidate, rival }, new String[] { "10", "7" });
		assertThat(page.locator("#present ~ .invalid-feedback")).containsText("cần ít nhất 14");
		faults.settle();
		assertThat(faults.take()).as("only the refused conference's 422")
			.isNotEmpty()
			.allMatch((fault) -> fault.contains("422"));
		meeting(page, 21, 15, new long[] { candidate, rival }, new String[] { "10", "7" });
		assertThat(page.locator("#verdict-2-" + candidate)).containsText("Giới thiệu ở bước sau");
		assertThat(page.locator("#verdict-2-" + candidate)).containsText("47,6");
		meeting(page, 5, 5, new long[] { candidate, rival }, new String[] { "4", "1" });
		assertThat(page.locator("#verdict-3-" + candidate)).containsText("Được chọn");
		meeting(page, 30, 24, new long[] { candidate }, new String[] { "20" });
		meeting(page, 5, 5, new long[] { candidate }, new String[] { "4" });
		assertThat(page.locator("#verdict-5-" + candidate)).containsText("Được chọn");

		page.fill("#decisionNumber", "88/QĐ-UBND");
		page.fill("#effectiveOn", "2026-12-01");
		page.click("#save-decision");
		assertThat(page.locator("#case-status")).containsText("Đã có quyết định");
		assertThat(page.locator("#decision-card")).containsText("88/QĐ-UBND");
		assertThat(page.locator("#decision-card")).containsText("01/12/2031");
		faults.settle();
		this.browser.screenshot("appointments/case");
		assertThat(faults.take()).isEmpty();

		TestAccounts.signIn("xa-tochuc", Set.of(Role.ADMIN), null);
		AssignmentView post = this.assignments.ofPerson(candidate).get(0);
		TestAccounts.signOut();
		assertThat(post.titleCode()).isEqualTo("XA_TRUONG_PHONG");
		assertThat(post.termEnd()).isEqualTo(LocalDate.of(2031, 12, 1));

		// A year later he resigns: the officer finds him with the picker, his post is
		// offered, a missing case is named, then the resignation ends the post.
		page.navigate(base + "/appointments/exits/new");
		page.locator("#personId-search").pressSequentially("bonhiem");
		page.locator("#personId-results .picker-option", new Page.LocatorOptions().setHasText("Lò Văn Bổnhiệm"))
			.click();
		page.click("#show-posts");
		assertThat(page.locator("#assignmentId")).containsText("Trưởng phòng");
		page.fill("#decisionNumber", "90/QĐ-UBND");
		page.fill("#decisionDate", "2027-11-20");
		page.fill("#effectiveOn", "2027-12-01");
		page.click("#save-exit");
		assertThat(page.locator("#exitCase-error")).containsText("Chọn từ chức, miễn nhiệm hoặc tạm đình chỉ");
		faults.settle();
		assertThat(faults.take()).as("only the refused form's 422").allMatch((fault) -> fault.contains("422"));
		page.selectOption("#exitCase", "RESIGNATION:CAPACITY");
		page.click("#save-exit");
		assertThat(page.locator("#flash-saved")).containsText("Đã ghi nhận");
		assertThat(page.locator("#exits-table")).containsText("Lò Văn Bổnhiệm");
		assertThat(page.locator("#exits-table")).containsText("Không đủ sức khỏe, năng lực hoặc uy tín");
		assertThat(page.locator("#exits-table")).containsText("01/12/2027");
		this.browser.screenshot("appointments/exits");
		faults.settle();
		assertThat(faults.take()).isEmpty();

		TestAccounts.signIn("xa-tochuc", Set.of(Role.ADMIN), null);
		AssignmentView ended = this.assignments.ofPerson(candidate).get(0);
		TestAccounts.signOut();
		assertThat(ended.validTo()).isEqualTo(LocalDate.of(2027, 12, 1));
	}

	private void meeting(Page page, int summoned, int present, long[] who, String[] votes) {
		page.fill("#summoned", String.valueOf(summoned));
		page.fill("#present", String.valueOf(present));
		for (int i = 0; i < who.length; i++) {
			page.fill("#candidate-" + i, String.valueOf(who[i]));
			page.fill("#votes-" + i, votes[i]);
		}
		page.click("#save-meeting");
	}

}
