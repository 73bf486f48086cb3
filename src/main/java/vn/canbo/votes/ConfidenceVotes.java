package vn.canbo.votes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.Subtree;
import vn.canbo.rules.RuleKey;
import vn.canbo.rules.Rules;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.CurrentUsers;
import vn.canbo.security.Role;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.DomainException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.shared.PageResult;

/**
 * Confidence votes within the user's scope: administrators and organisation officers
 * record a conference and its results (audited); leaders and viewers read those of their
 * scope; a staff member reads only their own results.
 */
@Service
@Transactional(readOnly = true)
public class ConfidenceVotes {

	/** The entity type of conferences in the audit trail. */
	public static final String AUDIT_TYPE = "VoteSession";

	/** How many people of a unit the form offers as lines. */
	public static final int CANDIDATES = 40;

	/** The longest page of conferences a caller may ask for. */
	public static final int MAX_PAGE_SIZE = 500;

	private final VoteQueries queries;

	private final OrgUnits orgUnits;

	private final Rules rules;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ConfidenceVotes(VoteQueries queries, OrgUnits orgUnits, Rules rules, CurrentUsers currentUsers,
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

	/** Whether the current user may record conferences. */
	public boolean canRecord() {
		return this.currentUsers.current().hasAny(Role.ADMIN, Role.ORG_OFFICER);
	}

	private boolean readsScope(CurrentUser user) {
		return user.readsScope();
	}

	/**
	 * One page of the conferences held in the unit's subtree (the user's whole scope when
	 * null), latest first, with how many there are; a staff member gets only those where
	 * they were voted on, with only their own result.
	 */
	public PageResult<VoteSession> sessions(@Nullable Long unitId, int page, int size) {
		CurrentUser user = this.currentUsers.current();
		LocalDate today = today();
		List<Subtree> within = new ArrayList<>();
		Long onlyPerson = null;
		if (readsScope(user)) {
			within.add(this.orgUnits.visibleSubtree(today));
		}
		else if (user.personId() != null) {
			onlyPerson = user.personId();
		}
		else {
			return new PageResult<>(List.of(), 0, PageResult.page(page), PageResult.size(size, MAX_PAGE_SIZE));
		}
		if (unitId != null) {
			within.add(this.orgUnits.subtree(unitId, today));
		}
		Long person = onlyPerson;
		PageResult<VoteQueries.StoredSession> stored = this.queries.sessions(within, onlyPerson, PageResult.page(page),
				PageResult.size(size, MAX_PAGE_SIZE));
		return new PageResult<>(stored.items().stream().map((session) -> view(session, person)).toList(),
				stored.total(), stored.page(), stored.size());
	}

	/** One conference with the results the user may see. */
	public VoteSession session(long id) {
		VoteQueries.StoredSession stored = this.queries.session(id)
			.orElseThrow(() -> new NotFoundException("votes.error.notFound", id));
		CurrentUser user = this.currentUsers.current();
		if (readsScope(user)) {
			this.orgUnits.current(stored.unitId());
			return view(stored, null);
		}
		VoteSession own = view(stored, user.personId());
		if (user.personId() == null || own.results().isEmpty()) {
			throw new OutOfScopeException();
		}
		return own;
	}

	/**
	 * A person's results at every conference, latest first, for succession planning: the
	 * person must be in the user's scope, or be the user.
	 */
	public List<VoteOutcome> outcomesFor(long personId) {
		CurrentUser user = this.currentUsers.current();
		VoteQueries.PersonLine person = this.queries.people(List.of(personId)).get(personId);
		if (person == null) {
			throw new NotFoundException("votes.error.personNotFound", personId);
		}
		if (!user.isPerson(personId)) {
			if (!readsScope(user)) {
				throw new OutOfScopeException();
			}
			this.orgUnits.current(person.agencyId());
		}
		Map<Long, VoteQueries.StoredSession> sessions = new LinkedHashMap<>();
		List<VoteOutcome> outcomes = new ArrayList<>();
		for (VoteQueries.StoredResult result : this.queries.resultsOf(personId)) {
			VoteQueries.StoredSession session = sessions.computeIfAbsent(result.sessionId(),
					(id) -> this.queries.session(id).orElseThrow());
			outcomes.add(outcome(session, rule(session.heldOn()), result));
		}
		return outcomes;
	}

	/** The people working in the unit, offered as lines of the form; officers only. */
	public List<VoteCandidate> candidates(long unitId) {
		requireRecorder();
		this.orgUnits.current(unitId);
		return this.queries.candidates(unitId, CANDIDATES);
	}

	/** The label of a unit for the pages. */
	public String unitLabel(long unitId) {
		return this.orgUnits.label(unitId, today());
	}

	/** The unit holding the official or agency code today, if visible. */
	public long unitIdForCode(String code) {
		return this.orgUnits.getByCode(code, today()).id();
	}

	/**
	 * Records a conference of a unit in scope and its results; administrators and
	 * officers; every value is checked and each bad one reported against its field and
	 * row; audited.
	 */
	@Transactional
	public VoteSession record(NewVoteSession input) {
		requireRecorder();
		List<FieldProblem> problems = new ArrayList<>();
		OrgUnitView unit = null;
		if (input.unitId() == null) {
			problems.add(FieldProblem.of("unitId", "votes.error.unit"));
		}
		else {
			unit = this.orgUnits.current(input.unitId());
		}
		LocalDate heldOn = input.heldOn();
		if (heldOn == null) {
			problems.add(FieldProblem.of("heldOn", "votes.error.heldOn.required"));
		}
		else if (heldOn.isAfter(today())) {
			problems.add(FieldProblem.of("heldOn", "votes.error.heldOn.future", today()));
		}
		String name = text(input.name());
		if (name == null) {
			problems.add(FieldProblem.of("name", "votes.error.name.required"));
		}
		else if (name.length() > 300) {
			problems.add(FieldProblem.of("name", "votes.error.name.tooLong", 300));
		}
		Integer summoned = input.summoned();
		Integer present = input.present();
		if (summoned == null) {
			problems.add(FieldProblem.of("summoned", "votes.error.summoned.required"));
		}
		else if (summoned < 1 || summoned > 100_000) {
			problems.add(FieldProblem.of("summoned", "votes.error.summoned.range", 100_000));
		}
		if (present == null) {
			problems.add(FieldProblem.of("present", "votes.error.present.required"));
		}
		else if (present < 0) {
			problems.add(FieldProblem.of("present", "votes.error.negative"));
		}
		else if (summoned != null && present > summoned) {
			problems.add(FieldProblem.of("present", "votes.error.present.aboveSummoned", summoned));
		}
		List<NewVoteSession.Result> results = (input.results() == null) ? List.of() : input.results();
		if (results.isEmpty()) {
			problems.add(FieldProblem.of("results", "votes.error.results.empty"));
		}
		Map<Long, VoteQueries.PersonLine> people = this.queries
			.people(results.stream().map(NewVoteSession.Result::personId).filter(Objects::nonNull).toList());
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < results.size(); i++) {
			checkRow(i, results.get(i), people, seen, present, problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		CurrentUser user = this.currentUsers.current();
		long id = this.queries.insert(Objects.requireNonNull(unit).id(), Objects.requireNonNull(heldOn),
				Objects.requireNonNull(name), Objects.requireNonNull(summoned), Objects.requireNonNull(present),
				user.username(), this.clock.instant());
		for (int i = 0; i < results.size(); i++) {
			NewVoteSession.Result row = results.get(i);
			this.queries.insertResult(id, i + 1, Objects.requireNonNull(row.personId()),
					Objects.requireNonNull(text(row.postTitle())), Objects.requireNonNull(row.high()),
					Objects.requireNonNull(row.confidence()), Objects.requireNonNull(row.low()),
					Objects.requireNonNull(row.invalid()));
		}
		VoteSession recorded = view(this.queries.session(id).orElseThrow(), null);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("unitId", recorded.unitId());
		after.put("heldOn", recorded.heldOn());
		after.put("name", recorded.name());
		after.put("summoned", recorded.summoned());
		after.put("present", recorded.present());
		after.put("quorumMet", recorded.quorumMet());
		after.put("results",
				recorded.results()
					.stream()
					.map((r) -> List.of(r.personId(), r.fullName(), r.postTitle(), r.high(), r.confidence(), r.low(),
							r.invalid(), r.consequence().name()))
					.toList());
		this.events.publishEvent(
				new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.CREATE, null, after, unit.path()));
		return recorded;
	}

	private void checkRow(int i, NewVoteSession.Result row, Map<Long, VoteQueries.PersonLine> people, Set<Long> seen,
			@Nullable Integer present, List<FieldProblem> problems) {
		String at = "results[" + i + "].";
		int line = i + 1;
		Long personId = row.personId();
		if (personId == null) {
			problems.add(FieldProblem.of(at + "personId", "votes.error.row.person", line));
		}
		else if (!people.containsKey(personId)) {
			problems.add(FieldProblem.of(at + "personId", "votes.error.row.personNotFound", line, personId));
		}
		else {
			try {
				this.orgUnits.current(people.get(personId).agencyId());
			}
			catch (OutOfScopeException ex) {
				problems.add(FieldProblem.of(at + "personId", "votes.error.row.personOutOfScope", line,
						people.get(personId).fullName()));
			}
			if (!seen.add(personId)) {
				problems.add(FieldProblem.of(at + "personId", "votes.error.row.duplicate", line,
						people.get(personId).fullName()));
			}
		}
		String title = text(row.postTitle());
		if (title == null) {
			problems.add(FieldProblem.of(at + "postTitle", "votes.error.row.postTitle", line));
		}
		else if (title.length() > 300) {
			problems.add(FieldProblem.of(at + "postTitle", "votes.error.row.postTitleTooLong", line, 300));
		}
		long sum = 0;
		boolean complete = true;
		Map<String, @Nullable Integer> counts = new LinkedHashMap<>();
		counts.put("high", row.high());
		counts.put("confidence", row.confidence());
		counts.put("low", row.low());
		counts.put("invalid", row.invalid());
		for (Map.Entry<String, @Nullable Integer> count : counts.entrySet()) {
			Integer value = count.getValue();
			String label = "votes.level." + count.getKey();
			if (value == null) {
				problems.add(FieldProblem.of(at + count.getKey(), "votes.error.row.countRequired", line, label(label)));
				complete = false;
			}
			else if (value < 0) {
				problems
					.add(FieldProblem.of(at + count.getKey(), "votes.error.row.negative", line, label(label), value));
				complete = false;
			}
			else {
				sum += value;
			}
		}
		if (complete && present != null && sum > present) {
			problems.add(FieldProblem.of(at + "invalid", "votes.error.row.abovepresent", line, sum, present));
		}
	}

	private static DefaultMessageSourceResolvable label(String key) {
		return new DefaultMessageSourceResolvable(new String[] { key }, key);
	}

	private void requireRecorder() {
		if (!canRecord()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	private VoteSession view(VoteQueries.StoredSession stored, @Nullable Long onlyPerson) {
		ConfidenceVoteRule rule = rule(stored.heldOn());
		List<VoteOutcome> outcomes = this.queries.results(stored.id())
			.stream()
			.filter((result) -> onlyPerson == null || result.personId() == onlyPerson)
			.map((result) -> outcome(stored, rule, result))
			.toList();
		return new VoteSession(stored.id(), stored.unitId(), stored.unitName(), stored.heldOn(), stored.name(),
				stored.summoned(), stored.present(), rule.quorumMet(stored.summoned(), stored.present()),
				rule.version(), outcomes, stored.version(), stored.createdBy(), stored.createdAt().toInstant());
	}

	private ConfidenceVoteRule rule(LocalDate day) {
		return new ConfidenceVoteRule(this.rules.inForce(RuleKey.CONFIDENCE_VOTE, day)
			.orElseThrow(() -> new DomainException("rules.error.noVersion", RuleKey.CONFIDENCE_VOTE, day)));
	}

	static VoteOutcome outcome(VoteQueries.StoredSession session, ConfidenceVoteRule rule,
			VoteQueries.StoredResult result) {
		int ballots = result.highVotes() + result.confidenceVotes() + result.lowVotes() + result.invalidVotes();
		boolean quorum = rule.quorumMet(session.summoned(), session.present());
		VoteConsequence consequence = quorum ? rule.consequence(result.lowVotes(), ballots)
				: VoteConsequence.INVALID_SESSION;
		return new VoteOutcome(session.id(), session.heldOn(), session.name(), session.unitId(), session.unitName(),
				result.personId(), result.fullName(), result.postTitle(), result.highVotes(), result.confidenceVotes(),
				result.lowVotes(), result.invalidVotes(), ConfidenceVoteRule.percent(result.highVotes(), ballots),
				ConfidenceVoteRule.percent(result.confidenceVotes(), ballots),
				ConfidenceVoteRule.percent(result.lowVotes(), ballots),
				ConfidenceVoteRule.percent(result.invalidVotes(), ballots), quorum, consequence, rule.version());
	}

	private static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
