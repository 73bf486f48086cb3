package vn.canbo.locality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.orgunits.OrgLevel;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.SubtreeNode;
import vn.canbo.people.People;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.CurrentUsers;
import vn.canbo.security.Role;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.shared.PageResult;

/**
 * Whether people are local to the communes and provinces where they hold key titles
 * (người địa phương), and which communes have a non-local key leader, at any date, within
 * the user's scope. Administrators and organisation officers override a derived verdict
 * (audited, a stale version refused); leaders and viewers read; staff do not.
 */
@Service
@Transactional(readOnly = true)
public class Locality {

	/** The entity type of overrides in the audit trail. */
	public static final String AUDIT_TYPE = "LocalityOverride";

	/** The longest page a caller may ask for. */
	public static final int MAX_PAGE_SIZE = 500;

	static final int REASON_LENGTH = 500;

	static final LocalDate EARLIEST = LocalDate.of(1945, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private final LocalityStore store;

	private final OrgUnits orgUnits;

	private final People people;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Locality(LocalityStore store, OrgUnits orgUnits, People people, CurrentUsers currentUsers,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.orgUnits = orgUnits;
		this.people = people;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Whether the current user may override verdicts (in their scope). */
	public boolean canEdit() {
		return this.currentUsers.current().hasAny(Role.ADMIN, Role.ORG_OFFICER);
	}

	/** The unit the user's account is bound to; null when nationwide. */
	public @Nullable Long scopeUnitId() {
		return this.currentUsers.current().scopeUnitId();
	}

	/** The unit holding the code on the date (in scope). */
	public long unitIdForCode(String code, LocalDate asOf) {
		return this.orgUnits.getByCode(code, asOf).id();
	}

	/** The label of a unit in scope on the date. */
	public String unitLabel(long unitId, LocalDate asOf) {
		requireReader();
		return this.orgUnits.label(unitId, asOf);
	}

	/**
	 * Whether the person is local to the unit's area on the date: the unit itself when it
	 * is a commune, district or province, else the one it belongs to; both the person and
	 * the unit must be in scope.
	 */
	public LocalityVerdict verdict(long personId, long unitId, LocalDate asOf) {
		requireReader();
		this.people.requireReadable(personId);
		Area area = areaOf(unitId, asOf);
		String[] homeTown = this.store.homeTown(personId)
			.orElseThrow(() -> new NotFoundException("locality.error.personNotFound", personId));
		AreaFacts facts = this.store.facts((homeTown[0] == null) ? List.of() : List.of(homeTown[0].strip()),
				List.of(area));
		LocalityOverride override = this.store.overridesOn(List.of(personId), asOf)
			.getOrDefault(personId, Map.of())
			.get(area.id());
		return verdict(personId, area, asOf, homeTown[0], homeTown[1], facts, override);
	}

	/** The overrides recorded for a person, latest first. */
	public List<LocalityOverride> overridesOf(long personId) {
		requireReader();
		this.people.requireReadable(personId);
		return this.store.overridesOf(personId);
	}

	public LocalityOverride override(long id) {
		requireReader();
		LocalityOverride override = this.store.find(id)
			.orElseThrow(() -> new NotFoundException("locality.error.overrideNotFound", id));
		this.people.requireReadable(override.personId());
		this.orgUnits.current(override.areaUnitId());
		return override;
	}

	/**
	 * The figures of the unit's subtree on the date: communes with a non-local key leader
	 * among all, key leaders and those not local, and the province's own when the unit is
	 * a province.
	 */
	public LocalitySummary summary(long unitId, LocalDate asOf) {
		Snapshot snapshot = snapshot(unitId, asOf);
		List<AreaRow> communes = snapshot.communes();
		AreaRow province = snapshot.rows.values()
			.stream()
			.filter((row) -> row.area().id() == unitId && row.area().isProvince())
			.findFirst()
			.orElse(null);
		return new LocalitySummary(unitId, this.orgUnits.get(unitId, asOf).name(), asOf, communes.size(),
				communes.stream().filter(AreaRow::hasNonLocal).count(), snapshot.distinctPeople(null),
				snapshot.distinctPeople(LocalStatus.NON_LOCAL), snapshot.distinctPeople(LocalStatus.UNKNOWN), province);
	}

	/**
	 * One page of the communes of the unit's subtree on the date (with or without a
	 * non-local key leader, or all when null), in tree order, with the total.
	 */
	public PageResult<AreaRow> communes(long unitId, LocalDate asOf, @Nullable Boolean withNonLocal, int page,
			int size) {
		return PageResult.of(allCommunes(unitId, asOf, withNonLocal), page, PageResult.size(size, MAX_PAGE_SIZE));
	}

	/** Every commune of {@link #communes}, for the export. */
	public List<AreaRow> allCommunes(long unitId, LocalDate asOf, @Nullable Boolean withNonLocal) {
		return snapshot(unitId, asOf).communes()
			.stream()
			.filter((row) -> withNonLocal == null || row.hasNonLocal() == withNonLocal)
			.toList();
	}

	/**
	 * One page of the key leaders of the unit's subtree on the date (of one status, or
	 * all when null), by title and name, with the total.
	 */
	public PageResult<KeyLeader> keyLeaders(long unitId, LocalDate asOf, @Nullable LocalStatus status, int page,
			int size) {
		return PageResult.of(allKeyLeaders(unitId, asOf, status), page, PageResult.size(size, MAX_PAGE_SIZE));
	}

	/** Every key leader of {@link #keyLeaders}, for the export. */
	public List<KeyLeader> allKeyLeaders(long unitId, LocalDate asOf, @Nullable LocalStatus status) {
		return snapshot(unitId, asOf).leaders.stream()
			.filter((leader) -> status == null || leader.status() == status)
			.toList();
	}

	/**
	 * Records an officer's verdict for a person and an area from a date; administrators
	 * and officers, the person and the area in scope; every value checked; audited.
	 */
	@Transactional
	public LocalityOverride createOverride(OverrideInput input) {
		requireEditor();
		Checked checked = check(input);
		long id = this.store.insert(checked.personId, checked.area.id(), checked.local, checked.reason,
				checked.validFrom, this.currentUsers.current().username(), this.clock.instant());
		LocalityOverride created = this.store.find(id).orElseThrow();
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.CREATE, null,
				created.snapshot(), checked.path));
		return created;
	}

