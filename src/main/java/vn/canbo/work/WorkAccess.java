package vn.canbo.work;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.CurrentUsers;
import vn.canbo.security.Role;
import vn.canbo.shared.OutOfScopeException;

/**
 * Who may do what with work: everyone reads their own tasks, plans and evaluations; the
 * roles that read a scope (leaders, organisation officers, administrators, viewers) read
 * those of people in it; leaders and administrators assign, approve and evaluate in their
 * scope; nobody scores their own work.
 */
@Component
class WorkAccess {

	private final CurrentUsers currentUsers;

	private final OrgUnits orgUnits;

	private final Clock clock;

	WorkAccess(CurrentUsers currentUsers, OrgUnits orgUnits, Clock clock) {
		this.currentUsers = currentUsers;
		this.orgUnits = orgUnits;
		this.clock = clock;
	}

	CurrentUser user() {
		return this.currentUsers.current();
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Whether the user reads other people's work in their scope. */
	boolean readsScope() {
		return user().readsScope();
	}

	/** Whether the user assigns, approves and evaluates in their scope. */
	boolean manages() {
		return user().hasAny(Role.ADMIN, Role.LEADER);
	}

	/** Whether the user closes and reopens months in their scope. */
	boolean closesMonths() {
		return user().hasAny(Role.ADMIN, Role.LEADER, Role.ORG_OFFICER);
	}

	/** The agency, if it lies within the user's scope; fails otherwise. */
	OrgUnitView agency(long agencyId) {
		return this.orgUnits.current(agencyId);
	}

	/**
	 * Reading one person's work: their own, or someone in the scope of a reading role.
	 */
	void requireRead(long personId, long agencyId) {
		if (user().isPerson(personId)) {
			return;
		}
		if (!readsScope()) {
			throw new OutOfScopeException("work.error.ownOnly");
		}
		agency(agencyId);
	}

	/** Assigning, approving, evaluating in the agency. */
	OrgUnitView requireManage(long agencyId) {
		if (!manages()) {
			throw new OutOfScopeException("work.error.notManager");
		}
		return agency(agencyId);
	}

	/**
	 * Whether the unit lies in the user's scope, asked without failing: a scope failure
	 * thrown through a transactional facade marks its transaction for rollback even when
	 * caught, so the "may" questions below never go through one that throws.
	 */
	boolean covers(long unitId) {
		Long scope = user().scopeUnitId();
		return scope == null || this.orgUnits.isWithin(scope, unitId, today());
	}

	boolean mayRead(long personId, long agencyId) {
		return user().isPerson(personId) || (readsScope() && covers(agencyId));
	}

	boolean mayManage(long agencyId) {
		return manages() && covers(agencyId);
	}

}
