package vn.canbo.ratings;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.notifications.NotificationKind;
import vn.canbo.notifications.Notifications;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.Subtree;
import vn.canbo.orgunits.SubtreeNode;
import vn.canbo.rules.EvaluationLevel;
import vn.canbo.rules.RuleKey;
import vn.canbo.rules.RuleVersion;
import vn.canbo.rules.Rules;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.CurrentUsers;
import vn.canbo.security.Role;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.DomainException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.shared.PageQuery;
import vn.canbo.shared.PageResult;
import vn.canbo.work.ClosedMonth;
import vn.canbo.work.Evaluations;
import vn.canbo.work.SchemeResolver;
import vn.canbo.work.ScoringScheme;

/**
 * Annual ratings: rolls the closed months of a unit's people up into proposals, keeps the
 * excellent level within its quota by the leader's choice, and approves an agency's year.
 * Leaders and administrators decide and approve in their scope; organisation officers
 * also roll up; readers of the scope read; staff read only their own. Audited.
 */
@Service
@Transactional(readOnly = true)
public class AnnualRatings {

	/** The entity type of annual ratings in the audit trail. */
	public static final String AUDIT_TYPE = "AnnualRating";

	/** The reason of a rating forced to "not completed" by a discipline decision. */
	private static final String DISCIPLINE_REASON = "DISCIPLINE";

	/** The longest page of ratings a caller may ask for. */
	public static final int MAX_PAGE_SIZE = 500;

	private static final String COLUMNS = """
			r.id, r.version, r.person_id, p.full_name, r.agency_id, u.name as agency_name, r.year, r.task_group,
			r.months_evaluated, r.months_leave, r.months_maternity, r.average, r.scored_level, r.proposed_level,
			r.reasons, r.discipline_note, r.excellent_kept, r.level, r.status
			from annual_rating r join person p on p.id = r.person_id join org_unit u on u.id = r.agency_id""";

	private final JdbcClient jdbc;

	private final OrgUnits orgUnits;

	private final Rules rules;

	private final SchemeResolver schemes;

	private final DisciplineInYear discipline;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Notifications notifications;

	private final Evaluations evaluations;

	AnnualRatings(JdbcClient jdbc, OrgUnits orgUnits, Rules rules, SchemeResolver schemes, DisciplineInYear discipline,
			CurrentUsers currentUsers, ApplicationEventPublisher events, Notifications notifications,
			Evaluations evaluations) {
		this.notifications = notifications;
		this.evaluations = evaluations;
		this.jdbc = jdbc;
		this.orgUnits = orgUnits;
		this.rules = rules;
		this.schemes = schemes;
		this.discipline = discipline;
		this.currentUsers = currentUsers;
		this.events = events;
	}

	public LocalDate today() {
		return this.orgUnits.today();
	}

	/** Whether the user may roll up, choose and approve in the unit. */
	public boolean mayDecide(long unitId) {
		CurrentUser user = this.currentUsers.current();
		if (!user.hasAny(Role.ADMIN, Role.LEADER)) {
			return false;
		}
		this.orgUnits.current(unitId);
		return true;
	}

