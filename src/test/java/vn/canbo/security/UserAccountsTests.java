package vn.canbo.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.OutOfScopeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static vn.canbo.security.SecurityTestConfiguration.COMMUNE;
import static vn.canbo.security.SecurityTestConfiguration.OTHER_COMMUNE;
import static vn.canbo.security.SecurityTestConfiguration.OTHER_PROVINCE;
import static vn.canbo.security.SecurityTestConfiguration.PROVINCE;

@SecurityIntegrationTest
class UserAccountsTests {

	@Autowired
	UserAccounts accounts;

	@Autowired
	SecurityTestConfiguration.DataChangedEvents events;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void nationwideAdminCreatesAccountAndPublishesChangeWithoutPasswordHash() {
		TestAccounts.signIn(TestAccounts.provision(this.accounts, "root", null, Role.ADMIN));
		String username = TestAccounts.uniqueName("Hang");

		UserAccountView created = this.accounts.create(new CreateUserAccount(username, "  Nguyễn   Thị Hằng ",
				"mat-khau-moi-1", Set.of(Role.STAFF, Role.VIEWER), COMMUNE, true));

		assertThat(created.username()).isEqualTo(username.toLowerCase(Locale.ROOT));
		assertThat(created.displayName()).isEqualTo("Nguyễn Thị Hằng");
		assertThat(created.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.VIEWER);
		assertThat(created.scopeLabel()).isEqualTo("Đơn vị thử 2");
		assertThat(this.jdbc.sql("select password_hash from user_account where id = ?")
			.param(created.id())
			.query(String.class)
			.single()).startsWith("{bcrypt}").doesNotContain("mat-khau-moi-1");
		List<DataChanged> changes = this.events.about("UserAccount", created.id());
		assertThat(changes).singleElement().satisfies((change) -> {
			assertThat(change.action()).isEqualTo(DataChanged.Action.CREATE);
			assertThat(change.before()).isNull();
			assertThat(change.scopePath()).isEqualTo("/1/2/");
			assertThat(map(change.after())).containsEntry("username", created.username())
				.containsEntry("roles", List.of("STAFF", "VIEWER"))
				.doesNotContainKeys("password", "passwordHash");
		});
	}

