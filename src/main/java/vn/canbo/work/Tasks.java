package vn.canbo.work;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.DomainException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.shared.VietnameseText;
import vn.canbo.shared.PageResult;

/**
 * Tasks with one owner (một việc một đầu mối): leaders assign them in their scope, a
 * person drafts their own for the monthly plan, owners and collaborators report progress
 * with evidence, and whoever assigned a task scores it (or a leader whose scope holds
 * it), never its owner. A task of a closed month is locked. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class Tasks {

	/** The longest page of tasks a caller may ask for. */
	public static final int MAX_PAGE_SIZE = 500;

	/** The entity type of tasks in the audit trail. */
	public static final String AUDIT_TYPE = "WorkTask";

	private static final int MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

	private final TaskStore store;

	private final WorkAccess access;

	private final OrgUnits orgUnits;

	private final ApplicationEventPublisher events;

	private final WorkNotices notices;

	private final SchemeResolver schemes;

	Tasks(TaskStore store, WorkAccess access, OrgUnits orgUnits, ApplicationEventPublisher events, WorkNotices notices,
			SchemeResolver schemes) {
		this.schemes = schemes;
		this.store = store;
		this.access = access;
		this.orgUnits = orgUnits;
		this.events = events;
		this.notices = notices;
	}

	public LocalDate today() {
		return this.access.today();
	}

	/** Assigns a task, or drafts one of the user's own for their monthly plan. */
	@Transactional
	public TaskView assign(NewTask command) {
		return assign(command, List.of());
	}

	/**
	 * Assigns a task; a form passes the fields it could not read, so that the answer
	 * names every bad field at once.
	 */
	@Transactional
	public TaskView assign(NewTask command, List<FieldProblem> unreadable) {
		CurrentUser user = this.access.user();
		List<FieldProblem> problems = new ArrayList<>(unreadable);
		TaskStore.Owner owner = null;
		if (command.ownerId() == null) {
			problems.add(FieldProblem.of("ownerId", "work.error.owner.required"));
		}
		else {
			owner = this.store.person(command.ownerId()).orElse(null);
			if (owner == null) {
				problems.add(FieldProblem.of("ownerId", "work.error.owner.unknown", command.ownerId()));
			}
		}
		String title = text(command.title());
		if (title == null) {
			problems.add(FieldProblem.of("title", "work.error.title.required"));
		}
		else if (title.length() > 500) {
			problems.add(FieldProblem.of("title", "work.error.title.long", 500));
		}
		if (command.dueOn() == null) {
			problems.add(FieldProblem.of("dueOn", "work.error.dueOn.required"));
		}
		BigDecimal weight = (command.weight() != null) ? command.weight() : BigDecimal.ONE;
		if (weight.signum() <= 0 || weight.compareTo(BigDecimal.valueOf(1000)) >= 0) {
			problems.add(FieldProblem.of("weight", "work.error.weight.range"));
		}
		List<Long> collaborators = (command.collaboratorIds() != null) ? command.collaboratorIds()
			.stream()
			.filter(Objects::nonNull)
			.distinct()
			.filter((id) -> !id.equals(command.ownerId()))
			.toList() : List.of();
		if (this.store.people(collaborators).size() != collaborators.size()) {
			problems.add(FieldProblem.of("collaboratorIds", "work.error.collaborators.unknown"));
		}
		if (command.parentTaskId() != null && !mayRead(command.parentTaskId())) {
			problems.add(FieldProblem.of("parentTaskId", "work.error.parent.unknown", command.parentTaskId()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		TaskStore.Owner own = Objects.requireNonNull(owner);
		boolean drafting = user.isPerson(own.id());
		if (!drafting) {
			this.access.requireManage(own.agencyId());
		}
		LocalDate dueOn = Objects.requireNonNull(command.dueOn());
		LocalDate month = ((command.month() != null) ? command.month() : dueOn).withDayOfMonth(1);
		requireOpen(own.agencyId(), month);
		long id = this.store.insert(own.agencyId(), month, "TASK", Objects.requireNonNull(title),
				text(command.description()), own.id(), collaborators, user.username(), user.personId(),
				command.parentTaskId(), null, dueOn, weight, user.username());
		TaskView task = this.store.find(id).orElseThrow();
		audit(task, DataChanged.Action.CREATE, null);
		if (!drafting) {
			this.notices.assigned(task, user.username());
		}
		return task;
	}

	/** One task, for its owner, collaborators, assigner and the readers of its scope. */
	public TaskView get(long id) {
		TaskView task = find(id);
		requireRead(task);
		return task;
	}

	/**
	 * The tasks derived from this one (giao tiếp xuống cấp dưới) that the user may read.
	 */
	public List<TaskView> derived(long taskId) {
		return this.store.children(taskId, this.orgUnits.visibleSubtree(this.access.today()));
	}

	private boolean mayRead(long taskId) {
		TaskView task = this.store.find(taskId).orElse(null);
		if (task == null) {
			return false;
		}
		return involved(task, this.access.user()) || this.access.mayRead(task.ownerId(), task.agencyId());
	}

	/** One page of the user's own tasks of the month (owned or helped with). */
	public PageResult<TaskView> mine(LocalDate month, int page, int size) {
		Long person = this.access.user().personId();
		if (person == null) {
			return new PageResult<>(List.of(), 0, PageResult.page(page), PageResult.size(size, MAX_PAGE_SIZE));
		}
		return this.store.list(month.withDayOfMonth(1), person, null, null, PageResult.page(page),
				PageResult.size(size, MAX_PAGE_SIZE));
	}

	/** One page of the tasks the user assigned for the month. */
	public PageResult<TaskView> assignedByMe(LocalDate month, int page, int size) {
		return this.store.list(month.withDayOfMonth(1), null, this.access.user().username(),
				this.orgUnits.visibleSubtree(this.access.today()), PageResult.page(page),
				PageResult.size(size, MAX_PAGE_SIZE));
	}

	/**
	 * One page of the tasks of a unit's subtree for the month, for the readers of the
	 * scope.
	 */
	public PageResult<TaskView> inUnit(long unitId, LocalDate month, int page, int size) {
		if (!this.access.readsScope()) {
			throw new OutOfScopeException("work.error.ownOnly");
		}
		return this.store.list(month.withDayOfMonth(1), null, null, this.orgUnits.subtree(unitId, this.access.today()),
				PageResult.page(page), PageResult.size(size, MAX_PAGE_SIZE));
	}

	/** The people of an agency a manager may assign tasks to. */
	public List<Assignee> assignees(long agencyId) {
		this.access.requireManage(agencyId);
		return this.store.peopleOf(agencyId)
			.stream()
			.map((owner) -> new Assignee(owner.id(), owner.fullName()))
			.toList();
	}

	/** Whether the user assigns tasks in the unit's subtree. */
	public boolean mayAssignWithin(long unitId) {
		return this.access.mayManage(unitId);
	}

	/**
	 * The people of a unit's subtree a manager may assign tasks to whose name matches the
	 * text (with or without marks), at most 20: the person chooser of the task forms.
	 */
	public List<Assignee> searchAssignees(long unitId, String text) {
		if (!this.access.mayManage(unitId)) {
			throw new OutOfScopeException("error.forbidden");
		}
		String key = VietnameseText.searchKey(text).replaceAll("\\p{Cntrl}", "");
		if (key.isBlank() || key.length() > 100) {
			return List.of();
		}
		return this.store.searchWithin(this.orgUnits.subtree(unitId, this.access.today()), key, 20)
			.stream()
			.map((owner) -> new Assignee(owner.id(), owner.fullName()))
			.toList();
	}

	/**
	 * The named people among those a manager may assign in the unit (a form's choices,
	 * shown again).
	 */
	public List<Assignee> assigneesNamed(long unitId, List<Long> ids) {
		if (ids.isEmpty() || !this.access.mayManage(unitId)) {
			return List.of();
		}
		return this.store.peopleWithin(this.orgUnits.subtree(unitId, this.access.today()), ids)
			.stream()
			.map((owner) -> new Assignee(owner.id(), owner.fullName()))
			.toList();
	}

	/** The names of the task's collaborators (a task one may read names them). */
	public List<String> collaboratorNames(TaskView task) {
		return task.collaboratorIds()
			.stream()
			.map((id) -> this.store.person(id).map(TaskStore.Owner::fullName).orElse(""))
			.filter((name) -> !name.isEmpty())
			.toList();
	}

	/**
	 * What the task counts for in its month and the units it lost on each criterion, on
	 * the scheme in force for its agency.
	 */
	public PersonMonth.TaskLine losses(TaskView task) {
		return PersonMonth.TaskLine.of(task, this.schemes.scheme(task.agencyId(), task.month()));
	}

	/**
	 * Whether the user may report progress: owner, collaborator or assigner, month open.
	 */
	public boolean mayReport(TaskView task) {
		return !task.monthClosed() && task.status() == TaskStatus.OPEN && involved(task, this.access.user());
	}

	/** Reports progress: the owner, a collaborator or the assigner. */
	@Transactional
	public TaskView report(long id, long version, ProgressReport report) {
		TaskView task = find(id);
		CurrentUser user = this.access.user();
		if (!involved(task, user)) {
			requireRead(task);
			throw new OutOfScopeException("work.error.notInvolved");
		}
		requireOpen(task);
		List<FieldProblem> problems = new ArrayList<>();
		int progress = (report.progress() != null) ? report.progress() : (report.done() ? 100 : -1);
		if (progress < 0 || progress > 100) {
			problems.add(FieldProblem.of("progress", "work.error.progress.range"));
		}
		String note = text(report.note());
		if (note == null) {
			problems.add(FieldProblem.of("note", "work.error.note.required"));
		}
		byte[] content = report.content();
		if (content != null && content.length > MAX_EVIDENCE_BYTES) {
			problems.add(FieldProblem.of("file", "work.error.file.tooLarge", MAX_EVIDENCE_BYTES / (1024 * 1024)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		boolean done = report.done() || progress == 100;
		LocalDate completedOn = (report.completedOn() != null) ? report.completedOn() : this.access.today();
		if (this.store.progress(id, version, done ? 100 : progress, done, completedOn) == 0) {
			throw new ConcurrentEditException();
		}
		boolean withFile = content != null && content.length > 0;
		this.store.addUpdate(id, user.username(), done ? 100 : progress, Objects.requireNonNull(note),
				withFile ? text(report.fileName()) : null, withFile ? report.contentType() : null,
				withFile ? content : null);
		TaskView after = find(id);
		audit(after, DataChanged.Action.UPDATE, task);
		if (done && task.status() != TaskStatus.DONE) {
			this.notices.done(after, user.username());
		}
		return after;
	}

	/**
	 * Whether the user may score the task: its assigner or a leader of its scope, never
	 * its owner.
	 */
	public boolean canScore(TaskView task) {
		CurrentUser user = this.access.user();
		if (user.isPerson(task.ownerId()) || task.monthClosed()) {
			return false;
		}
		return user.username().equals(task.assignedBy()) || this.access.mayManage(task.agencyId());
	}

	/** Scores a task on quantity, quality and timeliness. */
	@Transactional
	public TaskView score(long id, TaskScoring scoring) {
		TaskView task = find(id);
		requireRead(task);
		if (!canScore(task)) {
			requireOpen(task);
			throw new OutOfScopeException("work.error.notScorer");
		}
		List<FieldProblem> problems = new ArrayList<>();
		BigDecimal units = scoring.completedUnits();
		if (units == null) {
			problems.add(FieldProblem.of("completedUnits", "work.error.units.required"));
		}
		else if (units.signum() < 0 || units.compareTo(task.weight()) > 0) {
			problems.add(FieldProblem.of("completedUnits", "work.error.units.range", task.weight()));
		}
		int errors = count(scoring.majorErrors(), "majorErrors", problems);
		int excusedErrors = count(scoring.excusedErrors(), "excusedErrors", problems);
		int delays = count(scoring.delays(), "delays", problems);
		int excusedDelays = count(scoring.excusedDelays(), "excusedDelays", problems);
		if (excusedErrors > errors) {
			problems.add(FieldProblem.of("excusedErrors", "work.error.excused.more"));
		}
		if (excusedDelays > delays) {
			problems.add(FieldProblem.of("excusedDelays", "work.error.excused.more"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		TaskScoring checked = new TaskScoring(scoring.version(), units, errors, excusedErrors, delays, excusedDelays,
				text(scoring.note()));
		if (this.store.score(id, scoring.version(), checked, this.access.user().username()) == 0) {
			throw new ConcurrentEditException();
		}
		TaskView after = find(id);
		audit(after, DataChanged.Action.UPDATE, task);
		return after;
	}

	/** Cancels a task: its assigner or a leader of its scope. */
	@Transactional
	public TaskView cancel(long id, long version) {
		TaskView task = find(id);
		requireRead(task);
		if (!this.access.user().username().equals(task.assignedBy())) {
			this.access.requireManage(task.agencyId());
		}
		requireOpen(task);
		if (this.store.cancel(id, version) == 0) {
			throw new ConcurrentEditException();
		}
		TaskView after = find(id);
		audit(after, DataChanged.Action.UPDATE, task);
		return after;
	}

	/** An evidence file of a progress report. */
	public TaskEvidence evidence(long taskId, long updateId) {
		get(taskId);
		return this.store.evidence(taskId, updateId)
			.orElseThrow(() -> new NotFoundException("work.error.evidenceNotFound", updateId));
	}

	private TaskView find(long id) {
		return this.store.find(id).orElseThrow(() -> new NotFoundException("work.error.taskNotFound", id));
	}

	private void requireRead(TaskView task) {
		if (!involved(task, this.access.user())) {
			this.access.requireRead(task.ownerId(), task.agencyId());
		}
	}

	/** Its owner, a collaborator or its assigner. */
	private static boolean involved(TaskView task, CurrentUser user) {
		return user.isPerson(task.ownerId())
				|| (user.personId() != null && task.collaboratorIds().contains(user.personId()))
				|| user.username().equals(task.assignedBy());
	}

	private void requireOpen(TaskView task) {
		if (task.monthClosed()) {
			throw new DomainException("work.error.monthClosed", task.month().getMonthValue(), task.month().getYear());
		}
	}

	private void requireOpen(long agencyId, LocalDate month) {
		if (this.store.monthClosed(agencyId, month)) {
			throw new DomainException("work.error.monthClosed", month.getMonthValue(), month.getYear());
		}
	}

	private static int count(@Nullable Integer value, String field, List<FieldProblem> problems) {
		if (value == null) {
			return 0;
		}
		if (value < 0 || value > 100) {
			problems.add(FieldProblem.of(field, "work.error.count.range"));
			return 0;
		}
		return value;
	}

	private void audit(TaskView task, DataChanged.Action action, @Nullable TaskView before) {
		OrgUnitView agency = this.orgUnits.current(task.agencyId());
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(task.id()), action,
				(before != null) ? snapshot(before) : null, snapshot(task), agency.path()));
	}

	private static Map<String, @Nullable Object> snapshot(TaskView task) {
		Map<String, @Nullable Object> state = new LinkedHashMap<>();
		state.put("title", task.title());
		state.put("ownerId", task.ownerId());
		state.put("assignedBy", task.assignedBy());
		state.put("month", task.month().toString());
		state.put("dueOn", task.dueOn().toString());
		state.put("weight", task.weight());
		state.put("status", task.status().name());
		state.put("progress", task.progress());
		state.put("completedOn", (task.completedOn() != null) ? task.completedOn().toString() : null);
		state.put("completedUnits", task.completedUnits());
		state.put("majorErrors", task.majorErrors());
		state.put("excusedErrors", task.excusedErrors());
		state.put("delays", task.delays());
		state.put("excusedDelays", task.excusedDelays());
		return state;
	}

	static @Nullable String text(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return value.strip();
	}

	/**
	 * Someone a task may be assigned to.
	 *
	 * @param id their record
	 * @param fullName their name
	 */
	public record Assignee(long id, String fullName) {
	}

}
