package vn.canbo.security;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Create a sign-in account.
 *
 * @param username the login name, unique regardless of case
 * @param displayName the name shown in the UI
 * @param password the initial password in clear text (hashed before it is stored)
 * @param roles the roles granted; at least one
 * @param scopeUnitId the organisation node the account is bound to; null for the whole
 * country
 * @param mustChangePassword whether the user should choose a new password after signing
 * in
 */
public record CreateUserAccount(String username, String displayName, String password, Set<Role> roles,
		@Nullable Long scopeUnitId, boolean mustChangePassword) {

	public CreateUserAccount {
		roles = (roles != null) ? Set.copyOf(roles) : Set.of();
	}

	@Override
	public String toString() {
		return "CreateUserAccount[username=" + this.username + ", roles=" + this.roles + ", scopeUnitId="
				+ this.scopeUnitId + "]";
	}

}
