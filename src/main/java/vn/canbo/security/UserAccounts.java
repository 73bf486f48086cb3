package vn.canbo.security;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.security.InvalidUserAccountException.FieldProblem;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.shared.VietnameseText;

/**
 * Sign-in accounts: administrators create and change them within their own scope.
 */
@Service
@Transactional
public class UserAccounts {

	static final String ENTITY_TYPE = "UserAccount";

	static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

	// BCrypt reads only the first 72 bytes; a longer password would be silently cut.
	static final int MAX_PASSWORD_BYTES = 72;

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

	private final UserAccountRepository accounts;

	private final JdbcClient jdbc;

	private final ScopeDirectory scopes;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final LoginThrottle throttle;

	private final Clock clock;

	private final PasswordEncoder passwordEncoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	UserAccounts(UserAccountRepository accounts, JdbcClient jdbc, ScopeDirectory scopes, CurrentUsers currentUsers,
			ApplicationEventPublisher events, LoginThrottle throttle, Clock clock) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.currentUsers = currentUsers;
		this.events = events;
		this.throttle = throttle;
		this.clock = clock;
	}

	/** Creates an account on behalf of the signed-in administrator. */
	public UserAccountView create(CreateUserAccount command) {
		CurrentUser admin = requireAdmin();
		requireWithin(admin, command.scopeUnitId());
		return doCreate(command, true);
	}

	/**
	 * Creates an account without a signed-in caller: for system start-up only (the demo
	 * data loader), never for anything a user triggers. The password policy is not
	 * applied here: the demo accounts keep their documented passwords.
	 */
	public UserAccountView provision(CreateUserAccount command) {
		return doCreate(command, false);
	}

	/** Changes display name, roles, scope and enabled flag; refuses a stale version. */
	public UserAccountView update(UpdateUserAccount command) {
		CurrentUser admin = requireAdmin();
		UserAccount account = load(command.accountId());
		requireWithin(admin, account.scopeUnitId());
		requireWithin(admin, command.scopeUnitId());
		if (account.version() != command.expectedVersion()) {
			throw new ConcurrentEditException();
		}
		String displayName = VietnameseText.clean(command.displayName());
		List<FieldProblem> problems = new ArrayList<>();
		checkDisplayName(displayName, problems);
		checkRoles(command.roles(), problems);
		checkScope(command.scopeUnitId(), problems);
		if (isSelf(admin, account) && (!command.enabled() || !command.roles().contains(Role.ADMIN))) {
			problems.add(new FieldProblem("roles", "security.account.selfLockout"));
		}
		reject(problems);
		Map<String, @Nullable Object> before = snapshot(account);
		account.change(displayName, command.roles(), command.scopeUnitId(), command.enabled(), now());
		flush(account);
		publish(account, DataChanged.Action.UPDATE, before, snapshot(account));
		return view(account);
	}

	/**
	 * Links the account to its holder's personnel record (null unlinks it), so that the
	 * user sees their own record, plans and evaluations; the caller (the people module)
	 * has checked that the record lies in its scope. One record, one account.
	 */
	public UserAccountView linkPerson(long accountId, @Nullable Long personId) {
		CurrentUser admin = requireAdmin();
		UserAccount account = load(accountId);
		requireWithin(admin, account.scopeUnitId());
		return doLink(account, personId);
	}

	/** Links an account without a signed-in caller: for the demo loader only. */
	public UserAccountView provisionLink(String username, long personId) {
		UserAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new NotFoundException("security.account.notFound", username));
		return doLink(account, personId);
	}

	private UserAccountView doLink(UserAccount account, @Nullable Long personId) {
		if (personId != null
				&& this.jdbc.sql("select count(*) from user_account where person_id = :person and id <> :id")
					.param("person", personId)
					.param("id", account.id())
					.query(Long.class)
					.single() > 0) {
			reject(List.of(new FieldProblem("personId", "security.account.personTaken")));
		}
		Map<String, @Nullable Object> before = snapshot(account);
		account.linkPerson(personId, now());
		flush(account);
		publish(account, DataChanged.Action.UPDATE, before, snapshot(account));
		return view(account);
	}

	/** Sets a new password chosen by the administrator and lifts any sign-in lockout. */
	public UserAccountView resetPassword(ResetPassword command) {
		CurrentUser admin = requireAdmin();
		UserAccount account = load(command.accountId());
		requireWithin(admin, account.scopeUnitId());
		List<FieldProblem> problems = new ArrayList<>();
		checkPassword(command.newPassword(), true, "newPassword", account.username(), problems);
		reject(problems);
		Map<String, @Nullable Object> before = snapshot(account);
		account.changePassword(encode(command.newPassword()), command.mustChangePassword(), now());
		flush(account);
		this.throttle.release(account.username());
		Map<String, @Nullable Object> after = snapshot(account);
		after.put("passwordReset", true);
		publish(account, DataChanged.Action.UPDATE, before, after);
		return view(account);
	}

	/**
	 * The signed-in user replaces their own password, proving they know the current one;
	 * this also clears the "must change password" flag an administrator or the initial
	 * set-up left.
	 */
	public void changeOwnPassword(String currentPassword, String newPassword) {
		CurrentUser user = this.currentUsers.current();
		UserAccount account = this.accounts.findByUsername(user.username())
			.orElseThrow(() -> new OutOfScopeException("error.forbidden"));
		List<FieldProblem> problems = new ArrayList<>();
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, account.passwordHash())) {
			problems.add(new FieldProblem("currentPassword", "security.password.currentWrong"));
		}
		checkPassword(newPassword, true, "newPassword", account.username(), problems);
		if (problems.isEmpty() && newPassword.equals(currentPassword)) {
			problems.add(new FieldProblem("newPassword", "security.password.sameAsCurrent"));
		}
		reject(problems);
		Map<String, @Nullable Object> before = snapshot(account);
		account.changePassword(encode(newPassword), false, now());
		flush(account);
		Map<String, @Nullable Object> after = snapshot(account);
		after.put("passwordChanged", true);
		publish(account, DataChanged.Action.UPDATE, before, after);
	}

	/**
	 * Whether the account must choose a new password before it goes on (false for unknown
	 * names).
	 */
	public boolean mustChangePassword(String username) {
		return this.accounts.findByUsername(username).map(UserAccount::mustChangePassword).orElse(false);
	}

	/** Stops the account from signing in; its history stays. */
	public UserAccountView disable(long accountId) {
		CurrentUser admin = requireAdmin();
		UserAccount account = load(accountId);
		requireWithin(admin, account.scopeUnitId());
		if (isSelf(admin, account)) {
			reject(List.of(new FieldProblem("enabled", "security.account.selfLockout")));
		}
		if (!account.enabled()) {
			return view(account);
		}
		Map<String, @Nullable Object> before = snapshot(account);
		account.disable(now());
		flush(account);
		publish(account, DataChanged.Action.UPDATE, before, snapshot(account));
		return view(account);
	}

	/** Deletes an account that should never have existed; prefer {@link #disable}. */
	public void delete(long accountId, long expectedVersion) {
		CurrentUser admin = requireAdmin();
		UserAccount account = load(accountId);
		requireWithin(admin, account.scopeUnitId());
		if (account.version() != expectedVersion) {
			throw new ConcurrentEditException();
		}
		if (isSelf(admin, account)) {
			reject(List.of(new FieldProblem("username", "security.account.selfLockout")));
		}
		Map<String, @Nullable Object> before = snapshot(account);
		this.accounts.delete(account);
		this.accounts.flush();
		publish(account, DataChanged.Action.DELETE, before, null);
	}

	/** One account, if it lies within the administrator's scope. */
	@Transactional(readOnly = true)
	public UserAccountView get(long accountId) {
		CurrentUser admin = requireAdmin();
		UserAccount account = load(accountId);
		requireWithin(admin, account.scopeUnitId());
		return view(account);
	}

	/**
	 * The personnel record each account is linked to, by user name; accounts without one
	 * are left out. Lets pages name the person behind a login.
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> linkedPeople(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return Map.of();
		}
		Map<String, Long> linked = new LinkedHashMap<>();
		this.jdbc
			.sql("select username, person_id from user_account where username = any(:names) and person_id is not null")
			.param("names", usernames.toArray(String[]::new))
			.query((rs) -> {
				linked.put(rs.getString(1), rs.getLong(2));
			});
		return linked;
	}

	/**
	 * Whether the login name is taken (in any case); lets start-up code stay idempotent.
	 */
	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.accounts.findByUsername(username.trim()).isPresent();
	}

	/**
	 * The accounts within the administrator's scope that match the filter, ordered by
	 * username.
	 */
	@Transactional(readOnly = true)
	public Page<UserAccountView> list(UserAccountFilter filter, Pageable pageable) {
		CurrentUser admin = requireAdmin();
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new LinkedHashMap<>();
		String key = VietnameseText.searchKey(filter.text());
		if (!key.isEmpty()) {
			where.append(" and search_key like :pattern escape '\\'");
			params.put("pattern", "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (filter.role() != null) {
			where.append(" and cast(:role as text) = any(roles)");
			params.put("role", filter.role().name());
		}
		if (!admin.isNationwide()) {
			List<Long> visible = unitsWithin(admin.scopeUnitId());
			if (visible.isEmpty()) {
				return Page.empty(pageable);
			}
			where.append(" and scope_unit_id in (:units)");
			params.put("units", visible);
		}
		long total = this.jdbc.sql("select count(*) from user_account" + where)
			.params(params)
			.query(Long.class)
			.single();
		if (total == 0) {
			return Page.empty(pageable);
		}
		List<UserAccountView> content = this.jdbc.sql("""
				select id, username, display_name, roles, scope_unit_id, person_id, enabled, must_change_password,
				       locked_until, created_at, updated_at, version
				from user_account""" + where + " order by lower(username) limit :limit offset :offset")
			.params(params)
			.param("limit", pageable.isPaged() ? pageable.getPageSize() : Integer.MAX_VALUE)
			.param("offset", pageable.isPaged() ? pageable.getOffset() : 0L)
			.query(this::row)
			.list();
		return new PageImpl<>(content, pageable, total);
	}

	/**
	 * The accounts within the administrator's scope in figures: how many hold each role,
	 * how many are disabled, locked out now, or were never signed in with.
	 */
	@Transactional(readOnly = true)
	public AccountFigures figures() {
		CurrentUser admin = requireAdmin();
		String where = " where true";
		Map<String, Object> params = new LinkedHashMap<>();
		if (!admin.isNationwide()) {
			List<Long> visible = unitsWithin(admin.scopeUnitId());
			if (visible.isEmpty()) {
				return new AccountFigures(0, Map.of(), 0, 0, 0);
			}
			where += " and scope_unit_id in (:units)";
			params.put("units", visible);
		}
		params.put("now", now().atOffset(java.time.ZoneOffset.UTC));
		Map<Role, Long> byRole = new java.util.EnumMap<>(Role.class);
		this.jdbc
			.sql("select role, count(*) as accounts from user_account, unnest(roles) as role" + where
					+ " group by role")
			.params(params)
			.query((rs, row) -> Map.entry(Role.valueOf(rs.getString("role")), rs.getLong("accounts")))
			.list()
			.forEach((entry) -> byRole.put(entry.getKey(), entry.getValue()));
		return this.jdbc.sql("""
				select count(*) as total,
				       count(*) filter (where not enabled) as disabled,
				       count(*) filter (where locked_until > :now) as locked,
				       count(*) filter (where last_sign_in_at is null) as never
				from user_account""" + where)
			.params(params)
			.query((rs, row) -> new AccountFigures(rs.getLong("total"), byRole, rs.getLong("disabled"),
					rs.getLong("locked"), rs.getLong("never")))
			.single();
	}

	/**
	 * Accounts in figures.
	 *
	 * @param total all accounts
	 * @param byRole how many hold each role (an account may hold several)
	 * @param disabled accounts switched off
	 * @param locked accounts locked out after failed sign-ins, now
	 * @param neverSignedIn accounts never signed in with
	 */
	public record AccountFigures(long total, Map<Role, Long> byRole, long disabled, long locked, long neverSignedIn) {

		public AccountFigures {
			byRole = Map.copyOf(byRole);
		}

		/** How many accounts hold the role. */
		public long holding(Role role) {
			return this.byRole.getOrDefault(role, 0L);
		}

	}

	private List<Long> unitsWithin(long scopeUnitId) {
		// Accounts sit on few distinct units, so asking the directory once per unit is
		// cheap.
		return this.jdbc.sql("select distinct scope_unit_id from user_account where scope_unit_id is not null")
			.query(Long.class)
			.list()
			.stream()
			.filter((unit) -> this.scopes.isWithin(scopeUnitId, unit))
			.toList();
	}

	private UserAccountView row(ResultSet rs, int rowNum) throws SQLException {
		Long scope = rs.getObject("scope_unit_id", Long.class);
		OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
		return new UserAccountView(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				roles(rs.getArray("roles")), scope, label(scope), rs.getObject("person_id", Long.class),
				rs.getBoolean("enabled"), rs.getBoolean("must_change_password"),
				(locked != null) ? locked.toInstant() : null,
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getLong("version"));
	}

	private static Set<Role> roles(Array array) throws SQLException {
		String[] names = (String[]) array.getArray();
		return Arrays.stream(names)
			.map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	private UserAccountView doCreate(CreateUserAccount command, boolean enforcePasswordPolicy) {
		String username = (command.username() != null) ? command.username().trim().toLowerCase(java.util.Locale.ROOT)
				: "";
		String displayName = VietnameseText.clean(command.displayName());
		List<FieldProblem> problems = new ArrayList<>();
		if (username.isEmpty()) {
			problems.add(new FieldProblem("username", "security.account.username.required"));
		}
		else if (!USERNAME.matcher(username).matches()) {
			problems.add(new FieldProblem("username", "security.account.username.invalid"));
		}
		else if (this.accounts.findByUsername(username).isPresent()) {
			problems.add(new FieldProblem("username", "security.account.username.taken", username));
		}
		checkDisplayName(displayName, problems);
		checkPassword(command.password(), enforcePasswordPolicy, "password", username, problems);
		checkRoles(command.roles(), problems);
		checkScope(command.scopeUnitId(), problems);
		reject(problems);
		UserAccount account = new UserAccount(username, displayName, encode(command.password()), command.roles(),
				command.scopeUnitId(), command.mustChangePassword(), now());
		this.accounts.saveAndFlush(account);
		publish(account, DataChanged.Action.CREATE, null, snapshot(account));
		return view(account);
	}

	private void checkDisplayName(@Nullable String displayName, List<FieldProblem> problems) {
		if (displayName == null || displayName.isEmpty()) {
			problems.add(new FieldProblem("displayName", "security.account.displayName.required"));
		}
		else if (displayName.length() > 200) {
			problems.add(new FieldProblem("displayName", "security.account.displayName.tooLong", 200));
		}
	}

	/**
	 * Checks a password; the policy (length, common passwords, the user name) applies to
	 * passwords people choose, not to seeded ones.
	 */
	private void checkPassword(@Nullable String password, boolean enforcePolicy, String field, String username,
			List<FieldProblem> problems) {
		if (password == null || password.isBlank()) {
			problems.add(new FieldProblem(field, "security.account.password.required"));
		}
		else if (enforcePolicy && password.length() < MIN_PASSWORD_LENGTH) {
			problems.add(new FieldProblem(field, "security.account.password.tooShort", MIN_PASSWORD_LENGTH));
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			problems.add(new FieldProblem(field, "security.account.password.tooLong"));
		}
		else if (enforcePolicy) {
			String broken = PasswordPolicy.problem(password, username);
			if (broken != null) {
				problems.add(new FieldProblem(field, broken));
			}
		}
	}

	private void checkRoles(Set<Role> roles, List<FieldProblem> problems) {
		if (roles.isEmpty()) {
			problems.add(new FieldProblem("roles", "security.account.roles.required"));
		}
	}

	private void checkScope(@Nullable Long scopeUnitId, List<FieldProblem> problems) {
		if (scopeUnitId != null && !this.scopes.exists(scopeUnitId)) {
			problems.add(new FieldProblem("scopeUnitId", "security.account.scope.unknown", scopeUnitId));
		}
	}

	private static void reject(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidUserAccountException(problems);
		}
	}

	private CurrentUser requireAdmin() {
		CurrentUser caller = this.currentUsers.find().orElseThrow(() -> new OutOfScopeException("error.forbidden"));
		if (!caller.has(Role.ADMIN)) {
			throw new OutOfScopeException("error.forbidden");
		}
		return caller;
	}

	private void requireWithin(CurrentUser admin, @Nullable Long targetScope) {
		Long adminScope = admin.scopeUnitId();
		if (adminScope == null) {
			return;
		}
		if (targetScope == null || !this.scopes.isWithin(adminScope, targetScope)) {
			throw new OutOfScopeException();
		}
	}

	private static boolean isSelf(CurrentUser admin, UserAccount account) {
		return admin.username().equalsIgnoreCase(account.username());
	}

	private UserAccount load(long accountId) {
		return this.accounts.findById(accountId)
			.orElseThrow(() -> new NotFoundException("security.account.notFound", accountId));
	}

	private void flush(UserAccount account) {
		try {
			this.accounts.saveAndFlush(account);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new ConcurrentEditException();
		}
	}

	private String encode(String password) {
		String hash = this.passwordEncoder.encode(password);
		if (hash == null) {
			throw new IllegalStateException("Password encoder returned no hash");
		}
		return hash;
	}

	private void publish(UserAccount account, DataChanged.Action action, @Nullable Map<String, @Nullable Object> before,
			@Nullable Map<String, @Nullable Object> after) {
		Long scope = account.scopeUnitId();
		String scopePath = (scope != null) ? this.scopes.currentPath(scope).orElse(null) : null;
		this.events
			.publishEvent(new DataChanged(ENTITY_TYPE, String.valueOf(account.id()), action, before, after, scopePath));
	}

	// Audit snapshots deliberately leave out the password hash.
	private static Map<String, @Nullable Object> snapshot(UserAccount account) {
		Map<String, @Nullable Object> state = new LinkedHashMap<>();
		state.put("id", account.id());
		state.put("username", account.username());
		state.put("displayName", account.displayName());
		state.put("roles", account.roles().stream().map(Role::name).sorted().toList());
		state.put("scopeUnitId", account.scopeUnitId());
		state.put("personId", account.personId());
		state.put("enabled", account.enabled());
		state.put("mustChangePassword", account.mustChangePassword());
		state.put("version", account.version());
		return state;
	}

	private UserAccountView view(UserAccount account) {
		return new UserAccountView(account.id(), account.username(), account.displayName(), account.roles(),
				account.scopeUnitId(), label(account.scopeUnitId()), account.personId(), account.enabled(),
				account.mustChangePassword(), account.lockedUntil(), account.createdAt(), account.updatedAt(),
				account.version());
	}

	private @Nullable String label(@Nullable Long scopeUnitId) {
		return (scopeUnitId != null) ? this.scopes.label(scopeUnitId).orElse(null) : null;
	}

	private Instant now() {
		return this.clock.instant();
	}

}
