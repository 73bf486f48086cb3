package vn.canbo.appointments;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.Subtree;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
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
import vn.canbo.staffing.PostCatalogue;
import vn.canbo.staffing.PostTitle;
import vn.canbo.staffing.RecordAssignment;
import vn.canbo.staffing.Selection;

/**
 * Appointment cases within the user's scope: administrators and organisation officers
 * open them, record each conference (refused without its quorum; votes judged by the
 * dated rule), and record the decision, which creates the post in staffing with its term
 * end; leaders and viewers read them. Also the reappointment due list and resignations,
 * removals and suspensions. Every change audited, a stale version refused.
 */
@Service
@Transactional(readOnly = true)
public class Appointments {

	/** The entity type of cases in the audit trail. */
	public static final String AUDIT_TYPE = "AppointmentCase";

	/** The entity type of resignations, removals and suspensions in the audit trail. */
	public static final String EXIT_AUDIT_TYPE = "PostExit";

	public static final int MAX_PAGE_SIZE = 200;

	static final int NUMBER_LENGTH = 60;

	static final int NOTE_LENGTH = 500;

	/**
	 * The people a picker offers at once: the first of the matches, the rest by typing
	 * more.
	 */
	static final int PICKER_SIZE = 20;

	static final int PICKER_QUERY_LENGTH = 100;

	static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private final AppointmentStore store;

	private final People people;

	private final OrgUnits orgUnits;

	private final Rules rules;

	private final Assignments assignments;

	private final PostCatalogue catalogue;

