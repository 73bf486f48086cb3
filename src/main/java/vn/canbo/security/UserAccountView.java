package vn.canbo.security;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An account as administrators see it; never carries the password hash.
 *
 * @param id the account id
 * @param username the login name
 * @param displayName the name shown in the UI
 * @param roles the roles granted
 * @param scopeUnitId the organisation node; null for the whole country
 * @param scopeLabel a readable name of that node, if the directory knows it
 * @param personId the user's own personnel record, if the account is linked to one
 * @param enabled whether the account may sign in
 * @param mustChangePassword whether the user should choose a new password
 * @param lockedUntil end of a sign-in lockout after too many failed attempts, if any
 * @param createdAt when the account was created
 * @param updatedAt when it last changed
 * @param version the optimistic-locking version an edit must carry back
 */
public record UserAccountView(long id, String username, String displayName, Set<Role> roles, @Nullable Long scopeUnitId,
		@Nullable String scopeLabel, @Nullable Long personId, boolean enabled, boolean mustChangePassword,
		@Nullable Instant lockedUntil, Instant createdAt, Instant updatedAt, long version) {

	public UserAccountView {
		roles = Set.copyOf(roles);
	}

	public boolean isNationwide() {
		return this.scopeUnitId == null;
	}

	public boolean isLockedAt(Instant instant) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(instant);
	}

}