	/**
	 * Rolls the year's closed months up into a proposal for every person of the unit's
	 * subtree (approved ratings stay as they are); returns how many were proposed.
	 */
	@Transactional
	public int rollUp(long unitId, int year) {
		checkYear(year);
		CurrentUser user = this.currentUsers.current();
		if (!user.hasAny(Role.ADMIN, Role.LEADER, Role.ORG_OFFICER)) {
			throw new OutOfScopeException("ratings.error.notDecider");
		}
		OrgUnitView unit = this.orgUnits.current(unitId);
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		LocalDate day = yearEnd.isAfter(today()) ? today() : yearEnd;
		Long[] agencies = this.orgUnits.nodesUnder(unitId, day).stream().map(SubtreeNode::id).toArray(Long[]::new);
		RollUpRule rule = rollUpRule(yearEnd);
		ScoringScheme scheme = this.schemes.scheme(unitId, LocalDate.of(year, 12, 1));
		List<long[]> counts = new ArrayList<>();
		List<Object[]> facts = new ArrayList<>();
		this.jdbc.sql("""
				select p.id, p.agency_id, p.category,
					count(*) filter (where e.level is not null and e.absence is null),
					count(*) filter (where e.absence = 'LEAVE'),
					count(*) filter (where e.absence = 'MATERNITY'),
					round(avg(e.total) filter (where e.level is not null and e.absence is null), 2),
					count(*) filter (where e.level = 'NOT_COMPLETED' and e.absence is null)
				from work_closed_month_result e join person p on p.id = e.person_id
				where e.month >= :from and e.month < :to and e.closed_at is not null and p.agency_id = any(:agencies)
				group by p.id""")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.param("agencies", agencies)
			.query((rs) -> {
				counts.add(new long[] { rs.getLong(1), rs.getLong(2), rs.getInt(4), rs.getInt(5), rs.getInt(6),
						rs.getInt(8) });
				facts.add(new Object[] { rs.getString(3), rs.getBigDecimal(7) });
			});
		List<Long> ids = counts.stream().map((row) -> row[0]).toList();
		Map<Long, String> disciplined = this.discipline.disciplined(ids, year);
		int size = counts.size();
		Long[] people = new Long[size];
		Long[] agencyIds = new Long[size];
		String[] groups = new String[size];
		Integer[][] months = new Integer[3][size];
		String[] averages = new String[size];
		String[] scored = new String[size];
		String[] proposed = new String[size];
		String[] reasons = new String[size];
		String[] notes = new String[size];
		for (int i = 0; i < size; i++) {
			long[] row = counts.get(i);
			BigDecimal average = (BigDecimal) facts.get(i)[1];
			String note = disciplined.get(row[0]);
			AnnualProposal proposal = AnnualProposal.of(rule, scheme, (int) row[2], (int) row[3], (int) row[4], average,
					(int) row[5], note != null);
			people[i] = row[0];
			agencyIds[i] = row[1];
			groups[i] = (String) facts.get(i)[0];
			months[0][i] = (int) row[2];
			months[1][i] = (int) row[3];
			months[2][i] = (int) row[4];
			averages[i] = (average != null) ? average.toPlainString() : null;
			scored[i] = (proposal.scoredLevel() != null) ? proposal.scoredLevel().name() : null;
			proposed[i] = (proposal.proposedLevel() != null) ? proposal.proposedLevel().name() : null;
			reasons[i] = String.join(",", proposal.reasons());
			notes[i] = note;
		}
		this.jdbc.sql("""
				insert into annual_rating (person_id, year, agency_id, task_group, months_evaluated, months_leave,
					months_maternity, average, scored_level, proposed_level, reasons, discipline_note, level,
					rule_version_id, computed_at)
				select person, :year, agency, grp, worked, leave, maternity, average, scored, proposed,
					case when reasons = '' then '{}' else string_to_array(reasons, ',') end, note,
					case when proposed = 'EXCELLENT' then null else proposed end, :rule, current_timestamp
				from unnest(cast(:people as bigint[]), cast(:agencies as bigint[]), cast(:groups as text[]),
					cast(:worked as int[]), cast(:leave as int[]), cast(:maternity as int[]),
					cast(:averages as numeric[]), cast(:scored as text[]), cast(:proposed as text[]),
					cast(:reasons as text[]), cast(:notes as text[]))
					as x(person, agency, grp, worked, leave, maternity, average, scored, proposed, reasons, note)
				on conflict (person_id, year) do update set agency_id = excluded.agency_id,
					task_group = excluded.task_group, months_evaluated = excluded.months_evaluated,
					months_leave = excluded.months_leave, months_maternity = excluded.months_maternity,
					average = excluded.average, scored_level = excluded.scored_level,
					proposed_level = excluded.proposed_level, reasons = excluded.reasons,
					discipline_note = excluded.discipline_note, level = excluded.level, excellent_kept = null,
					rule_version_id = excluded.rule_version_id, computed_at = excluded.computed_at,
					version = annual_rating.version + 1
				where annual_rating.status <> 'APPROVED'""")
			.param("year", year)
			.param("rule", rule.version().id())
			.param("people", people)
			.param("agencies", agencyIds)
			.param("groups", groups)
			.param("worked", months[0])
			.param("leave", months[1])
			.param("maternity", months[2])
			.param("averages", averages)
			.param("scored", scored)
			.param("proposed", proposed)
			.param("reasons", reasons)
			.param("notes", notes)
			.update();
		// Where the excellent proposals fit the quota, they keep the level at once.
		this.jdbc.sql("""
				with groups as (
					select agency_id, task_group,
						count(*) filter (where proposed_level = 'GOOD') as good,
						count(*) filter (where proposed_level = 'EXCELLENT') as excellent
					from annual_rating where year = :year and agency_id = any(:agencies) and status <> 'APPROVED'
					group by agency_id, task_group)
				update annual_rating r set level = 'EXCELLENT', excellent_kept = true
				from groups g
				where r.year = :year and r.agency_id = g.agency_id and r.task_group = g.task_group
					and r.proposed_level = 'EXCELLENT' and r.status <> 'APPROVED'
					and g.excellent <= case when :roundDown then floor(g.good * :percent / 100.0)
						else round(g.good * :percent / 100.0) end""")
			.param("year", year)
			.param("agencies", agencies)
			.param("roundDown", rule.version().parameter("quotaRoundDown") == 1)
			.param("percent", rule.version().parameter("excellentQuotaPercent"))
			.update();
		askForChoices(agencies, year, rule);
		Map<String, @Nullable Object> after = new LinkedHashMap<>();
		after.put("year", year);
		after.put("rolledUp", size);
		this.events.publishEvent(
				new DataChanged(AUDIT_TYPE, unitId + "/" + year, DataChanged.Action.UPDATE, null, after, unit.path()));
		return size;
	}

