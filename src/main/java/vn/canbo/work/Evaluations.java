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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.SubtreeNode;
import vn.canbo.rules.EvaluationLevel;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.DomainException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.JobMeter;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.shared.PageResult;

/**
 * The monthly evaluation (đánh giá hằng tháng): a person assesses themselves, the leader
 * gives the general criteria (and a leader's extra criteria, automatic cases and leave),
 * the tasks' scores give the task results, and closing the month computes and locks
 * everyone's result; reopening needs a reason and is logged. Audited.
 */
@Service
@Transactional(readOnly = true)
public class Evaluations {

	/** The longest page of the month board a caller may ask for. */
	public static final int MAX_PAGE_SIZE = 500;

	/** The entity type of monthly evaluations in the audit trail. */
	public static final String AUDIT_TYPE = "MonthlyEvaluation";

	/** The entity type of closings and reopenings in the audit trail. */
	public static final String MONTH_AUDIT_TYPE = "WorkMonth";

	/**
	 * Who is on a month's board (over {@code person p} and its
	 * {@code monthly_evaluation e} of the month): people with an evaluation or a task in
	 * the month. The month's indicators count the same people.
	 */
	static final String ON_BOARD = "(e.id is not null or exists (select 1 from work_task t where t.owner_id = p.id and t.month = :month))";

	/**
	 * The same people as {@link #ON_BOARD}, as a derived table {@code b (person_id)} to
	 * start from: a province's month touches a few of its records, and reading the
	 * month's evaluations and tasks first spares reading the others.
	 */
	static final String ON_BOARD_PEOPLE = "(select person_id from monthly_evaluation where month = :month"
			+ " union select owner_id from work_task where month = :month) b";

	private final EvaluationStore store;

	private final TaskStore tasks;

	private final MonthClosing closing;

	private final SchemeResolver schemes;

	private final WorkAccess access;

	private final OrgUnits orgUnits;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final WorkNotices notices;

	private final JobMeter meter;

	Evaluations(EvaluationStore store, TaskStore tasks, MonthClosing closing, SchemeResolver schemes, WorkAccess access,
			OrgUnits orgUnits, JdbcClient jdbc, ApplicationEventPublisher events, WorkNotices notices, JobMeter meter) {
		this.meter = meter;
		this.store = store;
		this.tasks = tasks;
		this.closing = closing;
		this.schemes = schemes;
		this.access = access;
		this.orgUnits = orgUnits;
		this.jdbc = jdbc;
		this.events = events;
		this.notices = notices;
	}

	public LocalDate today() {
		return this.access.today();
	}

	/** A person's month with the reason for every point lost. */
	public PersonMonth month(long personId, LocalDate month) {
		LocalDate first = month.withDayOfMonth(1);
		TaskStore.Owner person = person(personId);
		this.access.requireRead(personId, person.agencyId());
		EvaluationRow row = this.store.find(personId, first).orElse(null);
		long agencyId = (row != null) ? row.agencyId() : person.agencyId();
		ScoringScheme scheme = this.schemes.scheme(agencyId, first);
		List<TaskView> owned = this.tasks.ownedIn(personId, first);
		List<PersonMonth.TaskLine> lines = owned.stream().map((task) -> PersonMonth.TaskLine.of(task, scheme)).toList();
		boolean closed = this.tasks.monthClosed(agencyId, first);
		MonthlyScore score = preview(scheme, owned, row);
		CurrentUser user = this.access.user();
		boolean own = user.isPerson(personId);
		if (!user.mayReadDiscipline(personId)) {
			// A viewer sees the level, not the discipline or conclusion that forced it.
			row = (row != null) ? row.withoutAutomaticCase() : null;
			score = score.withoutAutomaticCase();
		}
		return new PersonMonth(personId, person.fullName(), agencyId, first, lines, row, score, scheme, closed,
				own && !closed, !own && !closed && this.access.mayManage(agencyId));
	}