	/**
	 * Corrects an override still at the version read (otherwise nothing is overwritten
	 * and {@link ConcurrentEditException} says so); the person and area stay; audited.
	 */
	@Transactional
	public LocalityOverride updateOverride(long id, @Nullable Long version, OverrideInput input) {
		requireEditor();
		LocalityOverride before = override(id);
		if (version == null) {
			throw new InvalidInputException(List.of(FieldProblem.of("version", "locality.error.version")));
		}
		Checked checked = check(new OverrideInput(before.personId(), before.areaUnitId(), input.local(), input.reason(),
				input.validFrom()));
		if (before.version() != version || !this.store.update(id, version, checked.local, checked.reason,
				checked.validFrom, this.currentUsers.current().username(), this.clock.instant())) {
			throw new ConcurrentEditException();
		}
		LocalityOverride after = this.store.find(id).orElseThrow();
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.UPDATE,
				before.snapshot(), after.snapshot(), checked.path));
		return after;
	}

	/** Removes an override still at the version read; audited. */
	@Transactional
	public void deleteOverride(long id, long version) {
		requireEditor();
		LocalityOverride before = override(id);
		if (before.version() != version || !this.store.delete(id, version)) {
			throw new ConcurrentEditException();
		}
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.DELETE,
				before.snapshot(), null, this.orgUnits.current(before.areaUnitId()).path()));
	}

	/**
	 * Per branch of the nodes, the communes and those with a non-local key leader, and
	 * the non-local key leaders (for the indicators; the caller checked the scope).
	 */
	Map<Long, long[]> perBranch(List<SubtreeNode> nodes, LocalDate asOf) {
		Snapshot snapshot = compute(nodes, asOf);
		Map<Long, Long> branchOf = new HashMap<>();
		nodes.forEach((node) -> branchOf.put(node.id(), node.branchId()));
		Map<Long, long[]> result = new LinkedHashMap<>();
		for (AreaRow row : snapshot.communes()) {
			Long branch = branchOf.get(row.area().id());
			if (branch == null) {
				// the commune above an agency measured: not one of the agency's branches
				continue;
			}
			long[] counts = result.computeIfAbsent(branch, (b) -> new long[3]);
			counts[0]++;
			if (row.hasNonLocal()) {
				counts[1]++;
			}
		}
		Map<Long, Set<Long>> nonLocal = new HashMap<>();
		for (KeyLeader leader : snapshot.leaders) {
			if (leader.status() == LocalStatus.NON_LOCAL) {
				Long branch = branchOf.get(snapshot.postUnits.get(leader));
				if (branch != null) {
					nonLocal.computeIfAbsent(branch, (b) -> new HashSet<>()).add(leader.personId());
				}
			}
		}
		nonLocal.forEach((branch, people) -> result.computeIfAbsent(branch, (b) -> new long[3])[2] = people.size());
		return result;
	}

	private Snapshot snapshot(long unitId, LocalDate asOf) {
		requireReader();
		return compute(this.orgUnits.nodesUnder(unitId, asOf), asOf);
	}

	private Snapshot compute(List<SubtreeNode> nodes, LocalDate asOf) {
		Map<Long, SubtreeNode> byId = new HashMap<>();
		nodes.forEach((node) -> byId.put(node.id(), node));
		Map<Long, Area> areas = new HashMap<>();
		this.store.areas(nodes.stream().filter((n) -> n.level() != OrgLevel.AGENCY).map(SubtreeNode::id).toList())
			.forEach((area) -> areas.put(area.id(), area));
		Area rootArea = null;
		if (!nodes.isEmpty() && !areas.containsKey(nodes.get(0).id())) {
			rootArea = areaOf(nodes.get(0).id(), asOf);
			areas.put(rootArea.id(), rootArea);
		}
		List<LocalityStore.Post> posts = this.store.keyPosts(byId.keySet(), asOf);
		Set<String> codes = new HashSet<>();
		posts.stream()
			.filter((post) -> post.homeTownCode() != null && !post.homeTownCode().isBlank())
			.forEach((post) -> codes.add(post.homeTownCode().strip()));
		AreaFacts facts = this.store.facts(codes, areas.values());
		Map<Long, Map<Long, LocalityOverride>> overrides = this.store
			.overridesOn(posts.stream().map(LocalityStore.Post::personId).toList(), asOf);
		Snapshot snapshot = new Snapshot();
		for (SubtreeNode node : nodes) {
			Area area = areas.get(node.id());
			if (area != null && node.level() != OrgLevel.AGENCY) {
				snapshot.rows.put(area.id(), new AreaRow(area, 0, 0, 0));
			}
		}
		Map<Long, Set<Long>[]> seen = new HashMap<>();
		for (LocalityStore.Post post : posts) {
			Area area = areaAbove(post.unitId(), byId, areas, rootArea);
			if (area == null) {
				continue;
			}
			LocalityOverride override = overrides.getOrDefault(post.personId(), Map.of()).get(area.id());
			LocalityVerdict verdict = verdict(post.personId(), area, asOf, post.homeTownCode(), post.homeTown(), facts,
					override);
			KeyLeader leader = new KeyLeader(post.personId(), post.fullName(), post.titleCode(), post.titleName(),
					post.unitName(), verdict);
			snapshot.leaders.add(leader);
			snapshot.postUnits.put(leader, post.unitId());
			@SuppressWarnings("unchecked")
			Set<Long>[] people = seen.computeIfAbsent(area.id(),
					(id) -> new Set[] { new HashSet<>(), new HashSet<>(), new HashSet<>() });
			people[0].add(post.personId());
			if (verdict.status() == LocalStatus.NON_LOCAL) {
				people[1].add(post.personId());
			}
			else if (verdict.status() == LocalStatus.UNKNOWN) {
				people[2].add(post.personId());
			}
		}
		seen.forEach((areaId, people) -> snapshot.rows.put(areaId,
				new AreaRow(areas.get(areaId), people[0].size(), people[1].size(), people[2].size())));
		return snapshot;
	}

	/** The nearest administrative unit at or above a node of the subtree. */
	private static @Nullable Area areaAbove(long unitId, Map<Long, SubtreeNode> byId, Map<Long, Area> areas,
			@Nullable Area rootArea) {
		Long current = unitId;
		while (current != null) {
			Area area = areas.get(current);
			if (area != null) {
				return area;
			}
			SubtreeNode node = byId.get(current);
			current = (node == null) ? null : node.parentId();
		}
		return rootArea;
	}

	/** The commune, district or province a unit is, or belongs to, on the date. */
	private Area areaOf(long unitId, LocalDate asOf) {
		List<OrgUnitView> lineage = this.orgUnits.lineage(unitId, asOf);
		for (int i = lineage.size() - 1; i >= 0; i--) {
			if (lineage.get(i).level() != OrgLevel.AGENCY) {
				long id = lineage.get(i).id();
				return this.store.area(id).orElseThrow(() -> new NotFoundException("orgunits.error.notFound", id));
			}
		}
		throw new NotFoundException("orgunits.error.notFound", unitId);
	}

	private static LocalityVerdict verdict(long personId, Area area, LocalDate asOf, @Nullable String code,
			@Nullable String text, AreaFacts facts, @Nullable LocalityOverride override) {
		HomeTownRule.Derived derived = HomeTownRule.derive(area, code, text, facts);
		LocalStatus status = (override == null) ? derived.status()
				: (override.local() ? LocalStatus.LOCAL : LocalStatus.NON_LOCAL);
		return new LocalityVerdict(personId, area, asOf, status, derived.status(), derived.reason(), code, text,
				override);
	}

	private Checked check(OverrideInput input) {
		List<FieldProblem> problems = new ArrayList<>();
		if (input.personId() == null) {
			problems.add(FieldProblem.of("personId", "locality.error.person"));
		}
		if (input.areaUnitId() == null) {
			problems.add(FieldProblem.of("areaUnitId", "locality.error.area"));
		}
		if (input.local() == null) {
			problems.add(FieldProblem.of("local", "locality.error.local"));
		}
		String reason = (input.reason() == null) ? "" : input.reason().strip();
		if (reason.isEmpty()) {
			problems.add(FieldProblem.of("reason", "locality.error.reason"));
		}
		else if (reason.length() > REASON_LENGTH) {
			problems.add(FieldProblem.of("reason", "locality.error.reasonLength", REASON_LENGTH));
		}
		LocalDate from = input.validFrom();
		if (from == null) {
			problems.add(FieldProblem.of("validFrom", "locality.error.validFrom"));
		}
		else if (from.isBefore(EARLIEST) || from.isAfter(LATEST)) {
			problems.add(FieldProblem.of("validFrom", "locality.error.validFromRange", EARLIEST.getYear(),
					LATEST.getYear()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.people.requireReadable(input.personId());
		OrgUnitView unit = this.orgUnits.current(input.areaUnitId());
		if (unit.level() == OrgLevel.AGENCY) {
			throw new InvalidInputException(List.of(FieldProblem.of("areaUnitId", "locality.error.areaLevel")));
		}
		Area area = this.store.area(unit.id()).orElseThrow();
		return new Checked(input.personId(), area, input.local(), reason, from, unit.path());
	}

	private void requireReader() {
		CurrentUser user = this.currentUsers.current();
		if (!user.readsScope()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	private void requireEditor() {
		if (!canEdit()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	private record Checked(long personId, Area area, boolean local, String reason, LocalDate validFrom, String path) {

	}

	/** The key leaders of a subtree on a date and the rows of its areas. */
	private static final class Snapshot {

		final List<KeyLeader> leaders = new ArrayList<>();

		final Map<KeyLeader, Long> postUnits = new java.util.IdentityHashMap<>();

		final Map<Long, AreaRow> rows = new LinkedHashMap<>();

		List<AreaRow> communes() {
			return this.rows.values().stream().filter((row) -> row.area().isCommune()).toList();
		}

		long distinctPeople(@Nullable LocalStatus status) {
			return this.leaders.stream()
				.filter((leader) -> status == null || leader.status() == status)
				.map(KeyLeader::personId)
				.distinct()
				.count();
		}

	}

}
