package vn.canbo.careers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.canbo.orgunits.Subtree;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.rules.BirthMonthRange;

/**
 * Every SQL of the module: it reads the personnel records ({@code person}, read only, the
 * people module's table) and keeps the salary adjustments. Retirements are filtered by
 * birth-month ranges and raises by date arithmetic in the database, so that a province's
 * lists never load everyone.
 */
@Component
class CareerQueries {

	private static final String FACTS = """
			p.id, p.full_name, p.birth_day, p.birth_month, p.birth_year, p.gender, p.category, p.position,
			p.agency_id, u.name as agency_name, p.salary_rank_code, p.salary_step, p.salary_coefficient,
			p.salary_since""";

	/**
	 * People with a salary step in a catalogued rank, with the start of their next step
	 * (the interval and adjustments after the day they took the current one) and, at the
	 * last step, the first yearly rise of the beyond-scale allowance on or after
	 * {@code :from}.
	 */
	private static final String RAISE_WINDOW = """
			 from person p
			join org_unit u on u.id = p.agency_id
			join unnest(cast(:codes as varchar[]), cast(:steps as int[]), cast(:intervals as int[]),
				cast(cast(:firstSince as text[]) as date[]), cast(cast(:lastSince as text[]) as date[]))
				as r (code, max_steps, interval_months, first_since, last_since) on r.code = p.salary_rank_code
			left join (select a.person_id, sum(case a.kind when 'DELAY' then a.months else -a.months end) as months
				from salary_adjustment a join person ap on ap.id = a.person_id
				where a.effective_on >= ap.salary_since group by a.person_id) adj on adj.person_id = p.id
			cross join lateral (select (p.salary_since + make_interval(months =>
				greatest(0, r.interval_months + coalesce(adj.months, 0)::int)))::date as start) s
			cross join lateral (select case when s.start >= cast(:from as date) then s.start
				else (s.start + make_interval(years => extract(year from age(cast(:from as date), s.start))::int
					+ case when (s.start + make_interval(years =>
						extract(year from age(cast(:from as date), s.start))::int))::date < cast(:from as date)
					then 1 else 0 end))::date end as next_rise) b
			where p.salary_since is not null and p.salary_step is not null""";

	/**
	 * The next raise of a {@link #RAISE_WINDOW} row falls between the days. Without
	 * adjustments the step's start falls in the period exactly when the day the step was
	 * taken lies between the rank's bounds ({@link #sinceBounds}): a comparison of the
	 * column, not a date computed for every record.
	 */
	private static final String DUE_IN_WINDOW = """
			((p.salary_step < r.max_steps and adj.person_id is null
					and p.salary_since between r.first_since and r.last_since)
				or (p.salary_step < r.max_steps and adj.person_id is not null
					and s.start between cast(:from as date) and cast(:to as date))
				or (p.salary_step >= r.max_steps and b.next_rise between cast(:from as date) and cast(:to as date)))""";

	/**
	 * The birth month as an index, year * 12 + month - 1 (January when only the year is
	 * known).
	 */
	private static final String BIRTH_INDEX = "(p.birth_year * 12 + coalesce(p.birth_month, 1) - 1)";

	private final JdbcClient jdbc;

	CareerQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PersonFacts> person(long id) {
		return this.jdbc
			.sql("select " + FACTS + " from person p join org_unit u on u.id = p.agency_id where p.id = :id")
			.param("id", id)
			.query((rs, row) -> facts(rs))
			.optional();
	}

	/** The people of either sex born within its range, in Vietnamese name order. */
	List<PersonFacts> bornWithin(List<Subtree> within, Optional<BirthMonthRange> men, Optional<BirthMonthRange> women) {
		if (men.isEmpty() && women.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		String sql = "select " + FACTS + " from person p join org_unit u on u.id = p.agency_id where ("
				+ bornIn("MALE", men, "men", params) + " or " + bornIn("FEMALE", women, "women", params) + ")"
				+ scope(within, params) + " order by p.sort_key, p.id";
		return this.jdbc.sql(sql).params(params).query((rs, row) -> facts(rs)).list();
	}

	/** How many men and women were born in each pair of ranges (one pair per year). */
	List<long[]> countBornWithin(List<Subtree> within, List<Optional<BirthMonthRange>> men,
			List<Optional<BirthMonthRange>> women) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder columns = new StringBuilder();
		List<String> any = new ArrayList<>();
		for (int i = 0; i < men.size(); i++) {
			String male = bornIn("MALE", men.get(i), "m" + i, params);
			String female = bornIn("FEMALE", women.get(i), "f" + i, params);
			columns.append(i == 0 ? "" : ", ")
				.append("count(*) filter (where ")
				.append(male)
				.append("), count(*) filter (where ")
				.append(female)
				.append(")");
			any.add(male);
			any.add(female);
		}
		String sql = "select " + columns + " from person p where (" + String.join(" or ", any) + ")"
				+ scope(within, params);
		return this.jdbc.sql(sql).params(params).query((rs, row) -> {
			List<long[]> counts = new ArrayList<>();
			for (int i = 0; i < men.size(); i++) {
				counts.add(new long[] { rs.getLong(2 * i + 1), rs.getLong(2 * i + 2) });
			}
			return counts;
		}).single();
	}

