package vn.canbo.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.orgunits.OrgLevel;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.ui.Formats;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.Subtree;
import vn.canbo.orgunits.SubtreeNode;
import vn.canbo.people.Ethnicity;
import vn.canbo.rules.RetirementSchedule;
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
import vn.canbo.shared.PageResult;
import vn.canbo.staffing.PostCatalogue;
import vn.canbo.staffing.PostStandard;
import vn.canbo.staffing.PostTitle;

/**
 * Succession planning (quy hoạch cán bộ) within the user's scope: administrators and
 * organisation officers open periods and add or remove the people planned for each key
 * title (audited, a stale version refused, an ineligible person refused with the
 * reasons); leaders and viewers read plans, eligibility and coverage; staff do not.
 * Eligibility is computed at any date from the rules and the other modules' published
 * facts ({@link EligibilityRules}).
 */
@Service
@Transactional(readOnly = true)
public class SuccessionPlans {

	/** The entity types in the audit trail. */
	public static final String AUDIT_PERIOD = "PlanningPeriod";

	public static final String AUDIT_ENTRY = "PlanEntry";

	public static final String AUDIT_REVIEW = "PlanningReview";

	public static final int MAX_PAGE_SIZE = 200;

	/** How many people the plan's form offers. */
	public static final int CANDIDATES = 300;

	static final int TEXT_LENGTH = 300;

	static final int NUMBER_LENGTH = 100;

	static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	/** An argument that is a message key, e.g. {@code planning.none}. */
	private static final Pattern MESSAGE_KEY = Pattern.compile("[a-z]+(\\.[A-Za-z_]+)+");

	/** An argument that is a discipline form, e.g. {@code REPRIMAND}. */
	private static final Pattern DISCIPLINE_FORM = Pattern.compile("[A-Z_]+");

	/** Dates as every page writes them (dd/MM/yyyy in both languages). */
	private static final Formats DAY = new Formats(java.util.Locale.forLanguageTag("vi"));

	private final PlanningStore store;

	private final PostCatalogue catalogue;

	private final OrgUnits orgUnits;

