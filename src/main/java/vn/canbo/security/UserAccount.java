package vn.canbo.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import vn.canbo.shared.VietnameseText;

/**
 * A sign-in account with its roles and organisation scope.
 */
@Entity
@Table(name = "user_account")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String username;

	private String displayName;

	private String passwordHash;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private String[] roles;

	private @Nullable Long scopeUnitId;

	private @Nullable Long personId;

	private boolean enabled;

	private boolean mustChangePassword;

	// The login throttle owns these two columns; a stale aggregate must not overwrite
	// them.
	@Column(insertable = false, updatable = false)
	private int failedLogins;

	@Column(insertable = false, updatable = false)
	private @Nullable Instant lockedUntil;

	private String searchKey;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected UserAccount() {
		this.username = "";
		this.displayName = "";
		this.passwordHash = "";
		this.roles = new String[0];
		this.searchKey = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, @Nullable Long scopeUnitId,
			boolean mustChangePassword, Instant now) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.enabled = true;
		this.mustChangePassword = mustChangePassword;
		this.createdAt = now;
		this.displayName = displayName;
		this.roles = new String[0];
		this.searchKey = "";
		this.updatedAt = now;
		change(displayName, roles, scopeUnitId, true, now);
	}

	void change(String displayName, Set<Role> roles, @Nullable Long scopeUnitId, boolean enabled, Instant now) {
		this.displayName = displayName;
		this.roles = roles.stream().map(Role::name).sorted().toArray(String[]::new);
		this.scopeUnitId = scopeUnitId;
		this.enabled = enabled;
		this.searchKey = VietnameseText.searchKey(this.username + " " + displayName);
		this.updatedAt = now;
	}

	void changePassword(String passwordHash, boolean mustChangePassword, Instant now) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
		this.updatedAt = now;
	}

	void disable(Instant now) {
		this.enabled = false;
		this.updatedAt = now;
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("Account not saved yet");
		}
		return this.id;
	}

	String username() {
		return this.username;
	}

	String displayName() {
		return this.displayName;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	Set<Role> roles() {
		if (this.roles.length == 0) {
			return Set.of();
		}
		return Arrays.stream(this.roles)
			.map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	@Nullable Long scopeUnitId() {
		return this.scopeUnitId;
	}

	@Nullable Long personId() {
		return this.personId;
	}

	void linkPerson(@Nullable Long personId, Instant now) {
		this.personId = personId;
		this.updatedAt = now;
	}

	boolean enabled() {
		return this.enabled;
	}

	boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	int failedLogins() {
		return this.failedLogins;
	}

	@Nullable Instant lockedUntil() {
		return this.lockedUntil;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	long version() {
		return this.version;
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(this.username, this.displayName, roles(), this.scopeUnitId, this.personId);
	}

}
