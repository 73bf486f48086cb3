package vn.canbo.work;

import org.springframework.stereotype.Component;

import vn.canbo.orgunits.OrgUnits;

/**
 * Whether a unit lies in the user's scope, asked without failing: a scope failure thrown
 * inside a facade's transaction would mark it for rollback even when caught, so flags
 * shown on pages ("may approve") ask here instead.
 */
@Component
class WorkScope {

	private final WorkAccess access;

	private final OrgUnits orgUnits;

	WorkScope(WorkAccess access, OrgUnits orgUnits) {
		this.access = access;
		this.orgUnits = orgUnits;
	}

	boolean covers(long unitId) {
		Long scope = this.access.user().scopeUnitId();
		return scope == null || this.orgUnits.isWithin(scope, unitId, this.access.today());
	}

	/** Whether the user assigns, approves and evaluates in the unit. */
	boolean manages(long unitId) {
		return this.access.manages() && covers(unitId);
	}

}