	private static String bornIn(String gender, Optional<BirthMonthRange> range, String name,
			Map<String, Object> params) {
		if (range.isEmpty()) {
			return "false";
		}
		params.put(name + "First", range.get().firstIndex());
		params.put(name + "Last", range.get().lastIndex());
		return "(p.gender = '" + gender + "' and " + BIRTH_INDEX + " between :" + name + "First and :" + name + "Last)";
	}

	/**
	 * The people with a salary step whose next raise (a step, or the start or yearly rise
	 * of the beyond-scale allowance) falls between the days, as the database can tell
	 * from the ranks' intervals and the adjustments, and those listed (whose discipline
	 * delays may move a raise into the period); with the months of their adjustments.
	 */
	List<RaiseCandidate> raiseCandidates(List<Subtree> within, List<RankInterval> ranks, LocalDate from, LocalDate to,
			Collection<Long> also) {
		if (ranks.isEmpty()) {
			return List.of();
		}
		return raiseCandidates(within, ranks, from, to, also, true);
	}

	/**
	 * The people listed who have a salary step in a catalogued rank, whenever their raise
	 * falls.
	 */
	List<RaiseCandidate> raiseCandidatesAmong(List<Subtree> within, List<RankInterval> ranks, LocalDate from,
			LocalDate to, Collection<Long> ids) {
		if (ranks.isEmpty() || ids.isEmpty()) {
			return List.of();
		}
		return raiseCandidates(within, ranks, from, to, ids, false);
	}

