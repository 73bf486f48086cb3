package vn.canbo.security;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Change an account's name, roles, scope and whether it may sign in.
 *
 * @param accountId the account
 * @param expectedVersion the version the editor loaded; a newer one in the database means
 * a concurrent edit
 * @param displayName the name shown in the UI
 * @param roles the roles granted; at least one
 * @param scopeUnitId the organisation node; null for the whole country
 * @param enabled whether the account may sign in
 */
public record UpdateUserAccount(long accountId, long expectedVersion, String displayName, Set<Role> roles,
		@Nullable Long scopeUnitId, boolean enabled) {

	public UpdateUserAccount {
		roles = (roles != null) ? Set.copyOf(roles) : Set.of();
	}

}