	/**
	 * The leaders over each agency whose excellent proposals exceed the quota learn that
	 * they must choose (once per agency and year).
	 */
	private void askForChoices(Long[] agencies, int year, RollUpRule rule) {
		List<Long> over = this.jdbc
			.sql("""
					select agency_id from annual_rating
					where year = :year and agency_id = any(:agencies) and status <> 'APPROVED'
					group by agency_id, task_group
					having count(*) filter (where proposed_level = 'EXCELLENT' and excellent_kept is null)
						> case when :roundDown then floor(count(*) filter (where proposed_level = 'GOOD') * :percent / 100.0)
							else round(count(*) filter (where proposed_level = 'GOOD') * :percent / 100.0) end""")
			.param("year", year)
			.param("agencies", agencies)
			.param("roundDown", rule.version().parameter("quotaRoundDown") == 1)
			.param("percent", rule.version().parameter("excellentQuotaPercent"))
			.query(Long.class)
			.list();
		LocalDate today = today();
		for (long agency : new LinkedHashSet<>(over)) {
			this.notifications.send(this.notifications.leadersOver(agency, today), NotificationKind.RATING_TO_DECIDE,
					"ratings.notice.choose", List.of(this.orgUnits.label(agency, today), String.valueOf(year)),
					"/ratings/quota?agencyId=" + agency + "&year=" + year, "RATING_TO_DECIDE:" + agency + ":" + year);
		}
	}

	/**
	 * One page of the annual ratings of the unit's subtree, by agency, with their total
	 * (staff see only their own, through {@link #mine}).
	 */
	public PageResult<RatingView> list(long unitId, int year, int page, int size) {
		return list(unitId, year, RatingFilter.ALL, page, size);
	}

	/**
	 * As {@link #list(long, int, int, int)}, only the ratings the filter keeps: the total
	 * is how many it keeps.
	 */
	public PageResult<RatingView> list(long unitId, int year, RatingFilter filter, int page, int size) {
		checkYear(year);
		requireScopeReader();
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("year", year);
		String scope = this.orgUnits.subtree(unitId, today()).and("r.agency_id", "scope", params) + filter.sql(params);
		return PageQuery.read(this.jdbc, "select count(*) from annual_rating r where r.year = :year" + scope,
				"select " + COLUMNS + " where r.year = :year" + scope
						+ " order by u.name, r.agency_id, r.average desc nulls last, p.sort_key, p.id",
				params, PageResult.page(page), PageResult.size(size, MAX_PAGE_SIZE), (rs, row) -> shown(view(rs)));
	}

