package vn.canbo.streamlining;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.canbo.orgunits.Subtree;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.shared.PageResult;

/**
 * The SQL of the module: the screening list (its counts and pages in SQL), the
 * declarations and the decisions. Ratings, maternity leave and discipline are read from
 * the views their modules publish; people and units from their published columns.
 */
@Repository
class StreamliningQueries {

	private final JdbcClient jdbc;

	StreamliningQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The screened facts of one person of the list, before the rules word them. */
	record Row(long personId, String fullName, PersonnelCategory category, @Nullable String position, String agencyName,
			List<Integer> ratingYears, List<String> declaredCases, boolean maternity, List<String> disciplines,
			List<String> declaredExclusions, @Nullable Long decisionId) {

	}

	/** A person in the user's scope with their agency. */
	record PersonRow(long id, String fullName, PersonnelCategory category, @Nullable String position, long agencyId,
			String agencyName) {

	}

	/** What the screening reads: the unit, the day, the years rated. */
	record Window(Subtree within, LocalDate day, int firstYear, int year) {

	}

	private static final String SCREENED = """
			with screened as (
				select p.id, p.full_name, p.sort_key, p.category, p.position, u.name as agency_name,
					array(select r.year from ratings_approved_rating r where r.person_id = p.id
						and r.level = 'NOT_COMPLETED' and r.year between :firstYear and :year order by r.year) as rating_years,
					array(select f.kind from streamlining_fact f where f.person_id = p.id and f.kind in (:cases)
						and f.valid_from <= :day and (f.valid_to is null or f.valid_to > :day) order by f.kind) as declared_cases,
					exists (select 1 from work_closed_month_result m where m.person_id = p.id
						and m.absence = 'MATERNITY' and m.month between :maternityFrom and :maternityTo) as maternity,
					array(select d.decision_number from discipline_decision d where d.person_id = p.id
						and d.effective_on <= :day and (d.lapses_on is null or d.lapses_on > :day)
						order by d.effective_on) as disciplines,
					array(select f.kind from streamlining_fact f where f.person_id = p.id and f.kind in (:exclusions)
						and f.valid_from <= :day and (f.valid_to is null or f.valid_to > :day) order by f.kind) as declared_exclusions,
					(select s.id from streamlining_decision s where s.person_id = p.id and s.year = :year) as decision_id
				from person p join org_unit u on u.id = p.agency_id
				where true""";

	private static final String HAS_CASE = " (cardinality(rating_years) > 0 or cardinality(declared_cases) > 0) ";

	private static final String EXCLUDED = " (maternity or cardinality(disciplines) > 0 or cardinality(declared_exclusions) > 0) ";

	private static Map<String, Object> params(Window window) {
		Map<String, Object> params = new HashMap<>();
		params.put("day", window.day());
		params.put("firstYear", window.firstYear());
		params.put("year", window.year());
		params.put("maternityFrom", window.day().withDayOfMonth(1).minusMonths(1));
		params.put("maternityTo", window.day().withDayOfMonth(1));
		params.put("cases", Arrays.stream(StreamliningCase.values()).map(Enum::name).toList());
		params.put("exclusions", Arrays.stream(Exclusion.values()).map(Enum::name).toList());
		return params;
	}