	private List<RaiseCandidate> raiseCandidates(List<Subtree> within, List<RankInterval> ranks, LocalDate from,
			LocalDate to, Collection<Long> also, boolean dueInWindow) {
		Map<String, Object> params = raiseParams(ranks, from, to, also);
		String sql = "select " + FACTS + ", coalesce(adj.months, 0) as adjustment_months" + RAISE_WINDOW + " and ("
				+ (dueInWindow ? DUE_IN_WINDOW + " or " : "") + "p.id = any(cast(:also as bigint[])))"
				+ scope(within, params) + " order by p.sort_key, p.id";
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new RaiseCandidate(facts(rs), rs.getInt("adjustment_months")))
			.list();
	}

	/**
	 * The raises due between the days by agency, counted by the database for everyone but
	 * the people left out (those whose discipline delays or ratings may move their raise,
	 * which only {@link SalaryOutlook} can place): the same window
	 * {@link #raiseCandidates} reads, so that a province's count needs no record in
	 * memory.
	 */
	Map<Long, Long> raisesDueByAgency(List<Subtree> within, List<RankInterval> ranks, LocalDate from, LocalDate to,
			Collection<Long> leftOut) {
		if (ranks.isEmpty()) {
			return Map.of();
		}
		Map<String, Object> params = raiseParams(ranks, from, to, leftOut);
		String sql = "select p.agency_id, count(*) as due" + RAISE_WINDOW + " and " + DUE_IN_WINDOW
				+ " and not p.id = any(cast(:also as bigint[]))" + scope(within, params) + " group by p.agency_id";
		Map<Long, Long> counts = new HashMap<>();
		this.jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> counts.put(rs.getLong("agency_id"), rs.getLong("due")))
			.list();
		return counts;
	}

	/**
	 * The first and last day a step may have been taken for its start, that day plus the
	 * interval in months (as PostgreSQL and {@link LocalDate#plusMonths} both add months:
	 * the 31st becomes the month's last day), to fall between the days. Adding months
	 * never moves a later day before an earlier one, so the days that qualify are one
	 * range; its ends lie within a few days of the period's ends less the interval.
	 */
	static LocalDate[] sinceBounds(int months, LocalDate from, LocalDate to) {
		LocalDate first = from.minusMonths(months);
		while (first.minusDays(1).plusMonths(months).isAfter(from.minusDays(1))) {
			first = first.minusDays(1);
		}
		while (first.plusMonths(months).isBefore(from)) {
			first = first.plusDays(1);
		}
		LocalDate last = to.minusMonths(months);
		while (!last.plusDays(1).plusMonths(months).isAfter(to)) {
			last = last.plusDays(1);
		}
		while (last.plusMonths(months).isAfter(to)) {
			last = last.minusDays(1);
		}
		return new LocalDate[] { first, last };
	}

	private static Map<String, Object> raiseParams(List<RankInterval> ranks, LocalDate from, LocalDate to,
			Collection<Long> also) {
		Map<String, Object> params = new HashMap<>();
		params.put("codes", ranks.stream().map(RankInterval::code).toArray(String[]::new));
		params.put("steps", ranks.stream().map(RankInterval::steps).toArray(Integer[]::new));
		params.put("intervals", ranks.stream().map(RankInterval::months).toArray(Integer[]::new));
		// As ISO texts: the driver sends a text array, which the query casts to dates.
		params.put("firstSince",
				ranks.stream()
					.map((rank) -> sinceBounds(rank.months(), from, to)[0].toString())
					.toArray(String[]::new));
		params.put("lastSince",
				ranks.stream()
					.map((rank) -> sinceBounds(rank.months(), from, to)[1].toString())
					.toArray(String[]::new));
		params.put("from", from);
		params.put("to", to);
		params.put("also", also.toArray(Long[]::new));
		return params;
	}

	/**
	 * The adjustments counted for the step held since the day (delays minus early
	 * raises).
	 */
	int adjustmentMonths(long personId, LocalDate since) {
		return this.jdbc.sql("""
				select coalesce(sum(case kind when 'DELAY' then months else -months end), 0) from salary_adjustment
				where person_id = :id and effective_on >= :since""")
			.param("id", personId)
			.param("since", since)
			.query(Integer.class)
			.single();
	}

	List<SalaryAdjustment> adjustments(long personId) {
		return this.jdbc
			.sql("select * from salary_adjustment where person_id = :id order by effective_on desc, id desc")
			.param("id", personId)
			.query((rs, row) -> adjustment(rs))
			.list();
	}

	SalaryAdjustment insertAdjustment(long personId, AdjustmentKind kind, int months, String reason,
			@Nullable String decisionNumber, @Nullable LocalDate decisionDate, LocalDate effectiveOn, String by,
			Instant at) {
		return this.jdbc.sql("""
				insert into salary_adjustment (person_id, kind, months, reason, decision_number, decision_date,
					effective_on, created_by, created_at)
				values (:person, :kind, :months, :reason, :number, :date, :effective, :by, :at)
				returning *""")
			.param("person", personId)
			.param("kind", kind.name())
			.param("months", months)
			.param("reason", reason)
			.param("number", decisionNumber)
			.param("date", decisionDate)
			.param("effective", effectiveOn)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query((rs, row) -> adjustment(rs))
			.single();
	}

	private static String scope(List<Subtree> within, Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		for (int i = 0; i < within.size(); i++) {
			where.append(within.get(i).and("p.agency_id", "scope" + i, params));
		}
		return where.toString();
	}

	private static PersonFacts facts(ResultSet rs) throws SQLException {
		return new PersonFacts(rs.getLong("id"), rs.getString("full_name"), integer(rs, "birth_day"),
				integer(rs, "birth_month"), rs.getInt("birth_year"), Gender.valueOf(rs.getString("gender")),
				PersonnelCategory.valueOf(rs.getString("category")), rs.getString("position"), rs.getLong("agency_id"),
				rs.getString("agency_name"), rs.getString("salary_rank_code"), integer(rs, "salary_step"),
				rs.getBigDecimal("salary_coefficient"), rs.getObject("salary_since", LocalDate.class));
	}

	private static SalaryAdjustment adjustment(ResultSet rs) throws SQLException {
		return new SalaryAdjustment(rs.getLong("id"), rs.getLong("person_id"),
				AdjustmentKind.valueOf(rs.getString("kind")), rs.getInt("months"), rs.getString("reason"),
				rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class),
				rs.getObject("effective_on", LocalDate.class), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant());
	}

	private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	/** A rank's code, its table's number of steps and its raise interval. */
	record RankInterval(String code, int steps, int months) {
	}

	/** A person whose raise may be due, with their adjustment months. */
	record RaiseCandidate(PersonFacts facts, int adjustmentMonths) {
	}

}
