package vn.canbo.orgunits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PageResult;

/**
 * The organisation tree: look nodes up as of any date, browse and search them within the
 * user's scope, follow their history, and create, move, correct and dissolve agencies.
 */
@Service
@Transactional(readOnly = true)
public class OrgUnits {

	private final OrgUnitQueries queries;

	private final OrgUnitPlacements placements;

	private final OrgUnitRepository repository;

	private final OrgScope scope;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OrgUnits(OrgUnitQueries queries, OrgUnitPlacements placements, OrgUnitRepository repository, OrgScope scope,
			ApplicationEventPublisher events, Clock clock) {
		this.queries = queries;
		this.placements = placements;
		this.repository = repository;
		this.scope = scope;
		this.events = events;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * The node as it stood on the date; fails when it did not exist then or is outside
	 * the scope.
	 */
	public OrgUnitView get(long id, LocalDate asOf) {
		OrgUnitView unit = this.queries.byId(id, asOf)
			.orElseThrow(() -> new NotFoundException("orgunits.error.notFoundOnDate", id, asOf));
		this.scope.requireVisible(unit, asOf);
		return unit;
	}

	/** The unit holding the official code on the date. */
	public OrgUnitView getByCode(String code, LocalDate asOf) {
		OrgUnitView unit = this.queries.byCode(code, asOf)
			.orElseThrow(() -> new NotFoundException("orgunits.error.codeNotFoundOnDate", code, asOf));
		this.scope.requireVisible(unit, asOf);
		return unit;
	}

	/**
	 * The roots the user may browse on the date: the provinces, or the node the account
	 * is bound to.
	 */
	public List<OrgUnitView> roots(LocalDate asOf) {
		Long scopeUnit = this.scope.scopeUnitId();
		if (scopeUnit == null) {
			return this.queries.children(null, asOf, OrgScope.EVERYWHERE);
		}
		return this.queries.byId(scopeUnit, asOf).map(List::of).orElse(List.of());
	}

	public List<OrgUnitView> children(long parentId, LocalDate asOf) {
		get(parentId, asOf);
		return this.queries.children(parentId, asOf, this.scope.pathPrefix(asOf));
	}

	/** The node's ancestors on the date, root first, then the node itself. */
	public List<OrgUnitView> lineage(long id, LocalDate asOf) {
		OrgUnitView unit = get(id, asOf);
		return OrgUnitQueries.idsOnPath(unit.path())
			.stream()
			.map((ancestor) -> this.queries.byId(ancestor, asOf))
			.flatMap(Optional::stream)
			.toList();
	}

	/** All nodes matching the filter within the user's scope, a page at a time. */
	public PageResult<OrgUnitView> list(OrgUnitFilter filter, int page, int size) {
		return this.queries.list(filter, this.scope.pathPrefix(filter.asOf()), Math.max(page, 0),
				Math.min(Math.max(size, 1), 1000));
	}

	/**
	 * Whether {@code unitId} lies in the subtree of {@code ancestorId} on the date
	 * (itself included).
	 */
	public boolean isWithin(long ancestorId, long unitId, LocalDate asOf) {
		return this.queries.isWithin(ancestorId, unitId, asOf);
	}

	/** A readable label "name — parent — … — province" for the node on the date. */
	public String label(long id, LocalDate asOf) {
		return label(get(id, asOf));
	}

	/**
	 * A readable label "name — parent — … — province" for the node as it is in the view.
	 */
	public String label(OrgUnitView unit) {
		return this.queries.labelOf(unit.path());
	}

	/**
	 * The node as it stands today, or on its last (or first) day when it does not exist
	 * today.
	 */
	public OrgUnitView current(long id) {
		OrgUnitView unit = this.queries.latest(id, today())
			.orElseThrow(() -> new NotFoundException("orgunits.error.notFound", id));
		this.scope.requireVisible(unit, OrgUnitQueries.dayWithin(unit.validFrom(), unit.validTo(), today()));
		return unit;
	}

	/** What happened to the node: placements over time, predecessors and successors. */
	public OrgUnitHistory history(long id) {
		OrgUnitView unit = current(id);
		return new OrgUnitHistory(unit, this.queries.placements(id), this.queries.predecessors(id),
				this.queries.successors(id));
	}

	/**
	 * The part of the tree the current user may see on the date, for modules that list
	 * rows kept against org units.
	 */
	public Subtree visibleSubtree(LocalDate asOf) {
		return new Subtree(this.scope.pathPrefix(asOf), asOf);
	}

	/**
	 * The subtree under the node on the date; fails when the node did not exist then or
	 * is outside the user's scope.
	 */
	public Subtree subtree(long id, LocalDate asOf) {
		return new Subtree(get(id, asOf).path(), asOf);
	}

	/**
	 * Every node of the subtree under the node on the date (itself first, then by depth),
	 * each with the child of the root it rolls up to; fails when the node did not exist
	 * then or is outside the user's scope.
	 */
	public List<SubtreeNode> nodesUnder(long id, LocalDate asOf) {
		OrgUnitView root = get(id, asOf);
		OrgLevel rootTier = root.level();
		if (rootTier == OrgLevel.AGENCY) {
			rootTier = lineage(id, asOf).stream()
				.map(OrgUnitView::level)
				.filter((level) -> level != OrgLevel.AGENCY)
				.reduce((first, second) -> second)
				.orElse(OrgLevel.PROVINCE);
		}
		return this.queries.nodesUnder(root, rootTier, asOf);
	}

	/** The node that holds (or last held) the code, for links by code. */
	public long idForCode(String code, LocalDate asOf) {
		return this.queries.idForCode(code, asOf)
			.orElseThrow(() -> new NotFoundException("orgunits.error.codeNotFound", code));
	}

	/**
	 * Refreshes the planner's statistics of the tree after a bulk load of agencies (a few
	 * hundred added under a province stay below autovacuum's threshold, and the plans of
	 * scoped queries go wrong until it runs).
	 */
	@Transactional
	public void refreshStatistics() {
		this.queries.analyze();
	}

	@Transactional
	public OrgUnitView createAgency(CreateAgency command) {
		this.scope.requireEditor();
		requireAgencyType(command.type());
		String name = requireName(command.name());
		OrgUnitView parent = this.queries.byId(command.parentId(), command.validFrom())
			.orElseThrow(() -> new InvalidOrgChangeException("parentId", "orgunits.error.parentMissingOnDate",
					command.validFrom()));
		this.scope.requireVisible(parent, command.validFrom());
		String code = command.code() == null ? "" : command.code().strip();
		if (!code.isEmpty() && this.queries.byCode(code, command.validFrom()).isPresent()) {
			throw new InvalidOrgChangeException("code", "orgunits.error.codeTaken", code);
		}
		OrgUnit unit = OrgUnit.agency(code.isEmpty() ? "pending" : code, name, command.type(), parent.provinceCode(),
				command.validFrom(), now());
		this.repository.saveAndFlush(unit);
		if (code.isEmpty()) {
			unit.assignCode("CQ%06d".formatted(unit.id()));
			this.repository.flush();
		}
		String path = this.placements.place(unit.id(), parent.id(), parent.path(), command.validFrom());
		OrgUnitView created = this.queries.byId(unit.id(), command.validFrom()).orElseThrow();
		publish(created.id(), DataChanged.Action.CREATE, null, snapshot(created), path);
		return created;
	}

	@Transactional
	public OrgUnitView updateAgency(UpdateAgency command) {
		this.scope.requireEditor();
		requireAgencyType(command.type());
		String name = requireName(command.name());
		OrgUnit unit = loadAgency(command.unitId(), command.expectedVersion());
		OrgUnitView before = current(unit);
		this.scope.requireVisible(before, dayOf(unit));
		unit.rename(name, command.type(), now());
		this.repository.flush();
		OrgUnitView after = current(unit);
		publish(unit.id(), DataChanged.Action.UPDATE, snapshot(before), snapshot(after), after.path());
		return after;
	}

	@Transactional
	public OrgUnitView moveAgency(MoveAgency command) {
		this.scope.requireEditor();
		OrgUnit unit = loadAgency(command.unitId(), command.expectedVersion());
		LocalDate date = command.effectiveDate();
		OrgUnitView before = this.queries.byId(unit.id(), date)
			.orElseThrow(() -> new InvalidOrgChangeException("effectiveDate", "orgunits.error.notValidOnDate", date));
		OrgUnitView newParent = this.queries.byId(command.newParentId(), date)
			.orElseThrow(
					() -> new InvalidOrgChangeException("newParentId", "orgunits.error.parentMissingOnDate", date));
		this.scope.requireVisible(before, date);
		this.scope.requireVisible(newParent, date);
		if (newParent.path().startsWith(before.path())) {
			throw new InvalidOrgChangeException("newParentId", "orgunits.error.moveIntoOwnSubtree");
		}
		if (before.parentId() != null && before.parentId() == newParent.id()) {
			throw new InvalidOrgChangeException("newParentId", "orgunits.error.sameParent");
		}
		if (this.placements.hasChangesAfter(before.path(), date)) {
			throw new InvalidOrgChangeException("effectiveDate", "orgunits.error.laterChangeExists", date);
		}
		this.placements.moveSubtree(unit.id(), newParent.id(), before.path(), newParent.path(), date);
		unit.touch(now());
		this.repository.flush();
		OrgUnitView after = this.queries.byId(unit.id(), date).orElseThrow();
		publish(unit.id(), DataChanged.Action.UPDATE, snapshot(before), snapshot(after), after.path());
		return after;
	}

	@Transactional
	public void closeAgency(CloseAgency command) {
		this.scope.requireEditor();
		OrgUnit unit = loadAgency(command.unitId(), command.expectedVersion());
		LocalDate date = command.effectiveDate();
		OrgUnitView before = this.queries.byId(unit.id(), date)
			.orElseThrow(() -> new InvalidOrgChangeException("effectiveDate", "orgunits.error.notValidOnDate", date));
		this.scope.requireVisible(before, date);
		if (before.validFrom() != null && !date.isAfter(before.validFrom())) {
			throw new InvalidOrgChangeException("effectiveDate", "orgunits.error.closeBeforeStart", before.validFrom());
		}
		if (this.placements.hasChangesAfter(before.path(), date)) {
			throw new InvalidOrgChangeException("effectiveDate", "orgunits.error.laterChangeExists", date);
		}
		for (long closed : this.placements.closeSubtree(before.path(), date)) {
			OrgUnit node = this.repository.findById(closed).orElseThrow();
			node.close(date, now());
		}
		this.repository.flush();
		Map<String, Object> after = new LinkedHashMap<>(snapshot(before));
		after.put("validTo", date);
		publish(unit.id(), DataChanged.Action.DELETE, snapshot(before), after, before.path());
	}

	private OrgUnit loadAgency(long id, long expectedVersion) {
		OrgUnit unit = this.repository.findById(id)
			.orElseThrow(() -> new NotFoundException("orgunits.error.notFound", id));
		if (unit.level().isAdministrative()) {
			throw new InvalidOrgChangeException("unitId", "orgunits.error.administrativeUnitFixed", unit.name());
		}
		if (unit.version() != expectedVersion) {
			throw new ConcurrentEditException();
		}
		return unit;
	}

	private OrgUnitView current(OrgUnit unit) {
		return this.queries.byId(unit.id(), dayOf(unit)).orElseThrow();
	}

	private LocalDate dayOf(OrgUnit unit) {
		return OrgUnitQueries.dayWithin(unit.validFrom(), unit.validTo(), today());
	}

	private static void requireAgencyType(@Nullable UnitType type) {
		if (type == null || type.level() != OrgLevel.AGENCY) {
			throw new InvalidOrgChangeException("type", "orgunits.error.agencyTypeRequired");
		}
	}

	private static String requireName(@Nullable String name) {
		if (name == null || name.isBlank()) {
			throw new InvalidOrgChangeException("name", "orgunits.error.nameRequired");
		}
		if (name.strip().length() > 300) {
			throw new InvalidOrgChangeException("name", "orgunits.error.nameTooLong", 300);
		}
		return name;
	}

	private Instant now() {
		return this.clock.instant();
	}

	private void publish(long id, DataChanged.Action action, @Nullable Object before, @Nullable Object after,
			String path) {
		this.events.publishEvent(new DataChanged("OrgUnit", String.valueOf(id), action, before, after, path));
	}

	private static Map<String, Object> snapshot(OrgUnitView unit) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("code", unit.code());
		state.put("name", unit.name());
		state.put("level", unit.level().name());
		state.put("type", unit.type().name());
		state.put("parentCode", unit.parentCode());
		state.put("path", unit.path());
		state.put("validFrom", unit.validFrom());
		state.put("validTo", unit.validTo());
		return state;
	}

}
