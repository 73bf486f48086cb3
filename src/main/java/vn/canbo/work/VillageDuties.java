package vn.canbo.work;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.orgunits.OrgLevel;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.Role;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.DomainException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;

/**
 * Village duty (phân công ủy viên phụ trách thôn, bản, tổ dân phố): a commune's leader or
 * organisation officer puts a committee member in charge of a village and ends it; each
 * month a leader creates one task per duty in charge that month, which the leader (its
 * assigner) scores like any task and which counts in the member's monthly evaluation.
 */
@Service
@Transactional(readOnly = true)
public class VillageDuties {

	/** The entity type of village duties in the audit trail. */
	public static final String AUDIT_TYPE = "VillageDuty";

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	/**
	 * First words of village names that already say what the place is; other names are
	 * called "thôn" in task titles.
	 */
	private static final Set<String> SETTLEMENTS = Set.of("thôn", "bản", "tổ", "xóm", "ấp", "buôn", "làng", "khối",
			"khóm", "khu", "phum", "sóc", "plei", "đội");

	private final VillageDutyStore store;

	private final TaskStore tasks;

	private final WorkAccess access;

	private final OrgUnits orgUnits;

	private final ApplicationEventPublisher events;

	VillageDuties(VillageDutyStore store, TaskStore tasks, WorkAccess access, OrgUnits orgUnits,
			ApplicationEventPublisher events) {
		this.store = store;
		this.tasks = tasks;
		this.access = access;
		this.orgUnits = orgUnits;
		this.events = events;
	}

	public LocalDate today() {
		return this.access.today();
	}

	/**
	 * The commune's duties, those in charge today first, for the readers of its scope.
	 */
	public List<VillageDuty> duties(long communeId) {
		if (!this.access.readsScope()) {
			throw new OutOfScopeException("work.error.ownOnly");
		}
		commune(communeId);
		return this.store.list(communeId, today());
	}

	/** One duty, for the readers of its commune's scope. */
	public VillageDuty duty(long dutyId) {
		VillageDuty duty = this.store.find(dutyId)
			.orElseThrow(() -> new NotFoundException("plans.error.village.notFound", dutyId));
		if (!this.access.readsScope()) {
			throw new OutOfScopeException("work.error.ownOnly");
		}
		this.access.agency(duty.communeId());
		return duty;
	}

	/** The commune the page opens on: the user's scope when it is a commune. */
	public @Nullable Long defaultCommune() {
		Long unit = this.access.user().scopeUnitId();
		if (unit == null) {
			return null;
		}
		return (this.orgUnits.current(unit).level() == OrgLevel.COMMUNE) ? unit : null;
	}

	/** The people of the commune a duty may be given to. */
	public List<Tasks.Assignee> members(long communeId) {
		requireAssigner(communeId);
		return this.store.members(this.orgUnits.subtree(communeId, today()))
			.stream()
			.map((member) -> new Tasks.Assignee(member.id(), member.fullName()))
			.toList();
	}

	/** Whether the user assigns and ends the commune's duties. */
	public boolean mayAssign(long communeId) {
		return assigns() && this.access.covers(communeId);
	}

	/** Whether the user creates (and so scores) the commune's village tasks. */
	public boolean mayCreateTasks(long communeId) {
		return this.access.mayManage(communeId);
	}

	/** The commune's label, when it lies in the user's scope. */
	public String unitLabel(long unitId) {
		return this.orgUnits.label(this.access.agency(unitId));
	}