	@Test
	void scopedAdminManagesAccountsOnlyWithinTheirScope() {
		TestAccounts.signIn(TestAccounts.provision(this.accounts, "tinh", PROVINCE, Role.ADMIN));

		UserAccountView inScope = this.accounts.create(command(COMMUNE));

		assertThat(inScope.scopeUnitId()).isEqualTo(COMMUNE);
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.accounts.create(command(OTHER_PROVINCE)));
		assertThatExceptionOfType(OutOfScopeException.class).isThrownBy(() -> this.accounts.create(command(null)));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.accounts.update(new UpdateUserAccount(inScope.id(), inScope.version(),
					inScope.displayName(), inScope.roles(), OTHER_PROVINCE, true)));
	}

	@Test
	void communeAdminCannotTouchAnAccountOfAnotherCommune() {
		UserAccountView elsewhere = TestAccounts.provision(this.accounts, "xa3", OTHER_COMMUNE, Role.STAFF);
		TestAccounts.signIn(TestAccounts.provision(this.accounts, "xa2", COMMUNE, Role.ADMIN));

		assertThatExceptionOfType(OutOfScopeException.class).isThrownBy(() -> this.accounts.get(elsewhere.id()));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.accounts.resetPassword(new ResetPassword(elsewhere.id(), "mat-khau-moi-2", false)));
		assertThatExceptionOfType(OutOfScopeException.class).isThrownBy(() -> this.accounts.disable(elsewhere.id()));
	}

	@Test
	void onlyAdministratorsManageAccounts() {
		TestAccounts.signIn(TestAccounts.provision(this.accounts, "officer", null, Role.ORG_OFFICER));

		assertThatExceptionOfType(OutOfScopeException.class).isThrownBy(() -> this.accounts.create(command(null)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("error.forbidden"));
		SecurityContextHolder.clearContext();
		assertThatExceptionOfType(OutOfScopeException.class).isThrownBy(() -> this.accounts.create(command(null)));
	}

	@Test
	void rejectsStaleVersion() {
		TestAccounts.signIn(TestAccounts.provision(this.accounts, "root", null, Role.ADMIN));
		UserAccountView loaded = this.accounts.create(command(COMMUNE));
		UserAccountView saved = this.accounts.update(new UpdateUserAccount(loaded.id(), loaded.version(),
				"Trần Văn Bình", Set.of(Role.LEADER), COMMUNE, true));

		assertThat(saved.version()).isGreaterThan(loaded.version());
		assertThatExceptionOfType(ConcurrentEditException.class)
			.isThrownBy(() -> this.accounts.update(new UpdateUserAccount(loaded.id(), loaded.version(), "Lê Thị Cúc",
					Set.of(Role.VIEWER), COMMUNE, true)));
		assertThat(this.accounts.get(loaded.id()).displayName()).isEqualTo("Trần Văn Bình");
	}

	@Test
	void rejectsInvalidDataNamingEachFieldInVietnamese() {
		TestAccounts.signIn(TestAccounts.provision(this.accounts, "root", null, Role.ADMIN));

		assertThatExceptionOfType(InvalidUserAccountException.class)
			.isThrownBy(() -> this.accounts.create(new CreateUserAccount("Có Dấu", " ", "ngan", Set.of(), 999L, false)))
			.satisfies((ex) -> {
				assertThat(ex.problems()).extracting(InvalidUserAccountException.FieldProblem::field)
					.containsExactly("username", "displayName", "password", "roles", "scopeUnitId");
				assertThat(text(ex.problems().get(2))).isEqualTo("Mật khẩu phải có ít nhất 10 ký tự.");
				assertThat(text(ex.problems().get(1))).isEqualTo("Họ và tên không được để trống.");
			});
	}

	@Test
	void refusesShortCommonAndUsernameLikePasswordsWhereverAPersonChoosesOne() {
		TestAccounts.signIn(TestAccounts.provision(this.accounts, "root", null, Role.ADMIN));
		String username = TestAccounts.uniqueName("tran.binh");
		for (String weak : new String[] { "12345678", "password", "1234567890", "Password2026!", "matkhau@123",
				"aaaaaaaaaaaa", "1212121212", username, username + "2026", "tranbinh-2026" }) {
			assertThatExceptionOfType(InvalidUserAccountException.class).as(weak)
				.isThrownBy(() -> this.accounts
					.create(new CreateUserAccount(username, "Trần Văn Bình", weak, Set.of(Role.STAFF), COMMUNE, false)))
				.satisfies((ex) -> {
					assertThat(ex.problems()).extracting(InvalidUserAccountException.FieldProblem::field)
						.containsExactly("password");
					assertThat(text(ex.problems().get(0))).startsWith("Mật khẩu");
				});
		}
		UserAccountView account = this.accounts.create(new CreateUserAccount(username, "Trần Văn Bình",
				"Lua-chin-vang-3", Set.of(Role.STAFF), COMMUNE, false));

		assertThatExceptionOfType(InvalidUserAccountException.class)
			.isThrownBy(() -> this.accounts.resetPassword(new ResetPassword(account.id(), "qwerty123456", false)))
			.satisfies((ex) -> assertThat(text(ex.problems().get(0))).isEqualTo(
					"Mật khẩu: quá phổ biến hoặc quá đơn giản, dễ bị đoán (như 12345678, password, matkhau2024); "
							+ "hãy chọn mật khẩu khác."));
		TestAccounts.signIn(account);
		assertThatExceptionOfType(InvalidUserAccountException.class)
			.isThrownBy(() -> this.accounts.changeOwnPassword("Lua-chin-vang-3", "Moi-" + username))
			.satisfies((ex) -> {
				assertThat(ex.problems().get(0).field()).isEqualTo("newPassword");
				assertThat(text(ex.problems().get(0)))
					.isEqualTo("Mật khẩu: không được trùng, chứa hoặc nằm trong tên đăng nhập.");
			});
		this.accounts.changeOwnPassword("Lua-chin-vang-3", "Song-Da-chay-qua-9");
	}

	@Test
	void rejectsUsernameTakenInAnotherCase() {
		UserAccountView existing = TestAccounts.provision(this.accounts, "dup", null, Role.STAFF);
		TestAccounts.signIn(TestAccounts.provision(this.accounts, "root", null, Role.ADMIN));

		assertThatExceptionOfType(InvalidUserAccountException.class)
			.isThrownBy(() -> this.accounts.create(new CreateUserAccount(existing.username().toUpperCase(Locale.ROOT),
					"Phạm Văn Đức", "mat-khau-moi-1", Set.of(Role.STAFF), null, false)))
			.satisfies(
					(ex) -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("security.account.username.taken"));
		assertThat(this.accounts.exists(existing.username().toUpperCase(Locale.ROOT))).isTrue();
	}

	@Test
	void provisioningAcceptsTheDocumentedDemoPasswordsAndIsAudited() {
		UserAccountView demo = this.accounts.provision(new CreateUserAccount(TestAccounts.uniqueName("demo"),
				"Người dùng thử", "demo", Set.of(Role.VIEWER), null, false));

		assertThat(this.events.about("UserAccount", demo.id())).singleElement()
			.satisfies((change) -> assertThat(change.scopePath()).isNull());
	}

	@Test
	void resetAndDisableArePublishedAsUpdates() {
		TestAccounts.signIn(TestAccounts.provision(this.accounts, "root", null, Role.ADMIN));
		UserAccountView account = this.accounts.create(command(COMMUNE));

		this.accounts.resetPassword(new ResetPassword(account.id(), "mat-khau-moi-3", true));
		this.accounts.disable(account.id());

		List<DataChanged> changes = this.events.about("UserAccount", account.id());
		assertThat(changes).extracting(DataChanged::action)
			.containsExactly(DataChanged.Action.CREATE, DataChanged.Action.UPDATE, DataChanged.Action.UPDATE);
		assertThat(map(changes.get(1).after())).containsEntry("passwordReset", true)
			.containsEntry("mustChangePassword", true);
		assertThat(map(changes.get(2).after())).containsEntry("enabled", false);
		assertThat(map(changes.get(2).before())).containsEntry("enabled", true);
	}

	@Test
	void deletePublishesTheLastState() {
		TestAccounts.signIn(TestAccounts.provision(this.accounts, "root", null, Role.ADMIN));
		UserAccountView account = this.accounts.create(command(COMMUNE));

		this.accounts.delete(account.id(), account.version());

		assertThat(this.accounts.exists(account.username())).isFalse();
		assertThat(this.events.about("UserAccount", account.id())).last().satisfies((change) -> {
			assertThat(change.action()).isEqualTo(DataChanged.Action.DELETE);
			assertThat(change.after()).isNull();
			assertThat(map(change.before())).containsEntry("username", account.username());
		});
	}

	@Test
	void adminCannotLockThemselvesOut() {
		UserAccountView admin = TestAccounts.provision(this.accounts, "self", null, Role.ADMIN);
		TestAccounts.signIn(admin);

		assertThatExceptionOfType(InvalidUserAccountException.class)
			.isThrownBy(() -> this.accounts.update(new UpdateUserAccount(admin.id(), admin.version(),
					admin.displayName(), Set.of(Role.VIEWER), null, true)));
		assertThatExceptionOfType(InvalidUserAccountException.class)
			.isThrownBy(() -> this.accounts.disable(admin.id()));
	}

	@Test
	void listsOnlyAccountsWithinScopeFilteredByTextWithoutMarksAndRole() {
		String marker = TestAccounts.uniqueName("loc");
		UserAccountView leader = this.accounts.provision(new CreateUserAccount(marker + "-a", "Đặng Thị Lộc",
				TestAccounts.PASSWORD, Set.of(Role.LEADER), COMMUNE, false));
		this.accounts.provision(new CreateUserAccount(marker + "-b", "Đặng Văn Lộc", TestAccounts.PASSWORD,
				Set.of(Role.STAFF), COMMUNE, false));
		this.accounts.provision(new CreateUserAccount(marker + "-c", "Đặng Văn Lộc", TestAccounts.PASSWORD,
				Set.of(Role.LEADER), OTHER_PROVINCE, false));
		TestAccounts.signIn(TestAccounts.provision(this.accounts, "tinh", PROVINCE, Role.ADMIN));

		Page<UserAccountView> all = this.accounts.list(new UserAccountFilter(marker, null), PageRequest.of(0, 10));
		Page<UserAccountView> leaders = this.accounts.list(new UserAccountFilter("dang thi loc ", Role.LEADER),
				PageRequest.of(0, 100));

		assertThat(all.getTotalElements()).isEqualTo(2);
		assertThat(all.getContent()).extracting(UserAccountView::username)
			.containsExactly(marker + "-a", marker + "-b");
		assertThat(leaders.getContent()).extracting(UserAccountView::id).contains(leader.id());
		assertThat(leaders.getContent()).allSatisfy((view) -> {
			assertThat(view.roles()).contains(Role.LEADER);
			assertThat(view.scopeUnitId()).isIn(PROVINCE, COMMUNE, OTHER_COMMUNE);
		});
	}

	private String text(InvalidUserAccountException.FieldProblem problem) {
		return this.messages.getMessage(problem.messageKey(), problem.arguments(), Locale.forLanguageTag("vi"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object state) {
		return (Map<String, Object>) state;
	}

	private static CreateUserAccount command(Long scope) {
		return new CreateUserAccount(TestAccounts.uniqueName("user"), "Hoàng Văn Em", "mat-khau-moi-1",
				Set.of(Role.STAFF), scope, false);
	}

}