	private final Rules rules;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	SuccessionPlans(PlanningStore store, PostCatalogue catalogue, OrgUnits orgUnits, Rules rules,
			CurrentUsers currentUsers, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.store = store;
		this.catalogue = catalogue;
		this.orgUnits = orgUnits;
		this.rules = rules;
		this.currentUsers = currentUsers;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Whether the current user may open periods and change plans (in their scope). */
	public boolean canEdit() {
		return this.currentUsers.current().hasAny(Role.ADMIN, Role.ORG_OFFICER);
	}

	/** The label of a unit in scope, for the pages. */
	public String unitLabel(long unitId) {
		requireReader();
		return this.orgUnits.label(this.orgUnits.current(unitId));
	}

	/** The unit the user's account is bound to; null when nationwide. */
	public @Nullable Long scopeUnitId() {
		return this.currentUsers.current().scopeUnitId();
	}

	/** The unit holding the code today (in scope). */
	public long unitIdForCode(String code) {
		requireReader();
		return this.orgUnits.getByCode(code, today()).id();
	}

	// periods

	/** One page of the periods of managing units in the user's scope, latest first. */
	public PageResult<PlanningPeriod> periods(int page, int size) {
		requireReader();
		return this.store.periods(List.of(this.orgUnits.visibleSubtree(today())), PageResult.page(page),
				PageResult.size(size, MAX_PAGE_SIZE));
	}

	public PlanningPeriod period(long id) {
		requireReader();
		PlanningPeriod period = this.store.period(id)
			.orElseThrow(() -> new NotFoundException("planning.error.periodNotFound", id));
		this.orgUnits.current(period.unitId());
		return period;
	}

	/** Opens a period for a managing unit in scope; every value checked; audited. */
	@Transactional
	public PlanningPeriod openPeriod(NewPlanningPeriod input) {
		requireEditor();
		List<FieldProblem> problems = new ArrayList<>();
		OrgUnitView unit = unit(input.unitId(), "unitId", problems);
		String name = text(input.name());
		if (name == null) {
			problems.add(FieldProblem.of("name", "planning.error.name.required"));
		}
		else if (name.length() > TEXT_LENGTH) {
			problems.add(FieldProblem.of("name", "planning.error.tooLong", TEXT_LENGTH));
		}
		Integer start = input.startYear();
		Integer end = input.endYear();
		if (start == null || start < 1990 || start > 2100) {
			problems.add(FieldProblem.of("startYear", "planning.error.year", 1990, 2100));
		}
		if (end == null || end < 1990 || end > 2100) {
			problems.add(FieldProblem.of("endYear", "planning.error.year", 1990, 2100));
		}
		else if (start != null && end < start) {
			problems.add(FieldProblem.of("endYear", "planning.error.endYear.beforeStart", start));
		}
		LocalDate age = date(input.ageReferenceDate(), "ageReferenceDate", true, problems);
		LocalDate from = date(input.validFrom(), "validFrom", true, problems);
		LocalDate to = date(input.validTo(), "validTo", false, problems);
		if (from != null && to != null && !to.isAfter(from)) {
			problems.add(FieldProblem.of("validTo", "planning.error.validTo.notAfter", from));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		long id = this.store.insertPeriod(Objects.requireNonNull(unit).id(), Objects.requireNonNull(name),
				Objects.requireNonNull(start), Objects.requireNonNull(end), Objects.requireNonNull(age),
				Objects.requireNonNull(from), to, this.currentUsers.current().username(), this.clock.instant());
		PlanningPeriod period = this.store.period(id).orElseThrow();
		this.events.publishEvent(new DataChanged(AUDIT_PERIOD, String.valueOf(id), DataChanged.Action.CREATE, null,
				period.snapshot(), unit.path()));
		return period;
	}

	// the plan

	/** The key titles a unit has on the day (by its tier), in catalogue order. */
	public List<PostTitle> keyTitles(long unitId, LocalDate day) {
		requireReader();
		OrgUnitView unit = this.orgUnits.get(unitId, day);
		return keyTitles(unit, day);
	}

	private List<PostTitle> keyTitles(OrgUnitView unit, LocalDate day) {
		return keyTitles(this.catalogue.titles(), unit.level(), day);
	}

	private static List<PostTitle> keyTitles(List<PostTitle> titles, OrgLevel tier, LocalDate day) {
		return titles.stream()
			.filter((title) -> title.keyTitle() && title.tier() == tier && title.validOn(day))
			.toList();
	}

	/** Every entry of the period, of one unit when given; those still planned first. */
	public List<PlanEntry> entries(long periodId, @Nullable Long unitId) {
		PlanningPeriod period = period(periodId);
		if (unitId != null) {
			requireWithin(period, unitId);
		}
		return this.store.entries(period.id(), unitId);
	}

	/**
	 * The coverage of every key title of every administrative unit of the subtree on the
	 * day: the people planned for it in the periods in force.
	 */
	public List<CoverageRow> coverage(long unitId, LocalDate day) {
		requireReader();
		Subtree subtree = this.orgUnits.subtree(unitId, day);
		RuleVersion caps = rule(RuleKey.PLANNING_CAPS, day);
		Map<String, List<PlanEntry>> planned = new LinkedHashMap<>();
		for (PlanEntry entry : this.store.activeEntries(List.of(this.orgUnits.visibleSubtree(day), subtree), day)) {
			planned.computeIfAbsent(entry.unitId() + "/" + entry.titleCode(), (key) -> new ArrayList<>()).add(entry);
		}
		List<CoverageRow> rows = new ArrayList<>();
		// the catalogue read once and the units taken from the subtree's nodes (in scope
		// with their root), not read again per unit
		List<PostTitle> titles = this.catalogue.titles();
		for (SubtreeNode unit : this.orgUnits.nodesUnder(unitId, day)) {
			if (!unit.level().isAdministrative()) {
				continue;
			}
			for (PostTitle title : keyTitles(titles, unit.level(), day)) {
				List<PlanEntry> people = planned.getOrDefault(unit.id() + "/" + title.code(), List.of());
				rows.add(new CoverageRow(unit.id(), unit.code(), unit.name(), title.code(), title.name(),
						caps.parameter("perTitle") * Math.max(1, (title.slots() == null) ? 1 : title.slots()), people));
			}
		}
		return rows;
	}

	/** The people working in the unit's subtree today, offered by the plan's form. */
	public List<PersonChoice> candidates(long unitId) {
		return candidates(unitId, null);
	}

	/** As {@link #candidates(long)}, those whose name contains the text when given. */
	public List<PersonChoice> candidates(long unitId, @Nullable String name) {
		requireReader();
		LocalDate today = today();
		String text = text(name);
		return this.store.candidates(List.of(this.orgUnits.visibleSubtree(today), this.orgUnits.subtree(unitId, today)),
				(text == null) ? null : shorten(text, 100), CANDIDATES);
	}

	/** The administrative units a period plans: its managing unit and those below it. */
	public List<OrgUnitView> plannedUnits(PlanningPeriod period, LocalDate day) {
		List<OrgUnitView> units = new ArrayList<>();
		for (var node : this.orgUnits.nodesUnder(period.unitId(), day)) {
			if (node.level().isAdministrative()) {
				units.add(this.orgUnits.get(node.id(), day));
			}
		}
		return units;
	}

	/**
	 * The structure of the entries still planned on the day against the targets in force
	 * (women, young; ethnic minorities are not counted: the ethnicity is not among the
	 * facts the people module publishes).
	 */
	public PlanStructure structure(List<PlanEntry> entries, LocalDate day) {
		RuleVersion targets = rule(RuleKey.PLANNING_STRUCTURE, day);
		long youngUnder = rule(RuleKey.PLANNING_AGE, day).parameter("youngUnderYears");
		Map<Long, PlanEntry> people = new LinkedHashMap<>();
		entries.stream().filter((entry) -> entry.activeOn(day)).forEach((entry) -> people.put(entry.personId(), entry));
		int women = (int) people.values().stream().filter((entry) -> "FEMALE".equals(entry.gender())).count();
		int young = (int) people.values()
			.stream()
			.filter((entry) -> (day.getYear() * 12L + day.getMonthValue() - 1) - entry.birthYear() * 12L < youngUnder
					* 12)
			.count();
		int minorities = (int) people.values()
			.stream()
			.filter((entry) -> Ethnicity.fromCode(entry.ethnicity()).map(Ethnicity::isMinority).orElse(false))
			.count();
		return new PlanStructure(people.size(), women, young, minorities, targets.parameter("womenPercent"),
				targets.parameter("youngPercent"), targets.parameter("minorityPercent"), youngUnder,
				targets.confirmed());
	}

	/** The title's name, or its code when the catalogue no longer has it. */
	public String titleName(String code) {
		return this.catalogue.title(code).map(PostTitle::name).orElse(code);
	}

	/**
	 * Whether the person is planned for the title of the unit on the day (in a period in
	 * force, added by then and not removed), for the appointment procedure.
	 */
	public boolean isPlanned(long personId, long unitId, String titleCode, LocalDate asOf) {
		return this.store.isPlanned(personId, unitId, titleCode, asOf);
	}

	/**
	 * The titles the person is planned for on the day (entries added by then and not
	 * removed, in periods in force), oldest entry first, for the training needs the
	 * titles' standards create (HD 45 §II.5.1). Readers of the scope.
	 */
	public List<PlanEntry> plannedTitles(long personId, LocalDate asOf) {
		requireReader();
		return this.store.activeEntriesOf(personId, asOf);
	}

	// eligibility

	/**
	 * Whether the person may be planned for the title of the unit at the date as the
	 * source (1 or 2), every condition explained; the caps are counted in the period
	 * given, else in the one in force of the nearest managing unit above the unit.
	 */
	public Eligibility eligibility(long personId, long unitId, String titleCode, LocalDate asOf, int source,
			@Nullable Long periodId) {
		requireReader();
		List<FieldProblem> problems = new ArrayList<>();
		if (source != 1 && source != 2) {
			problems.add(FieldProblem.of("source", "planning.error.source"));
		}
		PostTitle title = this.catalogue.title(titleCode).orElse(null);
		if (title == null) {
			problems.add(FieldProblem.of("titleCode", "planning.error.title.unknown", shorten(titleCode)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		OrgUnitView unit = this.orgUnits.get(unitId, asOf);
		PlanningPeriod period = (periodId != null) ? period(periodId) : periodFor(unit, asOf).orElse(null);
		return judge(personId, unit, Objects.requireNonNull(title), asOf, asOf, source, period);
	}

	/**
	 * The eligibility of everyone working in the unit's subtree for the title of the unit
	 * at the date, in name order: the facts read in four set-based queries and the caps
	 * in two, whatever the number of people (no query per person).
	 */
	public List<Eligibility> eligibilityOfEveryone(long unitId, String titleCode, LocalDate asOf, int source) {
		requireReader();
		PostTitle title = this.catalogue.title(titleCode)
			.orElseThrow(() -> new InvalidInputException(
					List.of(FieldProblem.of("titleCode", "planning.error.title.unknown", shorten(titleCode)))));
		OrgUnitView unit = this.orgUnits.get(unitId, asOf);
		PlanningPeriod period = periodFor(unit, asOf).orElse(null);
		int years = (int) rule(RuleKey.PLANNING_RATINGS, asOf).parameter("years");
		Map<Long, PlanningFacts> facts = this.store.factsWithin(
				List.of(this.orgUnits.visibleSubtree(asOf), this.orgUnits.subtree(unitId, asOf)), asOf,
				asOf.getYear() - years, asOf.getYear() - 1);
		Map<Long, Integer> titles = (period == null) ? Map.of()
				: this.store.otherTitles(period.id(), unit.id(), title.code(), asOf);
		Map<Long, Boolean> onTitle = new LinkedHashMap<>();
		if (period != null) {
			this.store.entries(period.id(), unit.id())
				.stream()
				.filter((entry) -> entry.titleCode().equals(title.code()) && entry.activeOn(asOf))
				.forEach((entry) -> onTitle.put(entry.personId(), true));
		}
		PostStandard standard = this.catalogue.standardsInForce(asOf).get("T" + title.id());
		EligibilityRules calculator = new EligibilityRules(ruleBook());
		Locale locale = LocaleContextHolder.getLocale();
		// Most texts repeat from one person to the next (what is required, "no discipline
		// decision", a level's name...): each distinct text is resolved once per call.
		Map<List<@Nullable Object>, String> texts = new HashMap<>();
		List<Eligibility> all = new ArrayList<>(facts.size());
		for (PlanningFacts person : facts.values()) {
			long id = person.person().id();
			PlanningFacts.Caps caps = new PlanningFacts.Caps(onTitle.size() - (onTitle.containsKey(id) ? 1 : 0),
					slots(title), titles.getOrDefault(id, 0));
			List<EligibilityCondition> conditions = calculator.judge(person, source, title.code(), standard, caps, asOf)
				.stream()
				.map((one) -> condition(one, locale, texts))
				.toList();
			all.add(new Eligibility(id, person.person().fullName(), unit.id(), title.code(), title.name(), asOf, source,
					conditions.stream().allMatch(EligibilityCondition::met), conditions));
		}
		return all;
	}

	private Eligibility judge(long personId, OrgUnitView unit, PostTitle title, LocalDate asOf, LocalDate ageAsOf,
			int source, @Nullable PlanningPeriod period) {
		return judgement(personId, unit, title, asOf, ageAsOf, source, period).eligibility();
	}

	private Judgement judgement(long personId, OrgUnitView unit, PostTitle title, LocalDate asOf, LocalDate ageAsOf,
			int source, @Nullable PlanningPeriod period) {
		RuleVersion ratings = rule(RuleKey.PLANNING_RATINGS, asOf);
		int years = (int) ratings.parameter("years");
		PlanningFacts facts = this.store.facts(List.of(personId), asOf, asOf.getYear() - years, asOf.getYear() - 1)
			.get(personId);
		if (facts == null) {
			throw new NotFoundException("planning.error.personNotFound", personId);
		}
		if (facts.person().agencyId() != null) {
			// the person must be in the user's scope
			this.orgUnits.current(facts.person().agencyId());
		}
		PlanningFacts.Caps caps = (period == null) ? new PlanningFacts.Caps(0, slots(title), 0)
				: new PlanningFacts.Caps(this.store.othersOnTitle(period.id(), unit.id(), title.code(), personId, asOf),
						slots(title), this.store.otherTitlesOf(period.id(), personId, unit.id(), title.code(), asOf));
		PostStandard standard = this.catalogue.standardsInForce(asOf).get("T" + title.id());
		EligibilityRules calculator = new EligibilityRules(ruleBook());
		List<EligibilityRules.Judged> judged = new ArrayList<>();
		judged.add(calculator.age(facts.person(), source, ageAsOf));
		judged.addAll(calculator.standards(facts.person(), source, title.code(), standard));
		judged.add(calculator.discipline(facts.person(), facts.decisions(), asOf));
		judged.add(calculator.confidence(facts.votes(), asOf));
		judged.add(calculator.ratings(facts.ratings(), asOf));
		judged.addAll(calculator.caps(caps, asOf));
		Locale locale = LocaleContextHolder.getLocale();
		List<EligibilityCondition> conditions = judged.stream().map((one) -> condition(one, locale)).toList();
		return new Judgement(new Eligibility(personId, facts.person().fullName(), unit.id(), title.code(), title.name(),
				asOf, source, conditions.stream().allMatch(EligibilityCondition::met), conditions), judged);
	}

	private record Judgement(Eligibility eligibility, List<EligibilityRules.Judged> judged) {
	}

	private static int slots(PostTitle title) {
		return (title.slots() == null) ? 1 : Math.max(1, title.slots());
	}

	private EligibilityCondition condition(EligibilityRules.Judged judged, Locale locale) {
		return new EligibilityCondition(judged.code(), judged.met(),
				text(judged.requiredKey(), judged.requiredArguments(), locale),
				text(judged.actualKey(), judged.actualArguments(), locale), judged.basis().rule(),
				judged.basis().citation(), judged.basis().confirmed(), judged.actualArguments());
	}

	/**
	 * As {@link #condition(EligibilityRules.Judged, Locale)}, the texts kept for the
	 * call.
	 */
	private EligibilityCondition condition(EligibilityRules.Judged judged, Locale locale,
			Map<List<@Nullable Object>, String> texts) {
		return new EligibilityCondition(judged.code(), judged.met(),
				text(judged.requiredKey(), judged.requiredArguments(), locale, texts),
				text(judged.actualKey(), judged.actualArguments(), locale, texts), judged.basis().rule(),
				judged.basis().citation(), judged.basis().confirmed(), judged.actualArguments());
	}

	private String text(String key, List<@Nullable Object> arguments, Locale locale) {
		return this.messages.getMessage(resolvable(key, arguments), locale);
	}

	private String text(String key, List<@Nullable Object> arguments, Locale locale,
			Map<List<@Nullable Object>, String> texts) {
		List<@Nullable Object> textKey = new ArrayList<>(arguments.size() + 1);
		textKey.add(key);
		textKey.addAll(arguments);
		String text = texts.get(textKey);
		if (text == null) {
			text = text(key, arguments, locale);
			texts.put(textKey, text);
		}
		return text;
	}

	/**
	 * The text with its arguments, resolved in the reader's language when shown: message
	 * keys and discipline forms among the arguments are texts too, days are written as
	 * Vietnamese write them.
	 */
	static DefaultMessageSourceResolvable resolvable(String key, List<@Nullable Object> arguments) {
		Object[] shown = new Object[arguments.size()];
		for (int i = 0; i < shown.length; i++) {
			Object argument = arguments.get(i);
			if (argument instanceof LocalDate day) {
				shown[i] = DAY.date(day);
			}
			else if (argument instanceof String s && MESSAGE_KEY.matcher(s).matches()) {
				shown[i] = new DefaultMessageSourceResolvable(new String[] { s }, s);
			}
			else if (argument instanceof String s && DISCIPLINE_FORM.matcher(s).matches()) {
				shown[i] = new DefaultMessageSourceResolvable(new String[] { "discipline.form." + s }, s);
			}
			else {
				shown[i] = (argument == null) ? "" : argument;
			}
		}
		return new DefaultMessageSourceResolvable(new String[] { key }, shown, key);
	}

	/** The period in force of the nearest managing unit at or above the unit. */
	private Optional<PlanningPeriod> periodFor(OrgUnitView unit, LocalDate day) {
		List<OrgUnitView> lineage = this.orgUnits.lineage(unit.id(), day);
		List<Long> ids = lineage.stream().map(OrgUnitView::id).toList();
		return this.store.periodsOf(ids, day)
			.stream()
			.max(Comparator.comparingInt((PlanningPeriod period) -> ids.indexOf(period.unitId())));
	}

	/**
	 * The rule versions for one judgement (of one person or of a whole province): each
	 * rule's versions are read once and kept for the call, not read again for every
	 * person and condition (at 200,000 people that was over a million queries).
	 */
	private EligibilityRules.RuleBook ruleBook() {
		Rules rules = this.rules;
		Map<RuleKey, List<RuleVersion>> versions = new java.util.EnumMap<>(RuleKey.class);
		return new EligibilityRules.RuleBook() {

			private @Nullable RetirementSchedule retirement;

			@Override
			public RuleVersion at(RuleKey key, LocalDate day) {
				return versions.computeIfAbsent(key, rules::versions)
					.stream()
					.filter((version) -> version.inForceOn(day))
					.findFirst()
					.orElseThrow(() -> new DomainException("rules.error.noVersion", key.name(), day));
			}

			@Override
			public RetirementSchedule retirement() {
				RetirementSchedule schedule = this.retirement;
				if (schedule == null) {
					schedule = rules.retirementSchedule();
					this.retirement = schedule;
				}
				return schedule;
			}

		};
	}

	private RuleVersion rule(RuleKey key, LocalDate day) {
		return ruleBook().at(key, day);
	}

	// changes

	/**
	 * Adds a person to the plan of a title: every value checked and each bad one reported
	 * against its field; an ineligible person refused with each condition not met
	 * (against the field {@code personId}); audited.
	 */
	@Transactional
	public PlanEntry add(NewPlanEntry input) {
		requireEditor();
		List<FieldProblem> problems = new ArrayList<>();
		PlanningPeriod period = null;
		if (input.periodId() == null) {
			problems.add(FieldProblem.of("periodId", "planning.error.period.required"));
		}
		else {
			period = period(input.periodId());
		}
		OrgUnitView unit = unit(input.unitId(), "unitId", problems);
		if (unit != null && period != null && !this.orgUnits.isWithin(period.unitId(), unit.id(), today())) {
			problems
				.add(FieldProblem.of("unitId", "planning.error.unit.outsidePeriod", unit.name(), period.unitName()));
		}
		String titleCode = text(input.titleCode());
		PostTitle title = null;
		if (titleCode == null) {
			problems.add(FieldProblem.of("titleCode", "planning.error.title.required"));
		}
		else {
			title = this.catalogue.title(titleCode).orElse(null);
			if (title == null) {
				problems.add(FieldProblem.of("titleCode", "planning.error.title.unknown", shorten(titleCode)));
			}
			else if (unit != null && !title.keyTitle() || unit != null && title.tier() != unit.level()) {
				problems.add(FieldProblem.of("titleCode", "planning.error.title.notOfUnit", title.name(),
						Objects.requireNonNull(unit).name()));
			}
		}
		if (input.personId() == null) {
			problems.add(FieldProblem.of("personId", "planning.error.person.required"));
		}
		Integer source = input.source();
		if (source == null || (source != 1 && source != 2)) {
			problems.add(FieldProblem.of("source", "planning.error.source"));
		}
		PlanningStep step = input.step();
		if (step == null) {
			problems.add(FieldProblem.of("step", "planning.error.step.required"));
		}
		voteProblems(input, problems);
		String number = text(input.decisionNumber());
		if (number == null) {
			problems.add(FieldProblem.of("decisionNumber", "planning.error.decisionNumber.required"));
		}
		else if (number.length() > NUMBER_LENGTH) {
			problems.add(FieldProblem.of("decisionNumber", "planning.error.tooLong", NUMBER_LENGTH));
		}
		LocalDate decisionDate = date(input.decisionDate(), "decisionDate", true, problems);
		String body = text(input.decisionBody());
		if (body == null) {
			problems.add(FieldProblem.of("decisionBody", "planning.error.decisionBody.required"));
		}
		else if (body.length() > TEXT_LENGTH) {
			problems.add(FieldProblem.of("decisionBody", "planning.error.tooLong", TEXT_LENGTH));
		}
		LocalDate addedOn = date(input.addedOn(), "addedOn", false, problems);
		if (addedOn == null) {
			addedOn = decisionDate;
		}
		if (addedOn != null && period != null && !period.inForceOn(addedOn)) {
			problems.add(FieldProblem.of("addedOn", "planning.error.addedOn.outsidePeriod", DAY.date(addedOn)));
		}
		String note = text(input.note());
		if (note != null && note.length() > 1000) {
			problems.add(FieldProblem.of("note", "planning.error.tooLong", 1000));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		long personId = Objects.requireNonNull(input.personId());
		LocalDate day = Objects.requireNonNull(addedOn);
		PlanningPeriod thePeriod = Objects.requireNonNull(period);
		PostTitle theTitle = Objects.requireNonNull(title);
		OrgUnitView theUnit = Objects.requireNonNull(unit);
		if (this.store.isPlannedIn(thePeriod.id(), personId, theUnit.id(), theTitle.code())) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("personId", "planning.error.person.alreadyPlanned", theTitle.name())));
		}
		// ages are measured at the period's reference date when it comes later (HD 45
		// §II.5)
		LocalDate ageAsOf = thePeriod.ageReferenceDate().isAfter(day) ? thePeriod.ageReferenceDate() : day;
		Judgement judgement = judgement(personId, theUnit, theTitle, day, ageAsOf, Objects.requireNonNull(source),
				thePeriod);
		if (!judgement.eligibility().eligible()) {
			throw new InvalidInputException(
					judgement.judged()
						.stream()
						.filter((one) -> !one.met())
						.map((one) -> FieldProblem.of("personId", "planning.error.ineligible",
								new DefaultMessageSourceResolvable(new String[] { one.code().messageKey() },
										one.code().name()),
								resolvable(one.requiredKey(), one.requiredArguments()),
								resolvable(one.actualKey(), one.actualArguments())))
						.toList());
		}
		Readiness readiness = (input.readiness() != null) ? input.readiness()
				: (source == 2) ? Readiness.LATER : Readiness.NOW;
		long id = this.store.insertEntry(
				new PlanningStore.NewEntry(thePeriod.id(), theUnit.id(), theTitle.code(), personId, source,
						Objects.requireNonNull(step), input.summoned(), input.present(), input.votesFor(),
						Objects.requireNonNull(number), Objects.requireNonNull(decisionDate),
						Objects.requireNonNull(body), readiness, day, note),
				this.currentUsers.current().username(), this.clock.instant());
		PlanEntry added = this.store.entry(id).orElseThrow();
		this.events.publishEvent(new DataChanged(AUDIT_ENTRY, String.valueOf(id), DataChanged.Action.CREATE, null,
				added.snapshot(), theUnit.path()));
		return added;
	}

	/**
	 * The vote of the step, when given: its conference had the quorum and the person more
	 * than the pass mark of those summoned (PLANNING_PROCEDURE, UNCONFIRMED).
	 */
	private void voteProblems(NewPlanEntry input, List<FieldProblem> problems) {
		Integer summoned = input.summoned();
		Integer present = input.present();
		Integer votes = input.votesFor();
		if (summoned == null && present == null && votes == null) {
			return;
		}
		if (summoned == null || summoned <= 0) {
			problems.add(FieldProblem.of("summoned", "planning.error.summoned"));
			return;
		}
		if (present == null || present < 0 || present > summoned) {
			problems.add(FieldProblem.of("present", "planning.error.present", summoned));
			return;
		}
		if (votes == null || votes < 0 || votes > present) {
			problems.add(FieldProblem.of("votesFor", "planning.error.votesFor", present));
			return;
		}
		RuleVersion rule = rule(RuleKey.PLANNING_PROCEDURE, today());
		if ((long) present * rule.parameter("quorumDenominator") < (long) summoned
				* rule.parameter("quorumNumerator")) {
			problems.add(FieldProblem.of("present", "planning.error.quorum", present, summoned,
					rule.parameter("quorumNumerator"), rule.parameter("quorumDenominator")));
		}
		else if ((long) votes * rule.parameter("passDenominator") <= (long) summoned
				* rule.parameter("passNumerator")) {
			problems.add(FieldProblem.of("votesFor", "planning.error.pass", votes, summoned,
					rule.parameter("passNumerator"), rule.parameter("passDenominator")));
		}
	}

	/**
	 * Removes a person from a plan on the day with the case and the decision, if the
	 * entry is still at the version read; audited.
	 */
	@Transactional
	public PlanEntry remove(long entryId, @Nullable Long version, @Nullable RemovalCase removalCase,
			@Nullable LocalDate on, @Nullable String decision) {
		requireEditor();
		PlanEntry before = entry(entryId);
		List<FieldProblem> problems = new ArrayList<>();
		if (version == null) {
			problems.add(FieldProblem.of("version", "planning.error.version"));
		}
		if (removalCase == null) {
			problems.add(FieldProblem.of("removalCase", "planning.error.removalCase.required"));
		}
		LocalDate day = date(on, "removedOn", true, problems);
		if (day != null && day.isBefore(before.addedOn())) {
			problems
				.add(FieldProblem.of("removedOn", "planning.error.removedOn.beforeAdded", DAY.date(before.addedOn())));
		}
		String number = text(decision);
		if (number == null) {
			problems.add(FieldProblem.of("removalDecision", "planning.error.decisionNumber.required"));
		}
		else if (number.length() > NUMBER_LENGTH) {
			problems.add(FieldProblem.of("removalDecision", "planning.error.tooLong", NUMBER_LENGTH));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (before.removedOn() != null || before.version() != version
				|| !this.store.remove(entryId, version, Objects.requireNonNull(day),
						Objects.requireNonNull(removalCase), Objects.requireNonNull(number),
						this.currentUsers.current().username(), this.clock.instant())) {
			throw new ConcurrentEditException();
		}
		PlanEntry after = this.store.entry(entryId).orElseThrow();
		this.events.publishEvent(new DataChanged(AUDIT_ENTRY, String.valueOf(entryId), DataChanged.Action.UPDATE,
				before.snapshot(), after.snapshot(), this.orgUnits.current(before.unitId()).path()));
		return after;
	}

	public PlanEntry entry(long id) {
		requireReader();
		PlanEntry entry = this.store.entry(id)
			.orElseThrow(() -> new NotFoundException("planning.error.entryNotFound", id));
		this.orgUnits.current(entry.unitId());
		return entry;
	}

	// review

	/**
	 * The yearly review (rà soát) of the plans in the unit's subtree on the day: each
	 * person still planned is judged again, and each condition no longer met becomes a
	 * proposed removal with its case (discipline, low confidence, age, standards), as
	 * does a person now working outside the plan's managing unit (moved); returns how
	 * many proposals are new. Officers confirm or dismiss them.
	 */
	@Transactional
	public int review(long unitId, LocalDate day) {
		requireEditor();
		Subtree subtree = this.orgUnits.subtree(unitId, day);
		return propose(this.store.activeEntries(List.of(this.orgUnits.visibleSubtree(day), subtree), day), day);
	}

	/** Reviews the entries of these people only (a cause was just recorded for them). */
	@Transactional
	public int reviewPeople(Collection<Long> personIds, LocalDate day) {
		Subtree all = Subtree.everything(day);
		return propose(this.store.activeEntries(List.of(all), day)
			.stream()
			.filter((entry) -> personIds.contains(entry.personId()))
			.toList(), day);
	}

	private int propose(List<PlanEntry> entries, LocalDate day) {
		if (entries.isEmpty()) {
			return 0;
		}
		RuleVersion ratings = rule(RuleKey.PLANNING_RATINGS, day);
		int years = (int) ratings.parameter("years");
		Map<Long, PlanningFacts> facts = this.store.facts(entries.stream().map(PlanEntry::personId).distinct().toList(),
				day, day.getYear() - years, day.getYear() - 1);
		EligibilityRules calculator = new EligibilityRules(ruleBook());
		Map<String, PostStandard> standards = this.catalogue.standardsInForce(day);
		Map<Long, PlanningPeriod> periods = new LinkedHashMap<>();
		// the stored detail is read by Vietnamese officers
		Locale locale = Locale.forLanguageTag("vi");
		int proposed = 0;
		for (PlanEntry entry : entries) {
			PlanningFacts person = facts.get(entry.personId());
			if (person == null) {
				continue;
			}
			List<EligibilityRules.Judged> judged = new ArrayList<>();
			judged.add(calculator.age(person.person(), entry.source(), day));
			this.catalogue.title(entry.titleCode())
				.ifPresent((title) -> judged.addAll(calculator.standards(person.person(), entry.source(), title.code(),
						standards.get("T" + title.id()))));
			judged.add(calculator.discipline(person.person(), person.decisions(), day));
			judged.add(calculator.confidence(person.votes(), day));
			for (EligibilityRules.Judged one : judged) {
				if (one.met()) {
					continue;
				}
				RemovalCase removalCase = switch (one.code()) {
					case AGE -> RemovalCase.AGE;
					case DISCIPLINE -> RemovalCase.DISCIPLINE;
					case CONFIDENCE -> RemovalCase.LOW_CONFIDENCE;
					default -> RemovalCase.STANDARDS;
				};
				String detail = this.messages.getMessage(one.code().messageKey(), null, locale) + ": "
						+ condition(one, locale).actual();
				if (this.store.propose(entry.id(), removalCase, day, shorten(detail, 1000), this.clock.instant())) {
					proposed++;
				}
			}
			PlanningPeriod period = periods.computeIfAbsent(entry.periodId(),
					(id) -> this.store.period(id).orElseThrow());
			Long agency = person.person().agencyId();
			if (agency != null && !this.orgUnits.isWithin(period.unitId(), agency, day)) {
				String detail = this.messages.getMessage("planning.review.moved", null, locale);
				if (this.store.propose(entry.id(), RemovalCase.MOVED, day, detail, this.clock.instant())) {
					proposed++;
				}
			}
		}
		return proposed;
	}

	/** The review's proposals in the user's scope, of the status when given. */
	public List<ReviewProposal> proposals(@Nullable Long unitId, @Nullable String status) {
		requireReader();
		LocalDate today = today();
		List<Subtree> within = new ArrayList<>();
		within.add(this.orgUnits.visibleSubtree(today));
		if (unitId != null) {
			within.add(this.orgUnits.subtree(unitId, today));
		}
		return this.store.proposals(within, status);
	}

	/**
	 * Confirms a proposal (the person leaves the plan on the day with the decision) or
	 * dismisses it; audited.
	 */
	@Transactional
	public void decide(long proposalId, long version, boolean confirm, @Nullable LocalDate on,
			@Nullable String decision) {
		requireEditor();
		long entryId = this.store.proposalEntry(proposalId)
			.orElseThrow(() -> new NotFoundException("planning.error.proposalNotFound", proposalId));
		PlanEntry entry = entry(entryId);
		ReviewProposal proposal = this.store.proposals(List.of(this.orgUnits.visibleSubtree(today())), null)
			.stream()
			.filter((one) -> one.id() == proposalId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("planning.error.proposalNotFound", proposalId));
		if (confirm) {
			remove(entryId, entry.version(), proposal.removalCase(), on, decision);
		}
		if (!this.store.decideProposal(proposalId, version, confirm ? "CONFIRMED" : "DISMISSED",
				this.currentUsers.current().username(), this.clock.instant())) {
			throw new ConcurrentEditException();
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("entryId", entryId);
		after.put("removalCase", proposal.removalCase());
		after.put("status", confirm ? "CONFIRMED" : "DISMISSED");
		this.events.publishEvent(new DataChanged(AUDIT_REVIEW, String.valueOf(proposalId), DataChanged.Action.UPDATE,
				null, after, this.orgUnits.current(entry.unitId()).path()));
	}

	// helpers

	private void requireWithin(PlanningPeriod period, long unitId) {
		if (!this.orgUnits.isWithin(period.unitId(), unitId, today())) {
			throw new NotFoundException("planning.error.unitNotInPeriod", unitId);
		}
		this.orgUnits.current(unitId);
	}

	private @Nullable OrgUnitView unit(@Nullable Long id, String field, List<FieldProblem> problems) {
		if (id == null) {
			problems.add(FieldProblem.of(field, "planning.error.unit.required"));
			return null;
		}
		try {
			return this.orgUnits.current(id);
		}
		catch (NotFoundException ex) {
			problems.add(FieldProblem.of(field, "planning.error.unit.notFound", id));
			return null;
		}
	}

	private static @Nullable LocalDate date(@Nullable LocalDate value, String field, boolean required,
			List<FieldProblem> problems) {
		if (value == null) {
			if (required) {
				problems.add(FieldProblem.of(field, "planning.error.date.required"));
			}
			return null;
		}
		if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
			problems.add(FieldProblem.of(field, "planning.error.date.range", DAY.date(EARLIEST), DAY.date(LATEST)));
			return null;
		}
		return value;
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

	private static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String shorten(String value) {
		return shorten(value, 60);
	}

	private static String shorten(String value, int length) {
		return (value.length() > length) ? value.substring(0, length - 1) + "…" : value;
	}

}