	/** Everyone with a case, and those of them excluded: counted in SQL. */
	long[] counts(Window window) {
		Map<String, Object> params = params(window);
		String sql = SCREENED + window.within().and("p.agency_id", "scope", params) + ") select count(*) filter (where"
				+ HAS_CASE + ") as with_case, count(*) filter (where" + HAS_CASE + "and" + EXCLUDED
				+ ") as excluded from screened";
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new long[] { rs.getLong("with_case"), rs.getLong("excluded") })
			.single();
	}

	/** One page of the list, by name, with the total the counts gave for its status. */
	PageResult<Row> page(Window window, Screening.Status status, long total, int page, int size) {
		return new PageResult<>(rows(window, status, null, size, (long) page * size), total, page, size);
	}

	/** Every row of the list (the export). */
	List<Row> all(Window window) {
		return rows(window, Screening.Status.ALL, null, null, 0);
	}

	/** The screened facts of one person, case or not. */
	Optional<Row> one(Window window, long personId) {
		return rows(window, Screening.Status.ALL, personId, null, 0).stream().findFirst();
	}

	private List<Row> rows(Window window, Screening.Status status, @Nullable Long personId, @Nullable Integer limit,
			long offset) {
		Map<String, Object> params = params(window);
		String filter = switch (status) {
			case ALL -> "";
			case CANDIDATES -> " and not" + EXCLUDED;
			case EXCLUDED -> " and" + EXCLUDED;
		};
		String person = "";
		if (personId != null) {
			params.put("person", personId);
			person = " and p.id = :person";
		}
		String sql = SCREENED + person + window.within().and("p.agency_id", "scope", params)
				+ ") select * from screened where" + ((personId == null) ? HAS_CASE : " true") + filter
				+ " order by sort_key, id";
		if (limit != null) {
			sql += " limit :limit offset :offset";
			params.put("limit", limit);
			params.put("offset", offset);
		}
		return this.jdbc.sql(sql).params(params).query((rs, row) -> screened(rs)).list();
	}

	private static Row screened(ResultSet rs) throws SQLException {
		long decision = rs.getLong("decision_id");
		Long decisionId = rs.wasNull() ? null : decision;
		return new Row(rs.getLong("id"), rs.getString("full_name"), PersonnelCategory.valueOf(rs.getString("category")),
				rs.getString("position"), rs.getString("agency_name"), integers(rs.getArray("rating_years")),
				strings(rs.getArray("declared_cases")), rs.getBoolean("maternity"), strings(rs.getArray("disciplines")),
				strings(rs.getArray("declared_exclusions")), decisionId);
	}

	private static List<Integer> integers(Array array) throws SQLException {
		List<Integer> values = new ArrayList<>();
		for (Object value : (Object[]) array.getArray()) {
			values.add(((Number) value).intValue());
		}
		return values;
	}

	private static List<String> strings(Array array) throws SQLException {
		List<String> values = new ArrayList<>();
		for (Object value : (Object[]) array.getArray()) {
			values.add(String.valueOf(value));
		}
		return values;
	}

	/** The person if in the subtree. */
	Optional<PersonRow> person(long personId, Subtree within) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", personId);
		return this.jdbc
			.sql("""
					select p.id, p.full_name, p.category, p.position, p.agency_id, u.name as agency_name
					from person p join org_unit u on u.id = p.agency_id where p.id = :id"""
					+ within.and("p.agency_id", "scope", params))
			.params(params)
			.query((rs, row) -> new PersonRow(rs.getLong("id"), rs.getString("full_name"),
					PersonnelCategory.valueOf(rs.getString("category")), rs.getString("position"),
					rs.getLong("agency_id"), rs.getString("agency_name")))
			.optional();
	}

	boolean personExists(long personId) {
		return this.jdbc.sql("select count(*) from person p where p.id = :id")
			.param("id", personId)
			.query(Long.class)
			.single() > 0;
	}

	List<StreamliningFact> facts(long personId) {
		return this.jdbc.sql("select * from streamlining_fact where person_id = :person order by valid_from desc, id")
			.param("person", personId)
			.query((rs, row) -> fact(rs))
			.list();
	}

	Optional<StreamliningFact> fact(long id) {
		return this.jdbc.sql("select * from streamlining_fact where id = :id")
			.param("id", id)
			.query((rs, row) -> fact(rs))
			.optional();
	}

	private static StreamliningFact fact(ResultSet rs) throws SQLException {
		return new StreamliningFact(rs.getLong("id"), rs.getLong("person_id"), rs.getString("kind"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
				rs.getString("note"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
	}

	long insertFact(long personId, String kind, LocalDate from, @Nullable LocalDate to, @Nullable String note,
			String user) {
		return this.jdbc.sql("""
				insert into streamlining_fact (person_id, kind, valid_from, valid_to, note, created_by)
				values (:person, :kind, :from, :to, :note, :user) returning id""")
			.param("person", personId)
			.param("kind", kind)
			.param("from", from)
			.param("to", to)
			.param("note", note)
			.param("user", user)
			.query(Long.class)
			.single();
	}

	void deleteFact(long id) {
		this.jdbc.sql("delete from streamlining_fact where id = :id").param("id", id).update();
	}

	/** The stored figures of a decision to write. */
	record Stored(long unitId, int year, long personId, StreamliningCase caseCode, Policy policy, LocalDate leaveOn,
			@Nullable LocalDate restructuringOn, BigDecimal rankCoefficient, BigDecimal leadershipCoefficient,
			int beyondScalePercent, long otherAllowances, long baseSalary, long monthlySalary, int monthsEarly,
			int insuredYears, int insuredMonths, @Nullable Integer severanceMonths, long total, @Nullable String note) {

	}

	private static final String DECISION = """
			select s.*, p.full_name, u.name as agency_name from streamlining_decision s
			join person p on p.id = s.person_id join org_unit u on u.id = p.agency_id""";

	Optional<Decision> decision(long id) {
		return this.jdbc.sql(DECISION + " where s.id = :id")
			.param("id", id)
			.query((rs, row) -> decision(rs))
			.optional();
	}

	Optional<Long> decisionOf(long personId, int year) {
		return this.jdbc.sql("select id from streamlining_decision where person_id = :person and year = :year")
			.param("person", personId)
			.param("year", year)
			.query(Long.class)
			.optional();
	}

	private static Decision decision(ResultSet rs) throws SQLException {
		int severance = rs.getInt("severance_months");
		Integer severanceMonths = rs.wasNull() ? null : severance;
		return new Decision(rs.getLong("id"), rs.getLong("unit_id"), rs.getInt("year"), rs.getLong("person_id"),
				rs.getString("full_name"), rs.getString("agency_name"),
				StreamliningCase.valueOf(rs.getString("case_code")), Policy.valueOf(rs.getString("policy")),
				rs.getObject("leave_on", LocalDate.class), rs.getObject("restructuring_on", LocalDate.class),
				rs.getBigDecimal("rank_coefficient"), rs.getBigDecimal("leadership_coefficient"),
				rs.getInt("beyond_scale_percent"), rs.getLong("other_allowances"), rs.getLong("base_salary"),
				rs.getLong("monthly_salary"), rs.getInt("months_early"), rs.getInt("insured_years"),
				rs.getInt("insured_months"), severanceMonths, rs.getLong("total"), rs.getString("note"),
				rs.getLong("version"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(), List.of(),
				null);
	}

	private static Map<String, Object> values(Stored stored, String user, Instant now) {
		Map<String, Object> values = new HashMap<>();
		values.put("unit", stored.unitId());
		values.put("year", stored.year());
		values.put("person", stored.personId());
		values.put("caseCode", stored.caseCode().name());
		values.put("policy", stored.policy().name());
		values.put("leaveOn", stored.leaveOn());
		values.put("restructuringOn", stored.restructuringOn());
		values.put("rank", stored.rankCoefficient());
		values.put("leadership", stored.leadershipCoefficient());
		values.put("beyond", stored.beyondScalePercent());
		values.put("other", stored.otherAllowances());
		values.put("base", stored.baseSalary());
		values.put("monthly", stored.monthlySalary());
		values.put("early", stored.monthsEarly());
		values.put("insuredYears", stored.insuredYears());
		values.put("insuredMonths", stored.insuredMonths());
		values.put("severance", stored.severanceMonths());
		values.put("total", stored.total());
		values.put("note", stored.note());
		values.put("user", user);
		values.put("now", java.sql.Timestamp.from(now));
		return values;
	}

	long insertDecision(Stored stored, String user, Instant now) {
		return this.jdbc.sql("""
				insert into streamlining_decision (unit_id, year, person_id, case_code, policy, leave_on,
					restructuring_on, rank_coefficient, leadership_coefficient, beyond_scale_percent, other_allowances,
					base_salary, monthly_salary, months_early, insured_years, insured_months, severance_months, total,
					note, created_by, created_at, updated_by, updated_at)
				values (:unit, :year, :person, :caseCode, :policy, :leaveOn, :restructuringOn, :rank, :leadership,
					:beyond, :other, :base, :monthly, :early, :insuredYears, :insuredMonths, :severance, :total, :note,
					:user, :now, :user, :now)
				returning id""").params(values(stored, user, now)).query(Long.class).single();
	}

	/**
	 * Writes the decision if still at the version read; false when someone changed it.
	 */
	boolean updateDecision(long id, long version, Stored stored, String user, Instant now) {
		Map<String, Object> values = values(stored, user, now);
		values.put("id", id);
		values.put("version", version);
		return this.jdbc.sql("""
				update streamlining_decision set case_code = :caseCode, policy = :policy, leave_on = :leaveOn,
					restructuring_on = :restructuringOn, rank_coefficient = :rank, leadership_coefficient = :leadership,
					beyond_scale_percent = :beyond, other_allowances = :other, base_salary = :base,
					monthly_salary = :monthly, months_early = :early, insured_years = :insuredYears,
					insured_months = :insuredMonths, severance_months = :severance, total = :total, note = :note,
					version = version + 1, updated_by = :user, updated_at = :now
				where id = :id and version = :version""").params(values).update() == 1;
	}

	/** The figures of a plan, in SQL: decisions and payouts per policy. */
	Map<Policy, long[]> planFigures(Subtree within, int year) {
		Map<String, Object> params = new HashMap<>();
		params.put("year", year);
		Map<Policy, long[]> figures = new EnumMap<>(Policy.class);
		this.jdbc
			.sql("select s.policy, count(*) as decisions, coalesce(sum(s.total), 0) as total"
					+ " from streamlining_decision s where s.year = :year" + within.and("s.unit_id", "scope", params)
					+ " group by s.policy")
			.params(params)
			.query((rs, row) -> figures.put(Policy.valueOf(rs.getString("policy")),
					new long[] { rs.getLong("decisions"), rs.getLong("total") }))
			.list();
		return figures;
	}

	/** A page of a plan's decisions by name, with the plan's count. */
	PageResult<Decision> planPage(Subtree within, int year, long total, int page, int size) {
		return new PageResult<>(plan(within, year, size, (long) page * size), total, page, size);
	}

	/** Every decision of a plan (the export). */
	List<Decision> planAll(Subtree within, int year) {
		return plan(within, year, null, 0);
	}

	private List<Decision> plan(Subtree within, int year, @Nullable Integer limit, long offset) {
		Map<String, Object> params = new HashMap<>();
		params.put("year", year);
		String sql = DECISION + " where s.year = :year" + within.and("s.unit_id", "scope", params)
				+ " order by p.sort_key, s.id";
		if (limit != null) {
			sql += " limit :limit offset :offset";
			params.put("limit", limit);
			params.put("offset", offset);
		}
		return this.jdbc.sql(sql).params(params).query((rs, row) -> decision(rs)).list();
	}

}
