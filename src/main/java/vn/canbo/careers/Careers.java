package vn.canbo.careers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.discipline.Disciplines;
import vn.canbo.discipline.RaiseDelay;
import vn.canbo.ratings.AnnualRatings;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.Subtree;
import vn.canbo.rules.BaseSalary;
import vn.canbo.rules.BirthMonthRange;
import vn.canbo.rules.Retirement;
import vn.canbo.rules.RetirementNotice;
import vn.canbo.rules.RetirementSchedule;
import vn.canbo.rules.RuleKey;
import vn.canbo.rules.RuleVersion;
import vn.canbo.rules.Rules;
import vn.canbo.rules.SalaryRaiseRule;
import vn.canbo.rules.SalaryRank;
import vn.canbo.rules.Sex;
import vn.canbo.security.CurrentUsers;
import vn.canbo.security.Role;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.DomainException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;

/**
 * Retirement and salary-raise schedules within the user's scope: who retires in a period
 * and whom to notify, whose raise is due, one person's outlook with the rules and facts
 * behind it, and the early raises and delays that move a raise (recorded by organisation
 * officers and administrators, audited) besides the discipline decisions' delays.
 */
@Service
@Transactional(readOnly = true)
public class Careers {

	/** The entity type of salary adjustments in the audit trail. */
	public static final String AUDIT_TYPE = "SalaryAdjustment";

	private static final int YEARS_COUNTED = 5;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final CareerQueries queries;

	private final OrgUnits orgUnits;

	private final Rules rules;

	private final Disciplines disciplines;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AnnualRatings ratings;

