package vn.canbo.work.web;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.support.BrowserSession;
import vn.canbo.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The person chooser in Chromium: a leader types part of a name, picks the owner with the
 * keyboard, adds collaborators as chips, removes one, and the task is assigned to them.
 */
@BrowserTest
class PersonPickerBrowserTests {

	static final LocatorAssertions.IsVisibleOptions PATIENTLY = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(15_000);

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	UserAccounts accounts;

	@Autowired
	SystemAccess system;

	@RegisterExtension
	final BrowserSession browser = new BrowserSession();

	@Test
	void picksTheOwnerByKeyboardAndCollaboratorsAsChips() {
		String suffix = TestAccounts.uniqueName("x").substring(2, 6);
		long[] agency = new long[1];
		UserAccountView leader = this.system.call(() -> {
			long commune = this.orgUnits.getByCode("03334", this.orgUnits.today()).id();
			agency[0] = this.orgUnits
				.createAgency(new CreateAgency(commune, "Phòng chọn người " + suffix, UnitType.OTHER,
						LocalDate.of(2025, 7, 1), null))
				.id();
			this.people.create(TestPeople.person("Hoàng Văn Chủ", Gender.MALE, 1980, agency[0]));
			this.people.create(TestPeople.person("Hoàng Thị Phối", Gender.FEMALE, 1984, agency[0]));
			this.people.create(TestPeople.person("Hoàng Văn Hợp", Gender.MALE, 1986, agency[0]));
			return TestAccounts.provision(this.accounts, "ld-chon", commune, Role.LEADER);
		});
		Page page = this.browser.signIn(url(""), leader.username(), TestAccounts.PASSWORD);
		page.navigate(url("/work?view=unit&unitId=" + agency[0]));

		page.locator("#title").fill("Việc giao bằng ô chọn người");
		Locator owner = page.locator("#ownerId-search");
		owner.pressSequentially("hoang van chu");
		assertThat(page.locator("#ownerId-results .picker-option").first()).isVisible(PATIENTLY);
		owner.press("ArrowDown");
		page.keyboard().press("Enter");
		assertThat(page.locator("#ownerId-chips")).containsText("Hoàng Văn Chủ");

		Locator collaborators = page.locator("#collaboratorIds-search");
		collaborators.pressSequentially("Phối");
		page.locator("#collaboratorIds-results .picker-option", new Page.LocatorOptions().setHasText("Hoàng Thị Phối"))
			.click();
		collaborators.pressSequentially("hop");
		assertThat(page.locator("#collaboratorIds-results .picker-option").first()).isVisible(PATIENTLY);
		collaborators.press("Enter");
		Locator chips = page.locator("#collaboratorIds-chips .picker-chip");
		assertThat(chips).hasCount(2);
		this.browser.screenshot("person-picker-chips");
		chips.filter(new Locator.FilterOptions().setHasText("Hoàng Văn Hợp")).locator(".picker-remove").click();
		assertThat(chips).hasCount(1);

		page.locator("#dueOn").fill(this.orgUnits.today().toString());
		page.locator("#assign-save").click();
		assertThat(page.locator("#task-owner")).hasText("Hoàng Văn Chủ",
				new LocatorAssertions.HasTextOptions().setTimeout(15_000));
		assertThat(page.locator("#task-collaborators")).hasText("Hoàng Thị Phối");
		this.browser.screenshot("person-picker-assigned");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
