package vn.canbo.movements;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.discipline.Disciplines;
import vn.canbo.discipline.PersonDiscipline;
import vn.canbo.orgunits.OrgLevel;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.Subtree;
import vn.canbo.people.People;
import vn.canbo.planning.SuccessionPlans;
import vn.canbo.people.PersonFilter;
import vn.canbo.people.PersonSummary;
import vn.canbo.rules.Retirement;
import vn.canbo.rules.RuleKey;
import vn.canbo.rules.RuleVersion;
import vn.canbo.rules.Rules;
import vn.canbo.rules.Sex;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.CurrentUsers;
import vn.canbo.security.Role;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.DomainException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.shared.PageResult;
import vn.canbo.staffing.AssignmentKind;
import vn.canbo.staffing.AssignmentView;
import vn.canbo.staffing.Assignments;
import vn.canbo.staffing.ChangeAssignment;
import vn.canbo.staffing.JobPosition;
import vn.canbo.staffing.PostCatalogue;
import vn.canbo.staffing.PostTitle;
import vn.canbo.staffing.RecordAssignment;

/**
 * Rotation, transfer and secondment decisions within the user's scope: administrators and
 * organisation officers record them (eligibility checked, each unmet condition refused
 * against its field), correct their particulars and record the return; the posts move in
 * staffing through {@link Assignments} on the start date, so that staffing at earlier
 * dates is unchanged. Leaders and viewers read them; staff do not. Every change is
 * audited and a stale version refused.
 */
@Service
@Transactional(readOnly = true)
public class Movements {

	/** The entity type of decisions in the audit trail. */
	public static final String AUDIT_TYPE = "Movement";

	/** The longest page a caller may ask for. */
	public static final int MAX_PAGE_SIZE = 200;

	/** Days ahead the "ending soon" list and reminder look. */
	public static final int ENDING_DAYS = 60;

	static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	static final String LAW_ROTATION = "Luật Cán bộ, công chức 80/2025/QH15 Điều 30; Nghị định 170/2025/NĐ-CP Điều 42";

	static final String LAW_ROTATION_WHO = "Nghị định 170/2025/NĐ-CP Điều 42; Quy định 65-QĐ/TW Điều 3";

	static final String LAW_DISCIPLINE = "Luật Cán bộ, công chức 80/2025/QH15 Điều 38(2)";

	static final String LAW_POST = "Luật Cán bộ, công chức 80/2025/QH15 Điều 30";

	static final String LAW_EXCLUSIONS = "Nghị định 170/2025/NĐ-CP Điều 25(5), 27";

	private final MovementStore store;

	private final People people;

	private final Assignments assignments;

	private final PostCatalogue catalogue;

	private final OrgUnits orgUnits;

	private final Rules rules;

	private final Disciplines disciplines;

