package vn.canbo.recruitment;

import java.time.LocalDate;
import java.util.List;
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
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.staffing.SetQuota;
import vn.canbo.staffing.Staffing;
import vn.canbo.support.BrowserSession;
import vn.canbo.support.BrowserTest;
import vn.canbo.support.PageFaults;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation officer of the commune, in Chromium: opens the recruitment plan of an
 * agency from its vacant kế toán position, enters the two candidates' scores (R-1 of
 * §1.11: 85 + 5 beats 88) and publishes the results.
 */
@BrowserTest
class RecruitmentBrowserTests {

	@LocalServerPort
	int port;

	@RegisterExtension
	final BrowserSession browser = new BrowserSession();

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	Staffing staffing;

	@Autowired
	Recruitment recruitment;

	@Autowired
	UserAccounts accounts;

	@Test
	void anOfficerOpensAPlanFromVacanciesEntersScoresAndPublishesTheResults() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		long commune = this.orgUnits.getByCode("03334", LocalDate.of(2025, 7, 1)).id();
		OrgUnitView agency = this.orgUnits
			.createAgency(new CreateAgency(commune, "Phòng thử tuyển dụng " + TestAccounts.uniqueName("tb"),
					UnitType.SPECIALISED_OFFICE, LocalDate.of(2025, 7, 1), null));
		this.staffing.setQuota(new SetQuota(agency.code(), PersonnelCategory.CIVIL_SERVANT, "KE_TOAN", 1,
				LocalDate.of(2026, 1, 1), "12/QĐ-UBND", LocalDate.of(2025, 12, 20)));
		TestAccounts.signOut();
		UserAccountView officer = TestAccounts.provision(this.accounts, "xa-td", commune, Role.ORG_OFFICER);

		String base = "http://localhost:" + this.port;
		Page page = this.browser.signIn(base, officer.username(), TestAccounts.PASSWORD);
		PageFaults faults = PageFaults.watch(page);
		page.navigate(base + "/recruitment");
		page.fill("#agencyCode", agency.code());
		page.fill("#year", "2026");
		page.fill("#asOf", "2026-03-01");
		page.click("#create-plan");
		assertThat(page.locator("#flash-saved")).containsText("Đã lập kế hoạch tuyển dụng");
		assertThat(page.locator("#vacancy-KE_TOAN")).containsText("Kế toán viên");
		assertThat(page.locator("#plan-rules")).containsText("Nghị định 170/2025/NĐ-CP, Điều 6");
		long planId = Long.parseLong(page.url().replaceAll(".*/recruitment/(\\d+).*", "$1"));

		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		CandidateView a = this.recruitment.addCandidate(planId,
				new CandidateInput("KE_TOAN", TestPeople.citizenId(Gender.FEMALE, 1998), "Lò Thị An",
						LocalDate.of(1998, 4, 15), Gender.FEMALE, Ethnicity.THAI, true, true, true,
						ProfessionalLevel.DAI_HOC, "Kế toán", List.of(), 0, null));
		CandidateView b = this.recruitment.addCandidate(planId,
				new CandidateInput("KE_TOAN", TestPeople.citizenId(Gender.MALE, 1996), "Nguyễn Văn Bình",
						LocalDate.of(1996, 4, 15), Gender.MALE, Ethnicity.KINH, true, true, true,
						ProfessionalLevel.DAI_HOC, "Tài chính", List.of(), 0, null));
		TestAccounts.signOut();

		page.navigate(base + "/recruitment/" + planId);
		score(page, a.id(), "40", "85");
		score(page, b.id(), "45", "88");
		assertThat(page.locator("#candidate-" + a.id() + " .total")).hasText("90,00");
		assertThat(page.locator("#candidate-" + a.id() + " .outcome")).hasText("Trúng tuyển");
		assertThat(page.locator("#candidate-" + b.id() + " .outcome")).hasText("Kế tiếp");
		faults.settle();
		this.browser.screenshot("recruitment/scored");

		page.fill("#publishedOn", "2026-06-04");
		page.fill("#decisionNumber", "30/QĐ-UBND");
		page.click("#publish");
		assertThat(page.locator("#plan-status")).hasText("Đã công bố kết quả");
		assertThat(page.locator("#published")).containsText("11/06/2026");
		assertThat(page.locator("#candidate-" + a.id() + " .reason")).containsText("90");
		assertThat(page.locator("#candidate-" + a.id() + " .rule"))
			.hasText("Nghị định 170/2025/NĐ-CP, Điều 10 khoản 1 điểm b");
		faults.settle();
		this.browser.screenshot("recruitment/published");
		assertThat(faults.take()).isEmpty();
	}

	private static void score(Page page, long candidateId, String roundOne, String written) {
		String form = "#scores-" + candidateId;
		page.fill(form + " [name=roundOneCorrect]", roundOne);
		page.fill(form + " [name=written]", written);
		page.click(form + " button[type=submit]");
		assertThat(page.locator("#flash-saved")).containsText("Đã lưu điểm");
	}

}
