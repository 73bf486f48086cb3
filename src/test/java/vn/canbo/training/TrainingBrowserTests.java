package vn.canbo.training;

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
import vn.canbo.people.EducationLevel;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;
import vn.canbo.people.TestPeople;
import vn.canbo.planning.NewPlanEntry;
import vn.canbo.planning.NewPlanningPeriod;
import vn.canbo.planning.PlanningPeriod;
import vn.canbo.planning.PlanningStep;
import vn.canbo.planning.SuccessionPlans;
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
 * An organisation officer of a commune opens a cadre's training page in Chromium, sees
 * the political-theory gap of the post held, records the trung cấp course that grants the
 * level, and sees the need gone, without a console error.
 */
@BrowserTest
class TrainingBrowserTests {

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

	@Autowired
	SuccessionPlans plans;

	@Test
	void anOfficerRecordsACourseAndSeesTheNeedClosed() {
		LocalDate start = LocalDate.of(2025, 7, 1);
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		OrgUnitView commune = this.orgUnits.createAgency(new CreateAgency(this.orgUnits.getByCode("03334", start).id(),
				"Xã thử bồi dưỡng " + TestAccounts.uniqueName("bd"), UnitType.OTHER, start, null));
		OrgUnitView council = this.orgUnits
			.createAgency(new CreateAgency(commune.id(), "HĐND thử", UnitType.PARTY_COMMITTEE, start, null));
		PersonDetails details = TestPeople.person("Lò Văn Bồidưỡng", Gender.MALE, 1985, council.id())
			.withQualifications(new PersonDetails.Qualifications(EducationLevel.UPPER_SECONDARY,
					ProfessionalLevel.DAI_HOC, "Luật", null, PoliticalTheoryLevel.SO_CAP, null, null, null));
		long person = this.people.create(details).id();
		this.assignments.record(new RecordAssignment(person, council.code(), "XA_PCT_HDND", null, null, null, null,
				start, null, null, "NQ 1", start, null));
		UserAccountView officer = TestAccounts.provision(this.accounts, "xa-bd", commune.id(), Role.ORG_OFFICER);
		TestAccounts.signOut();

		String base = "http://localhost:" + this.port;
		Page page = this.browser.signIn(base, officer.username(), TestAccounts.PASSWORD);
		PageFaults faults = PageFaults.watch(page);
		page.navigate(base + "/training/people/" + person);
		assertThat(page.locator("#need-STANDARD_POLITICAL_THEORY")).containsText("Trung cấp");
		faults.settle();
		this.browser.screenshot("training/person-before");

		page.selectOption("#kind", "POLITICAL_THEORY");
		page.fill("input[name=title]", "Trung cấp lý luận chính trị - hành chính");
		page.fill("input[name=provider]", "Trường Chính trị tỉnh Điện Biên");
		page.fill("input[name=periods]", "640");
		page.fill("input[name=startDate]", "2025-09-01");
		page.fill("input[name=endDate]", "2026-04-30");
		page.selectOption("#funding", "STATE_BUDGET");
		page.selectOption("#grantsPoliticalTheory", "TRUNG_CAP");
		page.click("#save-course");

		assertThat(page.locator("#flash-saved")).isVisible();
		assertThat(page.locator("#need-STANDARD_POLITICAL_THEORY")).hasCount(0);
		assertThat(page.locator("#courses")).containsText("Trung cấp lý luận chính trị - hành chính");
		faults.settle();
		this.browser.screenshot("training/person-after");
		assertThat(faults.take()).isEmpty();
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		assertThat(this.people.summary(person).politicalTheory()).isEqualTo(PoliticalTheoryLevel.TRUNG_CAP);
		TestAccounts.signOut();
	}

	@Test
	void theNeedOfAPlannedTitleShowsItsSourceInBothLanguages() {
		LocalDate start = LocalDate.of(2025, 7, 1);
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		OrgUnitView commune = this.orgUnits.createAgency(new CreateAgency(this.orgUnits.getByCode("03334", start).id(),
				"Xã thử quy hoạch đào tạo " + TestAccounts.uniqueName("qd"), UnitType.OTHER, start, null));
		PersonDetails details = TestPeople.person("Lò Văn Quyhoạchđt", Gender.MALE, 1985, commune.id())
			.withQualifications(new PersonDetails.Qualifications(EducationLevel.UPPER_SECONDARY,
					ProfessionalLevel.DAI_HOC, "Luật", null, PoliticalTheoryLevel.TRUNG_CAP,
					StateManagementLevel.CHUYEN_VIEN_CAO_CAP, null, null));
		long person = this.people.create(details).id();
		long province = java.util.Objects.requireNonNull(this.orgUnits.getByCode("03334", start).parentId());
		LocalDate decided = LocalDate.of(2026, 2, 2);
		PlanningPeriod period = this.plans
			.openPeriod(new NewPlanningPeriod(province, "Quy hoạch thử " + TestAccounts.uniqueName("qd"), 2025, 2030,
					LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), null));
		this.plans.add(new NewPlanEntry(period.id(), province, "TINH_CT_UBND", person, 2, PlanningStep.APPROVAL, 15, 12,
				9, "16-QĐ/TU", decided, "Ban Thường vụ Tỉnh ủy", null, decided, null));
		UserAccountView officer = TestAccounts.provision(this.accounts, "xa-qd", commune.id(), Role.ORG_OFFICER);
		TestAccounts.signOut();

		String base = "http://localhost:" + this.port;
		Page page = this.browser.signIn(base, officer.username(), TestAccounts.PASSWORD);
		PageFaults faults = PageFaults.watch(page);
		page.navigate(base + "/training/people/" + person + "?lang=vi");
		assertThat(page.locator("#need-PLANNED_POLITICAL_THEORY")).containsText("Tiêu chuẩn chức danh quy hoạch");
		assertThat(page.locator("#need-PLANNED_POLITICAL_THEORY")).containsText("Chủ tịch Ủy ban nhân dân tỉnh");
		assertThat(page.locator("#need-PLANNED_POLITICAL_THEORY")).containsText("Cao cấp");
		assertThat(page.locator("#need-PLANNED_POLITICAL_THEORY")).containsText("II.5.1");
		faults.settle();
		this.browser.screenshot("training/person-planned-vi");
		page.navigate(base + "/training/people/" + person + "?lang=en");
		assertThat(page.locator("#need-PLANNED_POLITICAL_THEORY")).containsText("Standard of a planned title");
		assertThat(page.locator("#need-PLANNED_POLITICAL_THEORY")).containsText("the planned title");
		faults.settle();
		this.browser.screenshot("training/person-planned-en");
		page.navigate(base + "/training/people/" + person + "?lang=vi");
		assertThat(faults.take()).isEmpty();
	}

}
