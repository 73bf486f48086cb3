package vn.canbo.work;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.security.SystemAccess;
import vn.canbo.support.BrowserSession;
import vn.canbo.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, on the demo: the commune's leader assigns a task to one of its officers,
 * the officer reports it done with an evidence file, the leader scores it, closes the
 * month, and the year's rolled-up proposal of the officer appears.
 */
@BrowserTest
@ActiveProfiles("demo")
@TestPropertySource(properties = "canbo.embedded-db.data-directory=")
class WorkBrowserTests {

	static final LocatorAssertions.IsVisibleOptions PATIENTLY = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(15_000);

	static final String TITLE = "Rà soát danh sách hộ nghèo quý IV";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	SystemAccess system;

	BrowserSession leader;

	BrowserSession officer;

	@AfterEach
	void closeBrowsers() {
		if (this.leader != null) {
			this.leader.close();
		}
		if (this.officer != null) {
			this.officer.close();
		}
	}

	@Test
	void assignReportScoreCloseAndTheAnnualProposalAppears() throws Exception {
		long officerId = this.jdbc.sql("select person_id from user_account where username = 'xa.canbo'")
			.query(Long.class)
			.single();
		String officerName = this.jdbc.sql("select full_name from person where id = :id")
			.param("id", officerId)
			.query(String.class)
			.single();
		// The application's day (Việt Nam), not the machine's: they differ after 17:00
		// UTC.
		LocalDate today = LocalDate.now(this.clock);
		long commune = this.system.call(() -> this.orgUnits.getByCode("03334", today).id());
		String month = today.toString().substring(0, 7);

		this.leader = new BrowserSession();
		Page page = this.leader.signIn(url(""), "xa.lanhdao", "demo1234");
		page.navigate(url("/work?view=unit&unitId=" + commune + "&month=" + month));
		page.locator("#title").fill(TITLE);
		page.locator("#ownerId-search").pressSequentially(officerName);
		page.locator("#ownerId-results [data-person-id='" + officerId + "']").click();
		assertThat(page.locator("#ownerId-chips")).containsText(officerName);
		page.locator("#dueOn").fill(today.format(DateTimeFormatter.ISO_LOCAL_DATE));
		page.locator("#weight").fill("2");
		page.locator("#assign-save").click();
		assertThat(page.locator("#flash-saved")).isVisible(PATIENTLY);
		assertThat(page.locator("#task-title")).hasText(TITLE);
		assertThat(page.locator("#task-owner")).hasText(officerName);
		String taskUrl = page.url();

		this.officer = new BrowserSession();
		Page own = this.officer.signIn(url(""), "xa.canbo", "demo1234");
		own.navigate(url("/work?month=" + month));
		own.locator("a.task-link", new Page.LocatorOptions().setHasText(TITLE)).click();
		own.locator("#progress").fill("100");
		own.locator("#note").fill("Đã rà soát xong 124 hộ, gửi kèm biên bản");
		Path evidence = Files.createTempFile("bien-ban", ".txt");
		Files.writeString(evidence, "Biên bản rà soát", StandardCharsets.UTF_8);
		own.locator("#file").setInputFiles(evidence);
		own.locator("#done").check();
		own.locator("#progress-save").click();
		assertThat(own.locator("#flash-saved")).isVisible(PATIENTLY);
		assertThat(own.locator("#task-status")).hasText("Đã hoàn thành");
		assertThat(own.locator("a.evidence-link")).containsText("bien-ban");
		this.officer.screenshot("work-task-reported");

		page.navigate(taskUrl);
		page.locator("#score-card summary").click();
		page.locator("#completedUnits").fill("2");
		page.locator("#majorErrors").fill("1");
		page.locator("#score-save").click();
		assertThat(page.locator("#flash-saved")).isVisible(PATIENTLY);
		String leaderName = this.jdbc.sql(
				"select p.full_name from user_account a join person p on p.id = a.person_id where a.username = 'xa.lanhdao'")
			.query(String.class)
			.single();
		assertThat(page.locator("#score-state")).containsText(leaderName);
		assertThat(page.locator("#score-state")).not().containsText("xa.lanhdao");
		assertThat(page.locator("#losses")).containsText("1 lỗi lớn");

		page.navigate(url("/work/months?unitId=" + commune + "&month=" + month));
		page.locator("#close-month").click();
		assertThat(page.locator("#close-confirm-counts")).containsText("Khóa sổ sẽ tính điểm và khóa tháng của");
		assertThat(page.locator("#month-state")).containsText("Đang mở");
		this.leader.screenshot("work-month-close-confirm");
		page.locator("#confirm-close").click();
		assertThat(page.locator("#flash-closed"))
			.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
		assertThat(page.locator("#month-state")).containsText("Đã khóa sổ");
		this.leader.screenshot("work-month-closed");

		own.navigate(url("/work/me/months/" + month));
		assertThat(own.locator("#result")).containsText("Kết quả đã khóa sổ");
		Locator line = own.locator("#task-losses tr", new Page.LocatorOptions().setHasText(TITLE));
		assertThat(line).containsText("1 lỗi lớn");
		this.officer.screenshot("work-person-month");

		page.navigate(url("/ratings?unitId=" + commune + "&year=" + today.getYear()));
		page.locator("#roll-up").click();
		assertThat(page.locator("#flash-rolled-up")).isVisible(PATIENTLY);
		// The commune's ratings are paged with their total: the officer's is on one of
		// the pages.
		assertThat(page.locator("#ratings-pages .page-range")).containsText("trên tổng số");
		Locator proposal = page.locator("#rating-" + officerId);
		Locator next = page.locator("#ratings-pages li.page-item:not(.disabled) > a.page-link",
				new Page.LocatorOptions().setHasText("Sau"));
		for (int shown = 1; proposal.count() == 0 && next.count() > 0; shown++) {
			next.click();
			page.waitForURL(Pattern.compile(".*[?&]page=" + shown + "$"));
		}
		assertThat(proposal).isVisible();
		assertThat(proposal.locator(".proposed")).containsText("nhiệm vụ");
		this.leader.screenshot("work-annual-proposal");

		own.navigate(url("/ratings"));
		assertThat(own.locator("#mine")).containsText("Xếp loại của tôi");
		assertThat(own.locator("#mine-level")).isVisible();
		assertThat(own.locator("#filter")).hasCount(0);
		assertThat(Files.deleteIfExists(evidence)).isTrue();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
