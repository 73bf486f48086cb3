package vn.canbo.targets;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.indicators.Indicator;
import vn.canbo.indicators.IndicatorReport;
import vn.canbo.indicators.Indicators;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.Subtree;
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
 * Targets (chỉ tiêu) within the user's scope: administrators and organisation officers
 * set, correct and remove those of units in their subtree (audited, a stale version
 * refused); leaders and viewers read them; staff do not. Progress is measured through
 * {@link Indicators} only, the rule being {@link Progress}'s.
 */
@Service
@Transactional(readOnly = true)
public class Targets {

	/** The entity type of targets in the audit trail. */
	public static final String AUDIT_TYPE = "Target";

	/** The longest page a caller may ask for. */
	public static final int MAX_PAGE_SIZE = 200;

	static final int NUMBER_LENGTH = 100;

	static final int BODY_LENGTH = 300;

	static final int NOTE_LENGTH = 2000;

	static final BigDecimal MAX_COUNT = BigDecimal.valueOf(1_000_000_000L);

	static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private final TargetStore store;

	private final Indicators indicators;

	private final OrgUnits orgUnits;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Targets(TargetStore store, Indicators indicators, OrgUnits orgUnits, CurrentUsers currentUsers,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.indicators = indicators;
		this.orgUnits = orgUnits;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Whether the current user may set, correct and remove targets (in their scope). */
	public boolean canEdit() {
		return this.currentUsers.current().hasAny(Role.ADMIN, Role.ORG_OFFICER);
	}

	/** The indicators a target may follow, by group and order. */
	public List<Indicator> indicators() {
		return this.indicators.all();
	}

	public Optional<Indicator> indicator(String id) {
		return this.indicators.find(id);
	}

	/** The unit the user's account is bound to; null when nationwide. */
	public @Nullable Long scopeUnitId() {
		return this.currentUsers.current().scopeUnitId();
	}

	/** The label of a unit in scope, for the pages. */
	public String unitLabel(long unitId) {
		requireReader();
		return this.orgUnits.label(this.orgUnits.current(unitId));
	}

	/** The unit holding the code today, if in scope. */
	public long unitIdForCode(String code) {
		return this.orgUnits.getByCode(code, today()).id();
	}

	/**
	 * One page of the targets set for units in the unit's subtree (the user's whole scope
	 * when null), soonest deadline first, each with its progress on the date and the
	 * total.
	 */
	public PageResult<Progress> list(@Nullable Long unitId, LocalDate asOf, int page, int size) {
		PageResult<Target> targets = this.store.page(within(unitId), PageResult.page(page),
				PageResult.size(size, MAX_PAGE_SIZE));
		return new PageResult<>(progress(targets.items(), null, asOf), targets.total(), targets.page(), targets.size());
	}

	/** Every target of {@link #list}, for the export. */
	public List<Progress> all(@Nullable Long unitId, LocalDate asOf) {
		return progress(this.store.all(within(unitId)), null, asOf);
	}

	/**
	 * The targets that bind a unit, for its dashboard: its own and those its ancestors
	 * set for their subtree (a province's resolution binds each of its communes), all
	 * measured on the unit itself; the unit must be in scope on the date.
	 */
	public List<Progress> summary(long unitId, LocalDate asOf) {
		requireReader();
		List<OrgUnitView> lineage = this.orgUnits.lineage(unitId, asOf);
		List<Long> ids = lineage.stream().map(OrgUnitView::id).toList();
		List<Target> binding = new ArrayList<>(this.store.ofUnits(ids));
		// the unit's own first, then its parent's, up to the province
		binding.sort((a, b) -> Integer.compare(ids.size() - 1 - ids.indexOf(a.unitId()),
				ids.size() - 1 - ids.indexOf(b.unitId())));
		return progress(binding, unitId, asOf);
	}

	public Target get(long id) {
		requireReader();
		Target target = this.store.find(id).orElseThrow(() -> new NotFoundException("targets.error.notFound", id));
		this.orgUnits.current(target.unitId());
		return target;
	}

	/** The target's progress on the date, in its own unit. */
	public Progress progress(long id, LocalDate asOf) {
		return progress(List.of(get(id)), null, asOf).get(0);
	}

	/**
	 * The value at the baseline date, on 31/12 of each year from the baseline's year to
	 * the deadline's, and today when it falls between; years to come carry only the
	 * straight line.
	 */
	public Trend trend(long id) {
		Target target = get(id);
		LocalDate today = today();
		List<LocalDate> days = new ArrayList<>();
		// the line's start, unless it is a year's end anyway
		if (!target.baselineDate().equals(LocalDate.of(target.baselineDate().getYear(), 12, 31))) {
			days.add(target.baselineDate());
		}
		for (int year = target.baselineDate().getYear(); year <= target.deadline().getYear(); year++) {
			LocalDate yearEnd = LocalDate.of(year, 12, 31);
			if (today.isBefore(yearEnd) && !today.isBefore(target.baselineDate())
					&& (days.isEmpty() || days.get(days.size() - 1).isBefore(today))) {
				days.add(today);
			}
			days.add(yearEnd);
		}
		List<Request> asked = new ArrayList<>();
		asked.add(new Request(target.unitId(), target.baselineDate(), target.indicatorId()));
		days.stream()
			.filter((day) -> !day.isAfter(today))
			.forEach((day) -> asked.add(new Request(target.unitId(), day, target.indicatorId())));
		Map<Request, Reading> readings = read(asked);
		Reading baseline = readings.get(asked.get(0));
		List<Trend.Point> points = new ArrayList<>();
		for (LocalDate day : days) {
			if (day.isAfter(today)) {
				BigDecimal expected = (baseline.value() == null) ? null : Progress.expected(baseline.value(),
						target.baselineDate(), target.value(), target.deadline(), day);
				points.add(new Trend.Point(day, Reading.none(day), expected, null));
			}
			else {
				Progress progress = Progress.judge(target, share(target), target.unitId(), day, baseline,
						readings.get(new Request(target.unitId(), day, target.indicatorId())));
				points.add(new Trend.Point(day, progress.value(), progress.expected(), progress.status()));
			}
		}
		return new Trend(target, share(target), baseline, points);
	}

	/** Whether a target of the unit follows the indicator under the resolution (demo). */
	public boolean isRecorded(long unitId, String indicatorId, String resolutionNumber) {
		return this.store.exists(unitId, indicatorId, resolutionNumber);
	}

	/**
	 * Records a target for a unit in scope; administrators and officers; every value
	 * checked and each bad one reported against its field; audited.
	 */
	@Transactional
	public Target create(TargetInput input) {
		requireEditor();
		Checked checked = check(input, today());
		String user = this.currentUsers.current().username();
		long id = this.store.insert(checked.values(), user, this.clock.instant());
		Target created = this.store.find(id).orElseThrow();
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.CREATE, null,
				created.snapshot(), checked.unit().path()));
		return created;
	}

	/**
	 * Corrects a target still at the version read (otherwise nothing is overwritten and
	 * {@link ConcurrentEditException} says so); both its old and new unit must be in
	 * scope; audited with the state before and after.
	 */
	@Transactional
	public Target update(long id, @Nullable Long version, TargetInput input) {
		requireEditor();
		Target before = get(id);
		if (version == null) {
			throw new InvalidInputException(List.of(FieldProblem.of("version", "targets.error.version")));
		}
		Checked checked = check(input, before.createdAt().atZone(this.clock.getZone()).toLocalDate());
		if (before.version() != version || !this.store.update(id, version, checked.values(),
				this.currentUsers.current().username(), this.clock.instant())) {
			throw new ConcurrentEditException();
		}
		Target after = this.store.find(id).orElseThrow();
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.UPDATE,
				before.snapshot(), after.snapshot(), checked.unit().path()));
		return after;
	}

	/** Removes a target still at the version read; audited. */
	@Transactional
	public void delete(long id, long version) {
		requireEditor();
		Target before = get(id);
		if (before.version() != version || !this.store.delete(id, version)) {
			throw new ConcurrentEditException();
		}
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.DELETE,
				before.snapshot(), null, this.orgUnits.current(before.unitId()).path()));
	}

	private List<Subtree> within(@Nullable Long unitId) {
		requireReader();
		LocalDate today = today();
		List<Subtree> within = new ArrayList<>();
		within.add(this.orgUnits.visibleSubtree(today));
		if (unitId != null) {
			within.add(this.orgUnits.subtree(unitId, today));
		}
		return within;
	}

	/**
	 * The progress of each target on the date, in its own unit or, when given, in that
	 * unit; one measurement per unit and date for all their indicators.
	 */
	private List<Progress> progress(List<Target> targets, @Nullable Long inUnit, LocalDate asOf) {
		List<Request> asked = new ArrayList<>();
		for (Target target : targets) {
			long unit = (inUnit != null) ? inUnit : target.unitId();
			asked.add(new Request(unit, asOf, target.indicatorId()));
			asked.add(new Request(unit, target.baselineDate(), target.indicatorId()));
		}
		Map<Request, Reading> readings = read(asked);
		List<Progress> result = new ArrayList<>(targets.size());
		for (Target target : targets) {
			long unit = (inUnit != null) ? inUnit : target.unitId();
			result.add(Progress.judge(target, share(target), unit, asOf,
					readings.get(new Request(unit, target.baselineDate(), target.indicatorId())),
					readings.get(new Request(unit, asOf, target.indicatorId()))));
		}
		return result;
	}

	/**
	 * Reads the indicators asked, one measurement per unit and date; nothing to read (a
	 * unit that did not exist on the date, or outside the scope then, an indicator no
	 * longer defined) is an unknown value.
	 */
	private Map<Request, Reading> read(Collection<Request> asked) {
		Map<Request, Reading> readings = new HashMap<>();
		Map<Where, Set<String>> byPlace = new LinkedHashMap<>();
		for (Request request : asked) {
			readings.put(request, Reading.none(request.day()));
			if (this.indicators.find(request.indicatorId()).isPresent()) {
				byPlace.computeIfAbsent(new Where(request.unitId(), request.day()), (where) -> new LinkedHashSet<>())
					.add(request.indicatorId());
			}
		}
		byPlace.forEach((where, ids) -> {
			IndicatorReport report;
			try {
				report = this.indicators.measure(where.unitId(), where.day(), ids);
			}
			catch (NotFoundException | OutOfScopeException ex) {
				return;
			}
			for (String id : ids) {
				Indicator indicator = report.indicator(id).orElse(null);
				if (indicator != null) {
					readings.put(new Request(where.unitId(), where.day(), id),
							Reading.of(where.day(), report.total(id), indicator.share()));
				}
			}
		});
		return readings;
	}

	private Checked check(TargetInput input, LocalDate defaultBaseline) {
		List<FieldProblem> problems = new ArrayList<>();
		String indicatorId = text(input.indicatorId());
		Indicator indicator = null;
		if (indicatorId == null) {
			problems.add(FieldProblem.of("indicatorId", "targets.error.indicator.required"));
		}
		else {
			indicator = this.indicators.find(indicatorId).orElse(null);
			if (indicator == null) {
				problems.add(FieldProblem.of("indicatorId", "targets.error.indicator.unknown", shorten(indicatorId)));
			}
		}
		OrgUnitView unit = null;
		if (input.unitId() == null) {
			problems.add(FieldProblem.of("unitId", "targets.error.unit.required"));
		}
		else {
			try {
				unit = this.orgUnits.current(input.unitId());
			}
			catch (NotFoundException ex) {
				problems.add(FieldProblem.of("unitId", "targets.error.unit.notFound", input.unitId()));
			}
		}
		if (input.comparison() == null) {
			problems.add(FieldProblem.of("comparison", "targets.error.comparison.required"));
		}
		BigDecimal value = input.value();
		if (value == null) {
			problems.add(FieldProblem.of("value", "targets.error.value.required"));
		}
		else if (value.signum() < 0) {
			problems.add(FieldProblem.of("value", "targets.error.value.negative"));
		}
		else if (indicator != null && indicator.share()
				&& (value.compareTo(BigDecimal.valueOf(100)) > 0 || value.stripTrailingZeros().scale() > 1)) {
			problems.add(FieldProblem.of("value", "targets.error.value.share", value.toPlainString()));
		}
		else if (indicator != null && !indicator.share()
				&& (value.stripTrailingZeros().scale() > 0 || value.compareTo(MAX_COUNT) > 0)) {
			problems.add(FieldProblem.of("value", "targets.error.value.count", value.toPlainString()));
		}
		LocalDate baseline = (input.baselineDate() != null) ? input.baselineDate() : defaultBaseline;
		boolean datesInRange = true;
		if (baseline.isBefore(EARLIEST) || baseline.isAfter(LATEST)) {
			problems.add(FieldProblem.of("baselineDate", "targets.error.date.range",
					label("targets.field.baselineDate"), EARLIEST, LATEST));
			datesInRange = false;
		}
		LocalDate deadline = input.deadline();
		if (deadline == null) {
			problems.add(FieldProblem.of("deadline", "targets.error.deadline.required"));
		}
		else if (deadline.isBefore(EARLIEST) || deadline.isAfter(LATEST)) {
			problems.add(FieldProblem.of("deadline", "targets.error.date.range", label("targets.field.deadline"),
					EARLIEST, LATEST));
		}
		else if (!deadline.isAfter(baseline)) {
			problems.add(FieldProblem.of("deadline", "targets.error.deadline.notAfterBaseline", baseline));
		}
		if (unit != null && datesInRange && !existed(unit.id(), baseline)) {
			problems.add(FieldProblem.of("baselineDate", "targets.error.baseline.unitMissing", unit.name(), baseline));
		}
		String number = text(input.resolutionNumber());
		if (number == null) {
			problems.add(FieldProblem.of("resolutionNumber", "targets.error.resolutionNumber.required"));
		}
		else if (number.length() > NUMBER_LENGTH) {
			problems.add(FieldProblem.of("resolutionNumber", "targets.error.tooLong",
					label("targets.field.resolutionNumber"), NUMBER_LENGTH));
		}
		LocalDate resolutionDate = input.resolutionDate();
		if (resolutionDate == null) {
			problems.add(FieldProblem.of("resolutionDate", "targets.error.resolutionDate.required"));
		}
		else if (resolutionDate.isBefore(EARLIEST) || resolutionDate.isAfter(LATEST)) {
			problems.add(FieldProblem.of("resolutionDate", "targets.error.date.range",
					label("targets.field.resolutionDate"), EARLIEST, LATEST));
		}
		String body = text(input.resolutionBody());
		if (body == null) {
			problems.add(FieldProblem.of("resolutionBody", "targets.error.resolutionBody.required"));
		}
		else if (body.length() > BODY_LENGTH) {
			problems.add(FieldProblem.of("resolutionBody", "targets.error.tooLong",
					label("targets.field.resolutionBody"), BODY_LENGTH));
		}
		String note = text(input.note());
		if (note != null && note.length() > NOTE_LENGTH) {
			problems.add(FieldProblem.of("note", "targets.error.tooLong", label("targets.field.note"), NOTE_LENGTH));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Checked(Objects.requireNonNull(unit),
				new TargetStore.Checked(Objects.requireNonNull(indicatorId), unit.id(),
						Objects.requireNonNull(input.comparison()), Objects.requireNonNull(value), baseline,
						Objects.requireNonNull(deadline), Objects.requireNonNull(number),
						Objects.requireNonNull(resolutionDate), Objects.requireNonNull(body), note));
	}

	/** Whether the unit existed on the day (so that the baseline can be measured). */
	private boolean existed(long unitId, LocalDate day) {
		try {
			this.orgUnits.get(unitId, day);
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
		catch (OutOfScopeException ex) {
			// outside the user's scope then (their unit did not exist yet): not the
			// input's
			// fault
			return true;
		}
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

	private boolean share(Target target) {
		return this.indicators.find(target.indicatorId()).map(Indicator::share).orElse(false);
	}

	/** The field's name as the form shows it, for messages shared by several fields. */
	private static DefaultMessageSourceResolvable label(String key) {
		return new DefaultMessageSourceResolvable(new String[] { key }, key);
	}

	private static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String shorten(String value) {
		return (value.length() > 60) ? value.substring(0, 60) + "…" : value;
	}

	private record Checked(OrgUnitView unit, TargetStore.Checked values) {
	}

	private record Where(long unitId, LocalDate day) {
	}

	private record Request(long unitId, LocalDate day, String indicatorId) {
	}

}
