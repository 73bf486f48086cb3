package vn.canbo.notifications;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

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
import vn.canbo.shared.OutOfScopeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sending with and without a dedupe key, in the caller's transaction; the accounts of
 * people and the leaders over a unit; each user's inbox and the bell; no mail server
 * configured, no mail and no failure.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationsTests {

	@Autowired
	Notifications notifications;

	@Autowired
	UserAccounts accounts;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	People people;

	@Autowired
	SystemAccess system;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	String alice;

	String bob;

	@BeforeEach
	void recipients() {
		this.alice = TestNotifications.account(this.accounts, "alice");
		this.bob = TestNotifications.account(this.accounts, "bob");
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void storesOneNotificationPerRecipientAndSkipsARepeatedReminder() {
		this.notifications.send(List.of(this.alice, this.bob, this.alice), NotificationKind.TASK_OVERDUE,
				"notifications.message.text", List.of("Việc 12 quá hạn"), "/work/tasks/12",
				"TASK_OVERDUE:12:2026-11-22");
		this.notifications.send(List.of(this.alice), NotificationKind.TASK_OVERDUE, "notifications.message.text",
				List.of("Việc 12 quá hạn"), "/work/tasks/12", "TASK_OVERDUE:12:2026-11-22");
		this.notifications.send(List.of(this.alice), NotificationKind.OTHER, "notifications.message.text",
				List.of("Tin chung"), "/", null);
		this.notifications.send(List.of(this.alice), NotificationKind.OTHER, "notifications.message.text",
				List.of("Tin chung"), "/", null);

		assertThat(count(this.alice)).isEqualTo(3);
		assertThat(count(this.bob)).isEqualTo(1);
		TestAccounts.signIn(this.alice, Set.of(Role.STAFF), null);
		List<NotificationView> inbox = this.notifications.inbox(false);
		assertThat(inbox).extracting(NotificationView::kind)
			.containsExactly(NotificationKind.OTHER, NotificationKind.OTHER, NotificationKind.TASK_OVERDUE);
		assertThat(inbox.get(2).args()).containsExactly("Việc 12 quá hạn");
		assertThat(inbox.get(2).link()).isEqualTo("/work/tasks/12");
	}

	@Test
	void isStoredOrRolledBackWithTheCallersTransaction() {
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.notifications.send(List.of(this.alice), NotificationKind.PLAN_TO_APPROVE,
						"notifications.message.text", List.of("Kế hoạch"), "/work/plans/1", null);
				throw new IllegalStateException("the change fails");
			});
		}
		catch (IllegalStateException expected) {
			// the caller's change failed
		}
		assertThat(count(this.alice)).isZero();
	}

	@Test
	void refusesLinksOutsideTheApplication() {
		assertThatThrownBy(() -> this.notifications.send(List.of(this.alice), NotificationKind.OTHER,
				"notifications.message.text", List.of("x"), "https://example.com", null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.notifications.send(List.of(this.alice), NotificationKind.OTHER,
				"notifications.message.text", List.of("x"), "//example.com", null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void findsTheAccountsLinkedToPeople() {
		long commune = this.system.call(() -> this.orgUnits.getByCode("03334", this.orgUnits.today()).id());
		long linked = this.system
			.call(() -> this.people.create(TestPeople.person("Lò Văn Cóconto", Gender.MALE, 1985, commune)).id());
		long unlinked = this.system
			.call(() -> this.people.create(TestPeople.person("Lò Văn Khôngco", Gender.MALE, 1985, commune)).id());
		UserAccountView account = TestAccounts.provision(this.accounts, "coconto", commune, Role.STAFF);
		this.system.run(() -> this.accounts.linkPerson(account.id(), linked));

		assertThat(this.notifications.accountsOfPeople(List.of(linked, unlinked)))
			.isEqualTo(Map.of(linked, account.username()));
		assertThat(this.notifications.accountsOfPeople(List.of())).isEmpty();
	}

	@Test
	void findsTheEnabledLeadersWhoseScopeHoldsTheUnit() {
		LocalDate today = this.orgUnits.today();
		long commune = this.system.call(() -> this.orgUnits.getByCode("03334", today).id());
		long province = this.system.call(() -> this.orgUnits.getByCode("11", today).id());
		long otherCommune = this.system.call(() -> this.orgUnits.getByCode("03325", today).id());
		long agency = this.system.call(() -> this.orgUnits
			.createAgency(new CreateAgency(commune, "Ban thông báo " + TestAccounts.uniqueName("tb"), UnitType.OTHER,
					LocalDate.of(2025, 7, 1), null))
			.id());
		String communeLeader = TestAccounts.provision(this.accounts, "ld-xa", commune, Role.LEADER).username();
		String provinceLeader = TestAccounts.provision(this.accounts, "ld-tinh", province, Role.LEADER).username();
		String nationwide = TestAccounts.provision(this.accounts, "ld-tw", null, Role.LEADER).username();
		String otherLeader = TestAccounts.provision(this.accounts, "ld-khac", otherCommune, Role.LEADER).username();
		String officer = TestAccounts.provision(this.accounts, "tc-xa", commune, Role.ORG_OFFICER).username();
		UserAccountView disabled = TestAccounts.provision(this.accounts, "ld-nghi", commune, Role.LEADER);
		this.system.run(() -> this.accounts.disable(disabled.id()));

		List<String> leaders = this.notifications.leadersOver(agency, today);

		assertThat(leaders).contains(communeLeader, provinceLeader, nationwide)
			.doesNotContain(otherLeader, officer, disabled.username());
		assertThat(this.notifications.accountsOver(agency, today, Role.ORG_OFFICER)).contains(officer)
			.doesNotContain(communeLeader);
	}

	@Test
	void eachUserReadsAndMarksOnlyTheirOwn() {
		this.notifications.send(List.of(this.alice), NotificationKind.TASK_ASSIGNED, "notifications.message.text",
				List.of("Việc của Alice"), "/work/tasks/1", null);
		this.notifications.send(List.of(this.bob), NotificationKind.TASK_ASSIGNED, "notifications.message.text",
				List.of("Việc của Bob"), "/work/tasks/2", null);
		TestAccounts.signIn(this.bob, Set.of(Role.STAFF), null);
		long bobs = this.notifications.inbox(false).get(0).id();
		TestAccounts.signIn(this.alice, Set.of(Role.STAFF), null);
		List<NotificationView> inbox = this.notifications.inbox(false);
		assertThat(inbox).hasSize(1);
		assertThat(inbox.get(0).args()).containsExactly("Việc của Alice");

		assertThatThrownBy(() -> this.notifications.markRead(bobs)).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.notifications.markRead(Long.MAX_VALUE)).isInstanceOf(OutOfScopeException.class);
		this.notifications.markRead(inbox.get(0).id());
		assertThat(this.notifications.unreadCount()).isZero();
		assertThat(this.notifications.inbox(true)).isEmpty();
		TestAccounts.signIn(this.bob, Set.of(Role.STAFF), null);
		assertThat(this.notifications.unreadCount()).as("Bob's is untouched").isEqualTo(1);
		assertThat(this.notifications.markAllRead()).isEqualTo(1);
		assertThat(this.notifications.unreadCount()).isZero();
	}

	@Test
	void theBellOfEveryPageCountsTheUnread() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.notifications.send(List.of(this.alice), NotificationKind.SCORING_DUE, "notifications.message.text",
					List.of("Chấm điểm tháng " + i), "/work/scoring", null);
		}
		var signedIn = authentication(TestAccounts.authentication(this.alice, Set.of(Role.STAFF), null));
		String page = body(this.mvc.perform(get("/notifications").with(signedIn)).andReturn());
		assertThat(page).contains("id=\"inbox-count\"", ">3</span>", "Chấm điểm tháng 2", "Đến hạn chấm điểm",
				"href=\"/work/scoring\"");

		this.mvc.perform(post("/notifications/read-all").with(signedIn).with(csrf())).andReturn();
		page = body(this.mvc.perform(get("/notifications").with(signedIn)).andReturn());
		assertThat(page).contains("id=\"inbox-bell\"").doesNotContain("id=\"inbox-count\"");
	}

	@Test
	void theApiListsAndMarksOnlyTheCallersOwn() throws Exception {
		UserAccountView carol = TestAccounts.provision(this.accounts, "carol", null, Role.STAFF);
		this.notifications.send(List.of(carol.username()), NotificationKind.MONTH_CLOSED, "notifications.message.text",
				List.of("Tháng 10 đã khóa"), "/work/months", null);
		this.notifications.send(List.of(this.bob), NotificationKind.MONTH_CLOSED, "notifications.message.text",
				List.of("Của Bob"), "/work/months", null);
		var basic = httpBasic(carol.username(), TestAccounts.PASSWORD);
		String json = body(this.mvc.perform(get("/api/v1/notifications").with(basic)).andReturn());
		assertThat(json).contains("\"unread\":1", "Tháng 10 đã khóa").doesNotContain("Của Bob");
		long bobs = this.jdbc.sql("select id from notification where recipient = :r")
			.param("r", this.bob)
			.query(Long.class)
			.single();
		MvcResult refused = this.mvc.perform(post("/api/v1/notifications/{id}/read", bobs).with(basic)).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(403);
		assertThat(body(this.mvc.perform(post("/api/v1/notifications/read-all").with(basic)).andReturn()))
			.contains("\"marked\":1");
		assertThat(count(this.bob)).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from notification where recipient = :r and read_at is null")
			.param("r", this.bob)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void withoutAMailServerNothingIsMailedAndSendingWorks() {
		assertThat(this.context.getBeanNamesForType(NotificationMailer.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(JavaMailSender.class)).isEmpty();
		this.notifications.send(List.of(this.alice), NotificationKind.OTHER, "notifications.message.text",
				List.of("Không gửi thư"), "/", null);
		assertThat(count(this.alice)).isEqualTo(1);
	}

	long count(String recipient) {
		return this.jdbc.sql("select count(*) from notification where recipient = :r")
			.param("r", recipient)
			.query(Long.class)
			.single();
	}

	static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