	private static MonthlyScore preview(ScoringScheme scheme, List<TaskView> owned, @Nullable EvaluationRow row) {
		List<TaskFacts> facts = owned.stream().map(TaskView::facts).toList();
		BigDecimal general = null;
		if (row != null) {
			general = (row.general() != null) ? row.general() : row.selfGeneral();
		}
		LeaderInputs leader = null;
		if (row != null && row.leader() && row.directing() != null && row.organising() != null) {
			leader = new LeaderInputs(row.directing(), row.organising(), BigDecimal.valueOf(100), false);
		}
		MonthlyScore computed = MonthlyScore.of(scheme, facts, general, (row != null) ? row.bonus() : null, leader,
				(row != null) ? row.automaticCase() : null);
		if (row != null && row.closedAt() != null) {
			// The criteria are shown as the tasks give them; the total and level are the
			// ones fixed when the month closed (a leader's unit result is in them).
			return new MonthlyScore(computed.quantity(), computed.quality(), computed.timeliness(), row.directing(),
					null, row.organising(), row.leader() ? null : computed.taskPercent(),
					row.leader() ? null : computed.taskPoints(), general, row.bonus(), row.total(), row.level(),
					row.automaticCase());
		}
		return computed;
	}

	/**
	 * The person's closed months of the year, oldest first: what the annual rating will
	 * roll up, shown before it is.
	 */
	public List<ClosedMonth> closedMonths(long personId, int year) {
		TaskStore.Owner person = person(personId);
		this.access.requireRead(personId, person.agencyId());
		return this.jdbc.sql("""
				select month, total, level, absence from monthly_evaluation
				where person_id = :person and month >= :from and month < :to and closed_at is not null
				order by month""")
			.param("person", personId)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.query((rs, row) -> new ClosedMonth(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2),
					(rs.getString(3) != null) ? EvaluationLevel.valueOf(rs.getString(3)) : null,
					(rs.getString(4) != null) ? Absence.valueOf(rs.getString(4)) : null))
			.list();
	}

	/** The person's own self-assessment of the general criteria. */
	@Transactional
	public PersonMonth assessSelf(long personId, LocalDate month, @Nullable BigDecimal general, @Nullable String note) {
		LocalDate first = month.withDayOfMonth(1);
		TaskStore.Owner person = person(personId);
		if (!this.access.user().isPerson(personId)) {
			this.access.requireRead(personId, person.agencyId());
			throw new OutOfScopeException("work.error.selfOnly");
		}
		requireOpen(person.agencyId(), first);
		ScoringScheme scheme = this.schemes.scheme(person.agencyId(), first);
		List<FieldProblem> problems = new ArrayList<>();
		checkPoints(general, scheme.generalMax(), "selfGeneral", true, problems);
		reject(problems);
		EvaluationRow before = this.store.find(personId, first).orElse(null);
		this.store.selfAssess(personId, person.agencyId(), first, Objects.requireNonNull(general), Tasks.text(note));
		audit(personId, person.agencyId(), first, before);
		return month(personId, first);
	}

	/**
	 * The evaluator's input: a leader or administrator of the scope, not for themselves.
	 */
	@Transactional
	public PersonMonth evaluate(long personId, LocalDate month, EvaluationInput input) {
		LocalDate first = month.withDayOfMonth(1);
		TaskStore.Owner person = person(personId);
		if (this.access.user().isPerson(personId)) {
			throw new OutOfScopeException("work.error.notOwnEvaluation");
		}
		this.access.requireManage(person.agencyId());
		requireOpen(person.agencyId(), first);
		ScoringScheme scheme = this.schemes.scheme(person.agencyId(), first);
		List<FieldProblem> problems = new ArrayList<>();
		checkPoints(input.general(), scheme.generalMax(), "general", true, problems);
		checkPoints(input.bonus(), scheme.bonusMax(), "bonus", false, problems);
		checkPoints(input.directing(), BigDecimal.valueOf(100), "directing", false, problems);
		checkPoints(input.organising(), BigDecimal.valueOf(100), "organising", false, problems);
		if (input.automaticCase() != null && Tasks.text(input.automaticNote()) == null) {
			problems.add(FieldProblem.of("automaticNote", "work.error.automaticNote.required"));
		}
		reject(problems);
		EvaluationRow before = this.store.find(personId, first).orElse(null);
		if (before != null && before.version() != input.version()) {
			throw new ConcurrentEditException();
		}
		if (!this.store.evaluate(personId, person.agencyId(), first,
				new EvaluationInput(input.version(), input.general(), input.bonus(), input.directing(),
						input.organising(), input.automaticCase(), Tasks.text(input.automaticNote()), input.absence(),
						Tasks.text(input.note())),
				this.access.user().username(), before == null)) {
			throw new ConcurrentEditException();
		}
		audit(personId, person.agencyId(), first, before);
		return month(personId, first);
	}

	/**
	 * The unit's month: one page of who has tasks and who is scored, with how many are on
	 * the board and how many lack general points, counted over the whole subtree, and
	 * whether it is closed.
	 */
	public MonthStatus status(long unitId, LocalDate month, int page, int size) {
		return status(unitId, month, null, page, size);
	}

	/**
	 * As {@link #status(long, LocalDate, int, int)}, listing only the people at a stage
	 * (all when null): the page's total is then how many are at it, as the month's
	 * indicators count them; the people without general points are still counted over the
	 * whole board.
	 */
	public MonthStatus status(long unitId, LocalDate month, @Nullable MonthStage stage, int page, int size) {
		LocalDate first = month.withDayOfMonth(1);
		if (!this.access.readsScope()) {
			throw new OutOfScopeException("work.error.ownOnly");
		}
		List<Long> agencies = agencies(unitId, first);
		List<Long> closed = this.store.closedAgencies(agencies, first);
		String onBoard = """
				from person p
				left join monthly_evaluation e on e.person_id = p.id and e.month = :month
				left join monthly_plan mp on mp.person_id = p.id and mp.month = :month
				where p.agency_id = any(:agencies) and """ + ON_BOARD;
		String shownStage = (stage != null) ? stage.sql : "true";
		Long[] agencyIds = agencies.toArray(Long[]::new);
		long[] counts = this.jdbc
			.sql("select count(*) filter (where " + shownStage
					+ "), count(*) filter (where e.self_general is null and e.general_points is null) " + onBoard)
			.param("month", first)
			.param("agencies", agencyIds)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		int shown = PageResult.size(size, MAX_PAGE_SIZE);
		int number = PageResult.page(page);
		List<MonthStatus.BoardLine> lines = this.jdbc
			.sql("""
					select p.id, p.full_name, u.name,
						(select count(*) from work_task t where t.owner_id = p.id and t.month = :month and t.status <> 'CANCELLED'),
						(select count(*) from work_task t where t.owner_id = p.id and t.month = :month
							and t.status <> 'CANCELLED' and t.completed_units is not null),
						e.self_general is not null, e.general_points is not null, e.total, e.level, mp.status
					"""
					+ onBoard.replace("from person p", "from person p join org_unit u on u.id = p.agency_id") + " and "
					+ shownStage + " order by u.name, p.sort_key, p.id limit :limit offset :offset")
			.param("month", first)
			.param("agencies", agencyIds)
			.param("limit", shown)
			.param("offset", (long) number * shown)
			.query((rs, row) -> new MonthStatus.BoardLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getInt(5), rs.getBoolean(6), rs.getBoolean(7), rs.getBigDecimal(8),
					(rs.getString(9) != null) ? EvaluationLevel.valueOf(rs.getString(9)) : null,
					(rs.getString(10) != null) ? PlanStatus.valueOf(rs.getString(10)) : null))
			.list();
		List<MonthStatus.MonthEvent> events = this.jdbc.sql("""
				select action, reason, people, done_by, done_at from work_month_event
				where root_unit_id = :unit and month = :month order by done_at desc, id desc""")
			.param("unit", unitId)
			.param("month", first)
			.query((rs, row) -> new MonthStatus.MonthEvent(rs.getString(1), rs.getString(2), rs.getInt(3),
					rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
		return new MonthStatus(unitId, first, agencies.size(), closed.size(),
				new PageResult<>(lines, counts[0], number, shown), counts[1], events);
	}

	/** Whether the user may close and reopen months of the unit. */
	public boolean mayClose(long unitId) {
		if (!this.access.closesMonths()) {
			return false;
		}
		this.access.agency(unitId);
		return true;
	}

	/**
	 * Closes the month of every open agency under the unit: scores everyone, locks the
	 * month, carries unfinished tasks over. Returns how many people were evaluated.
	 */
	@Transactional
	public int close(long unitId, LocalDate month) {
		LocalDate first = month.withDayOfMonth(1);
		requireCloser(unitId);
		if (!first.isBefore(this.access.today().withDayOfMonth(1).plusMonths(1))) {
			throw new DomainException("work.error.closeFuture");
		}
		List<Long> agencies = new ArrayList<>(agencies(unitId, first));
		agencies.removeAll(this.store.closedAgencies(agencies, first));
		if (agencies.isEmpty()) {
			throw new DomainException("work.error.alreadyClosed", first.getMonthValue(), first.getYear());
		}
		ScoringScheme scheme = this.schemes.scheme(unitId, first);
		String user = this.access.user().username();
		int people = this.meter.time("month-close", () -> this.closing.close(agencies, first, scheme, user));
		log(unitId, first, "CLOSE", null, agencies.size(), people);
		this.notices.month(unitId, agencies, first, true, null, this.access.today());
		return people;
	}

	/**
	 * What {@link #close} would lock in the unit's month, for the closer to confirm.
	 */
	@Transactional(readOnly = true)
	public ClosingPreview closingPreview(long unitId, LocalDate month) {
		LocalDate first = month.withDayOfMonth(1);
		requireCloser(unitId);
		List<Long> agencies = new ArrayList<>(agencies(unitId, first));
		agencies.removeAll(this.store.closedAgencies(agencies, first));
		return this.closing.preview(unitId, agencies, first);
	}

	/** Reopens a closed month of the unit; the reason is required and logged. */
	@Transactional
	public void reopen(long unitId, LocalDate month, @Nullable String reason) {
		LocalDate first = month.withDayOfMonth(1);
		requireCloser(unitId);
		String why = Tasks.text(reason);
		if (why == null || why.length() < 5) {
			throw new InvalidInputException(List.of(FieldProblem.of("reason", "work.error.reason.required")));
		}
		List<Long> closed = this.store.closedAgencies(agencies(unitId, first), first);
		if (closed.isEmpty()) {
			throw new DomainException("work.error.notClosed", first.getMonthValue(), first.getYear());
		}
		this.closing.reopen(closed, first);
		log(unitId, first, "REOPEN", why, closed.size(), 0);
		this.notices.month(unitId, closed, first, false, why, this.access.today());
	}

	private void log(long unitId, LocalDate month, String action, @Nullable String reason, int agencies, int people) {
		String by = this.access.user().username();
		this.jdbc.sql("""
				insert into work_month_event (root_unit_id, month, action, reason, agencies, people, done_by)
				values (:unit, :month, :action, :reason, :agencies, :people, :by)""")
			.param("unit", unitId)
			.param("month", month)
			.param("action", action)
			.param("reason", reason)
			.param("agencies", agencies)
			.param("people", people)
			.param("by", by)
			.update();
		Map<String, @Nullable Object> after = new LinkedHashMap<>();
		after.put("month", month.toString());
		after.put("action", action);
		after.put("reason", reason);
		after.put("agencies", agencies);
		after.put("people", people);
		OrgUnitView unit = this.orgUnits.current(unitId);
		this.events.publishEvent(new DataChanged(MONTH_AUDIT_TYPE, unitId + "/" + month, DataChanged.Action.UPDATE,
				null, after, unit.path()));
	}

	private void requireCloser(long unitId) {
		if (!this.access.closesMonths()) {
			throw new OutOfScopeException("work.error.notCloser");
		}
		this.access.agency(unitId);
	}

	private List<Long> agencies(long unitId, LocalDate month) {
		LocalDate day = month.plusMonths(1).minusDays(1);
		LocalDate today = this.access.today();
		return this.orgUnits.nodesUnder(unitId, day.isAfter(today) ? today : day)
			.stream()
			.map(SubtreeNode::id)
			.toList();
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

	private static void checkPoints(@Nullable BigDecimal value, BigDecimal max, String field, boolean required,
			List<FieldProblem> problems) {
		if (value == null) {
			if (required) {
				problems.add(FieldProblem.of(field, "work.error.points.required"));
			}
			return;
		}
		if (value.signum() < 0 || value.compareTo(max) > 0) {
			problems.add(FieldProblem.of(field, "work.error.points.range", max));
		}
		else if (value.scale() > 2) {
			problems.add(FieldProblem.of(field, "work.error.points.decimals"));
		}
	}

	private static void reject(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private void audit(long personId, long agencyId, LocalDate month, @Nullable EvaluationRow before) {
		EvaluationRow after = this.store.find(personId, month).orElseThrow();
		OrgUnitView agency = this.orgUnits.current(agencyId);
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, personId + "/" + month,
				(before == null) ? DataChanged.Action.CREATE : DataChanged.Action.UPDATE, before, after,
				agency.path()));
	}

}
