package vn.canbo.orgunits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.security.ScopeDirectory;

/**
 * Answers the security module's questions about scope nodes. Unlike {@link OrgUnits} it
 * does not apply the current user's scope: it serves sign-in and account administration.
 */
@Component
@Transactional(readOnly = true)
class OrgUnitScopeDirectory implements ScopeDirectory {

	private final OrgUnitQueries queries;

	private final Clock clock;

	OrgUnitScopeDirectory(OrgUnitQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	@Override
	public boolean exists(long unitId) {
		return this.queries.exists(unitId);
	}

	@Override
	public Optional<String> currentPath(long unitId) {
		return this.queries.pathOf(unitId, today());
	}

	@Override
	public Optional<String> label(long unitId) {
		return this.queries.latest(unitId, today()).map((unit) -> this.queries.labelOf(unit.path()));
	}

	@Override
	public boolean isWithin(long scopeUnitId, long unitId) {
		return this.queries.isWithin(scopeUnitId, unitId, today());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
