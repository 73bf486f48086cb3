package vn.canbo.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.Subtree;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonSummary;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.rules.RuleKey;
import vn.canbo.rules.RuleVersion;
import vn.canbo.rules.Rules;
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
import vn.canbo.shared.ReportPeriod;

/**
 * Training records (hồ sơ đào tạo, bồi dưỡng) within the user's scope: the courses a
 * person completed and their state-funded studies with the commitment to serve and the
 * repayment on early leave. Administrators and organisation officers record and correct
 * them (audited, a stale version refused); a course that grants a level raises the
 * record's qualifications through {@link People}. Readers of the scope read them.
 */
@Service
@Transactional(readOnly = true)
public class TrainingRecords {

	/** The entity type of courses in the audit trail. */
	public static final String COURSE_AUDIT_TYPE = "TrainingCourse";

	/** The entity type of studies in the audit trail. */
	public static final String STUDY_AUDIT_TYPE = "TrainingStudy";

	/** The longest page a caller may ask for. */
	public static final int MAX_PAGE_SIZE = 200;

	static final int TEXT_LENGTH = 300;

	static final int NOTE_LENGTH = 2000;

	static final LocalDate EARLIEST = LocalDate.of(1960, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private final TrainingStore store;

	private final TrainingPlanStore plans;

	private final People people;

	private final OrgUnits orgUnits;

	private final Rules rules;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TrainingRecords(TrainingStore store, TrainingPlanStore plans, People people, OrgUnits orgUnits, Rules rules,
			CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.plans = plans;
		this.people = people;
		this.orgUnits = orgUnits;
		this.rules = rules;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Whether the current user may record and correct training (in their scope). */
	public boolean canEdit() {
		return this.currentUsers.current().hasAny(Role.ADMIN, Role.ORG_OFFICER);
	}

	/** The person, if in scope. */
	public PersonSummary person(long personId) {
		requireReader();
		return this.people.summary(personId);
	}

	/** The person's courses, latest first. */
	public List<Course> courses(long personId) {
		person(personId);
		return this.store.coursesOf(personId);
	}

	/** The person's state-funded studies, latest first. */
	public List<Study> studies(long personId) {
		person(personId);
		return this.store.studiesOf(personId);
	}

	/** The periods of the courses the person finished in the year. */
	public int periodsIn(long personId, int year) {
		person(personId);
		return this.store.periodsIn(personId, year);
	}

	public Course course(long id) {
		requireReader();
		Course course = this.store.course(id).orElseThrow(() -> new NotFoundException("training.error.notFound", id));
		this.people.summary(course.personId());
		return course;
	}

	public Study study(long id) {
		requireReader();
		Study study = this.store.study(id).orElseThrow(() -> new NotFoundException("training.error.notFound", id));
		this.people.summary(study.personId());
		return study;
	}

	/**
	 * Records a completed course of a person in scope; when it grants a level the
	 * record's qualifications are raised to it; audited.
	 */
	@Transactional
	public Course record(CourseInput input) {
		requireEditor();
		TrainingStore.CourseValues values = check(input);
		PersonSummary person = this.people.summary(values.personId());
		long id = this.store.insertCourse(values, this.currentUsers.current().username(), this.clock.instant());
		Course created = this.store.course(id).orElseThrow();
		audit(COURSE_AUDIT_TYPE, id, DataChanged.Action.CREATE, null, created.snapshot(), person);
		raise(created);
		// the plans' lines this course meets are done
		this.plans.complete(created.personId(), created.endDate().getYear(), created.kind().name(), id);
		return created;
	}

	/** Corrects a course still at the version read; audited. */
	@Transactional
	public Course update(long id, @Nullable Long version, CourseInput input) {
		requireEditor();
		Course before = course(id);
		if (version == null) {
			throw new InvalidInputException(List.of(FieldProblem.of("version", "training.error.version")));
		}
		TrainingStore.CourseValues values = check(input);
		PersonSummary person = this.people.summary(values.personId());
		if (before.version() != version || !this.store.updateCourse(id, version, values,
				this.currentUsers.current().username(), this.clock.instant())) {
			throw new ConcurrentEditException();
		}
		Course after = this.store.course(id).orElseThrow();
		audit(COURSE_AUDIT_TYPE, id, DataChanged.Action.UPDATE, before.snapshot(), after.snapshot(), person);
		raise(after);
		return after;
	}

	/** Removes a course still at the version read; the record's levels stay; audited. */
	@Transactional
	public void delete(long id, long version) {
		requireEditor();
		Course before = course(id);
		if (before.version() != version || !this.store.deleteCourse(id, version)) {
			throw new ConcurrentEditException();
		}
		audit(COURSE_AUDIT_TYPE, id, DataChanged.Action.DELETE, before.snapshot(), null,
				this.people.summary(before.personId()));
	}

	/**
	 * Records a state-funded study with its commitment (the study months times the rule's
	 * multiple, from the version in force on the study's start); audited.
	 */
	@Transactional
	public Study recordStudy(StudyInput input) {
		requireEditor();
		TrainingStore.StudyValues values = check(input);
		PersonSummary person = this.people.summary(values.personId());
		long id = this.store.insertStudy(values, this.currentUsers.current().username(), this.clock.instant());
		Study created = this.store.study(id).orElseThrow();
		audit(STUDY_AUDIT_TYPE, id, DataChanged.Action.CREATE, null, created.snapshot(), person);
		return created;
	}

	/**
	 * Corrects a study (e.g. records the early leave) still at the version read; audited.
	 */
	@Transactional
	public Study updateStudy(long id, @Nullable Long version, StudyInput input) {
		requireEditor();
		Study before = study(id);
		if (version == null) {
			throw new InvalidInputException(List.of(FieldProblem.of("version", "training.error.version")));
		}
		TrainingStore.StudyValues values = check(input);
		PersonSummary person = this.people.summary(values.personId());
		if (before.version() != version || !this.store.updateStudy(id, version, values,
				this.currentUsers.current().username(), this.clock.instant())) {
			throw new ConcurrentEditException();
		}
		Study after = this.store.study(id).orElseThrow();
		audit(STUDY_AUDIT_TYPE, id, DataChanged.Action.UPDATE, before.snapshot(), after.snapshot(), person);
		return after;
	}

	/**
	 * What the person repays for the study under the rule version in force on the leaving
	 * day (today while still serving).
	 */
	public Repayment repayment(long studyId) {
		Study study = study(studyId);
		PersonSummary person = this.people.summary(study.personId());
		LocalDate day = (study.leftOn() != null) ? study.leftOn() : today();
		return Repayment.compute(study.cost(), study.costSoFar(), study.endDate(), study.commitmentMonths(),
				study.leftOn(), study.leaveReason(), study.priorServiceYears(), womanOrMinority(person),
				repaymentRule(day));
	}

	/** The repayment rule in force on the day. */
	public RuleVersion repaymentRule(LocalDate day) {
		return this.rules.inForce(RuleKey.TRAINING_REPAYMENT, day)
			.orElseGet(() -> this.rules.versions(RuleKey.TRAINING_REPAYMENT)
				.stream()
				.findFirst()
				.orElseThrow(
						() -> new DomainException("rules.error.noVersion", RuleKey.TRAINING_REPAYMENT.name(), day)));
	}

	/**
	 * The period of a report: from {@code from} (default five years before {@code to}) to
	 * {@code to} (default today), both days included; a day outside 1960–2100 is refused
	 * naming its field.
	 */
	public ReportPeriod period(@Nullable LocalDate from, @Nullable LocalDate to) {
		List<FieldProblem> problems = new ArrayList<>();
		if (to != null && (to.isBefore(EARLIEST) || to.isAfter(LATEST))) {
			problems.add(FieldProblem.of("to", "training.error.date.range", EARLIEST, LATEST));
		}
		if (from != null && (from.isBefore(EARLIEST) || from.isAfter(LATEST))) {
			problems.add(FieldProblem.of("from", "training.error.date.range", EARLIEST, LATEST));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		LocalDate end = (to != null) ? to : today();
		return new ReportPeriod((from != null) ? from : end.minusYears(5).plusDays(1), end);
	}

	/** The year asked (default this year), refused outside 2000–2100. */
	public int year(@Nullable Integer year) {
		if (year == null) {
			return today().getYear();
		}
		if (year < 2000 || year > 2100) {
			throw new InvalidInputException(List.of(FieldProblem.of("year", "training.error.year.range")));
		}
		return year;
	}

	/** One page of the courses finished in the period by people of the subtree. */
	public PageResult<Course> coursesIn(@Nullable Long unitId, LocalDate from, LocalDate to, @Nullable CourseKind kind,
			int page, int size) {
		return this.store.courses(within(unitId), from, to, kind, PageResult.page(page),
				PageResult.size(size, MAX_PAGE_SIZE));
	}

	/** Every course finished in the period by people of the subtree, for the export. */
	public List<Course> allCoursesIn(@Nullable Long unitId, LocalDate from, LocalDate to) {
		return this.store.allCourses(within(unitId), from, to);
	}

	/** The courses finished in the period by people of the subtree, per kind. */
	public Map<CourseKind, Long> courseCounts(@Nullable Long unitId, LocalDate from, LocalDate to) {
		return this.store.courseCounts(within(unitId), from, to);
	}

	/**
	 * The levels granted by courses finished in the period, by people of the subtree:
	 * keys {@code POLITICAL_THEORY.CAO_CAP}, {@code STATE_MANAGEMENT.CHUYEN_VIEN} …
	 */
	public Map<String, Long> levelCounts(@Nullable Long unitId, LocalDate from, LocalDate to) {
		return this.store.levelCounts(within(unitId), from, to);
	}

	/**
	 * The professional degrees earned in the period by people of the subtree, per level,
	 * from their 2C training history (counted in SQL by {@link People#degreesEarned}).
	 */
	public Map<ProfessionalLevel, Long> degreeCounts(@Nullable Long unitId, LocalDate from, LocalDate to) {
		return this.people.degreesEarned(within(unitId), from, to);
	}

	/** One page of the people of the subtree short of the year's development periods. */
	public PageResult<ShortOfPeriods> shortOfPeriods(@Nullable Long unitId, int year, int page, int size) {
		year(year);
		int minimum = annualPeriods(LocalDate.of(year, 12, 31));
		return this.store.shortOfPeriods(within(unitId), year, minimum, PageResult.page(page),
				PageResult.size(size, MAX_PAGE_SIZE));
	}

	/** One page of the studies whose commitment to serve runs on the day. */
	public PageResult<Study> runningCommitments(@Nullable Long unitId, LocalDate day, int page, int size) {
		return this.store.runningCommitments(within(unitId), day, PageResult.page(page),
				PageResult.size(size, MAX_PAGE_SIZE));
	}

	/** The yearly minimum of development periods in force on the day. */
	public int annualPeriods(LocalDate day) {
		return this.rules.inForce(RuleKey.TRAINING_DEVELOPMENT, day)
			.map((rule) -> Math.toIntExact(rule.parameter("annualPeriods")))
			.orElse(0);
	}

	/** The unit the user's account is bound to; null when nationwide. */
	public @Nullable Long scopeUnitId() {
		return this.currentUsers.current().scopeUnitId();
	}

	Subtree within(@Nullable Long unitId) {
		requireReader();
		LocalDate today = today();
		Subtree visible = this.orgUnits.visibleSubtree(today);
		if (unitId == null) {
			return visible;
		}
		Subtree asked = this.orgUnits.subtree(unitId, today);
		return asked;
	}

	static boolean womanOrMinority(PersonSummary person) {
		return person.gender() == Gender.FEMALE || (person.ethnicity() != null && person.ethnicity().isMinority());
	}

	private void raise(Course course) {
		if (course.grantsLevel()) {
			this.people.raiseQualifications(course.personId(), course.grantsPoliticalTheory(),
					course.grantsStateManagement(), course.grantsProfessional());
		}
	}

	private void audit(String type, long id, DataChanged.Action action, @Nullable Object before, @Nullable Object after,
			PersonSummary person) {
		this.events.publishEvent(new DataChanged(type, String.valueOf(id), action, before, after,
				this.orgUnits.current(person.agencyId()).path()));
	}

	private TrainingStore.CourseValues check(CourseInput input) {
		List<FieldProblem> problems = new ArrayList<>();
		if (input.personId() == null) {
			problems.add(FieldProblem.of("personId", "training.error.person.required"));
		}
		if (input.kind() == null) {
			problems.add(FieldProblem.of("kind", "training.error.kind.required"));
		}
		String title = text(input.title(), "title", TEXT_LENGTH, "training.error.title.required", problems);
		String provider = text(input.provider(), "provider", TEXT_LENGTH, "training.error.provider.required", problems);
		Integer periods = input.periods();
		if (periods == null) {
			problems.add(FieldProblem.of("periods", "training.error.periods.required"));
		}
		else if (periods < 1 || periods > 10_000) {
			problems.add(FieldProblem.of("periods", "training.error.periods.range", periods));
		}
		dates(input.startDate(), input.endDate(), problems);
		if (input.funding() == null) {
			problems.add(FieldProblem.of("funding", "training.error.funding.required"));
		}
		String certificate = text(input.certificate(), "certificate", 200, null, problems);
		String note = text(input.note(), "note", NOTE_LENGTH, null, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new TrainingStore.CourseValues(Objects.requireNonNull(input.personId()),
				Objects.requireNonNull(input.kind()), Objects.requireNonNull(title), Objects.requireNonNull(provider),
				Objects.requireNonNull(periods), Objects.requireNonNull(input.startDate()),
				Objects.requireNonNull(input.endDate()), certificate, Objects.requireNonNull(input.funding()),
				input.grantsPoliticalTheory(), input.grantsStateManagement(), input.grantsProfessional(), note);
	}

	private TrainingStore.StudyValues check(StudyInput input) {
		List<FieldProblem> problems = new ArrayList<>();
		if (input.personId() == null) {
			problems.add(FieldProblem.of("personId", "training.error.person.required"));
		}
		ProfessionalLevel level = input.degreeLevel();
		if (level == null) {
			problems.add(FieldProblem.of("degreeLevel", "training.error.degreeLevel.required"));
		}
		else if (!level.atLeast(ProfessionalLevel.DAI_HOC)) {
			problems.add(FieldProblem.of("degreeLevel", "training.error.degreeLevel.range"));
		}
		String field = text(input.field(), "field", 200, "training.error.field.required", problems);
		String institution = text(input.institution(), "institution", TEXT_LENGTH,
				"training.error.institution.required", problems);
		boolean datesOk = dates(input.startDate(), input.endDate(), problems);
		if (datesOk && !Objects.requireNonNull(input.endDate()).isAfter(Objects.requireNonNull(input.startDate()))) {
			problems.add(FieldProblem.of("endDate", "training.error.endDate.beforeStart"));
			datesOk = false;
		}
		Long cost = input.cost();
		if (cost == null) {
			problems.add(FieldProblem.of("cost", "training.error.cost.required"));
		}
		else if (cost < 0 || cost > 100_000_000_000L) {
			problems.add(FieldProblem.of("cost", "training.error.cost.range"));
		}
		int prior = (input.priorServiceYears() != null) ? input.priorServiceYears() : 0;
		if (prior < 0 || prior > 60) {
			problems.add(FieldProblem.of("priorServiceYears", "training.error.priorServiceYears.range"));
		}
		if ((input.leftOn() == null) != (input.leaveReason() == null)) {
			problems
				.add(FieldProblem.of((input.leftOn() == null) ? "leftOn" : "leaveReason", "training.error.leave.both"));
		}
		else if (input.leftOn() != null && (input.leftOn().isBefore(EARLIEST) || input.leftOn().isAfter(LATEST))) {
			problems.add(FieldProblem.of("leftOn", "training.error.date.range", EARLIEST, LATEST));
		}
		else if (input.leftOn() != null && datesOk && input.leftOn().isBefore(input.startDate())) {
			problems.add(FieldProblem.of("leftOn", "training.error.leftOn.beforeStart"));
		}
		Long costSoFar = input.costSoFar();
		if (costSoFar != null && (costSoFar < 0 || (cost != null && costSoFar > cost))) {
			problems.add(FieldProblem.of("costSoFar", "training.error.costSoFar.range"));
		}
		String note = text(input.note(), "note", NOTE_LENGTH, null, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		LocalDate start = Objects.requireNonNull(input.startDate());
		LocalDate end = Objects.requireNonNull(input.endDate());
		int commitment = Repayment.commitmentMonths(start, end, repaymentRule(start));
		return new TrainingStore.StudyValues(Objects.requireNonNull(input.personId()), Objects.requireNonNull(level),
				Objects.requireNonNull(field), Objects.requireNonNull(institution), start, end,
				Objects.requireNonNull(cost), commitment, prior, input.leftOn(), input.leaveReason(), costSoFar, note);
	}

	private static boolean dates(@Nullable LocalDate start, @Nullable LocalDate end, List<FieldProblem> problems) {
		boolean ok = true;
		if (start == null) {
			problems.add(FieldProblem.of("startDate", "training.error.startDate.required"));
			ok = false;
		}
		else if (start.isBefore(EARLIEST) || start.isAfter(LATEST)) {
			problems.add(FieldProblem.of("startDate", "training.error.date.range", EARLIEST, LATEST));
			ok = false;
		}
		if (end == null) {
			problems.add(FieldProblem.of("endDate", "training.error.endDate.required"));
			ok = false;
		}
		else if (end.isBefore(EARLIEST) || end.isAfter(LATEST)) {
			problems.add(FieldProblem.of("endDate", "training.error.date.range", EARLIEST, LATEST));
			ok = false;
		}
		if (ok && end.isBefore(start)) {
			problems.add(FieldProblem.of("endDate", "training.error.endDate.beforeStart"));
			ok = false;
		}
		return ok;
	}

	private static @Nullable String text(@Nullable String value, String field, int length, @Nullable String requiredKey,
			List<FieldProblem> problems) {
		String text = (value == null || value.isBlank()) ? null : value.strip();
		if (text == null && requiredKey != null) {
			problems.add(FieldProblem.of(field, requiredKey));
		}
		else if (text != null && text.length() > length) {
			problems.add(FieldProblem.of(field, "training.error.tooLong", length));
		}
		return text;
	}

	private void requireReader() {
		if (!this.currentUsers.current().readsScope()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	private void requireEditor() {
		if (!canEdit()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

}
