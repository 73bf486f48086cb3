package vn.canbo.streamlining;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.careers.Careers;
import vn.canbo.careers.PersonCareer;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.Subtree;
import vn.canbo.rules.BaseSalary;
import vn.canbo.rules.RuleKey;
import vn.canbo.rules.RuleVersion;
import vn.canbo.rules.Rules;
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
 * Streamlining within the user's scope: the screening list of a unit at a date, the
 * declarations officers make of what the records do not hold, and the plan of a unit and
 * year with its decisions and payouts. Administrators and organisation officers screen,
 * declare and decide (audited); leaders read; the list shows discipline and maternity, so
 * no one else sees it.
 */
@Service
@Transactional(readOnly = true)
public class Streamlining {

	/** The entity type of declarations in the audit trail. */
	public static final String FACT_AUDIT_TYPE = "StreamliningFact";

	/** The entity type of decisions in the audit trail. */
	public static final String DECISION_AUDIT_TYPE = "StreamliningDecision";

	/** The most rows a page shows; the export holds them all. */
	public static final int MAX_PAGE_SIZE = 200;

	private final StreamliningQueries queries;

	private final OrgUnits orgUnits;

	private final Rules rules;

	private final Careers careers;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Streamlining(StreamliningQueries queries, OrgUnits orgUnits, Rules rules, Careers careers,
			CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
		this.queries = queries;
		this.orgUnits = orgUnits;
		this.rules = rules;
		this.careers = careers;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Whether the user may declare and decide. */
	public boolean canEdit() {
		return this.currentUsers.current().hasAny(Role.ADMIN, Role.ORG_OFFICER);
	}

	/** Whether the user may read the list and the plans. */
	public boolean canRead() {
		return this.currentUsers.current().hasAny(Role.ADMIN, Role.ORG_OFFICER, Role.LEADER);
	}

	/** The label of a unit in scope. */
	public String unitLabel(long unitId) {
		return this.orgUnits.label(unitId, today());
	}

	/** The id of a unit in scope by its code. */
	public long unitIdForCode(String code) {
		return this.orgUnits.idForCode(code, today());
	}

	/** The screening rule in force on the day. */
	public RuleVersion screeningRule(LocalDate day) {
		return rule(RuleKey.STREAMLINING_SCREENING, day, "asOf");
	}

	/**
	 * The screening list of the unit (the user's scope when null) at the day, one page,
	 * with the counts of the whole list; audited as a view of discipline and maternity.
	 */
	@Transactional
	public Screening screening(@Nullable Long unitId, LocalDate asOf, Screening.Status status, int page, int size) {
		readable();
		Window window = window(unitId, asOf);
		int pageNumber = PageResult.page(page);
		int pageSize = PageResult.size(size, MAX_PAGE_SIZE);
		long[] counts = this.queries.counts(window.query());
		long total = switch (status) {
			case ALL -> counts[0];
			case CANDIDATES -> counts[0] - counts[1];
			case EXCLUDED -> counts[1];
		};
		PageResult<StreamliningQueries.Row> rows = this.queries.page(window.query(), status, total, pageNumber,
				pageSize);
		List<ScreenedPerson> people = rows.items().stream().map((row) -> screened(row, window.rule())).toList();
		auditView(unitId, asOf, "streamlining screening", people.size());
		return new Screening(unitId, (unitId == null) ? null : unitLabel(unitId), asOf, asOf.getYear(), counts[0],
				counts[1], new PageResult<>(people, rows.total(), rows.page(), rows.size()), status, window.rule());
	}

	/** The whole list, for the export; audited. */
	@Transactional
	public List<ScreenedPerson> screeningList(@Nullable Long unitId, LocalDate asOf) {
		readable();
		Window window = window(unitId, asOf);
		List<ScreenedPerson> people = this.queries.all(window.query())
			.stream()
			.map((row) -> screened(row, window.rule()))
			.toList();
		auditView(unitId, asOf, "streamlining screening export", people.size());
		return people;
	}

	/**
	 * What a person's page shows: the person screened at the day and their declarations.
	 */
	public record PersonScreening(long personId, String fullName, String agencyName, LocalDate asOf,
			ScreenedPerson screened, List<StreamliningFact> facts, RuleVersion rule, boolean editable) {

	}

	/** One person screened at the day, with the declarations made about them. */
	@Transactional
	public PersonScreening person(long personId, LocalDate asOf) {
		readable();
		StreamliningQueries.PersonRow person = visiblePerson(personId);
		Window window = window(null, asOf);
		StreamliningQueries.Row row = this.queries.one(window.query(), personId)
			.orElseThrow(() -> new NotFoundException("streamlining.error.personNotFound", personId));
		auditView(person.agencyId(), asOf, "streamlining person " + personId, 1);
		return new PersonScreening(personId, person.fullName(), person.agencyName(), asOf, screened(row, window.rule()),
				this.queries.facts(personId), window.rule(), canEdit());
	}

	/**
	 * Declares a case or exclusion the records do not hold, with its dates; a young child
	 * is declared by its birth date, the end computed from the rule. Audited.
	 */
	@Transactional
	public StreamliningFact declare(long personId, NewFact input) {
		editable();
		StreamliningQueries.PersonRow person = visiblePerson(personId);
		List<FieldProblem> problems = new ArrayList<>();
		String kind = declarable(input.kind());
		if (kind == null) {
			problems.add(FieldProblem.of("kind", "streamlining.error.kind"));
		}
		LocalDate from = input.validFrom();
		if (from == null) {
			problems.add(FieldProblem.of("validFrom", "streamlining.error.validFrom"));
		}
		LocalDate to = input.validTo();
		if (from != null && Exclusion.YOUNG_CHILD.name().equals(kind)) {
			to = from.plusMonths(screeningRule(from).parameter("youngChildMonths"));
		}
		if (from != null && to != null && !to.isAfter(from)) {
			problems.add(FieldProblem.of("validTo", "streamlining.error.validTo"));
		}
		String note = trimmed(input.note());
		if (note != null && note.length() > 1000) {
			problems.add(FieldProblem.of("note", "streamlining.error.note"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		long id = this.queries.insertFact(personId, Objects.requireNonNull(kind), Objects.requireNonNull(from), to,
				note, this.currentUsers.current().username());
		StreamliningFact fact = this.queries.fact(id).orElseThrow();
		this.events.publishEvent(new DataChanged(FACT_AUDIT_TYPE, String.valueOf(id), DataChanged.Action.CREATE, null,
				fact, this.orgUnits.current(person.agencyId()).path()));
		return fact;
	}

	/** Removes a declaration made in error; audited. */
	@Transactional
	public long removeFact(long factId) {
		editable();
		StreamliningFact fact = this.queries.fact(factId)
			.orElseThrow(() -> new NotFoundException("streamlining.error.factNotFound", factId));
		StreamliningQueries.PersonRow person = visiblePerson(fact.personId());
		this.queries.deleteFact(factId);
		this.events.publishEvent(new DataChanged(FACT_AUDIT_TYPE, String.valueOf(factId), DataChanged.Action.DELETE,
				fact, null, this.orgUnits.current(person.agencyId()).path()));
		return fact.personId();
	}

	/** One decision with its salary and payout terms. */
	public Decision decision(long id) {
		readable();
		Decision decision = this.queries.decision(id)
			.orElseThrow(() -> new NotFoundException("streamlining.error.decisionNotFound", id));
		visiblePerson(decision.personId());
		return withPayout(decision);
	}

	/**
	 * Records the decision about a person for the year they leave in; the salary from
	 * their history unless entered; audited.
	 */
	@Transactional
	public Decision decide(long personId, NewDecision input) {
		editable();
		StreamliningQueries.PersonRow person = visiblePerson(personId);
		StreamliningQueries.Stored stored = check(person, input, null);
		if (this.queries.decisionOf(personId, stored.year()).isPresent()) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("leaveOn", "streamlining.error.decidedInYear", stored.year())));
		}
		long id = this.queries.insertDecision(stored, this.currentUsers.current().username(), this.clock.instant());
		Decision decision = decision(id);
		this.events.publishEvent(new DataChanged(DECISION_AUDIT_TYPE, String.valueOf(id), DataChanged.Action.CREATE,
				null, audited(decision), this.orgUnits.current(person.agencyId()).path()));
		return decision;
	}

	/** Corrects a decision if it is still at the version read; audited. */
	@Transactional
	public Decision update(long id, long version, NewDecision input) {
		editable();
		Decision before = decision(id);
		StreamliningQueries.PersonRow person = visiblePerson(before.personId());
		StreamliningQueries.Stored stored = check(person, input, before.year());
		if (!this.queries.updateDecision(id, version, stored, this.currentUsers.current().username(),
				this.clock.instant())) {
			throw new ConcurrentEditException();
		}
		Decision after = decision(id);
		this.events.publishEvent(new DataChanged(DECISION_AUDIT_TYPE, String.valueOf(id), DataChanged.Action.UPDATE,
				audited(before), audited(after), this.orgUnits.current(person.agencyId()).path()));
		return after;
	}

	/** The plan of the unit (the user's scope when null) for the year, one page. */
	public Plan plan(@Nullable Long unitId, int year, int page, int size) {
		readable();
		checkYear(year);
		Subtree within = within(unitId, today());
		int pageNumber = PageResult.page(page);
		int pageSize = PageResult.size(size, MAX_PAGE_SIZE);
		Map<Policy, long[]> figures = this.queries.planFigures(within, year);
		long count = figures.values().stream().mapToLong((figure) -> figure[0]).sum();
		long total = figures.values().stream().mapToLong((figure) -> figure[1]).sum();
		Map<Policy, Long> byPolicy = new EnumMap<>(Policy.class);
		figures.forEach((policy, figure) -> byPolicy.put(policy, figure[0]));
		return new Plan(unitId, (unitId == null) ? null : unitLabel(unitId), year,
				this.queries.planPage(within, year, count, pageNumber, pageSize), count, total, byPolicy);
	}

	/** Every decision of the plan, for the export. */
	public List<Decision> planDecisions(@Nullable Long unitId, int year) {
		readable();
		checkYear(year);
		return this.queries.planAll(within(unitId, today()), year);
	}

	/** The cases an officer may set and the exclusions they may declare. */
	public static List<String> declarableKinds() {
		List<String> kinds = new ArrayList<>();
		Arrays.stream(StreamliningCase.values()).filter(StreamliningCase::declared).forEach((c) -> kinds.add(c.name()));
		Arrays.stream(Exclusion.values()).filter(Exclusion::declarable).forEach((e) -> kinds.add(e.name()));
		return kinds;
	}

	/** The label of a declarable kind. */
	public static String kindMessageKey(String kind) {
		return Arrays.stream(StreamliningCase.values()).anyMatch((c) -> c.name().equals(kind))
				? StreamliningCase.valueOf(kind).messageKey() : Exclusion.valueOf(kind).messageKey();
	}

	private static @Nullable String declarable(@Nullable String kind) {
		return (kind != null && declarableKinds().contains(kind.strip())) ? kind.strip() : null;
	}

	private void checkYear(int year) {
		if (year < 2025 || year > 2100) {
			throw new InvalidInputException(List.of(FieldProblem.of("year", "streamlining.error.year")));
		}
	}

	private StreamliningQueries.Stored check(StreamliningQueries.PersonRow person, NewDecision input,
			@Nullable Integer year) {
		List<FieldProblem> problems = new ArrayList<>();
		if (input.caseCode() == null) {
			problems.add(FieldProblem.of("caseCode", "streamlining.error.caseCode"));
		}
		if (input.policy() == null) {
			problems.add(FieldProblem.of("policy", "streamlining.error.policy"));
		}
		LocalDate leaveOn = input.leaveOn();
		if (leaveOn == null || leaveOn.getYear() < 2025 || leaveOn.getYear() > 2100) {
			problems.add(FieldProblem.of("leaveOn", "streamlining.error.leaveOn"));
		}
		else if (year != null && leaveOn.getYear() != year) {
			problems.add(FieldProblem.of("leaveOn", "streamlining.error.leaveOnYear", year));
		}
		LocalDate restructuringOn = input.restructuringOn();
		if (leaveOn != null && restructuringOn != null && restructuringOn.isAfter(leaveOn)) {
			problems.add(FieldProblem.of("restructuringOn", "streamlining.error.restructuringOn"));
		}
		BigDecimal leadership = (input.leadershipCoefficient() == null) ? BigDecimal.ZERO
				: input.leadershipCoefficient();
		if (leadership.signum() < 0 || leadership.compareTo(BigDecimal.valueOf(99)) > 0) {
			problems.add(FieldProblem.of("leadershipCoefficient", "streamlining.error.coefficient"));
		}
		if (input.rankCoefficient() != null && (input.rankCoefficient().signum() <= 0
				|| input.rankCoefficient().compareTo(BigDecimal.valueOf(99)) > 0)) {
			problems.add(FieldProblem.of("rankCoefficient", "streamlining.error.coefficient"));
		}
		if (input.beyondScalePercent() != null
				&& (input.beyondScalePercent() < 0 || input.beyondScalePercent() > 100)) {
			problems.add(FieldProblem.of("beyondScalePercent", "streamlining.error.percent"));
		}
		long other = (input.otherAllowances() == null) ? 0 : input.otherAllowances();
		if (other < 0 || other > 1_000_000_000L) {
			problems.add(FieldProblem.of("otherAllowances", "streamlining.error.amount"));
		}
		if (input.insuredYears() == null) {
			problems.add(FieldProblem.of("insuredYears", "streamlining.error.insuredYears"));
		}
		if (input.monthsEarly() != null && (input.monthsEarly() < 0 || input.monthsEarly() > 240)) {
			problems.add(FieldProblem.of("monthsEarly", "streamlining.error.monthsEarlyRange"));
		}
		String note = trimmed(input.note());
		if (note != null && note.length() > 1000) {
			problems.add(FieldProblem.of("note", "streamlining.error.note"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		LocalDate leave = Objects.requireNonNull(leaveOn);
		Policy policy = Objects.requireNonNull(input.policy());
		// TT 01/2025 Art. 3(2): the salary and base salary of the month before leaving.
		LocalDate salaryDay = leave.withDayOfMonth(1).minusDays(1);
		PersonCareer career = this.careers.career(person.id(), salaryDay);
		BigDecimal coefficient = input.rankCoefficient();
		int beyond = (input.beyondScalePercent() != null) ? input.beyondScalePercent() : 0;
		if (career.salary() != null) {
			if (coefficient == null) {
				coefficient = career.salary().coefficient();
			}
			if (input.beyondScalePercent() == null) {
				beyond = career.salary().beyondScalePercent();
			}
		}
		if (coefficient == null) {
			throw new InvalidInputException(List.of(FieldProblem.of("rankCoefficient", "streamlining.error.noSalary")));
		}
		BaseSalary base = this.rules.baseSalary(salaryDay)
			.orElseThrow(() -> new InvalidInputException(
					List.of(FieldProblem.of("leaveOn", "streamlining.error.noBaseSalary"))));
		int monthsEarly = 0;
		if (input.monthsEarly() != null) {
			monthsEarly = input.monthsEarly();
		}
		else if (policy.retirement()) {
			monthsEarly = (int) Math.max(0,
					ChronoUnit.MONTHS.between(leave, career.person().retirement().pensionStartDate()));
		}
		List<PayoutTerm> salaryTerms = salaryTerms(coefficient, leadership, beyond, other, base.amount(),
				salaryRule(salaryDay));
		long monthly = salaryTerms.stream().mapToLong(PayoutTerm::amount).sum();
		Payout payout = Payouts.compute(new PayoutInput(policy, monthly, monthsEarly, input.insuredYears(),
				(input.insuredMonths() == null) ? 0 : input.insuredMonths(), laterRate(leave, restructuringOn),
				input.severanceMonths()), rule(policy.rule(), leave, "leaveOn"));
		return new StreamliningQueries.Stored(person.agencyId(), leave.getYear(), person.id(),
				Objects.requireNonNull(input.caseCode()), policy, leave, restructuringOn, coefficient, leadership,
				beyond, other, base.amount(), monthly, monthsEarly, input.insuredYears(),
				(input.insuredMonths() == null) ? 0 : input.insuredMonths(), input.severanceMonths(), payout.total(),
				note);
	}

	/**
	 * Whether the person leaves after the first months from the restructuring decision
	 * (TT 01/2025 Art. 3(1)): the "from month 13" rates.
	 */
	private boolean laterRate(LocalDate leaveOn, @Nullable LocalDate restructuringOn) {
		if (restructuringOn == null) {
			return false;
		}
		long first = rule(RuleKey.STREAMLINING_SALARY, leaveOn, "leaveOn").parameter("firstRateMonths");
		return !leaveOn.isBefore(restructuringOn.plusMonths(first));
	}

	private RuleVersion salaryRule(LocalDate day) {
		return rule(RuleKey.STREAMLINING_SALARY, day, "leaveOn");
	}

	/**
	 * The monthly salary of TT 01/2025 Art. 3(2), term by term: the coefficient and the
	 * leadership allowance times the base salary, the beyond-scale percent of the
	 * coefficient's salary, the other salary-linked allowances.
	 */
	static List<PayoutTerm> salaryTerms(BigDecimal coefficient, BigDecimal leadership, int beyondPercent,
			long otherAllowances, long base, RuleVersion rule) {
		List<PayoutTerm> terms = new ArrayList<>();
		long rank = coefficient.multiply(BigDecimal.valueOf(base))
			.setScale(0, java.math.RoundingMode.HALF_UP)
			.longValueExact();
		terms.add(new PayoutTerm("RANK_SALARY", base, coefficient.stripTrailingZeros(), BigDecimal.ONE, rank,
				rule.citation()));
		if (leadership.signum() > 0) {
			terms.add(new PayoutTerm("LEADERSHIP_ALLOWANCE", base, leadership.stripTrailingZeros(), BigDecimal.ONE,
					leadership.multiply(BigDecimal.valueOf(base))
						.setScale(0, java.math.RoundingMode.HALF_UP)
						.longValueExact(),
					rule.citation()));
		}
		if (beyondPercent > 0) {
			BigDecimal share = BigDecimal.valueOf(beyondPercent).divide(BigDecimal.valueOf(100));
			terms.add(new PayoutTerm("BEYOND_SCALE", base, coefficient.stripTrailingZeros(), share.stripTrailingZeros(),
					coefficient.multiply(BigDecimal.valueOf(base))
						.multiply(share)
						.setScale(0, java.math.RoundingMode.HALF_UP)
						.longValueExact(),
					rule.citation()));
		}
		if (otherAllowances > 0) {
			terms.add(new PayoutTerm("OTHER_ALLOWANCES", otherAllowances, BigDecimal.ONE, BigDecimal.ONE,
					otherAllowances, rule.citation()));
		}
		return terms;
	}

	private Decision withPayout(Decision decision) {
		LocalDate salaryDay = decision.leaveOn().withDayOfMonth(1).minusDays(1);
		List<PayoutTerm> salary = salaryTerms(decision.rankCoefficient(), decision.leadershipCoefficient(),
				decision.beyondScalePercent(), decision.otherAllowances(), decision.baseSalary(),
				salaryRule(salaryDay));
		Payout payout = Payouts.compute(
				new PayoutInput(decision.policy(), decision.monthlySalary(), decision.monthsEarly(),
						decision.insuredYears(), decision.insuredMonths(),
						laterRate(decision.leaveOn(), decision.restructuringOn()), decision.severanceMonths()),
				rule(decision.policy().rule(), decision.leaveOn(), "leaveOn"));
		return decision.with(salary, payout);
	}

	private static Map<String, Object> audited(Decision decision) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("personId", decision.personId());
		values.put("fullName", decision.fullName());
		values.put("year", decision.year());
		values.put("case", decision.caseCode().name());
		values.put("policy", decision.policy().name());
		values.put("leaveOn", decision.leaveOn());
		values.put("restructuringOn", decision.restructuringOn());
		values.put("monthlySalary", decision.monthlySalary());
		values.put("monthsEarly", decision.monthsEarly());
		values.put("insuredYears", decision.insuredYears());
		values.put("insuredMonths", decision.insuredMonths());
		values.put("severanceMonths", decision.severanceMonths());
		values.put("total", decision.total());
		values.put("note", decision.note());
		return values;
	}

	private ScreenedPerson screened(StreamliningQueries.Row row, RuleVersion rule) {
		List<Finding> cases = new ArrayList<>();
		if (!row.ratingYears().isEmpty()) {
			cases.add(new Finding(StreamliningCase.NOT_COMPLETED_RATING.name(),
					StreamliningCase.NOT_COMPLETED_RATING.messageKey(),
					row.ratingYears().stream().map(String::valueOf).collect(Collectors.joining(", ")), false,
					rule.citation(), rule.confirmed()));
		}
		for (String code : row.declaredCases()) {
			cases.add(new Finding(code, StreamliningCase.valueOf(code).messageKey(), null, true, rule.citation(),
					rule.confirmed()));
		}
		List<Finding> exclusions = new ArrayList<>();
		if (row.maternity()) {
			exclusions.add(new Finding(Exclusion.MATERNITY_LEAVE.name(), Exclusion.MATERNITY_LEAVE.messageKey(), null,
					false, rule.citation(), rule.confirmed()));
		}
		if (!row.disciplines().isEmpty()) {
			exclusions.add(new Finding(Exclusion.DISCIPLINE.name(), Exclusion.DISCIPLINE.messageKey(),
					String.join(", ", row.disciplines()), false, rule.citation(), rule.confirmed()));
		}
		for (String code : row.declaredExclusions()) {
			exclusions.add(new Finding(code, Exclusion.valueOf(code).messageKey(), null, true, rule.citation(),
					rule.confirmed()));
		}
		return new ScreenedPerson(row.personId(), row.fullName(), row.category(), row.position(), row.agencyName(),
				cases, exclusions, row.decisionId());
	}

	private record Window(StreamliningQueries.Window query, RuleVersion rule) {

	}

	private Window window(@Nullable Long unitId, LocalDate asOf) {
		RuleVersion rule = screeningRule(asOf);
		int years = Math.toIntExact(rule.parameter("ratingYears"));
		return new Window(
				new StreamliningQueries.Window(within(unitId, asOf), asOf, asOf.getYear() - years + 1, asOf.getYear()),
				rule);
	}

	/** The unit's subtree on the day (the user's scope when null); refused outside it. */
	private Subtree within(@Nullable Long unitId, LocalDate day) {
		return (unitId == null) ? this.orgUnits.visibleSubtree(day) : this.orgUnits.subtree(unitId, day);
	}

	private RuleVersion rule(RuleKey key, LocalDate day, String field) {
		return this.rules.inForce(key, day)
			.orElseThrow(() -> new InvalidInputException(
					List.of(FieldProblem.of(field, "streamlining.error.noRule", day.toString()))));
	}

	private StreamliningQueries.PersonRow visiblePerson(long personId) {
		return this.queries.person(personId, this.orgUnits.visibleSubtree(today())).orElseThrow(() -> {
			if (this.queries.personExists(personId)) {
				return new OutOfScopeException();
			}
			return new NotFoundException("streamlining.error.personNotFound", personId);
		});
	}

	private void readable() {
		if (!canRead()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	private void editable() {
		if (!canEdit()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	private void auditView(@Nullable Long unitId, LocalDate asOf, String seen, int rows) {
		CurrentUser user = this.currentUsers.current();
		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put("seen", seen);
		shown.put("unitId", unitId);
		shown.put("asOf", asOf);
		shown.put("rows", rows);
		String path = (unitId != null) ? this.orgUnits.current(unitId).path() : (user.scopeUnitId() == null) ? null
				: this.orgUnits.current(Objects.requireNonNull(user.scopeUnitId())).path();
		this.events.publishEvent(
				new DataChanged(DECISION_AUDIT_TYPE, "screening", DataChanged.Action.VIEW, null, shown, path));
	}

	private static @Nullable String trimmed(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return value.strip();
	}

}