	private final SuccessionPlans plans;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Movements(MovementStore store, People people, Assignments assignments, PostCatalogue catalogue, OrgUnits orgUnits,
			Rules rules, Disciplines disciplines, SuccessionPlans plans, CurrentUsers currentUsers,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.plans = plans;
		this.people = people;
		this.assignments = assignments;
		this.catalogue = catalogue;
		this.orgUnits = orgUnits;
		this.rules = rules;
		this.disciplines = disciplines;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Whether the current user may record decisions and returns (in their scope). */
	public boolean canEdit() {
		return this.currentUsers.current().hasAny(Role.ADMIN, Role.ORG_OFFICER);
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

	/** The titles a person may be moved to, for the form. */
	public List<PostTitle> titles() {
		return this.catalogue.titles();
	}

	/** The job positions a person may be moved to, for the form. */
	public List<JobPosition> jobPositions() {
		return this.catalogue.jobPositions();
	}

	/** The person's name, if in scope (for the form). */
	public String personName(long personId) {
		requireReader();
		return this.people.summary(personId).fullName();
	}

	/** The first people of the user's scope whose name matches, for the form's picker. */
	public List<PersonSummary> searchPeople(String text) {
		requireEditor();
		String query = text.strip();
		if (query.isEmpty() || query.length() > 100) {
			return List.of();
		}
		return this.people.search(PersonFilter.none().withQuery(query), 0, 20).items();
	}

	/**
	 * One page of the decisions the filter selects, latest start first, with the total.
	 */
	public PageResult<Movement> list(MovementFilter filter, int page, int size) {
		return this.store.page(filter, within(filter.unitId()), PageResult.page(page),
				PageResult.size(size, MAX_PAGE_SIZE));
	}

	/** Every decision of {@link #list}, for the export. */
	public List<Movement> all(MovementFilter filter) {
		return this.store.all(filter, within(filter.unitId()));
	}

	/** The counts of the period (report), counted by the database. */
	public MovementReport report(@Nullable Long unitId, LocalDate from, LocalDate to) {
		return this.store.report(unitId, from, to, within(unitId));
	}

	/**
	 * One page of the rotations and secondments whose planned return falls within
	 * {@link #ENDING_DAYS} days of the date and that are not returned yet, soonest first.
	 */
	public PageResult<Movement> endingSoon(@Nullable Long unitId, LocalDate asOf, int page, int size) {
		return this.store.ending(asOf, asOf.plusDays(ENDING_DAYS), within(unitId), PageResult.page(page),
				PageResult.size(size, MAX_PAGE_SIZE));
	}

	/** The person's decisions, latest first; the person must be in scope. */
	public List<Movement> ofPerson(long personId) {
		requireReader();
		this.people.summary(personId);
		return this.store.ofPerson(personId);
	}

	/** One decision; its sending or receiving unit must be in scope. */
	public Movement get(long id) {
		requireReader();
		Movement movement = this.store.find(id)
			.orElseThrow(() -> new NotFoundException("movements.error.notFound", id));
		requireInScope(movement);
		return movement;
	}

	/**
	 * Whether the person may be moved as proposed, each condition with its rule and
	 * citation: the post held the day before the start, leadership and working time left
	 * (rotation), the length (rotation, secondment), no discipline in force, not already
	 * seconded and the declared exclusions.
	 */
	@Transactional
	public Eligibility eligibility(MovementInput input) {
		requireReader();
		List<FieldProblem> problems = new ArrayList<>();
		if (input.personId() == null) {
			problems.add(FieldProblem.of("personId", "movements.error.person.required"));
		}
		if (input.type() == null) {
			problems.add(FieldProblem.of("type", "movements.error.type.required"));
		}
		LocalDate start = date(input.startDate(), "startDate", "movements.error.startDate.required", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		PersonSummary person = person(Objects.requireNonNull(input.personId()), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Duration duration = duration(Objects.requireNonNull(input.type()), Objects.requireNonNull(start), input,
				problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return evaluate(Objects.requireNonNull(person), input, start, duration, currentPost(person.id(), start));
	}

	/**
	 * Records a decision and moves the post: for a rotation or transfer the primary post
	 * held the day before the start ends that day and the new one is recorded from the
	 * start; for a secondment the home post is kept and the host's post is held beside it
	 * until the return date. Administrators and officers, both units in scope; refused
	 * with every unmet condition named against its field; audited.
	 */
	@Transactional
	public Movement record(MovementInput input) {
		requireEditor();
		List<FieldProblem> problems = new ArrayList<>();
		PersonSummary person = (input.personId() == null) ? null : person(input.personId(), problems);
		if (input.personId() == null) {
			problems.add(FieldProblem.of("personId", "movements.error.person.required"));
		}
		MovementType type = input.type();
		if (type == null) {
			problems.add(FieldProblem.of("type", "movements.error.type.required"));
		}
		LocalDate start = date(input.startDate(), "startDate", "movements.error.startDate.required", problems);
		OrgUnitView toUnit = toUnit(input, start, problems);
		PostTitle title = null;
		JobPosition job = null;
		String titleCode = text(input.toTitleCode());
		String jobCode = text(input.toJobPositionCode());
		if ((titleCode == null) == (jobCode == null)) {
			problems.add(FieldProblem.of("toTitleCode", "movements.error.post.one"));
		}
		else if (titleCode != null) {
			title = this.catalogue.title(titleCode).orElse(null);
			if (title == null) {
				problems.add(FieldProblem.of("toTitleCode", "movements.error.title.unknown", shorten(titleCode)));
			}
			else if (start != null && !title.validOn(start)) {
				problems.add(FieldProblem.of("toTitleCode", "movements.error.title.notInForce", title.name(), start));
			}
		}
		else {
			job = this.catalogue.jobPosition(Objects.requireNonNull(jobCode)).orElse(null);
			if (job == null) {
				problems.add(FieldProblem.of("toJobPositionCode", "movements.error.jobPosition.unknown",
						shorten(Objects.requireNonNull(jobCode))));
			}
		}
		String number = required(input.decisionNumber(), "decisionNumber", "movements.error.decisionNumber.required",
				60, problems);
		LocalDate decisionDate = date(input.decisionDate(), "decisionDate", "movements.error.decisionDate.required",
				problems);
		if (decisionDate != null && start != null && decisionDate.isAfter(start)) {
			problems.add(FieldProblem.of("decisionDate", "movements.error.decisionDate.afterStart", start));
		}
		String body = required(input.decisionBody(), "decisionBody", "movements.error.decisionBody.required", 300,
				problems);
		String specialCase = optional(input.specialCase(), "specialCase", 500, problems);
		String note = optional(input.note(), "note", 2000, problems);
		Duration duration = (type != null && start != null) ? duration(type, start, input, problems) : null;
		AtReturn atReturn = (type == MovementType.TRANSFER) ? AtReturn.NONE
				: (input.atReturn() != null) ? input.atReturn() : AtReturn.RETURN_FORMER_POST;
		if (type != null && type != MovementType.TRANSFER && atReturn == AtReturn.NONE) {
			problems.add(FieldProblem.of("atReturn", "movements.error.atReturn.required"));
		}
		if (type == MovementType.TRANSFER && input.atReturn() != null && input.atReturn() != AtReturn.NONE) {
			problems.add(FieldProblem.of("atReturn", "movements.error.atReturn.transfer"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Objects.requireNonNull(person);
		Objects.requireNonNull(type);
		Objects.requireNonNull(start);
		Objects.requireNonNull(toUnit);
		Objects.requireNonNull(duration);
		Optional<AssignmentView> current = currentPost(person.id(), start);
		if (current.isPresent() && current.get().unitId() == toUnit.id()) {
			problems.add(FieldProblem.of("toUnitId", "movements.error.sameUnit", toUnit.name()));
		}
		boolean later = this.assignments.ofPerson(person.id())
			.stream()
			.anyMatch((post) -> post.kind() == AssignmentKind.PRIMARY && !post.validFrom().isBefore(start));
		if (later && type != MovementType.SECONDMENT) {
			problems.add(FieldProblem.of("startDate", "movements.error.laterPost", start));
		}
		Eligibility eligibility = evaluate(person, input, start, duration, current);
		for (Eligibility.Condition condition : eligibility.conditions()) {
			if (!condition.met()) {
				problems.add(FieldProblem.of(condition.field(), condition.code().refusalKey(), person.fullName(),
						(condition.required() == null) ? "" : condition.required(),
						(condition.actual() == null) ? "" : condition.actual(), condition.citation()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		AssignmentView from = current.orElseThrow();
		OrgUnitView fromUnit = this.orgUnits.current(from.unitId());
		AssignmentView to;
		if (type == MovementType.SECONDMENT) {
			to = this.assignments
				.record(new RecordAssignment(person.id(), toUnit.code(), titleCode, jobCode, AssignmentKind.CONCURRENT,
						null, null, start, duration.returnDate(), null, number, decisionDate, null));
		}
		else {
			if (from.validTo() == null || from.validTo().isAfter(start)) {
				this.assignments.change(from.id(), new ChangeAssignment(from.version(), from.validFrom(), start,
						from.termEnd(), from.decisionNumber(), from.decisionDate(), from.note()));
			}
			to = this.assignments.record(new RecordAssignment(person.id(), toUnit.code(), titleCode, jobCode,
					AssignmentKind.PRIMARY, null, null, start, null, null, number, decisionDate, null));
		}
		MovementStore.Row row = new MovementStore.Row(person.id(), type,
				Direction.between(tier(fromUnit, start), tier(toUnit, start)), from.id(), fromUnit.id(),
				tier(fromUnit, start).name(), from.titleCode(), from.jobPositionCode(), from.postName(), toUnit.id(),
				tier(toUnit, start).name(), titleCode, jobCode, to.postName(), title != null && title.keyTitle(),
				to.id(), Objects.requireNonNull(number), Objects.requireNonNull(decisionDate),
				Objects.requireNonNull(body), start, duration.months(), duration.returnDate(), atReturn, specialCase,
				input.placesNonLocal(), input.declared(), input.asked(), note);
		long id = this.store.insert(row, this.currentUsers.current().username(), this.clock.instant());
		Movement created = this.store.find(id).orElseThrow();
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.CREATE, null,
				created.snapshot(), toUnit.path()));
		return created;
	}

	/**
	 * Corrects the decision's number, date, body, what happens at the return and the
	 * note, if still at the version read; audited.
	 */
	@Transactional
	public Movement correct(long id, @Nullable Long version, @Nullable String decisionNumber,
			@Nullable LocalDate decisionDate, @Nullable String decisionBody, @Nullable AtReturn atReturn,
			@Nullable String note) {
		requireEditor();
		Movement before = get(id);
		List<FieldProblem> problems = new ArrayList<>();
		if (version == null) {
			problems.add(FieldProblem.of("version", "movements.error.version"));
		}
		String number = required(decisionNumber, "decisionNumber", "movements.error.decisionNumber.required", 60,
				problems);
		LocalDate date = date(decisionDate, "decisionDate", "movements.error.decisionDate.required", problems);
		String body = required(decisionBody, "decisionBody", "movements.error.decisionBody.required", 300, problems);
		String text = optional(note, "note", 2000, problems);
		AtReturn chosen = (atReturn != null) ? atReturn : before.atReturn();
		if ((before.type() == MovementType.TRANSFER) != (chosen == AtReturn.NONE)) {
			problems.add(FieldProblem.of("atReturn", (before.type() == MovementType.TRANSFER)
					? "movements.error.atReturn.transfer" : "movements.error.atReturn.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (before.version() != Objects.requireNonNull(version) || !this.store.correct(id, version,
				new MovementStore.Correction(Objects.requireNonNull(number), Objects.requireNonNull(date),
						Objects.requireNonNull(body), chosen, text),
				this.currentUsers.current().username(), this.clock.instant())) {
			throw new ConcurrentEditException();
		}
		Movement after = this.store.find(id).orElseThrow();
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.UPDATE,
				before.snapshot(), after.snapshot(), this.orgUnits.current(after.toUnitId()).path()));
		return after;
	}

	/**
	 * Records the end of a rotation or secondment on the day (the first day back): a
	 * rotation returning to the former post ends the destination post the day before and
	 * records the former title or job position in the former unit from that day; a
	 * rotation kept at the destination changes no post; a secondment ends the host's post
	 * that day. Audited; a stale version refused.
	 */
	@Transactional
	public Movement recordReturn(long id, @Nullable Long version, @Nullable LocalDate on) {
		requireEditor();
		Movement before = get(id);
		List<FieldProblem> problems = new ArrayList<>();
		if (version == null) {
			problems.add(FieldProblem.of("version", "movements.error.version"));
		}
		LocalDate day = date(on, "returnedOn", "movements.error.returnedOn.required", problems);
		if (!before.open()) {
			problems.add(FieldProblem.of("returnedOn", "movements.error.notOpen"));
		}
		else if (day != null && !day.isAfter(before.startDate())) {
			problems.add(FieldProblem.of("returnedOn", "movements.error.returnedOn.afterStart", before.startDate()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Objects.requireNonNull(day);
		if (before.version() != Objects.requireNonNull(version)) {
			throw new ConcurrentEditException();
		}
		Long back = null;
		AssignmentView at = this.assignments.get(before.toAssignmentId());
		if (before.type() == MovementType.SECONDMENT
				|| (before.type() == MovementType.ROTATION && before.atReturn() == AtReturn.RETURN_FORMER_POST)) {
			if (at.validTo() == null || !at.validTo().equals(day)) {
				this.assignments.change(at.id(), new ChangeAssignment(at.version(), at.validFrom(), day, at.termEnd(),
						at.decisionNumber(), at.decisionDate(), at.note()));
			}
		}
		if (before.type() == MovementType.ROTATION && before.atReturn() == AtReturn.RETURN_FORMER_POST) {
			OrgUnitView home = this.orgUnits.current(before.fromUnitId());
			back = this.assignments
				.record(new RecordAssignment(before.personId(), home.code(), before.fromTitleCode(),
						before.fromJobPositionCode(), AssignmentKind.PRIMARY, null, null, day, null, null,
						before.decisionNumber(), before.decisionDate(), null))
				.id();
		}
		if (!this.store.returned(id, version, day, back, this.currentUsers.current().username(),
				this.clock.instant())) {
			throw new ConcurrentEditException();
		}
		Movement after = this.store.find(id).orElseThrow();
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.UPDATE,
				before.snapshot(), after.snapshot(), this.orgUnits.current(after.toUnitId()).path()));
		return after;
	}

	/** The decisions ending soon for the reminder job, whoever asks (no scope). */
	List<Movement> endingForReminder(LocalDate day) {
		return this.store.ending(day, day.plusDays(ENDING_DAYS), List.of(), 0, 10_000).items();
	}

	private Eligibility evaluate(PersonSummary person, MovementInput input, LocalDate start, Duration duration,
			Optional<AssignmentView> current) {
		MovementType type = Objects.requireNonNull(input.type());
		List<Eligibility.Condition> conditions = new ArrayList<>();
		conditions.add(new Eligibility.Condition(ConditionCode.POST_HELD, current.isPresent(), "PRIMARY",
				current.map((post) -> post.postName() + " — " + post.unitName()).orElse(null), null, LAW_POST, true,
				"startDate"));
		if (type == MovementType.ROTATION) {
			boolean leader = this.assignments.holdsLeadershipPost(person.id(), start.minusDays(1));
			conditions.add(new Eligibility.Condition(ConditionCode.LEADER, leader, "true", String.valueOf(leader), null,
					LAW_ROTATION, true, "personId"));
			RuleVersion rotation = rule(RuleKey.MOVEMENT_ROTATION, start);
			long required = rotation.parameter(input.placesNonLocal() ? "nonLocalMinMonthsLeft" : "minMonthsLeft");
			long left = monthsLeft(person, start);
			String special = text(input.specialCase());
			// Rotation is for leaders in the plan, those placed as non-local key leaders,
			// and
			// special cases the competent level decides (NĐ 170 Art. 42; QĐ 65 Art. 3).
			List<String> planned = this.plans.plannedTitles(person.id(), start.minusDays(1))
				.stream()
				.map((entry) -> this.plans.titleName(entry.titleCode()) + " — " + entry.unitName())
				.distinct()
				.toList();
			conditions.add(new Eligibility.Condition(ConditionCode.IN_PLAN,
					!planned.isEmpty() || input.placesNonLocal() || special != null, "true",
					planned.isEmpty() ? null : String.join("; ", planned), null, LAW_ROTATION_WHO, true, "personId"));
			conditions.add(new Eligibility.Condition(
					input.placesNonLocal() ? ConditionCode.WORKING_TIME_NON_LOCAL : ConditionCode.WORKING_TIME,
					left >= required || special != null, String.valueOf(required), String.valueOf(left),
					version(rotation), rotation.citation(), rotation.confirmed(), "startDate"));
			long minimum = rotation.parameter("minDurationMonths");
			boolean longEnough = !duration.end().isBefore(start.plusMonths(minimum));
			conditions.add(new Eligibility.Condition(ConditionCode.DURATION_MIN, longEnough || special != null,
					String.valueOf(minimum), String.valueOf(duration.months()), version(rotation), rotation.citation(),
					rotation.confirmed(), duration.field()));
		}
		if (type == MovementType.SECONDMENT) {
			RuleVersion secondment = rule(RuleKey.MOVEMENT_SECONDMENT, start);
			long maximum = secondment.parameter("maxDurationMonths");
			boolean shortEnough = !duration.end().isAfter(start.plusMonths(maximum));
			conditions.add(new Eligibility.Condition(ConditionCode.DURATION_MAX, shortEnough, String.valueOf(maximum),
					String.valueOf(duration.months()), version(secondment), secondment.citation(),
					secondment.confirmed(), duration.field()));
		}
		Boolean disciplined = disciplinedOn(person.id(), start);
		conditions.add(new Eligibility.Condition(ConditionCode.NO_DISCIPLINE, !Boolean.TRUE.equals(disciplined),
				"false", (disciplined == null) ? null : String.valueOf(disciplined), null, LAW_DISCIPLINE, true,
				"personId"));
		if (type != MovementType.ROTATION) {
			boolean seconded = this.store.secondedOn(person.id(), start, null);
			RuleVersion transfer = rule(RuleKey.MOVEMENT_TRANSFER, start);
			conditions
				.add(new Eligibility.Condition(ConditionCode.NOT_SECONDED, !seconded, "false", String.valueOf(seconded),
						version(transfer), transfer.citation(), transfer.confirmed(), "personId"));
		}
		for (Exclusion exclusion : Exclusion.applyingTo(type)) {
			boolean declared = input.declared().contains(exclusion);
			boolean met = !declared || (exclusion.waivedOnRequest() && input.asked());
			conditions
				.add(new Eligibility.Condition(ConditionCode.of(exclusion), met, "false", String.valueOf(declared),
						null, (type == MovementType.ROTATION) ? LAW_DISCIPLINE : LAW_EXCLUSIONS, true, "exclusions"));
		}
		boolean eligible = conditions.stream().allMatch(Eligibility.Condition::met);
		return new Eligibility(person.id(), type, start, eligible, conditions);
	}

	/**
	 * The months of working time left at the start: from the start's month to the month
	 * the retirement age is reached (worked example L-1: born 01/1974, a man retiring in
	 * 01/2036, rotated in 03/2026 has 118).
	 */
	long monthsLeft(PersonSummary person, LocalDate start) {
		Retirement retirement = this.rules.retirement(Sex.valueOf(person.gender().name()),
				YearMonth.of(person.birthYear(), (person.birthMonth() == null) ? 1 : person.birthMonth()));
		return ChronoUnit.MONTHS.between(YearMonth.from(start), retirement.reachedIn());
	}

	/** Whether a discipline decision is in force on the day; null when not readable. */
	private @Nullable Boolean disciplinedOn(long personId, LocalDate day) {
		if (!this.disciplines.mayRead(personId)) {
			return null;
		}
		try {
			PersonDiscipline record = this.disciplines.forPerson(personId, "movements");
			return record.decisions().stream().anyMatch((decision) -> decision.record().inForceOn(day));
		}
		catch (OutOfScopeException ex) {
			return null;
		}
	}

	/** The planned length and first day back of a rotation or secondment. */
	private Duration duration(MovementType type, LocalDate start, MovementInput input, List<FieldProblem> problems) {
		Integer months = input.plannedMonths();
		LocalDate returnDate = input.returnDate();
		if (months != null && (months < 1 || months > 240)) {
			problems.add(FieldProblem.of("plannedMonths", "movements.error.plannedMonths.range", 1, 240));
			return new Duration(null, null, "plannedMonths");
		}
		if (returnDate != null && !returnDate.isAfter(start)) {
			problems.add(FieldProblem.of("returnDate", "movements.error.returnDate.afterStart", start));
			return new Duration(null, null, "returnDate");
		}
		if (returnDate != null && returnDate.isAfter(LATEST)) {
			problems.add(FieldProblem.of("returnDate", "movements.error.date.range", EARLIEST, LATEST));
			return new Duration(null, null, "returnDate");
		}
		if (type == MovementType.TRANSFER) {
			if (months != null || returnDate != null) {
				problems.add(FieldProblem.of((months != null) ? "plannedMonths" : "returnDate",
						"movements.error.transfer.noReturn"));
			}
			return new Duration(null, null, "plannedMonths");
		}
		String field = (returnDate != null) ? "returnDate" : "plannedMonths";
		if (months == null) {
			months = (returnDate != null) ? (int) ChronoUnit.MONTHS.between(start, returnDate)
					: (int) ((type == MovementType.ROTATION)
							? rule(RuleKey.MOVEMENT_ROTATION, start).parameter("minDurationMonths")
							: rule(RuleKey.MOVEMENT_SECONDMENT, start).parameter("maxDurationMonths"));
		}
		if (returnDate == null) {
			returnDate = start.plusMonths(months);
		}
		return new Duration(months, returnDate, field);
	}

	private RuleVersion rule(RuleKey key, LocalDate day) {
		return this.rules.inForce(key, day)
			.orElseThrow(() -> new DomainException("rules.error.noVersion", key.name(), day));
	}

	private static String version(RuleVersion version) {
		return version.key().name() + ((version.validFrom() == null) ? "" : " " + version.validFrom());
	}

	/** The primary post held the day before the start. */
	private Optional<AssignmentView> currentPost(long personId, LocalDate start) {
		LocalDate before = start.minusDays(1);
		return this.assignments.ofPerson(personId)
			.stream()
			.filter((post) -> post.kind() == AssignmentKind.PRIMARY && post.heldOn(before))
			.findFirst();
	}

	/**
	 * The tier a unit belongs to: its own for an administrative unit, its nearest
	 * administrative ancestor's for an agency.
	 */
	private OrgLevel tier(OrgUnitView unit, LocalDate day) {
		if (unit.level().isAdministrative()) {
			return unit.level();
		}
		List<OrgUnitView> lineage;
		try {
			lineage = this.orgUnits.lineage(unit.id(), day);
		}
		catch (NotFoundException ex) {
			lineage = this.orgUnits.lineage(unit.id(), today());
		}
		for (int i = lineage.size() - 1; i >= 0; i--) {
			if (lineage.get(i).level().isAdministrative()) {
				return lineage.get(i).level();
			}
		}
		return OrgLevel.PROVINCE;
	}

	private @Nullable PersonSummary person(long personId, List<FieldProblem> problems) {
		try {
			return this.people.summary(personId);
		}
		catch (NotFoundException ex) {
			problems.add(FieldProblem.of("personId", "movements.error.person.notFound", personId));
			return null;
		}
	}

	private @Nullable OrgUnitView toUnit(MovementInput input, @Nullable LocalDate start, List<FieldProblem> problems) {
		String code = text(input.toUnitCode());
		if (input.toUnitId() == null && code == null) {
			problems.add(FieldProblem.of("toUnitId", "movements.error.toUnit.required"));
			return null;
		}
		try {
			OrgUnitView unit = (input.toUnitId() != null) ? this.orgUnits.current(input.toUnitId())
					: this.orgUnits.getByCode(Objects.requireNonNull(code), (start != null) ? start : today());
			if (start != null && !unit.existsOn(start)) {
				problems.add(FieldProblem.of("toUnitId", "movements.error.toUnit.notOnDate", unit.name(), start));
			}
			return unit;
		}
		catch (NotFoundException ex) {
			problems.add(FieldProblem.of("toUnitId", "movements.error.toUnit.notFound",
					(code != null) ? shorten(code) : String.valueOf(input.toUnitId())));
			return null;
		}
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

	private void requireInScope(Movement movement) {
		try {
			this.orgUnits.current(movement.toUnitId());
		}
		catch (OutOfScopeException ex) {
			this.orgUnits.current(movement.fromUnitId());
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

	private static @Nullable LocalDate date(@Nullable LocalDate value, String field, String requiredKey,
			List<FieldProblem> problems) {
		if (value == null) {
			problems.add(FieldProblem.of(field, requiredKey));
			return null;
		}
		if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
			problems.add(FieldProblem.of(field, "movements.error.date.range", EARLIEST, LATEST));
			return null;
		}
		return value;
	}

	private static @Nullable String required(@Nullable String value, String field, String requiredKey, int length,
			List<FieldProblem> problems) {
		String text = text(value);
		if (text == null) {
			problems.add(FieldProblem.of(field, requiredKey));
			return null;
		}
		if (text.length() > length) {
			problems.add(FieldProblem.of(field, "movements.error.tooLong", length));
			return null;
		}
		return text;
	}

	private static @Nullable String optional(@Nullable String value, String field, int length,
			List<FieldProblem> problems) {
		String text = text(value);
		if (text != null && text.length() > length) {
			problems.add(FieldProblem.of(field, "movements.error.tooLong", length));
			return null;
		}
		return text;
	}

	private static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String shorten(String value) {
		return (value.length() > 60) ? value.substring(0, 60) + "…" : value;
	}

	/**
	 * The planned length in months and first day back; the field a refusal names.
	 */
	private record Duration(@Nullable Integer months, @Nullable LocalDate returnDate, String field) {

		LocalDate end() {
			return Objects.requireNonNull(this.returnDate);
		}

	}

}
