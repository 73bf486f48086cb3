package vn.canbo.security;

import java.io.Serializable;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in user as the rest of the application sees them.
 *
 * @param username the login name
 * @param displayName the name shown in the UI
 * @param roles the roles granted
 * @param scopeUnitId the organisation node whose subtree the user may see; null for the
 * whole country
 */
public record CurrentUser(String username, String displayName, Set<Role> roles,
		@Nullable Long scopeUnitId) implements Serializable {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean hasAny(Role... wanted) {
		for (Role role : wanted) {
			if (this.roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

	public boolean isNationwide() {
		return this.scopeUnitId == null;
	}

}