	Careers(CareerQueries queries, OrgUnits orgUnits, Rules rules, Disciplines disciplines, CurrentUsers currentUsers,
			ApplicationEventPublisher events, Clock clock, AnnualRatings ratings) {
		this.ratings = ratings;
		this.queries = queries;
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

	/** Whether the current user may record early raises and delays. */
	public boolean canEdit() {
		return this.currentUsers.current().hasAny(Role.ADMIN, Role.ORG_OFFICER);
	}

	/**
	 * The retirements in the unit's subtree (the user's whole scope when null): in the
	 * period, to notify today, and per year for this and the next four years.
	 */
	public RetirementOverview retirements(@Nullable Long unitId, LocalDate from, LocalDate to) {
		requirePeriod(from, to);
		List<Subtree> within = within(unitId);
		RetirementSchedule schedule = this.rules.retirementSchedule();
		LocalDate today = today();
		RetirementNotice notice = this.rules.retirementNotice(today);
		List<RetiringPerson> people = retiring(within, schedule, notice, from, to);
		LocalDate noticeUntil = today.plusMonths(notice.notifyMonths());
		List<RetiringPerson> toNotify = retiring(within, schedule, notice, today, noticeUntil);
		List<Optional<BirthMonthRange>> men = new ArrayList<>();
		List<Optional<BirthMonthRange>> women = new ArrayList<>();
		for (int i = 0; i < YEARS_COUNTED; i++) {
			int year = today.getYear() + i;
			LocalDate first = LocalDate.of(year, 1, 1);
			LocalDate last = LocalDate.of(year, 12, 31);
			men.add(Retirement.birthMonthsRetiringBetween(Sex.MALE, first, last, schedule));
			women.add(Retirement.birthMonthsRetiringBetween(Sex.FEMALE, first, last, schedule));
		}
		List<long[]> counts = this.queries.countBornWithin(within, men, women);
		List<YearCount> perYear = new ArrayList<>();
		for (int i = 0; i < YEARS_COUNTED; i++) {
			perYear.add(new YearCount(today.getYear() + i, counts.get(i)[0], counts.get(i)[1]));
		}
		return new RetirementOverview(from, to, people, toNotify, noticeUntil, notice, perYear);
	}

	private List<RetiringPerson> retiring(List<Subtree> within, RetirementSchedule schedule, RetirementNotice notice,
			LocalDate from, LocalDate to) {
		Optional<BirthMonthRange> men = Retirement.birthMonthsRetiringBetween(Sex.MALE, from, to, schedule);
		Optional<BirthMonthRange> women = Retirement.birthMonthsRetiringBetween(Sex.FEMALE, from, to, schedule);
		return this.queries.bornWithin(within, men, women)
			.stream()
			.map((facts) -> retiring(facts, schedule, notice))
			.filter((person) -> !person.retirement().retirementDate().isBefore(from)
					&& !person.retirement().retirementDate().isAfter(to))
			.sorted(Comparator.comparing((RetiringPerson person) -> person.retirement().retirementDate()))
			.toList();
	}

	private static RetiringPerson retiring(PersonFacts facts, RetirementSchedule schedule, RetirementNotice notice) {
		Retirement retirement = Retirement.of(facts.sex(), facts.birth(), schedule);
		return new RetiringPerson(facts.id(), facts.fullName(), facts.gender(), facts.birthText(), facts.category(),
				facts.position(), facts.agencyId(), facts.agencyName(), retirement,
				notice.notifyBy(retirement.retirementDate()), notice.decideBy(retirement.retirementDate()));
	}

	/**
	 * The people in the unit's subtree (the user's whole scope when null) whose next
	 * raise (a step, or the start or yearly rise of the beyond-scale allowance) is due in
	 * the period, by date then name; people without a salary step or with a rank outside
	 * the catalogue are left out. The delays of discipline decisions are applied; those
	 * shown to the user are audited as a view of discipline.
	 */
	@Transactional
	public List<DueRaise> salaryRaises(@Nullable Long unitId, LocalDate from, LocalDate to) {
		requirePeriod(from, to);
		List<DueRaise> due = dueRaises(within(unitId), from, to, true).stream().map(Due::raise).toList();
		List<String> decisions = due.stream()
			.flatMap((raise) -> raise.disciplineDelays().stream())
			.filter(DisciplineDelay::shown)
			.map(DisciplineDelay::decisionNumber)
			.toList();
		if (!decisions.isEmpty()) {
			Map<String, Object> seen = new LinkedHashMap<>();
			seen.put("seen", "discipline in salary raises");
			seen.put("unitId", unitId);
			seen.put("from", from);
			seen.put("to", to);
			seen.put("decisions", decisions);
			auditView("salary-raises", seen, scopePath(unitId));
		}
		return due;
	}

	/**
	 * The raises due in the period within every subtree, by date, each with the agency of
	 * the person's record: the list and the indicator of raises due read the same.
	 * @param named whether the list names the discipline decisions the user may read (a
	 * count names none)
	 */
	List<Due> dueRaises(List<Subtree> within, LocalDate from, LocalDate to, boolean named) {
		RaiseInputs inputs = raiseInputs(within, from, to);
		List<Due> due = new ArrayList<>();
		for (CareerQueries.RaiseCandidate candidate : this.queries.raiseCandidates(within, inputs.intervals(), from, to,
				inputs.delayed())) {
			long person = candidate.facts().id();
			boolean mayName = named && inputs.delays().containsKey(person) && this.disciplines.mayRead(person);
			DueRaise raise = inputs.due(candidate, mayName, from, to);
			if (raise != null) {
				due.add(new Due(raise, candidate.facts().agencyId()));
			}
		}
		due.sort(Comparator.comparing((Due each) -> each.raise().dueOn()));
		return due;
	}

	/**
	 * How many raises {@link #dueRaises} lists in the period, by the agency of the
	 * person's record: the database counts everyone whose raise no decision or rating
	 * moves, and only the others are placed one by one.
	 */
	Map<Long, Long> dueRaiseCounts(List<Subtree> within, LocalDate from, LocalDate to) {
		RaiseInputs inputs = raiseInputs(within, from, to);
		Map<Long, Long> counts = new HashMap<>(
				this.queries.raisesDueByAgency(within, inputs.intervals(), from, to, inputs.delayed()));
		for (CareerQueries.RaiseCandidate candidate : this.queries.raiseCandidatesAmong(within, inputs.intervals(),
				from, to, inputs.delayed())) {
			if (inputs.due(candidate, false, from, to) != null) {
				counts.merge(candidate.facts().agencyId(), 1L, Long::sum);
			}
		}
		return counts;
	}

	private RaiseInputs raiseInputs(List<Subtree> within, LocalDate from, LocalDate to) {
		SalaryRaiseRule rule = this.rules.salaryRaise(from);
		Map<String, SalaryRank> ranks = new LinkedHashMap<>();
		this.rules.salaryRanks().forEach((rank) -> ranks.put(rank.code(), rank));
		List<CareerQueries.RankInterval> intervals = ranks.values()
			.stream()
			.map((rank) -> new CareerQueries.RankInterval(rank.code(), rank.table().steps(),
					rule.intervalMonths(rank.table().raiseGroup())))
			.toList();
		// A raise due before the period may be pushed into it: whoever has a delaying
		// decision is computed, whatever the database window says.
		Map<Long, List<RaiseDelay>> delays = this.disciplines.raiseDelays(within, to);
		Map<Long, List<RatingDelay>> rated = ratingDelays(this.ratings.notCompletedYears(within));
		Set<Long> delayed = new HashSet<>(delays.keySet());
		delayed.addAll(rated.keySet());
		return new RaiseInputs(rule, ranks, intervals, delays, rated, delayed);
	}

	/**
	 * What placing a raise needs: the rule in force, the ranks and their intervals, and
	 * who has discipline delays or years rated not completed.
	 */
	private record RaiseInputs(SalaryRaiseRule rule, Map<String, SalaryRank> ranks,
			List<CareerQueries.RankInterval> intervals, Map<Long, List<RaiseDelay>> delays,
			Map<Long, List<RatingDelay>> rated, Set<Long> delayed) {

		/** The candidate's raise in the period, or null; the decisions named when shown. */
		@Nullable DueRaise due(CareerQueries.RaiseCandidate candidate, boolean mayName, LocalDate from, LocalDate to) {
			PersonFacts facts = candidate.facts();
			List<RaiseDelay> own = this.delays.getOrDefault(facts.id(), List.of());
			List<RatingDelay> years = this.rated.getOrDefault(facts.id(), List.of());
			boolean shown = mayName && !own.isEmpty();
			SalaryStatus status = SalaryOutlook.of(facts,
					Optional.ofNullable(this.ranks.get(Objects.requireNonNull(facts.rankCode()))), this.rule,
					candidate.adjustmentMonths(), own, years, shown, from);
			return SalaryOutlook.dueBetween(facts, status, this.rule, own, years, shown, from, to);
		}

	}

	/**
	 * The retirements in the period within the subtree, by date: what the retirement list
	 * shows, for the indicator of retirements due.
	 */
	List<RetiringPerson> retiringWithin(Subtree subtree, LocalDate from, LocalDate to) {
		requirePeriod(from, to);
		return retiring(List.of(subtree), this.rules.retirementSchedule(), this.rules.retirementNotice(today()), from,
				to);
	}

	/** A raise due, with the agency of the person's record. */
	record Due(DueRaise raise, long agencyId) {
	}

	/**
	 * One person's retirement and salary outlook as of the day, discipline delays
	 * applied; the decisions shown to the user are audited as a view of discipline.
	 */
	@Transactional
	public PersonCareer career(long personId, LocalDate asOf) {
		PersonFacts facts = visiblePerson(personId);
		RetiringPerson person = retiring(facts, this.rules.retirementSchedule(), this.rules.retirementNotice(asOf));
		SalaryStatus salary = null;
		Long monthly = null;
		BaseSalary base = this.rules.baseSalary(asOf).orElse(null);
		if (facts.hasSalary()) {
			salary = salary(facts, asOf);
			if (salary.disciplineDelays().stream().anyMatch(DisciplineDelay::shown)) {
				Map<String, Object> seen = new LinkedHashMap<>();
				seen.put("personId", personId);
				seen.put("fullName", facts.fullName());
				seen.put("seen", "discipline in salary outlook");
				seen.put("decisions", salary.disciplineDelays().stream().map(DisciplineDelay::decisionNumber).toList());
				auditView("person:" + personId, seen, this.orgUnits.current(facts.agencyId()).path());
			}
			if (base != null && salary.coefficient() != null) {
				monthly = base.salaryOf(Objects.requireNonNull(salary.coefficient()));
			}
		}
		return new PersonCareer(asOf, person, salary, base, monthly, this.queries.adjustments(personId), canEdit());
	}

	/**
	 * The salary outlook of a person with a salary history as of the day: discipline
	 * delays (shown when the user may read them) and years rated not completed applied.
	 */
	private SalaryStatus salary(PersonFacts facts, LocalDate asOf) {
		long personId = facts.id();
		List<RaiseDelay> delays = this.disciplines.raiseDelays(List.of(personId)).getOrDefault(personId, List.of());
		boolean shown = !delays.isEmpty() && this.disciplines.mayRead(personId);
		return SalaryOutlook.of(facts, this.rules.salaryRank(Objects.requireNonNull(facts.rankCode())),
				this.rules.salaryRaise(asOf),
				this.queries.adjustmentMonths(personId, Objects.requireNonNull(facts.since())), delays,
				ratingDelays(this.ratings.notCompletedYears(List.of(personId))).getOrDefault(personId, List.of()),
				shown, asOf);
	}

	/**
	 * Each year rated not completed with the months it delays the raise: the rule
	 * {@code DISCIPLINE_EFFECTS} in force at the year's end (TT 08/2013 Điều 2 khoản 3).
	 */
	private Map<Long, List<RatingDelay>> ratingDelays(Map<Long, List<Integer>> years) {
		Map<Long, List<RatingDelay>> delays = new LinkedHashMap<>();
		years.forEach((person, list) -> delays.put(person, list.stream().map((year) -> {
			LocalDate end = LocalDate.of(year, 12, 31);
			RuleVersion rule = this.rules.inForce(RuleKey.DISCIPLINE_EFFECTS, end)
				.orElseThrow(() -> new DomainException("rules.error.noVersion", RuleKey.DISCIPLINE_EFFECTS, end));
			return new RatingDelay(year, Math.toIntExact(rule.parameter("delayUnsatisfactoryYearMonths")), rule);
		}).toList()));
		return delays;
	}

	/**
	 * Records an early raise or a delay for a person in scope; organisation officers and
	 * administrators only; audited. An early raise for excellent achievement (TT 08/2013
	 * Điều 3) is refused for someone more than 12 months short of their regular raise on
	 * 31/12 of the year it takes effect, at the last step, or disciplined (a state
	 * decision, not cancelled) while holding the current step.
	 */
	@Transactional
	public SalaryAdjustment addAdjustment(long personId, NewSalaryAdjustment command) {
		if (!canEdit()) {
			throw new OutOfScopeException("error.forbidden");
		}
		PersonFacts facts = visiblePerson(personId);
		List<FieldProblem> problems = new ArrayList<>();
		if (command.kind() == null) {
			problems.add(FieldProblem.of("kind", "careers.error.kind.required"));
		}
		Integer months = command.months();
		int maximum = (command.kind() == AdjustmentKind.EARLY) ? 12 : 60;
		if (months == null) {
			problems.add(FieldProblem.of("months", "careers.error.months.required"));
		}
		else if (months < 1 || months > maximum) {
			problems.add(FieldProblem.of("months", "careers.error.months.range", maximum));
		}
		String reason = (command.reason() == null || command.reason().isBlank()) ? null : command.reason().strip();
		if (reason == null) {
			problems.add(FieldProblem.of("reason", "careers.error.reason.required"));
		}
		else if (reason.length() > 500) {
			problems.add(FieldProblem.of("reason", "careers.error.tooLong", 500));
		}
		String number = (command.decisionNumber() == null || command.decisionNumber().isBlank()) ? null
				: command.decisionNumber().strip();
		if (number != null && number.length() > 100) {
			problems.add(FieldProblem.of("decisionNumber", "careers.error.tooLong", 100));
		}
		if (command.effectiveOn() == null) {
			problems.add(FieldProblem.of("effectiveOn", "careers.error.effectiveOn.required"));
		}
		if (command.decisionDate() != null && command.decisionDate().isAfter(today())) {
			problems.add(FieldProblem.of("decisionDate", "careers.error.decisionDate.future"));
		}
		if (problems.isEmpty() && command.kind() == AdjustmentKind.EARLY) {
			checkEarly(facts, Objects.requireNonNull(command.effectiveOn()), problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		SalaryAdjustment added = this.queries.insertAdjustment(personId, Objects.requireNonNull(command.kind()),
				Objects.requireNonNull(months), Objects.requireNonNull(reason), number, command.decisionDate(),
				Objects.requireNonNull(command.effectiveOn()), this.currentUsers.current().username(),
				this.clock.instant());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("fullName", facts.fullName());
		after.put("personId", personId);
		after.put("kind", added.kind().name());
		after.put("months", added.months());
		after.put("reason", added.reason());
		after.put("decisionNumber", added.decisionNumber());
		after.put("decisionDate", added.decisionDate());
		after.put("effectiveOn", added.effectiveOn());
		OrgUnitView agency = this.orgUnits.current(facts.agencyId());
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(added.id()), DataChanged.Action.CREATE,
				null, after, agency.path()));
		return added;
	}

	/**
	 * The conditions of TT 08/2013/TT-BNV Điều 3 an early raise must meet, from the
	 * person's outlook with every delay and adjustment already recorded.
	 */
	private void checkEarly(PersonFacts facts, LocalDate effectiveOn, List<FieldProblem> problems) {
		if (!facts.hasSalary()) {
			problems.add(FieldProblem.of("kind", "careers.error.early.noSalary"));
			return;
		}
		SalaryStatus status = salary(facts, effectiveOn);
		LocalDate yearEnd = LocalDate.of(effectiveOn.getYear(), 12, 31);
		if (!status.disciplineDelays().isEmpty()) {
			problems.add(FieldProblem.of("kind", "careers.error.early.disciplined", DAY.format(status.since())));
		}
		else if (status.nextRaiseOn() == null) {
			problems.add(FieldProblem.of("kind", "careers.error.early.lastStep"));
		}
		else if (status.nextRaiseOn().isAfter(yearEnd.plusMonths(12))) {
			problems.add(FieldProblem.of("effectiveOn", "careers.error.early.tooFar", DAY.format(status.nextRaiseOn()),
					DAY.format(yearEnd)));
		}
	}

	/** The label of a unit for the page's picker. */
	public String unitLabel(long unitId) {
		return this.orgUnits.label(unitId, today());
	}

	/** The unit holding the official or agency code today, if visible. */
	public long unitIdForCode(String code) {
		return this.orgUnits.getByCode(code, today()).id();
	}

	/** Discipline is sensitive: every showing of decisions is audited as theirs. */
	private void auditView(String entityId, Map<String, Object> seen, @Nullable String path) {
		this.events
			.publishEvent(new DataChanged(Disciplines.AUDIT_TYPE, entityId, DataChanged.Action.VIEW, null, seen, path));
	}

	private @Nullable String scopePath(@Nullable Long unitId) {
		Long unit = (unitId != null) ? unitId : this.currentUsers.current().scopeUnitId();
		return (unit == null) ? null : this.orgUnits.current(unit).path();
	}

	private PersonFacts visiblePerson(long personId) {
		if (!this.currentUsers.current().mayRead(personId)) {
			throw new OutOfScopeException();
		}
		PersonFacts facts = this.queries.person(personId)
			.orElseThrow(() -> new NotFoundException("careers.error.personNotFound", personId));
		this.orgUnits.current(facts.agencyId());
		return facts;
	}

	/** The lists name people: staff, who read only their own record, have none. */
	private List<Subtree> within(@Nullable Long unitId) {
		if (!this.currentUsers.current().readsScope()) {
			throw new OutOfScopeException("error.forbidden");
		}
		LocalDate today = today();
		List<Subtree> within = new ArrayList<>();
		within.add(this.orgUnits.visibleSubtree(today));
		if (unitId != null) {
			within.add(this.orgUnits.subtree(unitId, today));
		}
		return within;
	}

	private static void requirePeriod(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidInputException(List.of(FieldProblem.of("to", "careers.error.period")));
		}
		if (from.plusYears(10).isBefore(to)) {
			throw new InvalidInputException(List.of(FieldProblem.of("to", "careers.error.periodTooLong", 10)));
		}
	}

}