	/** Puts a person of the commune in charge of a village. */
	@Transactional
	public VillageDuty assign(long communeId, NewVillageDuty duty) {
		requireAssigner(communeId);
		List<FieldProblem> problems = new ArrayList<>();
		TaskStore.Owner person = null;
		if (duty.personId() == null) {
			problems.add(FieldProblem.of("personId", "plans.error.village.person.required"));
		}
		else {
			person = this.tasks.person(duty.personId()).orElse(null);
			if (person == null || !this.orgUnits.isWithin(communeId, person.agencyId(), today())) {
				problems.add(FieldProblem.of("personId", "plans.error.village.person.outside"));
			}
		}
		String village = Tasks.text(duty.village());
		if (village == null) {
			problems.add(FieldProblem.of("village", "plans.error.village.required"));
		}
		else if (village.length() > 200) {
			problems.add(FieldProblem.of("village", "plans.error.village.long", 200));
		}
		if (duty.validFrom() == null) {
			problems.add(FieldProblem.of("validFrom", "plans.error.village.validFrom.required"));
		}
		if (problems.isEmpty() && this.store.takenFrom(communeId, Objects.requireNonNull(village),
				Objects.requireNonNull(duty.validFrom()))) {
			problems.add(FieldProblem.of("village", "plans.error.village.taken", village));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		long id = this.store.insert(communeId, Objects.requireNonNull(village), Objects.requireNonNull(person).id(),
				Objects.requireNonNull(duty.validFrom()), this.access.user().username());
		VillageDuty created = this.store.find(id).orElseThrow();
		audit(created, null);
		return created;
	}

	/** Ends a duty: validTo is the first day the member is no longer in charge. */
	@Transactional
	public VillageDuty end(long dutyId, @Nullable LocalDate validTo) {
		VillageDuty duty = duty(dutyId);
		requireAssigner(duty.communeId());
		if (duty.validTo() != null) {
			throw new DomainException("plans.error.village.ended", duty.validTo());
		}
		if (validTo == null) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("validTo", "plans.error.village.validTo.required")));
		}
		if (!validTo.isAfter(duty.validFrom())) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("validTo", "plans.error.village.validTo.beforeStart", duty.validFrom())));
		}
		if (this.store.end(dutyId, validTo) == 0) {
			throw new DomainException("plans.error.village.ended", validTo);
		}
		VillageDuty ended = this.store.find(dutyId).orElseThrow();
		audit(ended, duty);
		return ended;
	}

	/**
	 * Creates the month's task of every duty of the commune in charge that month, once: a
	 * second run creates only those still missing. Refused when the commune's month is
	 * closed; a member whose own agency has closed the month is skipped and counted. The
	 * user becomes the tasks' assigner and so their scorer.
	 */
	@Transactional
	public Created createMonthTasks(long communeId, LocalDate month) {
		LocalDate first = month.withDayOfMonth(1);
		commune(communeId);
		this.access.requireManage(communeId);
		if (this.tasks.monthClosed(communeId, first)) {
			throw new DomainException("work.error.monthClosed", first.getMonthValue(), first.getYear());
		}
		CurrentUser user = this.access.user();
		LocalDate due = first.plusMonths(1).minusDays(1);
		int created = 0;
		int existing = 0;
		int locked = 0;
		for (VillageDutyStore.Active duty : this.store.activeIn(communeId, first)) {
			if (this.store.hasTask(duty.id(), first)) {
				existing++;
			}
			else if (this.tasks.monthClosed(duty.agencyId(), first)) {
				locked++;
			}
			else {
				long id = this.tasks.insert(duty.agencyId(), first, "VILLAGE", title(duty.village(), first), null,
						duty.personId(), List.of(), user.username(), user.personId(), null, duty.id(), due,
						BigDecimal.ONE, user.username());
				auditTask(this.tasks.find(id).orElseThrow(), duty.id());
				created++;
			}
		}
		return new Created(created, existing, locked);
	}

	/** "Phụ trách thôn Nà Sản tháng 03/2026"; "Phụ trách Bản Phăng tháng 03/2026". */
	static String title(String village, LocalDate month) {
		String firstWord = village.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
		String place = SETTLEMENTS.contains(firstWord) ? village : "thôn " + village;
		return "Phụ trách " + place + " tháng " + month.format(MONTH);
	}

	private OrgUnitView commune(long communeId) {
		OrgUnitView unit = this.access.agency(communeId);
		if (unit.level() != OrgLevel.COMMUNE) {
			throw new DomainException("plans.error.village.notCommune", unit.name());
		}
		return unit;
	}

	private boolean assigns() {
		return this.access.user().hasAny(Role.ADMIN, Role.LEADER, Role.ORG_OFFICER);
	}

	private void requireAssigner(long communeId) {
		if (!assigns()) {
			this.access.agency(communeId);
			throw new OutOfScopeException("plans.error.village.notAssigner");
		}
		commune(communeId);
	}

	private void audit(VillageDuty duty, @Nullable VillageDuty before) {
		OrgUnitView commune = this.orgUnits.current(duty.communeId());
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(duty.id()),
				(before == null) ? DataChanged.Action.CREATE : DataChanged.Action.UPDATE,
				(before != null) ? snapshot(before) : null, snapshot(duty), commune.path()));
	}

	private static Map<String, @Nullable Object> snapshot(VillageDuty duty) {
		Map<String, @Nullable Object> state = new LinkedHashMap<>();
		state.put("village", duty.village());
		state.put("personId", duty.personId());
		state.put("validFrom", duty.validFrom().toString());
		state.put("validTo", (duty.validTo() != null) ? duty.validTo().toString() : null);
		return state;
	}

	private void auditTask(TaskView task, long dutyId) {
		Map<String, @Nullable Object> state = new LinkedHashMap<>();
		state.put("kind", task.kind());
		state.put("title", task.title());
		state.put("ownerId", task.ownerId());
		state.put("assignedBy", task.assignedBy());
		state.put("villageDutyId", dutyId);
		state.put("month", task.month().toString());
		state.put("dueOn", task.dueOn().toString());
		state.put("weight", task.weight());
		OrgUnitView agency = this.orgUnits.current(task.agencyId());
		this.events.publishEvent(new DataChanged(Tasks.AUDIT_TYPE, String.valueOf(task.id()), DataChanged.Action.CREATE,
				null, state, agency.path()));
	}

	/**
	 * What a run of "create this month's village tasks" did.
	 *
	 * @param created tasks created
	 * @param existing duties whose task of the month already existed
	 * @param locked duties skipped because the member's agency has closed the month
	 */
	public record Created(int created, int existing, int locked) {
	}

}
