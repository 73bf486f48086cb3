package vn.canbo.recruitment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.notifications.NotificationKind;
import vn.canbo.notifications.Notifications;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.Subtree;
import vn.canbo.people.CitizenId;
import vn.canbo.people.Ethnicity;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonFilter;
import vn.canbo.people.PersonSummary;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.Religion;
import vn.canbo.rules.RaiseGroup;
import vn.canbo.rules.RuleKey;
import vn.canbo.rules.RuleVersion;
import vn.canbo.rules.Rules;
import vn.canbo.rules.SalaryRank;
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
import vn.canbo.staffing.AssignmentKind;
import vn.canbo.staffing.Assignments;
import vn.canbo.staffing.JobPosition;
import vn.canbo.staffing.PostCatalogue;
import vn.canbo.staffing.PostStandard;
import vn.canbo.staffing.RecordAssignment;
import vn.canbo.staffing.Selection;
import vn.canbo.staffing.Staffing;
import vn.canbo.staffing.StaffingReport;
import vn.canbo.ui.Formats;

/**
 * Recruitment (tuyển dụng) within the user's scope: administrators and organisation
 * officers open plans from the vacant job positions of an agency, enter candidates and
 * scores, publish results, record the winners' answers and place them in post; leaders
 * and viewers read. Every change is audited and refused at a stale version; every verdict
 * names its rule ({@link Ranking}, {@link Eligibility}).
 */
@Service
@Transactional(readOnly = true)
public class Recruitment {

	public static final String PLAN_AUDIT = "RecruitmentPlan";

	public static final String VACANCY_AUDIT = "RecruitmentVacancy";

	public static final String CANDIDATE_AUDIT = "RecruitmentCandidate";

	public static final int MAX_PAGE_SIZE = 200;

	/** The most people the person picker offers: more means the officer types more. */
	public static final int PICKER_SIZE = 20;

	private static final Pattern RANK_CODE = Pattern.compile("\\((\\d{2}\\.\\d{3})\\)");

	private final RecruitmentStore store;

	private final Staffing staffing;

	private final PostCatalogue catalogue;

	private final Assignments assignments;

	private final People people;

	private final Rules rules;

	private final OrgUnits orgUnits;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Notifications notifications;

	private final Clock clock;