	private void requireScopeReader() {
		CurrentUser user = this.currentUsers.current();
		if (!user.readsScope()) {
			throw new OutOfScopeException("ratings.error.ownOnly");
		}
	}

	/**
	 * The rating as the user may see it: the discipline behind a "not completed" only to
	 * those who may read the person's decisions (not viewers).
	 */
	private RatingView shown(RatingView rating) {
		if (rating.disciplineNote() == null && !rating.reasons().contains(DISCIPLINE_REASON)
				|| this.discipline.mayRead(rating.personId())) {
			return rating;
		}
		return new RatingView(rating.id(), rating.version(), rating.personId(), rating.fullName(), rating.agencyId(),
				rating.agencyName(), rating.year(), rating.taskGroup(), rating.monthsEvaluated(), rating.monthsLeave(),
				rating.monthsMaternity(), rating.average(), rating.scoredLevel(), rating.proposedLevel(),
				rating.reasons().stream().filter((reason) -> !DISCIPLINE_REASON.equals(reason)).toList(), null,
				rating.excellentKept(), rating.level(), rating.status());
	}

	/** The user's own rating of the year, if any. */
	public @Nullable RatingView mine(int year) {
		checkYear(year);
		Long person = this.currentUsers.current().personId();
		if (person == null) {
			return null;
		}
		return this.jdbc.sql("select " + COLUMNS + " where r.year = :year and r.person_id = :person")
			.param("year", year)
			.param("person", person)
			.query((rs, row) -> view(rs))
			.optional()
			.orElse(null);
	}

	/**
	 * The signed-in person's closed months of the year: before the roll-up, what there is
	 * to see of the year's rating.
	 */
	public List<ClosedMonth> myMonthsSoFar(int year) {
		Long person = this.currentUsers.current().personId();
		return (person == null) ? List.of() : this.evaluations.closedMonths(person, year);
	}

	/** The quota of each task group of the agency. */
	public List<QuotaGroup> quota(long agencyId, int year) {
		checkYear(year);
		List<RatingView> ratings = agencyRatings(agencyId, year);
		RollUpRule rule = rollUpRule(LocalDate.of(year, 12, 31));
		Map<String, List<RatingView>> byGroup = new LinkedHashMap<>();
		ratings
			.forEach((rating) -> byGroup.computeIfAbsent(rating.taskGroup(), (key) -> new ArrayList<>()).add(rating));
		List<QuotaGroup> groups = new ArrayList<>();
		byGroup.forEach((group, members) -> {
			int good = (int) members.stream().filter((r) -> r.proposedLevel() == EvaluationLevel.GOOD).count();
			List<RatingView> proposals = members.stream()
				.filter((r) -> r.proposedLevel() == EvaluationLevel.EXCELLENT)
				.toList();
			int maximum = rule.excellentQuota(good);
			int kept = (int) proposals.stream().filter((r) -> Boolean.TRUE.equals(r.excellentKept())).count();
			groups.add(new QuotaGroup(agencyId, group, good, maximum, proposals, kept,
					proposals.size() > maximum && proposals.stream().anyMatch(RatingView::pendingChoice)));
		});
		return groups;
	}

