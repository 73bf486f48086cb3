package vn.canbo.work;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.notifications.NotificationKind;
import vn.canbo.notifications.Notifications;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.Subtree;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.DomainException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.shared.PageResult;

/**
 * Monthly plans (kế hoạch công tác tháng): a person drafts their month by adding their
 * own tasks to those assigned to them, submits it, and a leader of the agency's scope
 * approves it (becoming the assigner, and so the scorer, of the tasks the person drafted)
 * or returns it with a note. Locked when the month is closed; audited; the leaders over
 * the agency and the person are notified in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class MonthlyPlans {

	/** The longest page of the plan board a caller may ask for. */
	public static final int MAX_PAGE_SIZE = 500;

	/** The entity type of monthly plans in the audit trail. */
	public static final String AUDIT_TYPE = "MonthlyPlan";

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	private final PlanStore plans;

	private final TaskStore tasks;

	private final Tasks taskFacade;

	private final WorkAccess access;

	private final OrgUnits orgUnits;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MonthlyPlans(PlanStore plans, TaskStore tasks, Tasks taskFacade, WorkAccess access, OrgUnits orgUnits,
			Notifications notifications, ApplicationEventPublisher events, Clock clock) {
		this.plans = plans;
		this.tasks = tasks;
		this.taskFacade = taskFacade;
		this.access = access;
		this.orgUnits = orgUnits;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
	}

	public LocalDate today() {
		return this.access.today();
	}

	/** The signed-in user's personnel record, when their account is linked to one. */
	public @Nullable Long myPersonId() {
		return this.access.user().personId();
	}

	/** A person's plan: their own, or one in the scope of a reading role. */
	public MonthlyPlan plan(long personId, LocalDate month) {
		LocalDate first = month.withDayOfMonth(1);
		TaskStore.Owner person = person(personId);
		this.access.requireRead(personId, person.agencyId());
		PlanStore.Row row = this.plans.find(personId, first).orElse(null);
		long agencyId = (row != null) ? row.agencyId() : person.agencyId();
		Set<Long> drafted = new HashSet<>(this.plans.drafted(personId, first));
		List<MonthlyPlan.Line> lines = this.tasks.ownedIn(personId, first)
			.stream()
			.map((task) -> new MonthlyPlan.Line(task, drafted.contains(task.id())))
			.toList();
		boolean closed = this.tasks.monthClosed(agencyId, first);
		boolean own = this.access.user().isPerson(personId);
		PlanStatus status = (row != null) ? row.status() : PlanStatus.DRAFT;
		boolean mayDecide = !own && !closed && status == PlanStatus.SUBMITTED && this.access.mayManage(agencyId);
		OrgUnitView agency = this.orgUnits.current(agencyId);
		if (row == null) {
			return new MonthlyPlan(personId, person.fullName(), agencyId, agency.name(), first, false, 0, status, null,
					null, null, null, null, lines, closed, own, mayDecide);
		}
		return new MonthlyPlan(personId, person.fullName(), agencyId, agency.name(), first, true, row.version(), status,
				row.note(), row.submittedAt(), row.decidedBy(), row.decidedAt(), row.decisionNote(), lines, closed, own,
				mayDecide);
	}

	/**
	 * Adds a task of the person's own to their draft (or returned) plan, creating the
	 * plan on the first one. The task's month is the plan's; its deadline may not lie
	 * before it.
	 */
	@Transactional
	public MonthlyPlan addTask(long personId, LocalDate month, @Nullable String title, @Nullable String description,
			@Nullable LocalDate dueOn, @Nullable BigDecimal weight) {
		LocalDate first = month.withDayOfMonth(1);
		TaskStore.Owner person = requireOwn(personId);
		requireOpen(person.agencyId(), first);
		PlanStore.Row before = this.plans.find(personId, first).orElse(null);
		this.plans.ensure(personId, person.agencyId(), first);
		if (this.plans.touch(personId, first) == 0) {
			throw new DomainException("plans.error.notEditable");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (dueOn != null && dueOn.isBefore(first)) {
			problems.add(FieldProblem.of("dueOn", "plans.error.dueOn.beforeMonth", first.format(MONTH)));
		}
		try {
			this.taskFacade.assign(new NewTask(personId, List.of(), title, description, dueOn, weight, first, null));
		}
		catch (InvalidInputException ex) {
			problems.addAll(ex.problems());
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (before == null) {
			audit(personId, first, null);
		}
		return plan(personId, first);
	}

	/** The person submits their plan for approval: from draft or returned. */
	@Transactional
	public MonthlyPlan submit(long personId, LocalDate month, long version, @Nullable String note) {
		LocalDate first = month.withDayOfMonth(1);
		TaskStore.Owner person = requireOwn(personId);
		PlanStore.Row before = this.plans.find(personId, first).orElse(null);
		long agencyId = (before != null) ? before.agencyId() : person.agencyId();
		requireOpen(agencyId, first);
		String text = Tasks.text(note);
		if (text != null && text.length() > 2000) {
			throw new InvalidInputException(List.of(FieldProblem.of("note", "plans.error.note.long", 2000)));
		}
		if (before != null && before.version() != version) {
			throw new ConcurrentEditException();
		}
		if (before != null && !before.status().editable()) {
			throw new DomainException("plans.error.notEditable");
		}
		if (this.tasks.ownedIn(personId, first).isEmpty()) {
			throw new DomainException("plans.error.empty");
		}
		this.plans.ensure(personId, agencyId, first);
		if (this.plans.submit(personId, first, version, text, this.clock.instant()) == 0) {
			throw new ConcurrentEditException();
		}
		audit(personId, first, before);
		CurrentUser user = this.access.user();
		List<String> leaders = new ArrayList<>(this.notifications.leadersOver(agencyId, today()));
		leaders.remove(user.username());
		this.notifications.send(leaders, NotificationKind.PLAN_TO_APPROVE, "plans.notify.submitted",
				List.of(person.fullName(), first.format(MONTH)), "/work/plans/persons/" + personId + "?month=" + first,
				null);
		return plan(personId, first);
	}

	/**
	 * A leader of the agency's scope approves a submitted plan (never their own): the
	 * tasks the person drafted become tasks the approver assigned, so the approver scores
	 * them.
	 */
	@Transactional
	public MonthlyPlan approve(long personId, LocalDate month, long version, @Nullable String note) {
		LocalDate first = month.withDayOfMonth(1);
		String text = Tasks.text(note);
		List<FieldProblem> problems = new ArrayList<>();
		checkNote(text, problems);
		PlanStore.Row before = requireDecidable(personId, first, version, problems);
		CurrentUser user = this.access.user();
		List<TaskView> owned = this.tasks.ownedIn(personId, first);
		if (this.plans.decide(personId, first, version, PlanStatus.APPROVED, user.username(), text,
				this.clock.instant()) == 0) {
			throw new ConcurrentEditException();
		}
		for (String drafter : this.plans.drafters(personId, first)) {
			this.tasks.adoptDrafted(personId, first, drafter, user.username(), user.personId());
		}
		auditAdopted(owned, before.agencyId());
		audit(personId, first, before);
		tellPerson(personId, first, "plans.notify.approved", (text != null) ? text : "");
		return plan(personId, first);
	}

	/** A leader of the agency's scope returns a submitted plan with a required note. */
	@Transactional
	public MonthlyPlan returnPlan(long personId, LocalDate month, long version, @Nullable String note) {
		LocalDate first = month.withDayOfMonth(1);
		String text = Tasks.text(note);
		List<FieldProblem> problems = new ArrayList<>();
		if (text == null) {
			problems.add(FieldProblem.of("note", "plans.error.returnNote.required"));
		}
		checkNote(text, problems);
		PlanStore.Row before = requireDecidable(personId, first, version, problems);
		if (this.plans.decide(personId, first, version, PlanStatus.RETURNED, this.access.user().username(), text,
				this.clock.instant()) == 0) {
			throw new ConcurrentEditException();
		}
		audit(personId, first, before);
		tellPerson(personId, first, "plans.notify.returned", Objects.requireNonNull(text));
		return plan(personId, first);
	}

	/**
	 * One page of the plans of the people of a unit's subtree for the month, with the
	 * counts per status over the whole subtree, for the readers of the scope; optionally
	 * only those at one status (DRAFT includes plans not started).
	 */
	public PlanBoard board(long unitId, LocalDate month, @Nullable PlanStatus status, int page, int size) {
		LocalDate first = month.withDayOfMonth(1);
		if (!this.access.readsScope()) {
			throw new OutOfScopeException("work.error.ownOnly");
		}
		OrgUnitView unit = this.access.agency(unitId);
		Subtree within = this.orgUnits.subtree(unitId, today());
		return new PlanBoard(unitId, unit.name(), first,
				this.plans.board(within, first, status, PageResult.page(page), PageResult.size(size, MAX_PAGE_SIZE)),
				this.plans.counts(within, first));
	}

	/** Whether the user reads the plans of other people in their scope. */
	public boolean readsUnits() {
		return this.access.readsScope();
	}

	/** The unit the user's board opens on: their scope's root, if bound to one. */
	public @Nullable Long defaultUnit() {
		return this.access.user().scopeUnitId();
	}

	/** The unit's label, when it lies in the user's scope. */
	public String unitLabel(long unitId) {
		return this.orgUnits.label(this.access.agency(unitId));
	}

	private PlanStore.Row requireDecidable(long personId, LocalDate first, long version, List<FieldProblem> problems) {
		TaskStore.Owner person = person(personId);
		this.access.requireRead(personId, person.agencyId());
		if (this.access.user().isPerson(personId)) {
			throw new OutOfScopeException("plans.error.notOwnDecision");
		}
		PlanStore.Row row = this.plans.find(personId, first).orElse(null);
		this.access.requireManage((row != null) ? row.agencyId() : person.agencyId());
		requireOpen((row != null) ? row.agencyId() : person.agencyId(), first);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (row != null && row.version() != version) {
			throw new ConcurrentEditException();
		}
		if (row == null || row.status() != PlanStatus.SUBMITTED) {
			throw new DomainException("plans.error.notSubmitted");
		}
		return row;
	}

	private TaskStore.Owner requireOwn(long personId) {
		TaskStore.Owner person = person(personId);
		if (!this.access.user().isPerson(personId)) {
			this.access.requireRead(personId, person.agencyId());
			throw new OutOfScopeException("plans.error.ownOnly");
		}
		return person;
	}

	private static void checkNote(@Nullable String text, List<FieldProblem> problems) {
		if (text != null && text.length() > 1000) {
			problems.add(FieldProblem.of("note", "plans.error.note.long", 1000));
		}
	}

	private void tellPerson(long personId, LocalDate first, String messageKey, String note) {
		String account = this.notifications.accountsOfPeople(List.of(personId)).get(personId);
		if (account == null) {
			return;
		}
		this.notifications.send(List.of(account), NotificationKind.PLAN_DECIDED, messageKey,
				List.of(first.format(MONTH), this.access.user().displayName(), note), "/work/plans?month=" + first,
				null);
	}

	private void requireOpen(long agencyId, LocalDate month) {
		if (this.tasks.monthClosed(agencyId, month)) {
			throw new DomainException("work.error.monthClosed", month.getMonthValue(), month.getYear());
		}
	}

	private TaskStore.Owner person(long personId) {
		return this.tasks.person(personId)
			.orElseThrow(() -> new NotFoundException("work.error.personNotFound", personId));
	}

	private void audit(long personId, LocalDate month, PlanStore.@Nullable Row before) {
		PlanStore.Row after = this.plans.find(personId, month).orElseThrow();
		OrgUnitView agency = this.orgUnits.current(after.agencyId());
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, personId + "/" + month,
				(before == null) ? DataChanged.Action.CREATE : DataChanged.Action.UPDATE,
				(before != null) ? snapshot(before) : null, snapshot(after), agency.path()));
	}

	private static Map<String, @Nullable Object> snapshot(PlanStore.Row row) {
		Map<String, @Nullable Object> state = new LinkedHashMap<>();
		state.put("status", row.status().name());
		state.put("note", row.note());
		state.put("decidedBy", row.decidedBy());
		state.put("decisionNote", row.decisionNote());
		return state;
	}

	/** The tasks whose assigner changed on approval, each audited as tasks are. */
	private void auditAdopted(List<TaskView> before, long agencyId) {
		String path = this.orgUnits.current(agencyId).path();
		for (TaskView old : before) {
			TaskView now = this.tasks.find(old.id()).orElseThrow();
			if (!now.assignedBy().equals(old.assignedBy())) {
				this.events
					.publishEvent(new DataChanged(Tasks.AUDIT_TYPE, String.valueOf(old.id()), DataChanged.Action.UPDATE,
							Map.of("assignedBy", old.assignedBy()), Map.of("assignedBy", now.assignedBy()), path));
			}
		}
	}

}