	private final ObjectProvider<PlanningCheck> planning;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Appointments(AppointmentStore store, People people, OrgUnits orgUnits, Rules rules, Assignments assignments,
			PostCatalogue catalogue, ObjectProvider<PlanningCheck> planning, CurrentUsers currentUsers,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.people = people;
		this.orgUnits = orgUnits;
		this.rules = rules;
		this.assignments = assignments;
		this.catalogue = catalogue;
		this.planning = planning;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public boolean canEdit() {
		return this.currentUsers.current().hasAny(Role.ADMIN, Role.ORG_OFFICER);
	}

	/** The procedure rule in force on the day. */
	public ProcedureRule procedure(LocalDate day) {
		return ProcedureRule.of(rule(RuleKey.APPOINTMENT_PROCEDURE, day));
	}

	/** One page of the cases of units in the user's scope (and the unit's subtree). */
	public PageResult<AppointmentCase> list(@Nullable Long unitId, @Nullable CaseStatus status, int page, int size) {
		return list(unitId, status, null, null, page, size);
	}

	/**
	 * One page of the cases, those taking effect between the days when given (posts
	 * taken: nominations left out), as the indicator of appointments in the year counts
	 * them.
	 */
	public PageResult<AppointmentCase> list(@Nullable Long unitId, @Nullable CaseStatus status,
			@Nullable LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, int page, int size) {
		Subtree scope = within(unitId);
		PageResult<AppointmentCase> cases = this.store.page(scope, status, effectiveFrom, effectiveTo,
				PageResult.page(page), PageResult.size(size, MAX_PAGE_SIZE));
		return new PageResult<>(cases.items().stream().map(this::named).toList(), cases.total(), cases.page(),
				cases.size());
	}

	public AppointmentCase get(long id) {
		requireReader();
		AppointmentCase found = this.store.find(id)
			.orElseThrow(() -> new NotFoundException("appointments.error.notFound", id));
		this.orgUnits.current(found.unitId());
		return named(found);
	}

	/** The case's conferences, in step order. */
	public List<Meeting> meetings(long caseId) {
		get(caseId);
		Map<Long, String> citations = new HashMap<>();
		this.rules.versions(RuleKey.APPOINTMENT_PROCEDURE)
			.forEach((version) -> citations.put(version.id(), version.citation()));
		return this.store.meetings(caseId, citations);
	}

	/** Opens a case; administrators and officers, unit and person in scope; audited. */
	@Transactional
	public AppointmentCase open(NewCase input) {
		requireEditor();
		List<FieldProblem> problems = new ArrayList<>();
		if (input.personId() == null) {
			problems.add(FieldProblem.of("personId", "appointments.error.person.required"));
		}
		OrgUnitView unit = null;
		if (input.unitId() == null) {
			problems.add(FieldProblem.of("unitId", "appointments.error.unit.required"));
		}
		else {
			try {
				unit = this.orgUnits.current(input.unitId());
			}
			catch (NotFoundException ex) {
				problems.add(FieldProblem.of("unitId", "appointments.error.unit.notFound", input.unitId()));
			}
		}
		String titleCode = text(input.titleCode());
		if (titleCode == null) {
			problems.add(FieldProblem.of("titleCode", "appointments.error.title.required"));
		}
		else if (this.catalogue.title(titleCode).isEmpty()) {
			problems.add(FieldProblem.of("titleCode", "appointments.error.title.unknown", shorten(titleCode)));
		}
		if (input.kind() == null) {
			problems.add(FieldProblem.of("kind", "appointments.error.kind.required"));
		}
		checkDate(input.expectedOn(), "expectedOn", true, problems);
		String note = text(input.note());
		if (note != null && note.length() > NOTE_LENGTH) {
			problems.add(FieldProblem.of("note", "appointments.error.tooLong", NOTE_LENGTH));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		PersonSummary person = this.people.summary(Objects.requireNonNull(input.personId()));
		List<DossierItem> dossier = dossier(input.dossier());
		long id = this.store.insertCase(person.id(), Objects.requireNonNull(unit).id(),
				Objects.requireNonNull(titleCode), Objects.requireNonNull(input.kind()),
				Objects.requireNonNull(input.expectedOn()), dossier, note, user(), this.clock.instant());
		AppointmentCase created = named(this.store.find(id).orElseThrow());
		this.events.publishEvent(
				new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.CREATE, null, created, unit.path()));
		return created;
	}

	/** Records the dossier items received, if the case is still at the version read. */
	@Transactional
	public AppointmentCase updateDossier(long id, @Nullable Long version, @Nullable List<DossierItem> received) {
		requireEditor();
		AppointmentCase before = get(id);
		if (version == null || before.version() != version) {
			throw new ConcurrentEditException();
		}
		List<DossierItem> dossier = dossier(received);
		if (!this.store.touch(id, version, before.status(), dossier, user(), this.clock.instant())) {
			throw new ConcurrentEditException();
		}
		return audited(before);
	}

	/**
	 * Records a conference of the next step of an open case: refused without the quorum
	 * of those summoned present (nothing is stored); each candidate's votes judged by the
	 * rule in force on the day; a step where nobody goes on stops the case.
	 */
	@Transactional
	public Meeting recordMeeting(long caseId, NewMeeting input) {
		requireEditor();
		AppointmentCase before = get(caseId);
		if (input.version() == null || before.version() != input.version()) {
			throw new ConcurrentEditException();
		}
		if (before.status() != CaseStatus.OPEN) {
			throw new DomainException("appointments.error.notOpen");
		}
		List<FieldProblem> problems = new ArrayList<>();
		int expectedStep = nextStep(before, meetings(caseId));
		if (input.step() == null) {
			problems.add(FieldProblem.of("step", "appointments.error.step.required"));
		}
		else if (input.step() != expectedStep) {
			problems.add(FieldProblem.of("step", "appointments.error.step.order", expectedStep));
		}
		checkDate(input.heldOn(), "heldOn", true, problems);
		Integer summoned = input.summoned();
		Integer present = input.present();
		if (summoned == null || summoned <= 0) {
			problems.add(FieldProblem.of("summoned", "appointments.error.summoned"));
		}
		if (present == null || present < 0) {
			problems.add(FieldProblem.of("present", "appointments.error.present"));
		}
		else if (summoned != null && present > summoned) {
			problems.add(FieldProblem.of("present", "appointments.error.present.aboveSummoned", summoned));
		}
		ProcedureRule rule = null;
		if (input.heldOn() != null && problems.isEmpty()) {
			rule = procedure(input.heldOn());
			if (!rule.quorate(Objects.requireNonNull(summoned), Objects.requireNonNull(present))) {
				problems.add(FieldProblem.of("present", "appointments.error.quorum", present, summoned,
						rule.quorum(summoned), rule.quorumNumerator(), rule.quorumDenominator()));
			}
		}
		List<Long> candidates = new ArrayList<>();
		List<Integer> votes = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		List<NewMeeting.Vote> ballots = (input.votes() == null) ? List.of() : input.votes();
		for (int i = 0; i < ballots.size(); i++) {
			NewMeeting.Vote vote = ballots.get(i);
			if (vote == null || vote.personId() == null) {
				problems.add(FieldProblem.of("votes[" + i + "].personId", "appointments.error.candidate", i + 1));
				continue;
			}
			if (!seen.add(vote.personId())) {
				problems.add(FieldProblem.of("votes[" + i + "].personId", "appointments.error.candidate.twice", i + 1));
				continue;
			}
			int count = (vote.votes() == null) ? 0 : vote.votes();
			if (count < 0 || (present != null && count > present)) {
				problems.add(FieldProblem.of("votes[" + i + "].votes", "appointments.error.votes", i + 1,
						(present == null) ? 0 : present));
			}
			candidates.add(vote.personId());
			votes.add(count);
		}
		if (ballots.isEmpty()) {
			problems.add(FieldProblem.of("votes", "appointments.error.candidates.none"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		candidates.forEach(this.people::summary);
		int step = Objects.requireNonNull(input.step());
		List<Verdict> verdicts = Objects.requireNonNull(rule)
			.judge(before.kind(), step, Objects.requireNonNull(summoned), votes);
		long meetingId = this.store.insertMeeting(caseId, step, Objects.requireNonNull(input.heldOn()), summoned,
				Objects.requireNonNull(present), rule.version().id(), candidates, votes, verdicts, user(),
				this.clock.instant());
		boolean goesOn = verdicts.stream().anyMatch(Verdict::passes);
		CaseStatus status = goesOn ? CaseStatus.OPEN : CaseStatus.STOPPED;
		if (!this.store.touch(caseId, before.version(), status, before.dossier(), user(), this.clock.instant())) {
			throw new ConcurrentEditException();
		}
		audited(before);
		return meetings(caseId).stream().filter((meeting) -> meeting.id() == meetingId).findFirst().orElseThrow();
	}

	/** The step the case's next conference holds; 0 when the procedure is complete. */
	public int nextStep(AppointmentCase found, List<Meeting> held) {
		int last = held.isEmpty() ? 0 : held.get(held.size() - 1).step();
		for (int step : found.kind().steps()) {
			if (step > last) {
				return step;
			}
		}
		return 0;
	}

	/** Whether the last conference chose the case's person (or left it to the head). */
	public boolean readyToDecide(AppointmentCase found, List<Meeting> held) {
		if (found.status() != CaseStatus.OPEN || held.isEmpty() || nextStep(found, held) != 0) {
			return false;
		}
		return held.get(held.size() - 1)
			.candidates()
			.stream()
			.anyMatch((candidate) -> candidate.personId() == found.personId()
					&& (candidate.verdict() == Verdict.CHOSEN || candidate.verdict() == Verdict.HEAD_DECIDES));
	}

	/**
	 * The conditions of the case, each explained with its rule and citation: age (a full
	 * term left before retirement at the expected decision date; for reappointment, the
	 * months left decide between a term, a term to retirement and an extension), planning
	 * (through {@link PlanningCheck}, not checked without it), dossier.
	 */
	public List<Condition> conditions(long caseId) {
		AppointmentCase found = get(caseId);
		PersonSummary person = this.people.summary(found.personId());
		List<Condition> conditions = new ArrayList<>();
		LocalDate reference = found.expectedOn();
		Retirement retirement = retirement(person);
		long months = monthsBetween(reference, retirement.retirementDate());
		if (found.kind() == AppointmentKind.APPOINTMENT || found.kind() == AppointmentKind.NOMINATION) {
			RuleVersion term = ruleOrFirst(RuleKey.APPOINTMENT_TERM, reference);
			long needed = term.parameter("appointmentFullTermMonths");
			conditions.add(new Condition("AGE", months >= needed, String.valueOf(needed), String.valueOf(months),
					"appointments.condition.AGE.rule", term.citation(), term.confirmed()));
			Optional<PlanningCheck> check = Optional.ofNullable(this.planning.getIfAvailable());
			Boolean planned = check.map((c) -> c.isPlanned(person.id(), found.unitId(), found.titleCode(), reference))
				.orElse(null);
			conditions.add(new Condition("PLANNING", planned, "appointments.condition.PLANNING.required",
					(planned == null) ? "appointments.condition.PLANNING.absent"
							: planned ? "appointments.condition.PLANNING.planned"
									: "appointments.condition.PLANNING.notPlanned",
					"appointments.condition.PLANNING.rule", "Nghị định 170/2025/NĐ-CP, Điều 29", true));
		}
		else {
			RuleVersion rule = ruleOrFirst(RuleKey.REAPPOINTMENT, reference);
			long extension = rule.parameter("reappointmentExtensionMonths");
			boolean met = (found.kind() == AppointmentKind.EXTENSION) ? months < extension : months >= extension;
			conditions.add(new Condition("AGE", met, String.valueOf(extension), String.valueOf(months),
					(found.kind() == AppointmentKind.EXTENSION) ? "appointments.condition.EXTENSION.rule"
							: "appointments.condition.REAPPOINTMENT.rule",
					rule.citation(), rule.confirmed()));
		}
		int items = DossierItem.values().length;
		conditions.add(new Condition("DOSSIER", found.dossier().size() == items, String.valueOf(items),
				String.valueOf(found.dossier().size()), "appointments.condition.DOSSIER.rule",
				"Nghị định 170/2025/NĐ-CP, Điều 35", true));
		return conditions;
	}

	/** The person's retirement under the rules. */
	public Retirement retirement(PersonSummary person) {
		return this.rules.retirement((person.gender() == Gender.MALE) ? Sex.MALE : Sex.FEMALE,
				YearMonth.of(person.birthYear(), (person.birthMonth() == null) ? 1 : person.birthMonth()));
	}

	/**
	 * Records the decision of a case whose last conference chose its person: an
	 * appointment ends the person's primary post held that day and creates the new post
	 * in staffing (appointed, with the decision and the term end the rules give); a
	 * reappointment does the same with the term cut at retirement when nearer than the
	 * rule's months; an extension moves the post's term end to retirement; a nomination
	 * creates no post (the election does). Audited.
	 */
	@Transactional
	public AppointmentCase decide(long caseId, NewDecision input) {
		requireEditor();
		AppointmentCase before = get(caseId);
		if (input.version() == null || before.version() != input.version()) {
			throw new ConcurrentEditException();
		}
		List<FieldProblem> problems = new ArrayList<>();
		String number = text(input.decisionNumber());
		if (number == null) {
			problems.add(FieldProblem.of("decisionNumber", "appointments.error.decisionNumber.required"));
		}
		else if (number.length() > NUMBER_LENGTH) {
			problems.add(FieldProblem.of("decisionNumber", "appointments.error.tooLong", NUMBER_LENGTH));
		}
		checkDate(input.decisionDate(), "decisionDate", true, problems);
		checkDate(input.effectiveOn(), "effectiveOn", false, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (!readyToDecide(before, meetings(caseId))) {
			throw new DomainException("appointments.error.notChosen");
		}
		LocalDate decided = Objects.requireNonNull(input.decisionDate());
		LocalDate effective = (input.effectiveOn() != null) ? input.effectiveOn() : decided;
		PersonSummary person = this.people.summary(before.personId());
		LocalDate retirementDate = retirement(person).retirementDate();
		RuleVersion term = ruleOrFirst(RuleKey.APPOINTMENT_TERM, effective);
		LocalDate termEnd = effective.plusYears(term.parameter("appointmentTermYears"));
		Long assignmentId = null;
		String unitCode = this.orgUnits.current(before.unitId()).code();
		switch (before.kind()) {
			case APPOINTMENT -> {
				endPrimaryPost(person.id(), effective);
				assignmentId = record(person.id(), unitCode, before.titleCode(), effective, termEnd, number, decided);
			}
			case REAPPOINTMENT -> {
				RuleVersion rule = ruleOrFirst(RuleKey.REAPPOINTMENT, effective);
				if (monthsBetween(effective, retirementDate) < rule.parameter("reappointmentToRetirementMonths")) {
					termEnd = retirementDate;
				}
				endPrimaryPost(person.id(), effective);
				assignmentId = record(person.id(), unitCode, before.titleCode(), effective, termEnd, number, decided);
			}
			case EXTENSION -> {
				termEnd = retirementDate;
				AssignmentView held = heldPost(person.id(), before.unitId(), before.titleCode(), effective)
					.orElseThrow(() -> new DomainException("appointments.error.noPost"));
				this.assignments.change(held.id(), new ChangeAssignment(held.version(), held.validFrom(),
						held.validTo(), termEnd, number, decided, held.note()));
				assignmentId = held.id();
			}
			case NOMINATION -> {
				// the election creates the post
			}
		}
		if (!this.store.decide(caseId, before.version(), Objects.requireNonNull(number), decided, effective, termEnd,
				assignmentId, user(), this.clock.instant())) {
			throw new ConcurrentEditException();
		}
		return audited(before);
	}

	/**
	 * One page of the appointed posts held on the date whose term ends within the
	 * reappointment notice (90 days) of it, overdue ones included, soonest first; each
	 * with what it calls for.
	 */
	public PageResult<DuePost> due(@Nullable Long unitId, LocalDate asOf, int page, int size) {
		Subtree scope = within(unitId);
		return dueIn(scope, asOf, PageResult.page(page), PageResult.size(size, MAX_PAGE_SIZE));
	}

	/** Every due post of {@link #due}, for the export. */
	public List<DuePost> allDue(@Nullable Long unitId, LocalDate asOf) {
		return dueIn(within(unitId), asOf, 0, 100_000).items();
	}

	/** The due posts in the whole tree, for the reminders (no user). */
	List<DuePost> dueEverywhere(LocalDate asOf) {
		return dueIn(Subtree.everything(asOf), asOf, 0, 100_000).items();
	}

	private PageResult<DuePost> dueIn(Subtree scope, LocalDate asOf, int page, int size) {
		RuleVersion rule = ruleOrFirst(RuleKey.REAPPOINTMENT, asOf);
		long extension = rule.parameter("reappointmentExtensionMonths");
		long toRetirement = rule.parameter("reappointmentToRetirementMonths");
		PageResult<AppointmentStore.HeldPost> held = this.store.due(scope, asOf,
				asOf.plusDays(rule.parameter("reappointmentNoticeDays")), page, size);
		List<DuePost> due = new ArrayList<>();
		for (AppointmentStore.HeldPost post : held.items()) {
			Retirement retirement = this.rules.retirement("MALE".equals(post.gender()) ? Sex.MALE : Sex.FEMALE,
					YearMonth.of(post.birthYear(), (post.birthMonth() == null) ? 1 : post.birthMonth()));
			long months = monthsBetween(post.termEnd(), retirement.retirementDate());
			DuePost.DueAction action = (months < extension) ? DuePost.DueAction.EXTEND
					: (months < toRetirement) ? DuePost.DueAction.REAPPOINT_TO_RETIREMENT : DuePost.DueAction.REAPPOINT;
			due.add(new DuePost(post.personId(), post.name(), post.unitId(), post.unitName(), post.titleCode(),
					post.titleName(), post.validFrom(), post.termEnd(), ChronoUnit.DAYS.between(asOf, post.termEnd()),
					retirement.retirementDate(), months, action));
		}
		return new PageResult<>(due, held.total(), held.page(), held.size());
	}

	/**
	 * Records a resignation, removal or suspension of a post held, with its case; the
	 * first two end the post in staffing on the effective date. Audited.
	 */
	@Transactional
	public PostExit recordExit(NewExit input) {
		requireEditor();
		List<FieldProblem> problems = new ArrayList<>();
		AssignmentView held = null;
		if (input.assignmentId() == null) {
			problems.add(FieldProblem.of("assignmentId", "appointments.error.post.required"));
		}
		else {
			held = this.assignments.get(input.assignmentId());
			if (held.titleCode() == null) {
				problems.add(FieldProblem.of("assignmentId", "appointments.error.post.notTitle"));
			}
		}
		if (input.kind() == null) {
			problems.add(FieldProblem.of("kind", "appointments.error.exitKind.required"));
		}
		else if (input.reason() == null) {
			problems.add(FieldProblem.of("reason", "appointments.error.reason.required"));
		}
		else if (!input.kind().reasons().contains(input.reason())) {
			problems
				.add(FieldProblem.of("reason", "appointments.error.reason", shorten(String.valueOf(input.reason()))));
		}
		String number = text(input.decisionNumber());
		if (number == null) {
			problems.add(FieldProblem.of("decisionNumber", "appointments.error.decisionNumber.required"));
		}
		else if (number.length() > NUMBER_LENGTH) {
			problems.add(FieldProblem.of("decisionNumber", "appointments.error.tooLong", NUMBER_LENGTH));
		}
		checkDate(input.decisionDate(), "decisionDate", true, problems);
		checkDate(input.effectiveOn(), "effectiveOn", true, problems);
		checkDate(input.suspendedUntil(), "suspendedUntil", input.kind() == ExitKind.SUSPENSION, problems);
		if (held != null && input.effectiveOn() != null && !held.heldOn(input.effectiveOn())) {
			problems.add(FieldProblem.of("effectiveOn", "appointments.error.post.notHeld", held.postName()));
		}
		if (input.effectiveOn() != null && input.suspendedUntil() != null
				&& !input.suspendedUntil().isAfter(input.effectiveOn())) {
			problems.add(FieldProblem.of("suspendedUntil", "appointments.error.suspendedUntil"));
		}
		String note = text(input.note());
		if (note != null && note.length() > NOTE_LENGTH) {
			problems.add(FieldProblem.of("note", "appointments.error.tooLong", NOTE_LENGTH));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Objects.requireNonNull(held);
		ExitKind kind = Objects.requireNonNull(input.kind());
		LocalDate effective = Objects.requireNonNull(input.effectiveOn());
		if (kind.endsPost() && effective.isAfter(held.validFrom())) {
			this.assignments.change(held.id(), new ChangeAssignment(held.version(), held.validFrom(), effective,
					held.termEnd(), held.decisionNumber(), held.decisionDate(), held.note()));
		}
		long id = this.store.insertExit(held.personId(), held.unitId(), Objects.requireNonNull(held.titleCode()),
				held.id(), kind, Objects.requireNonNull(input.reason()), Objects.requireNonNull(number),
				Objects.requireNonNull(input.decisionDate()), effective, input.suspendedUntil(), note, user(),
				this.clock.instant());
		PostExit created = this.store.findExit(id).orElseThrow();
		this.events.publishEvent(new DataChanged(EXIT_AUDIT_TYPE, String.valueOf(id), DataChanged.Action.CREATE, null,
				created, this.orgUnits.current(held.unitId()).path()));
		return created;
	}

	/** One page of the resignations, removals and suspensions in the user's scope. */
	public PageResult<PostExit> exits(@Nullable Long unitId, @Nullable ExitKind kind, int page, int size) {
		return this.store.exits(within(unitId), kind, PageResult.page(page), PageResult.size(size, MAX_PAGE_SIZE));
	}

	/**
	 * The leadership posts (with a title) the person holds on the day, those a
	 * resignation, removal or suspension may end; the person must be in scope.
	 */
	public List<AssignmentView> titledPosts(long personId, LocalDate day) {
		requireEditor();
		this.people.summary(personId);
		return this.assignments.ofPerson(personId)
			.stream()
			.filter((post) -> post.titleCode() != null && post.heldOn(day))
			.toList();
	}

	/** The person's name, for a form that chose them. */
	public String personName(long personId) {
		requireReader();
		return this.people.summary(personId).fullName();
	}

	/** The first people of the user's scope whose name matches, for a form's picker. */
	public List<PersonSummary> searchPeople(String text) {
		requireEditor();
		String query = text.strip();
		if (query.isEmpty() || query.length() > PICKER_QUERY_LENGTH) {
			return List.of();
		}
		return this.people.search(PersonFilter.none().withQuery(query), 0, PICKER_SIZE).items();
	}

	public PostExit getExit(long id) {
		requireReader();
		PostExit found = this.store.findExit(id)
			.orElseThrow(() -> new NotFoundException("appointments.error.notFound", id));
		this.orgUnits.current(found.unitId());
		return found;
	}

	/** The title's name, its code when not in the catalogue. */
	public String titleName(String code) {
		return this.catalogue.title(code).map(PostTitle::name).orElse(code);
	}

	/**
	 * The titles a case may be opened for: those appointed or elected in the catalogue.
	 */
	public List<PostTitle> titles() {
		return this.catalogue.titles();
	}

	/** The unit's label, for the pages; the unit must be in scope. */
	public String unitLabel(long unitId) {
		requireReader();
		return this.orgUnits.label(this.orgUnits.current(unitId));
	}

	public @Nullable Long scopeUnitId() {
		return this.currentUsers.current().scopeUnitId();
	}

	/**
	 * Whole months from the day's month to the later date's month (A-5: 09/2025 → 06/2029
	 * = 45).
	 */
	static long monthsBetween(LocalDate from, LocalDate to) {
		return ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to));
	}

	private void endPrimaryPost(long personId, LocalDate effective) {
		for (AssignmentView post : this.assignments.ofPerson(personId)) {
			if (post.kind() == AssignmentKind.PRIMARY && post.heldOn(effective)
					&& post.validFrom().isBefore(effective)) {
				this.assignments.change(post.id(), new ChangeAssignment(post.version(), post.validFrom(), effective,
						post.termEnd(), post.decisionNumber(), post.decisionDate(), post.note()));
			}
		}
	}

	private Optional<AssignmentView> heldPost(long personId, long unitId, String titleCode, LocalDate day) {
		return this.assignments.ofPerson(personId)
			.stream()
			.filter((post) -> post.unitId() == unitId && titleCode.equals(post.titleCode()) && post.heldOn(day))
			.findFirst();
	}

	private long record(long personId, String unitCode, String titleCode, LocalDate from, LocalDate termEnd,
			@Nullable String number, LocalDate decided) {
		return this.assignments
			.record(new RecordAssignment(personId, unitCode, titleCode, null, AssignmentKind.PRIMARY,
					Selection.APPOINTED, null, from, null, termEnd, number, decided, null))
			.id();
	}

	private AppointmentCase audited(AppointmentCase before) {
		AppointmentCase after = named(this.store.find(before.id()).orElseThrow());
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(before.id()), DataChanged.Action.UPDATE,
				before, after, this.orgUnits.current(after.unitId()).path()));
		return after;
	}

	private AppointmentCase named(AppointmentCase found) {
		return new AppointmentCase(found.id(), found.version(), found.personId(), found.personName(), found.unitId(),
				found.unitName(), found.titleCode(), titleName(found.titleCode()), found.kind(), found.status(),
				found.expectedOn(), found.dossier(), found.decisionNumber(), found.decisionDate(), found.effectiveOn(),
				found.termEnd(), found.assignmentId(), found.note(), found.updatedBy(), found.updatedAt());
	}

	/**
	 * The version in force on the day, or the first one for a day before any (the
	 * thresholds of NĐ 170 are the earliest the application knows).
	 */
	private RuleVersion ruleOrFirst(RuleKey key, LocalDate day) {
		return this.rules.inForce(key, day).orElseGet(() -> {
			List<RuleVersion> versions = this.rules.versions(key);
			if (versions.isEmpty()) {
				throw new DomainException("rules.error.noVersion", key.name(), day);
			}
			return versions.get(0);
		});
	}

	private RuleVersion rule(RuleKey key, LocalDate day) {
		return this.rules.inForce(key, day)
			.orElseThrow(() -> new DomainException("rules.error.noVersion", key.name(), day));
	}

	private Subtree within(@Nullable Long unitId) {
		requireReader();
		LocalDate today = today();
		return (unitId != null) ? this.orgUnits.subtree(unitId, today) : this.orgUnits.visibleSubtree(today);
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

	private String user() {
		return this.currentUsers.current().username();
	}

	/** The dossier items given, each once, in the decree's order. */
	private static List<DossierItem> dossier(@Nullable List<DossierItem> items) {
		EnumSet<DossierItem> set = EnumSet.noneOf(DossierItem.class);
		if (items != null) {
			items.stream().filter(Objects::nonNull).forEach(set::add);
		}
		return List.copyOf(set);
	}

	private static void checkDate(@Nullable LocalDate date, String field, boolean required,
			List<FieldProblem> problems) {
		if (date == null) {
			if (required) {
				problems.add(FieldProblem.of(field, "appointments.error.date.required"));
			}
		}
		else if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
			problems.add(FieldProblem.of(field, "appointments.error.date.range", EARLIEST, LATEST));
		}
	}

	private static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String shorten(String value) {
		return (value.length() > 60) ? value.substring(0, 60) + "…" : value;
	}

}
