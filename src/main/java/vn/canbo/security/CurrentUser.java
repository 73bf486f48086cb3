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
 * @param personId the user's own personnel record, when the account is linked to one
 */
public record CurrentUser(String username, String displayName, Set<Role> roles, @Nullable Long scopeUnitId,
		@Nullable Long personId) implements Serializable {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	/** A user whose account is not linked to a personnel record. */
	public CurrentUser(String username, String displayName, Set<Role> roles, @Nullable Long scopeUnitId) {
		this(username, displayName, roles, scopeUnitId, null);
	}

	/** Whether the personnel record is the user's own. */
	public boolean isPerson(long id) {
		return this.personId != null && this.personId == id;
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

	/**
	 * Whether the user reads the people of their whole scope (administrators,
	 * organisation officers, leaders, viewers); staff read only their own record, plans,
	 * months and rating.
	 */
	public boolean readsScope() {
		return hasAny(Role.ADMIN, Role.ORG_OFFICER, Role.LEADER, Role.VIEWER);
	}

	/**
	 * Whether the user may read the person's record: in scope (checked apart) or their
	 * own.
	 */
	public boolean mayRead(long personId) {
		return readsScope() || isPerson(personId);
	}

	/**
	 * Whether the user may read the person's discipline (and the conclusions behind an
	 * automatic "not completed"), the person being in their scope (checked apart):
	 * administrators, organisation officers and leaders, and staff their own.
	 */
	public boolean mayReadDiscipline(long personId) {
		return hasAny(Role.ADMIN, Role.ORG_OFFICER, Role.LEADER) || (isPerson(personId) && has(Role.STAFF));
	}

	public boolean isNationwide() {
		return this.scopeUnitId == null;
	}

}
