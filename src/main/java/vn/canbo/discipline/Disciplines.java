package vn.canbo.discipline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.Subtree;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.rules.RuleKey;
import vn.canbo.rules.RuleVersion;
import vn.canbo.rules.Rules;
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
import vn.canbo.staffing.Assignments;

/**
 * Discipline decisions within the user's scope. Discipline is sensitive: administrators
 * and organisation officers record, correct and cancel decisions (audited); leaders read
 * them in their scope; a staff member reads only their own; viewers see none. Every
 * showing of a person's decisions is audited as a view.
 */
@Service
@Transactional(readOnly = true)
public class Disciplines {

	/** The entity type of discipline decisions in the audit trail. */
	public static final String AUDIT_TYPE = "DisciplineRecord";

	/** How many years the report covers by default. */
	public static final int DEFAULT_YEARS = 5;

	private static final int MAX_REPORT_YEARS = 20;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final DisciplineQueries queries;

	private final OrgUnits orgUnits;

	private final Rules rules;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Assignments assignments;

	Disciplines(DisciplineQueries queries, OrgUnits orgUnits, Rules rules, CurrentUsers currentUsers,
			ApplicationEventPublisher events, Clock clock, Assignments assignments) {
		this.assignments = assignments;
		this.queries = queries;
		this.orgUnits = orgUnits;
		this.rules = rules;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Whether the current user may record, correct and cancel decisions. */
	public boolean canEdit() {
		return this.currentUsers.current().hasAny(Role.ADMIN, Role.ORG_OFFICER);
	}

	/** Whether the current user may see the reports of a unit. */
	public boolean canReport() {
		return this.currentUsers.current().hasAny(Role.ADMIN, Role.ORG_OFFICER, Role.LEADER);
	}

	/**
	 * Discipline decisions counting in the evaluation year for each of these people (no
	 * scope check: the caller has scoped the people): effective (or overridden counted
	 * year) in the year, not cancelled.
	 */
	public Map<Long, List<DisciplineRecord>> countingInYear(Collection<Long> personIds, int year) {
		Map<Long, List<DisciplineRecord>> counting = new LinkedHashMap<>();
		if (personIds.isEmpty()) {
			return counting;
		}
		for (DisciplineQueries.StepDecision decision : this.queries.countingInYear(personIds, year)) {
			counting.computeIfAbsent(decision.record().personId(), (id) -> new ArrayList<>()).add(decision.record());
		}
		return counting;
	}

	/**
	 * The decisions counting in the evaluation year that make it "not completed" for each
	 * of these people: those whose effects, computed as on the decision's own page,
	 * include {@link DisciplineEffects.EffectKind#UNSATISFACTORY_RATING} (under NĐ
	 * 335/2025 Điều 20 khoản 4 c a civil servant's only when duty-related). No scope
	 * check: the caller has scoped the people.
	 */
	public Map<Long, List<DisciplineRecord>> forcingNotCompleted(Collection<Long> personIds, int year) {
		Map<Long, List<DisciplineRecord>> forcing = new LinkedHashMap<>();
		if (personIds.isEmpty()) {
			return forcing;
		}
		Map<RuleKey, List<RuleVersion>> versions = versions();
		for (DisciplineQueries.StepDecision decision : this.queries.countingInYear(personIds, year)) {
			DisciplineRecord record = decision.record();
			DisciplineEffects effects = DisciplineEffects.of(record, decision.category(),
					rulesFor(record.effectiveOn(), record.evaluationYear(), versions));
			if (effects.find(DisciplineEffects.EffectKind.UNSATISFACTORY_RATING).isPresent()) {
				forcing.computeIfAbsent(record.personId(), (id) -> new ArrayList<>()).add(record);
			}
		}
		return forcing;
	}

	/**
	 * The decisions that delay each person's next salary raise (TT 08/2013 Điều 2 khoản
	 * 3): state decisions, not cancelled, that took effect while the person holds the
	 * salary step on their record, each with the months its form costs the person's
	 * category under the rule in force on its day; in order of effect. Which raise each
	 * one delays is the caller's to decide. No scope check: the caller has scoped the
	 * people.
	 */
	public Map<Long, List<RaiseDelay>> raiseDelays(Collection<Long> personIds) {
		return personIds.isEmpty() ? new LinkedHashMap<>() : raiseDelays(this.queries.sinceSalaryStep(personIds));
	}

	/**
	 * The same for everyone now in all the subtrees (built from the user's scope by the
	 * caller), decisions that took effect by the day: a province's raise list in one
	 * query.
	 */
	public Map<Long, List<RaiseDelay>> raiseDelays(List<Subtree> within, LocalDate until) {
		return raiseDelays(this.queries.sinceSalaryStep(within, until));
	}

	private Map<Long, List<RaiseDelay>> raiseDelays(List<DisciplineQueries.StepDecision> decisions) {
		Map<RuleKey, List<RuleVersion>> versions = versions();
		Map<Long, List<RaiseDelay>> delays = new LinkedHashMap<>();
		for (DisciplineQueries.StepDecision decision : decisions) {
			DisciplineRecord record = decision.record();
			DisciplineEffects effects = DisciplineEffects.of(record, decision.category(),
					rulesFor(record.effectiveOn(), record.evaluationYear(), versions));
			effects.find(DisciplineEffects.EffectKind.SALARY_DELAY)
				.ifPresent((effect) -> delays.computeIfAbsent(record.personId(), (id) -> new ArrayList<>())
					.add(new RaiseDelay(record.id(), record.personId(), record.form(), record.decisionNumber(),
							record.decisionDate(), record.effectiveOn(), Objects.requireNonNull(effect.months()),
							effect.rule())));
		}
		return delays;
	}

	/**
	 * Whether the user may see the person's decisions, the person being in their scope
	 * (the caller checked it): administrators, officers and leaders, and staff their own.
	 */
	public boolean mayRead(long personId) {
		return this.currentUsers.current().mayReadDiscipline(personId);
	}

	/** A person's decisions with their effects; audited as a view of sensitive data. */
	@Transactional
	public PersonDiscipline forPerson(long personId, String channel) {
		DisciplinedPerson person = readable(personId);
		List<PersonDiscipline.Decision> decisions = this.queries.ofPerson(personId)
			.stream()
			.map((record) -> new PersonDiscipline.Decision(record, effects(record, person)))
			.toList();
		Map<String, Object> seen = new LinkedHashMap<>();
		seen.put("personId", personId);
		seen.put("fullName", person.fullName());
		seen.put("seen", "discipline");
		seen.put("channel", channel);
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, "person:" + personId, DataChanged.Action.VIEW, null, seen,
				this.orgUnits.current(person.agencyId()).path()));
		return new PersonDiscipline(person, decisions, canEdit());
	}

	/** One decision, if the user may see its person's decisions. */
	public DisciplineRecord get(long recordId) {
		DisciplineRecord record = this.queries.find(recordId)
			.orElseThrow(() -> new NotFoundException("discipline.error.notFound", recordId));
		readable(record.personId());
		return record;
	}

	/** The effects of a decision of the person, from the rules that apply to it. */
	public DisciplineEffects effects(DisciplineRecord record, DisciplinedPerson person) {
		return DisciplineEffects.of(record, person.category(), rulesFor(record.effectiveOn(), record.evaluationYear()));
	}

	/**
	 * Records a decision about a person in scope; officers and administrators; audited.
	 */
	@Transactional
	public DisciplineRecord record(long personId, NewDiscipline input) {
		DisciplinedPerson person = editable(personId);
		DisciplineQueries.Checked checked = check(input, person);
		CurrentUser user = this.currentUsers.current();
		DisciplineRecord added = this.queries.insert(personId, checked, user.username(), this.clock.instant());
		publish(added.id(), DataChanged.Action.CREATE, null, added, person);
		return added;
	}

	/**
	 * Corrects a decision if it is still at the version read and not cancelled; officers
	 * and administrators; audited.
	 */
	@Transactional
	public DisciplineRecord update(long recordId, long version, NewDiscipline input) {
		DisciplineRecord before = get(recordId);
		DisciplinedPerson person = editable(before.personId());
		if (before.cancelled()) {
			throw new DomainException("discipline.error.cancelled");
		}
		if (before.version() != version) {
			throw new ConcurrentEditException();
		}
		DisciplineQueries.Checked checked = check(input, person);
		if (!this.queries.update(recordId, version, checked, this.currentUsers.current().username(),
				this.clock.instant())) {
			throw new ConcurrentEditException();
		}
		DisciplineRecord after = this.queries.find(recordId).orElseThrow();
		publish(recordId, DataChanged.Action.UPDATE, before, after, person);
		return after;
	}

	/**
	 * Cancels a decision (annulled by the competent authority) if still at the version
	 * read; it then has no effect; the reason is required; audited.
	 */
	@Transactional
	public DisciplineRecord cancel(long recordId, long version, @Nullable String reason) {
		DisciplineRecord before = get(recordId);
		DisciplinedPerson person = editable(before.personId());
		if (before.cancelled()) {
			throw new DomainException("discipline.error.cancelled");
		}
		String text = text(reason);
		if (text == null) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("cancelReason", "discipline.error.required", field("cancelReason"))));
		}
		if (text.length() > 1000) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("cancelReason", "discipline.error.tooLong", field("cancelReason"), 1000)));
		}
		if (before.version() != version || !this.queries.cancel(recordId, version, today(), text,
				this.currentUsers.current().username(), this.clock.instant())) {
			throw new ConcurrentEditException();
		}
		DisciplineRecord after = this.queries.find(recordId).orElseThrow();
		publish(recordId, DataChanged.Action.UPDATE, before, after, person);
		return after;
	}

	/**
	 * The decisions that took effect in the period, of the people now in the unit's
	 * subtree (the user's whole scope when null), counted per year and form;
	 * administrators, officers and leaders; audited as a view.
	 */
	@Transactional
	public DisciplineReport report(@Nullable Long unitId, LocalDate from, LocalDate to) {
		if (!canReport()) {
			throw new OutOfScopeException("error.forbidden");
		}
		if (to.isBefore(from)) {
			throw new InvalidInputException(List.of(FieldProblem.of("to", "discipline.error.period")));
		}
		if (from.plusYears(MAX_REPORT_YEARS).isBefore(to)) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("to", "discipline.error.periodTooLong", MAX_REPORT_YEARS)));
		}
		LocalDate today = today();
		List<Subtree> within = new ArrayList<>();
		within.add(this.orgUnits.visibleSubtree(today));
		String path = (this.currentUsers.current().scopeUnitId() == null) ? null
				: this.orgUnits.current(Objects.requireNonNull(this.currentUsers.current().scopeUnitId())).path();
		if (unitId != null) {
			within.add(this.orgUnits.subtree(unitId, today));
			path = this.orgUnits.current(unitId).path();
		}
		List<DisciplineReport.Entry> entries = this.queries.inPeriod(within, from, to)
			.stream()
			.map((reported) -> new DisciplineReport.Entry(reported.record(), reported.person()))
			.toList();
		Map<String, Object> seen = new LinkedHashMap<>();
		seen.put("seen", "discipline report");
		seen.put("unitId", unitId);
		seen.put("from", from);
		seen.put("to", to);
		seen.put("decisions", entries.size());
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, "report", DataChanged.Action.VIEW, null, seen, path));
		return summarise(from, to, entries);
	}

	static DisciplineReport summarise(LocalDate from, LocalDate to, List<DisciplineReport.Entry> entries) {
		Set<DisciplineForm> forms = new java.util.TreeSet<>();
		Map<Integer, List<DisciplineReport.Entry>> byYear = new TreeMap<>();
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			byYear.put(year, new ArrayList<>());
		}
		for (DisciplineReport.Entry entry : entries) {
			forms.add(entry.record().form());
			byYear.get(entry.record().effectiveOn().getYear()).add(entry);
		}
		List<DisciplineReport.Line> years = new ArrayList<>();
		byYear.forEach((year, list) -> years.add(line(year, list)));
		return new DisciplineReport(from, to, List.copyOf(forms), years, line(0, entries), entries);
	}

	private static DisciplineReport.Line line(int year, List<DisciplineReport.Entry> entries) {
		Map<DisciplineForm, Long> byForm = new EnumMap<>(DisciplineForm.class);
		Set<Long> people = new HashSet<>();
		for (DisciplineReport.Entry entry : entries) {
			byForm.merge(entry.record().form(), 1L, Long::sum);
			people.add(entry.record().personId());
		}
		return new DisciplineReport.Line(year, people.size(), entries.size(), byForm);
	}

	/** The unit holding the official or agency code today, if visible. */
	public long unitIdForCode(String code) {
		return this.orgUnits.getByCode(code, today()).id();
	}

	/** The label of a unit for the page's picker. */
	public String unitLabel(long unitId) {
		return this.orgUnits.label(unitId, today());
	}

	private DisciplineRules rulesFor(LocalDate effectiveOn, int evaluationYear) {
		return rulesFor(effectiveOn, evaluationYear, versions());
	}

	/** The versions of both rules, read once for many decisions. */
	private Map<RuleKey, List<RuleVersion>> versions() {
		Map<RuleKey, List<RuleVersion>> versions = new EnumMap<>(RuleKey.class);
		versions.put(RuleKey.DISCIPLINE_EFFECTS, this.rules.versions(RuleKey.DISCIPLINE_EFFECTS));
		versions.put(RuleKey.PARTY_DISCIPLINE, this.rules.versions(RuleKey.PARTY_DISCIPLINE));
		return versions;
	}

	private static DisciplineRules rulesFor(LocalDate effectiveOn, int evaluationYear,
			Map<RuleKey, List<RuleVersion>> versions) {
		return new DisciplineRules(rule(versions, RuleKey.DISCIPLINE_EFFECTS, effectiveOn),
				rule(versions, RuleKey.DISCIPLINE_EFFECTS, LocalDate.of(evaluationYear, 12, 31)),
				rule(versions, RuleKey.PARTY_DISCIPLINE, effectiveOn));
	}

	private static RuleVersion rule(Map<RuleKey, List<RuleVersion>> versions, RuleKey key, LocalDate day) {
		return versions.get(key)
			.stream()
			.filter((version) -> version.inForceOn(day))
			.findFirst()
			.orElseThrow(() -> new DomainException("rules.error.noVersion", key, day));
	}

	/**
	 * The person, if the user may read their decisions: their own record (any role but
	 * viewer), or one in scope for administrators, officers and leaders.
	 */
	private DisciplinedPerson readable(long personId) {
		CurrentUser user = this.currentUsers.current();
		DisciplinedPerson person = this.queries.person(personId)
			.orElseThrow(() -> new NotFoundException("discipline.error.personNotFound", personId));
		if (user.isPerson(personId) && user.hasAny(Role.ADMIN, Role.ORG_OFFICER, Role.LEADER, Role.STAFF)) {
			return person;
		}
		if (!user.hasAny(Role.ADMIN, Role.ORG_OFFICER, Role.LEADER)) {
			throw new OutOfScopeException();
		}
		this.orgUnits.current(person.agencyId());
		return person;
	}

	private DisciplinedPerson editable(long personId) {
		if (!canEdit()) {
			throw new OutOfScopeException("error.forbidden");
		}
		DisciplinedPerson person = this.queries.person(personId)
			.orElseThrow(() -> new NotFoundException("discipline.error.personNotFound", personId));
		this.orgUnits.current(person.agencyId());
		return person;
	}

	private DisciplineQueries.Checked check(NewDiscipline input, DisciplinedPerson person) {
		List<FieldProblem> problems = new ArrayList<>();
		DisciplineSystem system = input.system();
		DisciplineForm form = input.form();
		if (system == null) {
			problems.add(FieldProblem.of("system", "discipline.error.required", field("system")));
		}
		else if (system == DisciplineSystem.PARTY && !person.partyMember()) {
			problems.add(FieldProblem.of("system", "discipline.error.system.notPartyMember"));
		}
		else if (DisciplineForm.allowed(system, person.category(), person.fullPartyMember()).isEmpty()) {
			problems.add(FieldProblem.of("system", "discipline.error.system.notApplicable",
					label(person.category().messageKey())));
		}
		else if (form == null) {
			problems.add(FieldProblem.of("form", "discipline.error.required", field("form")));
		}
		LocalDate decided = input.decisionDate();
		boolean dateValid = false;
		if (decided == null) {
			problems.add(FieldProblem.of("decisionDate", "discipline.error.required", field("decisionDate")));
		}
		else if (decided.isAfter(today())) {
			problems.add(FieldProblem.of("decisionDate", "discipline.error.decisionDate.future", today()));
		}
		else if (decided.getYear() < 1990) {
			problems.add(FieldProblem.of("decisionDate", "discipline.error.decisionDate.old", 1990));
		}
		else {
			dateValid = true;
		}
		if (system != null && form != null
				&& problems.stream().noneMatch((problem) -> "system".equals(problem.field()))) {
			checkForm(system, form, person, dateValid ? decided : today(), problems);
		}
		String violation = required(input.violation(), "violation", 2000, problems);
		String number = required(input.decisionNumber(), "decisionNumber", 100, problems);
		String authority = required(input.authority(), "authority", 300, problems);
		LocalDate effective = input.effectiveOn();
		if (effective == null) {
			problems.add(FieldProblem.of("effectiveOn", "discipline.error.required", field("effectiveOn")));
		}
		else if (decided != null && effective.isBefore(decided)) {
			problems.add(FieldProblem.of("effectiveOn", "discipline.error.effectiveOn.beforeDecision", decided));
		}
		else if (decided != null && effective.isAfter(decided.plusYears(1))) {
			problems.add(FieldProblem.of("effectiveOn", "discipline.error.effectiveOn.late", decided));
		}
		Integer counted = input.countedYear();
		if (counted != null && effective != null
				&& (counted > effective.getYear() || counted < effective.getYear() - 5)) {
			problems.add(FieldProblem.of("countedYear", "discipline.error.countedYear.range", effective.getYear() - 5,
					effective.getYear()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		LocalDate from = Objects.requireNonNull(effective);
		int year = (counted != null) ? counted : from.getYear();
		DisciplineRules rules = rulesFor(from, year);
		return new DisciplineQueries.Checked(Objects.requireNonNull(system).name(), Objects.requireNonNull(form).name(),
				Objects.requireNonNull(violation), Objects.requireNonNull(number), Objects.requireNonNull(authority),
				Objects.requireNonNull(decided), from, Boolean.TRUE.equals(input.dutyRelated()), counted, year,
				DisciplineEffects.lapsesOn(system, form, from, rules.effects(), rules.party()));
	}

	/**
	 * Whether the law in force on the decision's date allows the form for the person: the
	 * forms of their category (rule {@code DISCIPLINE_FORMS}: a công chức's demotion and
	 * salary-step reduction only before 01/07/2025), and removal from post (cách chức) of
	 * a công chức or viên chức only while they hold a leadership or management post that
	 * day (NĐ 172/2025, and Luật CBCC 2008 Điều 79 before it; Luật Viên chức), as their
	 * post history in staffing shows.
	 */
	private void checkForm(DisciplineSystem system, DisciplineForm form, DisciplinedPerson person, LocalDate decided,
			List<FieldProblem> problems) {
		RuleVersion forms = this.rules.inForce(RuleKey.DISCIPLINE_FORMS, decided)
			.orElseThrow(() -> new DomainException("rules.error.noVersion", RuleKey.DISCIPLINE_FORMS, decided));
		if (!DisciplineForm.allowed(system, person.category(), person.fullPartyMember(), forms).contains(form)) {
			boolean abolished = system == DisciplineSystem.STATE && person.category() == PersonnelCategory.CIVIL_SERVANT
					&& (form == DisciplineForm.DEMOTION || form == DisciplineForm.SALARY_STEP_REDUCTION);
			String key = (system == DisciplineSystem.PARTY)
					? (person.fullPartyMember() ? "discipline.error.form.notAllowedParty"
							: "discipline.error.form.notAllowedProbationary")
					: abolished ? "discipline.error.form.abolished" : "discipline.error.form.notAllowed";
			problems.add(FieldProblem.of("form", key, label(form.messageKey()), label(person.category().messageKey()),
					forms.citation()));
			return;
		}
		boolean managerOnly = person.category() == PersonnelCategory.CIVIL_SERVANT
				|| person.category() == PersonnelCategory.PUBLIC_EMPLOYEE;
		if (system == DisciplineSystem.STATE && form == DisciplineForm.REMOVAL && managerOnly
				&& !this.assignments.holdsLeadershipPost(person.id(), decided)) {
			problems.add(FieldProblem.of("form", "discipline.error.form.removalWithoutPost",
					label(person.category().messageKey()), DAY.format(decided)));
		}
	}

	private static @Nullable String required(@Nullable String value, String name, int max,
			List<FieldProblem> problems) {
		String text = text(value);
		if (text == null) {
			problems.add(FieldProblem.of(name, "discipline.error.required", field(name)));
		}
		else if (text.length() > max) {
			problems.add(FieldProblem.of(name, "discipline.error.tooLong", field(name), max));
		}
		return text;
	}

	private static DefaultMessageSourceResolvable field(String name) {
		return label("discipline.field." + name);
	}

	private static DefaultMessageSourceResolvable label(String key) {
		return new DefaultMessageSourceResolvable(new String[] { key }, key);
	}

	private static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private void publish(long id, DataChanged.Action action, @Nullable DisciplineRecord before, DisciplineRecord after,
			DisciplinedPerson person) {
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(id), action, before, after,
				this.orgUnits.current(person.agencyId()).path()));
	}

}
