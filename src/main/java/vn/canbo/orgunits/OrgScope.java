package vn.canbo.orgunits;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.canbo.security.CurrentUser;
import vn.canbo.security.CurrentUsers;
import vn.canbo.security.Role;
import vn.canbo.shared.OutOfScopeException;

/**
 * The scoping rule: a user sees the subtree of the node their account is bound to, as the
 * tree stood on the date being looked at; only administrators and organisation officers
 * change it.
 */
@Component
class OrgScope {

	/** Matches every path: the scope of a nationwide account. */
	static final String EVERYWHERE = "";

	/** Matches no path: the scope of an account whose node did not exist on the date. */
	static final String NOWHERE = "-";

	private final CurrentUsers currentUsers;

	private final OrgUnitQueries queries;

	OrgScope(CurrentUsers currentUsers, OrgUnitQueries queries) {
		this.currentUsers = currentUsers;
		this.queries = queries;
	}

	/** The path prefix the current user may see on the date. */
	String pathPrefix(LocalDate asOf) {
		CurrentUser user = this.currentUsers.current();
		if (user.scopeUnitId() == null) {
			return EVERYWHERE;
		}
		return this.queries.pathOf(user.scopeUnitId(), asOf).orElse(NOWHERE);
	}

	boolean covers(String path, LocalDate asOf) {
		return path.startsWith(pathPrefix(asOf));
	}

	void requireVisible(OrgUnitView unit, LocalDate asOf) {
		if (!covers(unit.path(), asOf)) {
			throw new OutOfScopeException();
		}
	}

	void requireEditor() {
		if (!this.currentUsers.current().hasAny(Role.ADMIN, Role.ORG_OFFICER)) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	/** The node the user is bound to, or null for a nationwide account. */
	Long scopeUnitId() {
		return this.currentUsers.current().scopeUnitId();
	}

}
