package vn.canbo.emulation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.Subtree;
import vn.canbo.rules.EvaluationLevel;
import vn.canbo.rules.RuleKey;
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
 * Emulation and rewards (thi đua, khen thưởng) within the user's scope: the counts of a
 * unit and year with the people behind them, proposals from the approved annual ratings,
 * decisions on rewards, and collective ratings. Administrators and organisation officers
 * propose and decide; leaders also rate collectives; leaders and viewers read; staff read
 * only their own rewards.
 */
@Service
@Transactional(readOnly = true)
public class Emulation {

	/** The entity type of rewards in the audit trail. */
	public static final String REWARD_AUDIT_TYPE = "Reward";

	/** The entity type of collective ratings in the audit trail. */
	public static final String COLLECTIVE_AUDIT_TYPE = "CollectiveRating";

	/** The longest page of rewards a caller may ask for. */
	public static final int MAX_PAGE_SIZE = 500;

	private final EmulationQueries queries;

	private final OrgUnits orgUnits;

	private final Rules rules;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Emulation(EmulationQueries queries, OrgUnits orgUnits, Rules rules, CurrentUsers currentUsers,
			ApplicationEventPublisher events, Clock clock) {
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

	/**
	 * The year reviewed by default: the past one until mid-year, then the current one.
	 */
	public int defaultYear() {
		LocalDate today = today();
		return (today.getMonthValue() < 7) ? today.getYear() - 1 : today.getYear();
	}

	/** Whether the user may propose and decide rewards. */
	public boolean canDecide() {
		return this.currentUsers.current().hasAny(Role.ADMIN, Role.ORG_OFFICER);
	}

	/** Whether the user may read the rewards and ratings of their scope. */
	public boolean canReadScope() {
		return this.currentUsers.current().readsScope();
	}

	/** Whether the user may record collective ratings. */
	public boolean canRateCollectives() {
		return this.currentUsers.current().hasAny(Role.ADMIN, Role.ORG_OFFICER, Role.LEADER);
	}

	/** The emulation rule in force at the end of the year. */
	public EmulationRule rule(int year) {
		LocalDate day = asOf(year);
		return new EmulationRule(this.rules.inForce(RuleKey.EMULATION_TITLES, day)
			.orElseThrow(() -> new IllegalStateException("No EMULATION_TITLES rule in force on " + day)));
	}

	/** The counts of the unit's subtree (the whole scope when null) for the year. */
	public EmulationReport report(@Nullable Long unitId, int year) {
		requireReader();
		List<Subtree> within = within(unitId, year);
		return new EmulationReport(unitId, year, this.queries.ratingCounts(within, year),
				this.queries.rewardCounts(within, year));
	}

	/** The people behind a rating count: approved at the level in the year. */
	public List<EmulationEntry> rated(@Nullable Long unitId, int year, EvaluationLevel level) {
		requireReader();
		return this.queries.rated(within(unitId, year), year, level);
	}

	/** The people and collectives behind a reward count: decided rewards of the kind. */
	public List<EmulationEntry> rewarded(@Nullable Long unitId, int year, RewardKind kind) {
		requireReader();
		return this.queries.rewarded(within(unitId, year), year, kind);
	}

	/**
	 * One page of the rewards of the year in the unit's subtree (the whole scope when
	 * null), with how many there are; staff see only their own, whatever the unit.
	 */
	public PageResult<Reward> rewards(@Nullable Long unitId, int year, @Nullable RewardStatus status,
			@Nullable RewardKind kind, int page, int size) {
		return rewards(unitId, year, year, status, kind, page, size);
	}

	/**
	 * As {@link #rewards(Long, int, RewardStatus, RewardKind, int, int)}, over the years
	 * from {@code fromYear} to {@code year} (the unit's subtree as it stood in the last):
	 * what the five-year reward indicator counts.
	 */
	public PageResult<Reward> rewards(@Nullable Long unitId, int fromYear, int year, @Nullable RewardStatus status,
			@Nullable RewardKind kind, int page, int size) {
		requireYear(year);
		requireYear(fromYear);
		int first = Math.min(fromYear, year);
		CurrentUser user = this.currentUsers.current();
		int number = PageResult.page(page);
		int shown = PageResult.size(size, MAX_PAGE_SIZE);
		if (canReadScope()) {
			return this.queries.rewards(within(unitId, year), first, year, null, status, kind, number, shown);
		}
		if (user.has(Role.STAFF) && user.personId() != null) {
			return this.queries.rewards(List.of(), first, year, user.personId(), status, kind, number, shown);
		}
		return new PageResult<>(List.of(), 0, number, shown);
	}

	/** One reward the user may see. */
	public Reward reward(long id) {
		Reward reward = this.queries.reward(id)
			.orElseThrow(() -> new NotFoundException("emulation.error.notFound", id));
		if (canReadScope()) {
			this.orgUnits.current(reward.agencyId());
			return reward;
		}
		Long personId = reward.personId();
		if (personId != null && this.currentUsers.current().isPerson(personId)) {
			return reward;
		}
		throw new OutOfScopeException();
	}

	/**
	 * Proposes the titles the rule gives for each approved annual rating of the year in
	 * the unit's subtree (Lao động tiên tiến, Chiến sĩ thi đua cơ sở); a person already
	 * proposed for a title that year is skipped. Audited.
	 */
	@Transactional
	public ProposalOutcome proposeFromRatings(@Nullable Long unitId, int year) {
		requireDecider();
		List<Subtree> within = within(unitId, year);
		EmulationRule rule = rule(year);
		List<EmulationQueries.RatedMember> members = this.queries.approvedRatings(within, year);
		int proposed = 0;
		int already = 0;
		Map<Long, String> paths = new LinkedHashMap<>();
		for (EmulationQueries.RatedMember member : members) {
			for (RewardKind kind : rule.titlesFor(member.level())) {
				Optional<Long> id = this.queries.insertReward(member.personId(), null, member.agencyId(), year, kind,
						member.level(), null, username(), this.clock.instant());
				if (id.isEmpty()) {
					already++;
					continue;
				}
				proposed++;
				String path = paths.computeIfAbsent(member.agencyId(),
						(agency) -> this.orgUnits.current(agency).path());
				Reward created = this.queries.reward(id.get()).orElseThrow();
				this.events.publishEvent(new DataChanged(REWARD_AUDIT_TYPE, String.valueOf(created.id()),
						DataChanged.Action.CREATE, null, audit(created), path));
			}
		}
		return new ProposalOutcome(members.size(), proposed, already, rule);
	}

	/** Proposes one title or award for a person or a collective in scope. Audited. */
	@Transactional
	public Reward propose(NewReward command) {
		requireDecider();
		List<FieldProblem> problems = new ArrayList<>();
		Integer year = command.year();
		if (year == null) {
			problems.add(FieldProblem.of("year", "emulation.error.year.required"));
		}
		else if (!validYear(year)) {
			problems.add(FieldProblem.of("year", "emulation.error.year.range", today().getYear() + 1));
		}
		RewardKind kind = command.kind();
		Long personId = command.personId();
		Long unitId = command.unitId();
		if ((personId == null) == (unitId == null)) {
			problems.add(FieldProblem.of("personId", "emulation.error.subject"));
		}
		if (kind == null) {
			problems.add(FieldProblem.of("kind", "emulation.error.kind.required"));
		}
		else if ((personId != null && !kind.individual()) || (unitId != null && !kind.collective())) {
			problems.add(FieldProblem.of("kind", "emulation.error.kind.subject"));
		}
		String note = text(command.note(), "note", 1000, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		long agencyId;
		if (personId != null) {
			agencyId = this.queries.agencyOf(personId)
				.orElseThrow(() -> new NotFoundException("emulation.error.personNotFound", personId));
		}
		else {
			agencyId = unitId;
		}
		OrgUnitView agency = this.orgUnits.current(agencyId);
		Long id = this.queries
			.insertReward(personId, unitId, agencyId, year, kind, null, note, username(), this.clock.instant())
			.orElseThrow(
					() -> new InvalidInputException(List.of(FieldProblem.of("kind", "emulation.error.duplicate"))));
		Reward created = this.queries.reward(id).orElseThrow();
		this.events.publishEvent(new DataChanged(REWARD_AUDIT_TYPE, String.valueOf(id), DataChanged.Action.CREATE, null,
				audit(created), agency.path()));
		return created;
	}

	/**
	 * Records the decision on a reward (decided, with number, date and authority; or
	 * rejected), refusing a stale version. Audited with before and after.
	 */
	@Transactional
	public Reward decide(long id, RewardDecision decision) {
		requireDecider();
		Reward before = this.queries.reward(id)
			.orElseThrow(() -> new NotFoundException("emulation.error.notFound", id));
		OrgUnitView agency = this.orgUnits.current(before.agencyId());
		List<FieldProblem> problems = new ArrayList<>();
		RewardStatus status = decision.status();
		if (status == null || status == RewardStatus.PROPOSED) {
			problems.add(FieldProblem.of("status", "emulation.error.status.required"));
		}
		String number = text(decision.decisionNumber(), "decisionNumber", 100, problems);
		String authority = text(decision.authority(), "authority", 300, problems);
		String note = text(decision.note(), "note", 1000, problems);
		LocalDate date = decision.decisionDate();
		if (status == RewardStatus.DECIDED) {
			if (number == null) {
				problems.add(FieldProblem.of("decisionNumber", "emulation.error.decisionNumber.required"));
			}
			if (date == null) {
				problems.add(FieldProblem.of("decisionDate", "emulation.error.decisionDate.required"));
			}
			if (authority == null) {
				problems.add(FieldProblem.of("authority", "emulation.error.authority.required"));
			}
		}
		if (date != null && date.isAfter(today())) {
			problems.add(FieldProblem.of("decisionDate", "emulation.error.decisionDate.future"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (!this.queries.decide(id, decision.version(), status, number, date, authority, note, username(),
				this.clock.instant())) {
			throw new ConcurrentEditException();
		}
		Reward after = this.queries.reward(id).orElseThrow();
		this.events.publishEvent(new DataChanged(REWARD_AUDIT_TYPE, String.valueOf(id), DataChanged.Action.UPDATE,
				audit(before), audit(after), agency.path()));
		return after;
	}

	/** A unit's collective rating for the year with the suggestion from its members. */
	public CollectiveSheet collective(long unitId, int year) {
		requireReader();
		requireYear(year);
		OrgUnitView unit = this.orgUnits.get(unitId, asOf(year));
		CollectiveSuggestion suggestion = suggestion(unitId, year);
		return new CollectiveSheet(unitId, unit.code(), this.orgUnits.label(unit), year,
				this.queries.collectiveRating(unitId, year).orElse(null), suggestion, canRateCollectives());
	}

	/**
	 * Records (or corrects, with the version seen) a unit's collective rating for the
	 * year. Audited with before and after.
	 */
	@Transactional
	public CollectiveRating recordCollective(long unitId, int year, RecordCollectiveRating command) {
		if (!canRateCollectives()) {
			throw new OutOfScopeException("error.forbidden");
		}
		requireYear(year);
		OrgUnitView unit = this.orgUnits.get(unitId, asOf(year));
		List<FieldProblem> problems = new ArrayList<>();
		EvaluationLevel level = command.level();
		if (level == null) {
			problems.add(FieldProblem.of("level", "emulation.error.level.required"));
		}
		String note = text(command.note(), "note", 1000, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		EvaluationLevel suggested = suggestion(unitId, year).level();
		Optional<CollectiveRating> before = this.queries.collectiveRating(unitId, year);
		CollectiveRating after;
		if (command.version() == null) {
			if (before.isPresent()) {
				throw new ConcurrentEditException();
			}
			after = this.queries.insertCollective(unitId, year, level, command.cleanAndStrong(), suggested, note,
					username(), this.clock.instant());
		}
		else {
			if (before.isEmpty()) {
				throw new ConcurrentEditException();
			}
			after = this.queries
				.updateCollective(before.get().id(), command.version(), level, command.cleanAndStrong(), suggested,
						note, username(), this.clock.instant())
				.orElseThrow(ConcurrentEditException::new);
		}
		this.events.publishEvent(new DataChanged(COLLECTIVE_AUDIT_TYPE, String.valueOf(after.id()),
				before.isPresent() ? DataChanged.Action.UPDATE : DataChanged.Action.CREATE,
				before.map((rating) -> audit(rating, unit)).orElse(null), audit(after, unit), unit.path()));
		return after;
	}

	/** The label of a unit for the page's picker. */
	public String unitLabel(long unitId) {
		return this.orgUnits.label(unitId, today());
	}

	/** The unit holding the official or agency code today, if visible. */
	public long unitIdForCode(String code) {
		return this.orgUnits.getByCode(code, today()).id();
	}

	/** The day a year's tree is read at: its last day, or today for the current year. */
	public LocalDate asOf(int year) {
		LocalDate end = LocalDate.of(year, 12, 31);
		return end.isAfter(today()) ? today() : end;
	}

	private CollectiveSuggestion suggestion(long unitId, int year) {
		return rule(year).suggest(this.queries.ratingCounts(List.of(this.orgUnits.subtree(unitId, asOf(year))), year));
	}

	private List<Subtree> within(@Nullable Long unitId, int year) {
		requireYear(year);
		LocalDate day = asOf(year);
		List<Subtree> within = new ArrayList<>();
		within.add(this.orgUnits.visibleSubtree(day));
		if (unitId != null) {
			within.add(this.orgUnits.subtree(unitId, day));
		}
		return within;
	}

	private void requireReader() {
		if (!canReadScope()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	private void requireDecider() {
		if (!canDecide()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	private void requireYear(int year) {
		if (!validYear(year)) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("year", "emulation.error.year.range", today().getYear() + 1)));
		}
	}

	private boolean validYear(int year) {
		return year >= 1990 && year <= today().getYear() + 1;
	}

	private String username() {
		return this.currentUsers.current().username();
	}

	private static @Nullable String text(@Nullable String value, String field, int max, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			problems.add(FieldProblem.of(field, "emulation.error.tooLong", max));
		}
		return text;
	}

	private static Map<String, Object> audit(Reward reward) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", reward.name());
		values.put("personId", reward.personId());
		values.put("unitId", reward.unitId());
		values.put("year", reward.year());
		values.put("kind", reward.kind().name());
		values.put("status", reward.status().name());
		values.put("basisLevel", (reward.basisLevel() == null) ? null : reward.basisLevel().name());
		values.put("decisionNumber", reward.decisionNumber());
		values.put("decisionDate", reward.decisionDate());
		values.put("authority", reward.authority());
		values.put("note", reward.note());
		return values;
	}

	private static Map<String, Object> audit(CollectiveRating rating, OrgUnitView unit) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("unit", unit.name());
		values.put("unitId", rating.unitId());
		values.put("year", rating.year());
		values.put("level", rating.level().name());
		values.put("cleanAndStrong", rating.cleanAndStrong());
		values.put("suggestedLevel", (rating.suggestedLevel() == null) ? null : rating.suggestedLevel().name());
		values.put("note", rating.note());
		return values;
	}

}