	/**
	 * The leader's choice of who keeps "excellent" in a task group: at most the quota;
	 * the others are rated "good".
	 */
	@Transactional
	public List<QuotaGroup> chooseExcellent(long agencyId, int year, String taskGroup, Set<Long> keep) {
		checkYear(year);
		requireDecider(agencyId);
		QuotaGroup group = quota(agencyId, year).stream()
			.filter((candidate) -> candidate.taskGroup().equals(taskGroup))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException(
					List.of(FieldProblem.of("taskGroup", "ratings.error.group.unknown", taskGroup))));
		Set<Long> proposed = new HashSet<>();
		group.proposals().forEach((rating) -> proposed.add(rating.personId()));
		if (!proposed.containsAll(keep)) {
			throw new InvalidInputException(List.of(FieldProblem.of("keep", "ratings.error.keep.notProposed")));
		}
		if (keep.size() > group.maximum()) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("keep", "ratings.error.keep.overQuota", group.maximum(), group.good())));
		}
		if (group.proposals().stream().anyMatch((rating) -> "APPROVED".equals(rating.status()))) {
			throw new DomainException("ratings.error.approved");
		}
		Long[] ids = group.proposals().stream().map(RatingView::id).toArray(Long[]::new);
		Long[] kept = group.proposals()
			.stream()
			.filter((rating) -> keep.contains(rating.personId()))
			.map(RatingView::id)
			.toArray(Long[]::new);
		this.jdbc.sql("""
				update annual_rating set excellent_kept = (id = any(:kept)),
					level = case when id = any(:kept) then 'EXCELLENT' else 'GOOD' end, decided_by = :by,
					decided_at = current_timestamp, version = version + 1
				where id = any(:ids)""")
			.param("kept", kept)
			.param("by", this.currentUsers.current().username())
			.param("ids", ids)
			.update();
		audit(agencyId, group.proposals());
		return quota(agencyId, year);
	}

	/** Approves the agency's year once every excellent choice is made. */
	@Transactional
	public int approve(long agencyId, int year) {
		checkYear(year);
		requireDecider(agencyId);
		List<RatingView> ratings = agencyRatings(agencyId, year);
		if (ratings.stream().anyMatch(RatingView::pendingChoice)) {
			throw new DomainException("ratings.error.chooseFirst");
		}
		List<RatingView> pending = ratings.stream().filter((rating) -> !"APPROVED".equals(rating.status())).toList();
		this.jdbc.sql("""
				update annual_rating set status = 'APPROVED', decided_by = :by, decided_at = current_timestamp,
					version = version + 1 where id = any(:ids)""")
			.param("by", this.currentUsers.current().username())
			.param("ids", pending.stream().map(RatingView::id).toArray(Long[]::new))
			.update();
		audit(agencyId, pending);
		return pending.size();
	}

	/**
	 * How many of the unit's subtree are rated each level in the year (after the quota),
	 * how many wait for the leader's choice and how many are not rated: one SQL count
	 * over the whole subtree, whose parts add up to its total.
	 */
	public RatingCounts counts(long unitId, int year) {
		checkYear(year);
		requireScopeReader();
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("year", year);
		String scope = this.orgUnits.subtree(unitId, today()).and("r.agency_id", "scope", params);
		Map<EvaluationLevel, Long> levels = new EnumMap<>(EvaluationLevel.class);
		Arrays.stream(EvaluationLevel.values()).forEach((level) -> levels.put(level, 0L));
		long[] others = new long[3];
		this.jdbc.sql("""
				select coalesce(r.level, case when r.proposed_level = 'EXCELLENT' then 'PENDING' else 'NOT_RATED' end),
					count(*)
				from annual_rating r where r.year = :year""" + scope + " group by 1").params(params).query((rs) -> {
			String bucket = rs.getString(1);
			long count = rs.getLong(2);
			others[2] += count;
			switch (bucket) {
				case "PENDING" -> others[0] += count;
				case "NOT_RATED" -> others[1] += count;
				default -> levels.put(EvaluationLevel.valueOf(bucket), count);
			}
		});
		return new RatingCounts(levels, others[0], others[1], others[2]);
	}

	/**
	 * The years each of these people was rated "not completed" by an approved rating, in
	 * order: each delays their salary raise (TT 08/2013 Điều 2 khoản 3), which careers
	 * applies. No scope check: the caller has scoped the people.
	 */
	public Map<Long, List<Integer>> notCompletedYears(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return new LinkedHashMap<>();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("ids", personIds.toArray(Long[]::new));
		return notCompletedYears(" and r.person_id = any(cast(:ids as bigint[]))", params);
	}

	/**
	 * The same for everyone now in all the subtrees (built from the user's scope by the
	 * caller): a province's raise list in one query.
	 */
	public Map<Long, List<Integer>> notCompletedYears(List<Subtree> within) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder scope = new StringBuilder();
		for (int i = 0; i < within.size(); i++) {
			scope.append(within.get(i).and("p.agency_id", "scope" + i, params));
		}
		return notCompletedYears(scope.toString(), params);
	}

	private Map<Long, List<Integer>> notCompletedYears(String filter, Map<String, Object> params) {
		Map<Long, List<Integer>> years = new LinkedHashMap<>();
		this.jdbc.sql("""
				select r.person_id, r.year from annual_rating r join person p on p.id = r.person_id
				where r.status = 'APPROVED' and r.level = 'NOT_COMPLETED'""" + filter + " order by r.person_id, r.year")
			.params(params)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getInt(2) })
			.list()
			.forEach((pair) -> years.computeIfAbsent(pair[0], (id) -> new ArrayList<>()).add((int) pair[1]));
		return years;
	}

	private List<RatingView> agencyRatings(long agencyId, int year) {
		requireScopeReader();
		this.orgUnits.current(agencyId);
		return this.jdbc
			.sql("select " + COLUMNS
					+ " where r.year = :year and r.agency_id = :agency order by r.average desc nulls last, p.sort_key")
			.param("year", year)
			.param("agency", agencyId)
			.query((rs, row) -> shown(view(rs)))
			.list();
	}

	private void requireDecider(long agencyId) {
		if (!mayDecide(agencyId)) {
			throw new OutOfScopeException("ratings.error.notDecider");
		}
	}

	private RollUpRule rollUpRule(LocalDate day) {
		List<RuleVersion> versions = this.rules.versions(RuleKey.ANNUAL_RATING);
		return new RollUpRule(versions.stream().filter((v) -> v.inForceOn(day)).findFirst().orElse(versions.get(0)));
	}

	/**
	 * One audit entry per rating of the agency that changed, from one read of them all
	 * after the change.
	 */
	private void audit(long agencyId, List<RatingView> before) {
		if (before.isEmpty()) {
			return;
		}
		Map<Long, RatingView> after = new HashMap<>();
		this.jdbc.sql("select " + COLUMNS + " where r.id = any(:ids)")
			.param("ids", before.stream().map(RatingView::id).toArray(Long[]::new))
			.query((rs, row) -> view(rs))
			.list()
			.forEach((rating) -> after.put(rating.id(), rating));
		OrgUnitView agency = this.orgUnits.current(agencyId);
		for (RatingView rating : before) {
			this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(rating.id()), DataChanged.Action.UPDATE,
					rating, after.get(rating.id()), agency.path()));
		}
	}

	private static RatingView view(ResultSet rs) throws SQLException {
		java.sql.Array reasons = rs.getArray("reasons");
		return new RatingView(rs.getLong("id"), rs.getLong("version"), rs.getLong("person_id"),
				rs.getString("full_name"), rs.getLong("agency_id"), rs.getString("agency_name"), rs.getInt("year"),
				rs.getString("task_group"), rs.getInt("months_evaluated"), rs.getInt("months_leave"),
				rs.getInt("months_maternity"), rs.getBigDecimal("average"), level(rs.getString("scored_level")),
				level(rs.getString("proposed_level")),
				(reasons != null) ? List.of((String[]) reasons.getArray()) : List.of(), rs.getString("discipline_note"),
				rs.getObject("excellent_kept", Boolean.class), level(rs.getString("level")), rs.getString("status"));
	}

	private static @Nullable EvaluationLevel level(@Nullable String value) {
		return (value != null) ? EvaluationLevel.valueOf(value) : null;
	}

	/** The first year a rating may be asked for: ratings began with the work records. */
	static final int FIRST_YEAR = 1990;

	/** A year no rating can have (0, -1, 20250) is refused, naming the field. */
	private void checkYear(int year) {
		int last = today().getYear() + 1;
		if (year < FIRST_YEAR || year > last) {
			throw new InvalidInputException(List.of(FieldProblem.of("year", "error.year", year, FIRST_YEAR, last)));
		}
	}

}