	Recruitment(RecruitmentStore store, Staffing staffing, PostCatalogue catalogue, Assignments assignments,
			People people, Rules rules, OrgUnits orgUnits, CurrentUsers currentUsers, ApplicationEventPublisher events,
			Notifications notifications, Clock clock) {
		this.store = store;
		this.staffing = staffing;
		this.catalogue = catalogue;
		this.assignments = assignments;
		this.people = people;
		this.rules = rules;
		this.orgUnits = orgUnits;
		this.currentUsers = currentUsers;
		this.events = events;
		this.notifications = notifications;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public boolean canEdit() {
		return this.currentUsers.current().hasAny(Role.ADMIN, Role.ORG_OFFICER);
	}

	// ---------------------------------------------------------------- plans

	/** One page of the plans of agencies in the user's scope (and under the unit). */
	public PageResult<PlanView> plans(@Nullable Long unitId, @Nullable Integer year, int page, int size) {
		requireReader();
		List<Subtree> within = new ArrayList<>();
		within.add(this.orgUnits.visibleSubtree(today()));
		if (unitId != null) {
			within.add(this.orgUnits.subtree(unitId, today()));
		}
		return this.store.plans(within, year, PageResult.page(page), PageResult.size(size, MAX_PAGE_SIZE));
	}

	public PlanView plan(long id) {
		requireReader();
		PlanView plan = this.store.plan(id).orElseThrow(() -> new NotFoundException("recruitment.error.notFound", id));
		this.orgUnits.current(plan.agencyId());
		return plan;
	}

	public List<VacancyView> vacancies(long planId) {
		plan(planId);
		return this.store.vacancies(planId);
	}

	public VacancyView vacancy(long id) {
		requireReader();
		VacancyView vacancy = this.store.vacancy(id)
			.orElseThrow(() -> new NotFoundException("recruitment.error.notFound", id));
		plan(vacancy.planId());
		return vacancy;
	}

	/**
	 * The job positions of the agency whose quota exceeds their holders on the day, as
	 * the vacancies a plan would open, with the requirements of their standard.
	 */
	public List<VacancyView> vacantPositions(long agencyId, LocalDate asOf, Regime regime) {
		requireReader();
		OrgUnitView agency = this.orgUnits.current(agencyId);
		StaffingReport report = this.staffing.report(agency.code(), asOf);
		Map<String, PostStandard> standards = this.catalogue.standardsInForce(asOf);
		PersonnelCategory category = (regime == Regime.CIVIL_SERVANT) ? PersonnelCategory.CIVIL_SERVANT
				: PersonnelCategory.PUBLIC_EMPLOYEE;
		List<VacancyView> vacancies = new ArrayList<>();
		for (StaffingReport.PositionCount count : report.positions()) {
			if (count.quota() == null || count.headcount() >= count.quota()) {
				continue;
			}
			JobPosition position = this.catalogue.jobPosition(count.code()).orElse(null);
			if (position == null || position.category() != category) {
				continue;
			}
			PostStandard standard = standards.get("J" + position.id());
			String rankCode = rankCode(position);
			SalaryRank rank = (rankCode == null) ? null : this.rules.salaryRank(rankCode).orElse(null);
			boolean staffRank = "01.005".equals(rankCode);
			boolean seniorRank = "01.002".equals(rankCode) || "01.001".equals(rankCode);
			vacancies.add(new VacancyView(0, 0, 0, position.code(), position.name(), rankCode,
					(rank == null) ? null : rank.name(), Math.toIntExact(count.quota()),
					Math.toIntExact(count.headcount()), Math.toIntExact(count.quota() - count.headcount()),
					(standard == null) ? null : standard.minProfessionalLevel(),
					(standard == null || standard.professionalFields().isEmpty()) ? null
							: String.join(";", standard.professionalFields()),
					Method.EXAM, staffRank ? ExamForm.ORAL : ExamForm.WRITTEN, !staffRank && !seniorRank, 60, "OPEN"));
		}
		return vacancies;
	}

	/**
	 * Opens the plan of an agency for a year from the job positions vacant on the day
	 * (thi tuyển, written round 2 by default, as NĐ 170 Art. 9 sets by rank); audited.
	 */
	@Transactional
	public PlanView createPlan(long agencyId, int year, @Nullable LocalDate asOf, @Nullable Regime regime,
			@Nullable String note) {
		requireEditor();
		List<FieldProblem> problems = new ArrayList<>();
		if (year < 2000 || year > 2100) {
			problems.add(FieldProblem.of("year", "recruitment.error.year", 2000, 2100));
		}
		LocalDate day = (asOf != null) ? asOf : today();
		Regime chosen = (regime != null) ? regime : Regime.CIVIL_SERVANT;
		if (note != null && note.length() > 2000) {
			problems.add(FieldProblem.of("note", "recruitment.error.tooLong", 2000));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		OrgUnitView agency = this.orgUnits.current(agencyId);
		if (this.store.planExists(agencyId, year, chosen)) {
			throw new InvalidInputException(List.of(FieldProblem.of("year", "recruitment.error.planExists", year)));
		}
		List<VacancyView> vacancies = vacantPositions(agencyId, day, chosen);
		if (vacancies.isEmpty()) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("agencyId", "recruitment.error.noVacancies", agency.name(), day)));
		}
		String user = this.currentUsers.current().username();
		long id = this.store.insertPlan(agencyId, year, day, chosen, blank(note), user, this.clock.instant());
		vacancies.forEach((vacancy) -> this.store.insertVacancy(id, vacancy));
		PlanView plan = this.store.plan(id).orElseThrow();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("plan", plan);
		after.put("vacancies", this.store.vacancies(id));
		this.events.publishEvent(
				new DataChanged(PLAN_AUDIT, String.valueOf(id), DataChanged.Action.CREATE, null, after, agency.path()));
		return plan;
	}

	/**
	 * Changes a vacancy's places, requirements (degree level and fields), rank and method
	 * at the version read, while the plan is open (not yet published or closed); a stale
	 * version is refused, never overwritten; audited.
	 */
	@Transactional
	public VacancyView changeVacancy(long id, long version, VacancyInput input) {
		requireEditor();
		VacancyView before = vacancy(id);
		PlanView plan = requireOpen(before.planId());
		List<FieldProblem> problems = new ArrayList<>();
		Integer seats = input.seats();
		if (seats == null) {
			problems.add(FieldProblem.of("seats", "recruitment.error.required"));
		}
		else if (seats < 1 || seats > 1000) {
			problems.add(FieldProblem.of("seats", "recruitment.error.seats", 1, 1000));
		}
		Method method = input.method();
		ExamForm form = input.examForm();
		if (method == null) {
			problems.add(FieldProblem.of("method", "recruitment.error.required"));
		}
		if (form == null) {
			problems.add(FieldProblem.of("examForm", "recruitment.error.required"));
		}
		else if (method == Method.SELECTION && form != ExamForm.ORAL) {
			problems.add(FieldProblem.of("examForm", "recruitment.error.selectionOral"));
		}
		int asked = (input.roundOneQuestions() == null) ? before.roundOneQuestions() : input.roundOneQuestions();
		if (asked < 1 || asked > 500) {
			problems.add(FieldProblem.of("roundOneQuestions", "recruitment.error.questions", 1, 500));
		}
		String fields = blank(input.professionalFields());
		if (fields != null && fields.length() > 500) {
			problems.add(FieldProblem.of("professionalFields", "recruitment.error.tooLong", 500));
		}
		String rankCode = blank(input.rankCode());
		SalaryRank rank = null;
		if (rankCode != null) {
			rank = this.rules.salaryRank(rankCode).orElse(null);
			if (rank == null) {
				problems.add(FieldProblem.of("rankCode", "recruitment.error.rank.unknown", shorten(rankCode)));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Method chosen = Objects.requireNonNull(method);
		if (before.version() != version || !this.store.updateVacancy(id, version,
				new VacancyView(id, version, before.planId(), before.jobPositionCode(), before.jobPositionName(),
						(rank == null) ? null : rank.code(), (rank == null) ? null : rank.name(), before.quota(),
						before.holders(), Objects.requireNonNull(seats), input.minProfessionalLevel(), fields, chosen,
						Objects.requireNonNull(form), input.roundOne() && chosen == Method.EXAM, asked,
						before.status()))) {
			throw new ConcurrentEditException();
		}
		VacancyView after = this.store.vacancy(id).orElseThrow();
		audit(VACANCY_AUDIT, id, before, after, plan);
		return after;
	}

	/** The salary ranks a vacancy may name, by code. */
	public List<SalaryRank> ranks() {
		return this.rules.salaryRanks();
	}

	// ----------------------------------------------------------- candidates

	public CandidateView candidate(long id) {
		requireReader();
		CandidateView candidate = this.store.candidate(id)
			.orElseThrow(() -> new NotFoundException("recruitment.error.notFound", id));
		plan(candidate.planId());
		return candidate;
	}

	public List<CandidateView> candidates(long planId) {
		plan(planId);
		return this.store.candidatesOfPlan(planId);
	}

	/** Adds a candidate to a plan open for applications; every field checked; audited. */
	@Transactional
	public CandidateView addCandidate(long planId, CandidateInput input) {
		requireEditor();
		PlanView plan = requireOpen(planId);
		Map<String, VacancyView> vacancies = byCode(this.store.vacancies(planId));
		Checked checked = check(input, vacancies, "");
		if (this.store.candidatesByCitizenId(planId).containsKey(checked.values().citizenId())) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("citizenId", "recruitment.error.duplicate", checked.values().citizenId())));
		}
		long id = this.store.insertCandidate(planId, checked.vacancy().id(), checked.values(),
				this.currentUsers.current().username(), this.clock.instant());
		CandidateView after = this.store.candidate(id).orElseThrow();
		audit(CANDIDATE_AUDIT, id, null, after, plan);
		return after;
	}

	/** Corrects a candidate at the version read while the plan is open; audited. */
	@Transactional
	public CandidateView updateCandidate(long id, long version, CandidateInput input) {
		requireEditor();
		CandidateView before = candidate(id);
		PlanView plan = requireOpen(before.planId());
		Checked checked = check(input, byCode(this.store.vacancies(plan.id())), "");
		CandidateView other = this.store.candidatesByCitizenId(plan.id()).get(checked.values().citizenId());
		if (other != null && other.id() != id) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("citizenId", "recruitment.error.duplicate", checked.values().citizenId())));
		}
		if (before.version() != version || !this.store.updateCandidate(id, version, checked.vacancy().id(),
				checked.values(), this.currentUsers.current().username(), this.clock.instant())) {
			throw new ConcurrentEditException();
		}
		CandidateView after = this.store.candidate(id).orElseThrow();
		audit(CANDIDATE_AUDIT, id, before, after, plan);
		return after;
	}

	/** The conditions the candidate misses for the vacancy on the plan's date. */
	public List<Eligibility.Reason> eligibility(long candidateId) {
		CandidateView candidate = candidate(candidateId);
		PlanView plan = plan(candidate.planId());
		return eligibility(candidate, this.store.vacancy(candidate.vacancyId()).orElseThrow(), plan);
	}

	List<Eligibility.Reason> eligibility(CandidateView candidate, VacancyView vacancy, PlanView plan) {
		int minAge = this.rules.inForce(RuleKey.RECRUITMENT_ELIGIBILITY, plan.asOf())
			.map((version) -> (int) version.parameter("minAge"))
			.orElse(18);
		return Eligibility.check(candidate.facts(), vacancy.minProfessionalLevel(), vacancy.professionalFields(),
				minAge, plan.asOf());
	}

	/** The priority categories counted: those claimed and an ethnic minority's. */
	public static Set<PriorityCategory> priorities(CandidateView candidate) {
		Set<PriorityCategory> categories = EnumSet.noneOf(PriorityCategory.class);
		categories.addAll(candidate.priorities());
		if (candidate.ethnicity() != null && candidate.ethnicity().isMinority()) {
			categories.add(PriorityCategory.ETHNIC_MINORITY);
		}
		return categories;
	}

	// --------------------------------------------------------------- scores

	/**
	 * Enters or corrects a candidate's scores until the results are published; audited.
	 */
	@Transactional
	public CandidateView enterScores(long candidateId, long version, ScoreInput scores) {
		requireEditor();
		CandidateView before = candidate(candidateId);
		PlanView plan = requireOpen(before.planId());
		VacancyView vacancy = this.store.vacancy(before.vacancyId()).orElseThrow();
		List<FieldProblem> problems = scoreProblems(scores, vacancy, "");
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (before.version() != version || !this.store.updateScores(candidateId, version, scores,
				this.currentUsers.current().username(), this.clock.instant())) {
			throw new ConcurrentEditException();
		}
		CandidateView after = this.store.candidate(candidateId).orElseThrow();
		audit(CANDIDATE_AUDIT, candidateId, before, after, plan);
		return after;
	}

	static List<FieldProblem> scoreProblems(ScoreInput scores, VacancyView vacancy, String prefix) {
		List<FieldProblem> problems = new ArrayList<>();
		Integer correct = scores.roundOneCorrect();
		if (correct != null && (correct < 0 || correct > vacancy.roundOneQuestions())) {
			problems.add(FieldProblem.of(prefix + "roundOneCorrect", "recruitment.error.roundOne",
					vacancy.roundOneQuestions()));
		}
		score(problems, prefix + "written", scores.written());
		score(problems, prefix + "interview", scores.interview());
		score(problems, prefix + "oral", scores.oral());
		return problems;
	}

	private static void score(List<FieldProblem> problems, String field, @Nullable BigDecimal value) {
		if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0
				|| value.stripTrailingZeros().scale() > 2)) {
			problems.add(FieldProblem.of(field, "recruitment.error.score", value.toPlainString()));
		}
	}

	/** Every candidate of the vacancy with the rules' verdict, winners first. */
	public List<Result> results(long vacancyId) {
		VacancyView vacancy = vacancy(vacancyId);
		PlanView plan = plan(vacancy.planId());
		return results(vacancy, plan, this.store.candidatesOfVacancy(vacancyId));
	}

	List<Result> results(VacancyView vacancy, PlanView plan, List<CandidateView> candidates) {
		ExamRule exam = examRule(plan.asOf());
		PriorityRule priority = priorityRule(plan.asOf());
		List<Ranking.Entry> entries = new ArrayList<>();
		List<List<Eligibility.Reason>> reasons = new ArrayList<>();
		for (CandidateView candidate : candidates) {
			List<Eligibility.Reason> missed = eligibility(candidate, vacancy, plan);
			reasons.add(missed);
			entries.add(new Ranking.Entry(candidate.id(), missed.isEmpty(), candidate.roundOneCorrect(),
					candidate.written(), candidate.interview(), candidate.oral(),
					priority.points(priorities(candidate)), candidate.answer()));
		}
		List<Verdict> verdicts = Ranking.rank(vacancy.conduct(), entries, exam);
		List<Result> results = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			results.add(new Result(candidates.get(i), verdicts.get(i), reasons.get(i)));
		}
		results.sort(java.util.Comparator
			.comparing(
					(Result result) -> (result.verdict().rank() == null) ? Integer.MAX_VALUE : result.verdict().rank())
			.thenComparing((result) -> result.verdict().outcome())
			.thenComparing((result) -> result.candidate().fullName()));
		return results;
	}

	public ExamRule examRule(LocalDate day) {
		return this.rules.inForce(RuleKey.RECRUITMENT_EXAM, day).map(ExamRule::of).orElse(ExamRule.DECREE_170);
	}

	public PriorityRule priorityRule(LocalDate day) {
		return this.rules.inForce(RuleKey.RECRUITMENT_PRIORITY, day)
			.map(PriorityRule::of)
			.orElse(PriorityRule.DECREE_170);
	}

	/** The rule versions a plan applies on its date, for the page to show. */
	public List<RuleVersion> rulesOf(long planId) {
		PlanView plan = plan(planId);
		List<RuleVersion> versions = new ArrayList<>();
		for (RuleKey key : List.of(RuleKey.RECRUITMENT_ELIGIBILITY, RuleKey.RECRUITMENT_EXAM,
				RuleKey.RECRUITMENT_PRIORITY, RuleKey.RECRUITMENT_TIMELINE, RuleKey.RECRUITMENT_PAY_PLACEMENT)) {
			this.rules.inForce(key, plan.asOf()).ifPresent(versions::add);
		}
		return versions;
	}

	// -------------------------------------------------------------- results

	/**
	 * Publishes the results on the day, when every candidate has a verdict and no tie
	 * waits for the head's decision: scores are then final and re-marking requests run
	 * for the rule's working days; audited.
	 */
	@Transactional
	public PlanView publish(long planId, long version, @Nullable LocalDate on, @Nullable String decisionNumber) {
		requireEditor();
		PlanView before = requireOpen(planId);
		for (VacancyView vacancy : this.store.vacancies(planId)) {
			for (Result result : results(vacancy, before, this.store.candidatesOfVacancy(vacancy.id()))) {
				if (result.verdict().outcome() == Outcome.PENDING) {
					throw new InvalidInputException(List.of(FieldProblem.of("status", "recruitment.error.pending",
							result.candidate().fullName(), vacancy.jobPositionName())));
				}
				if (result.verdict().outcome() == Outcome.TIE_HEAD_DECIDES) {
					throw new InvalidInputException(
							List.of(FieldProblem.of("status", "recruitment.error.tie", vacancy.jobPositionName())));
				}
			}
		}
		if (decisionNumber != null && decisionNumber.strip().length() > 100) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("decisionNumber", "recruitment.error.tooLong", 100)));
		}
		LocalDate day = (on != null) ? on : today();
		int workingDays = this.rules.inForce(RuleKey.RECRUITMENT_TIMELINE, day)
			.map((rule) -> (int) rule.parameter("appealWorkingDays"))
			.orElse(5);
		LocalDate until = addWorkingDays(day, workingDays);
		if (before.version() != version || !this.store.publish(planId, version, day, until, blank(decisionNumber),
				this.currentUsers.current().username(), this.clock.instant())) {
			throw new ConcurrentEditException();
		}
		PlanView after = this.store.plan(planId).orElseThrow();
		audit(PLAN_AUDIT, planId, before, after, after);
		notifyPublished(after);
		return after;
	}

	/**
	 * Tells the officers over the plan's agency (not the one who published) that the
	 * results are out, and each winner whose citizen ID is a personnel record with an
	 * account that they won; stored in the publication's transaction.
	 */
	private void notifyPublished(PlanView plan) {
		LocalDate day = Objects.requireNonNull(plan.publishedOn());
		String me = this.currentUsers.current().username();
		List<String> officers = new ArrayList<>(
				this.notifications.accountsOver(plan.agencyId(), day, Role.ORG_OFFICER, Role.ADMIN));
		officers.remove(me);
		String link = "/recruitment/" + plan.id();
		Formats formats = new Formats(Locale.forLanguageTag("vi"));
		this.notifications.send(officers, NotificationKind.OTHER, "recruitment.notice.published",
				List.of(plan.agencyName(), String.valueOf(plan.year()), formats.date(day),
						formats.date(Objects.requireNonNull(plan.appealUntil()))),
				link, "RECRUITMENT_PUBLISHED:" + plan.id());
		Map<Long, String> winners = new LinkedHashMap<>();
		for (VacancyView vacancy : this.store.vacancies(plan.id())) {
			for (Result result : results(vacancy, plan, this.store.candidatesOfVacancy(vacancy.id()))) {
				if (result.verdict().winner()) {
					this.people.search(PersonFilter.none().withQuery(result.candidate().citizenId()), 0, 2)
						.items()
						.stream()
						.filter((person) -> result.candidate().citizenId().equals(person.citizenId()))
						.findFirst()
						.ifPresent((person) -> winners.put(person.id(), vacancy.jobPositionName()));
				}
			}
		}
		Map<Long, String> accounts = this.notifications.accountsOfPeople(winners.keySet());
		winners.forEach((personId, position) -> {
			String account = accounts.get(personId);
			if (account != null && !account.equals(me)) {
				this.notifications.send(List.of(account), NotificationKind.OTHER, "recruitment.notice.won",
						List.of(position, plan.agencyName(), formats.date(Objects.requireNonNull(plan.appealUntil()))),
						"/notifications", "RECRUITMENT_WON:" + plan.id() + ":" + personId);
			}
		});
	}

	/** The day after the given number of working days (Monday to Friday) from the day. */
	static LocalDate addWorkingDays(LocalDate day, int workingDays) {
		LocalDate result = day;
		int left = workingDays;
		while (left > 0) {
			result = result.plusDays(1);
			if (result.getDayOfWeek() != DayOfWeek.SATURDAY && result.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return result;
	}

	/**
	 * Records a published winner's answer: accepting, declining (the next in line then
	 * wins), or a result cancelled; audited.
	 */
	@Transactional
	public CandidateView answer(long candidateId, long version, @Nullable Answer answer, @Nullable LocalDate on) {
		requireEditor();
		CandidateView before = candidate(candidateId);
		PlanView plan = plan(before.planId());
		if (plan.status() != PlanStatus.PUBLISHED) {
			throw new InvalidInputException(List.of(FieldProblem.of("answer", "recruitment.error.notPublished")));
		}
		if (answer == null) {
			throw new InvalidInputException(List.of(FieldProblem.of("answer", "recruitment.error.required")));
		}
		Verdict verdict = verdictOf(before, plan);
		if (!verdict.winner() || before.inPost()) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("answer", "recruitment.error.notWinner", before.fullName())));
		}
		if (before.version() != version || !this.store.answer(candidateId, version, answer, (on != null) ? on : today(),
				this.currentUsers.current().username(), this.clock.instant())) {
			throw new ConcurrentEditException();
		}
		CandidateView after = this.store.candidate(candidateId).orElseThrow();
		audit(CANDIDATE_AUDIT, candidateId, before, after, plan);
		return after;
	}

	public Verdict verdictOf(CandidateView candidate, PlanView plan) {
		VacancyView vacancy = this.store.vacancy(candidate.vacancyId()).orElseThrow();
		return results(vacancy, plan, this.store.candidatesOfVacancy(vacancy.id())).stream()
			.filter((result) -> result.candidate().id() == candidate.id())
			.findFirst()
			.orElseThrow()
			.verdict();
	}

	// ---------------------------------------------------------------- into post

	/**
	 * The salary step of a recruit placed in the rank (NĐ 170 Art. 20): one step up from
	 * step 1 for every full interval of prior insured work in matching jobs, within the
	 * table; the rule is flagged unconfirmed until Bộ Nội vụ's guidance is read.
	 */
	public Placement placement(@Nullable String rankCode, int insuredMonths, LocalDate day) {
		SalaryRank rank = (rankCode == null) ? null : this.rules.salaryRank(rankCode).orElse(null);
		RuleVersion rule = this.rules.inForce(RuleKey.RECRUITMENT_PAY_PLACEMENT, day).orElse(null);
		if (rank == null) {
			return new Placement(null, null, 1, null, (rule == null) ? "" : rule.citation(), false);
		}
		long perStep = (rule == null) ? 36 : rule.parameter((rank.table().raiseGroup() == RaiseGroup.VOCATIONAL)
				? "vocationalMonthsPerStep" : "degreeMonthsPerStep");
		int step = (int) Math.min(rank.table().steps(), 1 + insuredMonths / perStep);
		return new Placement(rank.code(), rank.name(), step, rank.table().coefficient(step),
				(rule == null) ? "" : rule.citation(), rule != null && rule.confirmed());
	}

	/**
	 * The rank and step each winner who accepted would be placed at if starting today, by
	 * candidate, for the placement form to show before the officer confirms.
	 */
	public Map<Long, Placement> placements(long planId) {
		PlanView plan = plan(planId);
		Map<Long, Placement> placements = new LinkedHashMap<>();
		if (plan.status() != PlanStatus.PUBLISHED) {
			return placements;
		}
		for (VacancyView vacancy : this.store.vacancies(planId)) {
			for (CandidateView candidate : this.store.candidatesOfVacancy(vacancy.id())) {
				if (candidate.answer() == Answer.ACCEPTED && !candidate.inPost()) {
					placements.put(candidate.id(), placement(vacancy.rankCode(), candidate.insuredMonths(), today()));
				}
			}
		}
		return placements;
	}

	/**
	 * The personnel records in scope matching the text (a name or a citizen ID), for the
	 * officer linking a winner to an existing record.
	 */
	public List<PersonSummary> searchPeople(String text) {
		requireEditor();
		String query = text.strip();
		if (query.isEmpty() || query.length() > 100) {
			return List.of();
		}
		return this.people.search(PersonFilter.none().withQuery(query), 0, PICKER_SIZE).items();
	}

	/**
	 * A recruit's rank and step.
	 *
	 * @param rankCode the rank's code
	 * @param rankName its name
	 * @param step the step
	 * @param coefficient the step's coefficient
	 * @param citation the rule
	 * @param confirmed whether the rule was checked against the text
	 */
	public record Placement(@Nullable String rankCode, @Nullable String rankName, int step,
			@Nullable BigDecimal coefficient, String citation, boolean confirmed) {
	}

	/**
	 * Puts a winner who accepted into post from the start date: a new personnel record
	 * (or the existing one given) with the recruitment decision, the job position, rank
	 * and step placed by the rule; a primary assignment to the job position; the vacancy
	 * closes when all its places are filled; audited.
	 */
	@Transactional
	public CandidateView placeInPost(long candidateId, long version, @Nullable String decisionNumber,
			@Nullable LocalDate decisionDate, @Nullable LocalDate startDate, @Nullable Long existingPersonId) {
		requireEditor();
		CandidateView before = candidate(candidateId);
		PlanView plan = plan(before.planId());
		VacancyView vacancy = this.store.vacancy(before.vacancyId()).orElseThrow();
		List<FieldProblem> problems = new ArrayList<>();
		if (decisionNumber == null || decisionNumber.isBlank()) {
			problems.add(FieldProblem.of("decisionNumber", "recruitment.error.required"));
		}
		else if (decisionNumber.length() > 100) {
			problems.add(FieldProblem.of("decisionNumber", "recruitment.error.tooLong", 100));
		}
		if (decisionDate == null) {
			problems.add(FieldProblem.of("decisionDate", "recruitment.error.required"));
		}
		if (startDate == null) {
			problems.add(FieldProblem.of("startDate", "recruitment.error.required"));
		}
		else if (decisionDate != null && startDate.isBefore(decisionDate)) {
			problems.add(FieldProblem.of("startDate", "recruitment.error.startBeforeDecision", decisionDate));
		}
		if (plan.status() != PlanStatus.PUBLISHED) {
			problems.add(FieldProblem.of("status", "recruitment.error.notPublished"));
		}
		else if (before.answer() != Answer.ACCEPTED || !verdictOf(before, plan).winner() || before.inPost()) {
			problems.add(FieldProblem.of("status", "recruitment.error.notAccepted", before.fullName()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		LocalDate start = Objects.requireNonNull(startDate);
		String number = Objects.requireNonNull(decisionNumber).strip();
		Placement placement = placement(vacancy.rankCode(), before.insuredMonths(), start);
		OrgUnitView agency = this.orgUnits.current(plan.agencyId());
		PersonnelCategory category = (plan.regime() == Regime.CIVIL_SERVANT) ? PersonnelCategory.CIVIL_SERVANT
				: PersonnelCategory.PUBLIC_EMPLOYEE;
		long personId;
		if (existingPersonId != null) {
			this.people.summary(existingPersonId);
			personId = existingPersonId;
		}
		else {
			personId = this.people.create(record(before, vacancy, agency, category, placement, start)).id();
		}
		try {
			this.assignments.record(new RecordAssignment(personId, agency.code(), null, vacancy.jobPositionCode(),
					AssignmentKind.PRIMARY, Selection.RECRUITED, category, start, null, null, number, decisionDate,
					null));
		}
		catch (InvalidInputException ex) {
			throw new InvalidInputException(ex.problems()
				.stream()
				.map((problem) -> new FieldProblem("assignment." + problem.field(), problem.messageKey(),
						problem.arguments()))
				.toList());
		}
		if (before.version() != version || !this.store.placed(candidateId, version, personId, number, start,
				this.currentUsers.current().username(), this.clock.instant())) {
			throw new ConcurrentEditException();
		}
		long inPost = this.store.candidatesOfVacancy(vacancy.id()).stream().filter(CandidateView::inPost).count();
		if (inPost >= vacancy.seats()) {
			this.store.fillVacancy(vacancy.id());
		}
		CandidateView after = this.store.candidate(candidateId).orElseThrow();
		audit(CANDIDATE_AUDIT, candidateId, before, after, plan);
		return after;
	}

	private static PersonDetails record(CandidateView candidate, VacancyView vacancy, OrgUnitView agency,
			PersonnelCategory category, Placement placement, LocalDate start) {
		LocalDate birth = candidate.birthDate();
		PersonDetails.Identity identity = new PersonDetails.Identity(candidate.fullName(), null, birth.getDayOfMonth(),
				birth.getMonthValue(), birth.getYear(), candidate.gender(), null, null, null, null, null, null,
				candidate.phone(), null, (candidate.ethnicity() == null) ? Ethnicity.KINH : candidate.ethnicity(),
				Religion.NONE, candidate.citizenId(), null, null, null, null);
		PersonDetails.Employment employment = new PersonDetails.Employment(null, category, agency.id(),
				vacancy.jobPositionName(), null, false, null, start, agency.name(), start);
		PersonDetails.Qualifications qualifications = new PersonDetails.Qualifications(null,
				candidate.professionalLevel(), candidate.professionalField(), null, null, null, null, null);
		List<PersonDetails.SalaryStep> salary = (placement.rankCode() == null) ? List.of()
				: List.of(new PersonDetails.SalaryStep(start, placement.rankCode(), placement.rankName(),
						placement.step(), placement.coefficient(), null, null));
		return PersonDetails.of(identity, employment)
			.withQualifications(qualifications)
			.withHistories(List.of(), List.of(), salary, List.of());
	}

	// ------------------------------------------------------------- internals

	Checked check(CandidateInput input, Map<String, VacancyView> vacancies, String prefix) {
		List<FieldProblem> problems = new ArrayList<>();
		VacancyView vacancy = null;
		String code = blank(input.jobPositionCode());
		if (code == null) {
			problems.add(FieldProblem.of(prefix + "jobPositionCode", "recruitment.error.vacancy.required"));
		}
		else {
			vacancy = vacancies.get(code);
			if (vacancy == null) {
				problems.add(FieldProblem.of(prefix + "jobPositionCode", "recruitment.error.vacancy.unknown",
						shorten(code)));
			}
		}
		String name = blank(input.fullName());
		if (name == null) {
			problems.add(FieldProblem.of(prefix + "fullName", "recruitment.error.fullName.required"));
		}
		else if (name.length() > 200) {
			problems.add(FieldProblem.of(prefix + "fullName", "recruitment.error.tooLong", 200));
		}
		LocalDate birth = input.birthDate();
		if (birth == null) {
			problems.add(FieldProblem.of(prefix + "birthDate", "recruitment.error.birthDate.required"));
		}
		else if (birth.isBefore(LocalDate.of(1900, 1, 1)) || birth.isAfter(today())) {
			problems.add(FieldProblem.of(prefix + "birthDate", "recruitment.error.birthDate.range", birth));
			birth = null;
		}
		if (input.gender() == null) {
			problems.add(FieldProblem.of(prefix + "gender", "recruitment.error.gender.required"));
		}
		String citizenId = blank(input.citizenId());
		if (citizenId == null) {
			problems.add(FieldProblem.of(prefix + "citizenId", "recruitment.error.citizenId.required"));
		}
		else {
			var check = CitizenId.check(citizenId, input.gender(), (birth == null) ? null : birth.getYear());
			check.problems()
				.forEach((violation) -> problems
					.add(new FieldProblem(prefix + "citizenId", violation.messageKey(), violation.arguments())));
		}
		String field = blank(input.professionalField());
		if (field != null && field.length() > 200) {
			problems.add(FieldProblem.of(prefix + "professionalField", "recruitment.error.tooLong", 200));
		}
		int insured = (input.insuredMonths() == null) ? 0 : input.insuredMonths();
		if (insured < 0 || insured > 600) {
			problems.add(FieldProblem.of(prefix + "insuredMonths", "recruitment.error.insuredMonths", 0, 600));
		}
		String phone = blank(input.phone());
		if (phone != null && phone.length() > 30) {
			problems.add(FieldProblem.of(prefix + "phone", "recruitment.error.tooLong", 30));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<PriorityCategory> priorities = (input.priorities() == null) ? List.of()
				: input.priorities().stream().filter(Objects::nonNull).distinct().sorted().toList();
		return new Checked(Objects.requireNonNull(vacancy),
				new RecruitmentStore.Checked(Objects.requireNonNull(citizenId).replaceAll("\\D", ""),
						Objects.requireNonNull(name), Objects.requireNonNull(birth),
						Objects.requireNonNull(input.gender()), input.ethnicity(),
						!Boolean.FALSE.equals(input.vietnameseOnly()), !Boolean.FALSE.equals(input.residesInVietnam()),
						!Boolean.FALSE.equals(input.meetsOtherConditions()), input.professionalLevel(), field,
						priorities, insured, phone));
	}

	record Checked(VacancyView vacancy, RecruitmentStore.Checked values) {
	}

	static Map<String, VacancyView> byCode(List<VacancyView> vacancies) {
		Map<String, VacancyView> byCode = new LinkedHashMap<>();
		vacancies.forEach((vacancy) -> byCode.put(vacancy.jobPositionCode(), vacancy));
		return byCode;
	}

	/** The plan, for a form that changes it while it is open; refused otherwise. */
	public PlanView requireOpenPlan(long planId) {
		requireEditor();
		return requireOpen(planId);
	}

	PlanView requireOpen(long planId) {
		PlanView plan = plan(planId);
		if (!plan.scoresOpen()) {
			throw new InvalidInputException(List.of(FieldProblem.of("status", "recruitment.error.published")));
		}
		return plan;
	}

	void audit(String type, long id, @Nullable Object before, @Nullable Object after, PlanView plan) {
		this.events.publishEvent(new DataChanged(type, String.valueOf(id),
				(before == null) ? DataChanged.Action.CREATE : DataChanged.Action.UPDATE, before, after,
				this.orgUnits.current(plan.agencyId()).path()));
	}

	void requireReader() {
		CurrentUser user = this.currentUsers.current();
		if (!user.readsScope()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	void requireEditor() {
		if (!canEdit()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	static @Nullable String rankCode(JobPosition position) {
		if (position.rankGroup() == null) {
			return null;
		}
		Matcher matcher = RANK_CODE.matcher(position.rankGroup());
		return matcher.find() ? matcher.group(1) : null;
	}

	static @Nullable String blank(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String shorten(String value) {
		return (value.length() > 60) ? value.substring(0, 60) + "…" : value;
	}

	static int age(LocalDate birth, LocalDate day) {
		return Period.between(birth, day).getYears();
	}

}
