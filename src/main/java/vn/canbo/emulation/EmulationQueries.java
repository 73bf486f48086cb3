package vn.canbo.emulation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.canbo.orgunits.Subtree;
import vn.canbo.rules.EvaluationLevel;
import vn.canbo.shared.PageQuery;
import vn.canbo.shared.PageResult;

/**
 * Every SQL of the module: it keeps {@code reward} and {@code collective_rating}, and
 * reads the approved annual ratings ({@code ratings_approved_rating}, the view the
 * ratings module publishes), the people ({@code person}) and unit names
 * ({@code org_unit}), read only.
 */
@Component
class EmulationQueries {

	private static final String REWARD = """
			select w.*, coalesce(p.full_name, cu.name) as reward_name, u.name as agency_name from reward w
			left join person p on p.id = w.person_id
			left join org_unit cu on cu.id = w.unit_id
			join org_unit u on u.id = w.agency_id""";

	private final JdbcClient jdbc;

	EmulationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Approved annual ratings of the year per level, within every subtree. */
	LevelCounts ratingCounts(List<Subtree> within, int year) {
		Map<String, Object> params = new HashMap<>();
		params.put("year", year);
		Map<EvaluationLevel, Long> counts = new EnumMap<>(EvaluationLevel.class);
		this.jdbc.sql(
				"select r.level, count(*) from ratings_approved_rating r where r.year = :year and r.status = 'APPROVED'"
						+ " and r.level is not null" + scope("r.agency_id", within, params) + " group by r.level")
			.params(params)
			.query((rs, row) -> counts.put(EvaluationLevel.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return LevelCounts.of(counts);
	}

	List<EmulationReport.KindCount> rewardCounts(List<Subtree> within, int year) {
		Map<String, Object> params = new HashMap<>();
		params.put("year", year);
		Map<RewardKind, EmulationReport.KindCount> counts = new EnumMap<>(RewardKind.class);
		this.jdbc
			.sql("""
					select w.kind, count(*) filter (where w.status = 'DECIDED'), count(*) filter (where w.status = 'PROPOSED')
					from reward w where w.year = :year"""
					+ scope("w.agency_id", within, params) + " group by w.kind")
			.params(params)
			.query((rs, row) -> {
				RewardKind kind = RewardKind.valueOf(rs.getString(1));
				return counts.put(kind, new EmulationReport.KindCount(kind, rs.getLong(2), rs.getLong(3)));
			})
			.list();
		return Arrays.stream(RewardKind.values())
			.map((kind) -> counts.getOrDefault(kind, new EmulationReport.KindCount(kind, 0, 0)))
			.toList();
	}

	/** The people with an approved rating of the level, in Vietnamese name order. */
	List<EmulationEntry> rated(List<Subtree> within, int year, EvaluationLevel level) {
		Map<String, Object> params = new HashMap<>();
		params.put("year", year);
		params.put("level", level.name());
		return this.jdbc
			.sql("""
					select r.person_id, p.full_name, u.name as agency_name, r.level from ratings_approved_rating r
					join person p on p.id = r.person_id join org_unit u on u.id = r.agency_id
					where r.year = :year and r.status = 'APPROVED' and r.level = :level"""
					+ scope("r.agency_id", within, params) + " order by p.sort_key, p.id")
			.params(params)
			.query((rs, row) -> new EmulationEntry(rs.getLong(1), null, rs.getString(2), rs.getString(3),
					EvaluationLevel.valueOf(rs.getString(4)), null, null, null))
			.list();
	}

	/** The people and collectives with a decided reward of the kind. */
	List<EmulationEntry> rewarded(List<Subtree> within, int year, RewardKind kind) {
		Map<String, Object> params = new HashMap<>();
		params.put("year", year);
		params.put("kind", kind.name());
		return this.jdbc
			.sql(REWARD + " where w.year = :year and w.kind = :kind and w.status = 'DECIDED'"
					+ scope("w.agency_id", within, params) + " order by p.sort_key nulls last, reward_name, w.id")
			.params(params)
			.query((rs, row) -> new EmulationEntry(longOrNull(rs, "person_id"), longOrNull(rs, "unit_id"),
					rs.getString("reward_name"), rs.getString("agency_name"), null, kind,
					rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class)))
			.list();
	}

	/** The approved ratings of the year that may lead to proposals. */
	List<RatedMember> approvedRatings(List<Subtree> within, int year) {
		Map<String, Object> params = new HashMap<>();
		params.put("year", year);
		return this.jdbc
			.sql("select r.person_id, r.agency_id, r.level from ratings_approved_rating r where r.year = :year"
					+ " and r.status = 'APPROVED' and r.level is not null" + scope("r.agency_id", within, params)
					+ " order by r.person_id")
			.params(params)
			.query((rs, row) -> new RatedMember(rs.getLong(1), rs.getLong(2), EvaluationLevel.valueOf(rs.getString(3))))
			.list();
	}

	/**
	 * One page of the rewards matching the filter, with how many match; when
	 * {@code personId} is set, only theirs.
	 */
	PageResult<Reward> rewards(List<Subtree> within, int fromYear, int year, @Nullable Long personId,
			@Nullable RewardStatus status, @Nullable RewardKind kind, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		params.put("fromYear", fromYear);
		params.put("year", year);
		StringBuilder where = new StringBuilder(" where w.year between :fromYear and :year");
		if (personId != null) {
			params.put("person", personId);
			where.append(" and w.person_id = :person");
		}
		if (status != null) {
			params.put("status", status.name());
			where.append(" and w.status = :status");
		}
		if (kind != null) {
			params.put("kind", kind.name());
			where.append(" and w.kind = :kind");
		}
		where.append(scope("w.agency_id", within, params));
		return PageQuery.read(this.jdbc, "select count(*) from reward w" + where,
				REWARD + where + " order by w.year desc, w.status, w.kind, p.sort_key nulls last, reward_name, w.id",
				params, page, size, (rs, row) -> reward(rs));
	}

	Optional<Reward> reward(long id) {
		return this.jdbc.sql(REWARD + " where w.id = :id").param("id", id).query((rs, row) -> reward(rs)).optional();
	}

	/** Adds the proposal unless the person or unit already has the kind for the year. */
	Optional<Long> insertReward(@Nullable Long personId, @Nullable Long unitId, long agencyId, int year,
			RewardKind kind, @Nullable EvaluationLevel basis, @Nullable String note, String by, Instant at) {
		String conflict = (personId != null) ? "(person_id, year, kind) where person_id is not null"
				: "(unit_id, year, kind) where unit_id is not null";
		return this.jdbc
			.sql("""
					insert into reward (person_id, unit_id, agency_id, year, kind, basis_level, note, created_by, created_at,
						updated_by, updated_at)
					values (:person, :unit, :agency, :year, :kind, :basis, :note, :by, :at, :by, :at)
					on conflict """
					+ conflict + " do nothing returning id")
			.param("person", personId)
			.param("unit", unitId)
			.param("agency", agencyId)
			.param("year", year)
			.param("kind", kind.name())
			.param("basis", (basis == null) ? null : basis.name())
			.param("note", note)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.optional();
	}

	boolean decide(long id, long version, RewardStatus status, @Nullable String number, @Nullable LocalDate date,
			@Nullable String authority, @Nullable String note, String by, Instant at) {
		return this.jdbc.sql("""
				update reward set status = :status, decision_number = :number, decision_date = :date,
					authority = :authority, note = :note, updated_by = :by, updated_at = :at, version = version + 1
				where id = :id and version = :version""")
			.param("id", id)
			.param("version", version)
			.param("status", status.name())
			.param("number", number)
			.param("date", date)
			.param("authority", authority)
			.param("note", note)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** The agency a person is placed in now. */
	Optional<Long> agencyOf(long personId) {
		return this.jdbc.sql("select agency_id from person where id = :id")
			.param("id", personId)
			.query(Long.class)
			.optional();
	}

	Optional<CollectiveRating> collectiveRating(long unitId, int year) {
		return this.jdbc.sql("select * from collective_rating where unit_id = :unit and year = :year")
			.param("unit", unitId)
			.param("year", year)
			.query((rs, row) -> collective(rs))
			.optional();
	}

	CollectiveRating insertCollective(long unitId, int year, EvaluationLevel level, @Nullable Boolean cleanAndStrong,
			@Nullable EvaluationLevel suggested, @Nullable String note, String by, Instant at) {
		return this.jdbc.sql("""
				insert into collective_rating (unit_id, year, level, clean_and_strong, suggested_level, note,
					decided_by, decided_at)
				values (:unit, :year, :level, :clean, :suggested, :note, :by, :at)
				on conflict (unit_id, year) do nothing returning *""")
			.param("unit", unitId)
			.param("year", year)
			.param("level", level.name())
			.param("clean", cleanAndStrong)
			.param("suggested", (suggested == null) ? null : suggested.name())
			.param("note", note)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query((rs, row) -> collective(rs))
			.optional()
			.orElseThrow(vn.canbo.shared.ConcurrentEditException::new);
	}

	Optional<CollectiveRating> updateCollective(long id, long version, EvaluationLevel level,
			@Nullable Boolean cleanAndStrong, @Nullable EvaluationLevel suggested, @Nullable String note, String by,
			Instant at) {
		return this.jdbc.sql("""
				update collective_rating set level = :level, clean_and_strong = :clean, suggested_level = :suggested,
					note = :note, decided_by = :by, decided_at = :at, version = version + 1
				where id = :id and version = :version returning *""")
			.param("id", id)
			.param("version", version)
			.param("level", level.name())
			.param("clean", cleanAndStrong)
			.param("suggested", (suggested == null) ? null : suggested.name())
			.param("note", note)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query((rs, row) -> collective(rs))
			.optional();
	}

	private static String scope(String column, List<Subtree> within, Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		for (int i = 0; i < within.size(); i++) {
			where.append(within.get(i).and(column, "scope" + i, params));
		}
		return where.toString();
	}

	private static Reward reward(ResultSet rs) throws SQLException {
		String basis = rs.getString("basis_level");
		return new Reward(rs.getLong("id"), rs.getLong("version"), longOrNull(rs, "person_id"),
				longOrNull(rs, "unit_id"), rs.getLong("agency_id"), rs.getString("reward_name"),
				rs.getString("agency_name"), rs.getInt("year"), RewardKind.valueOf(rs.getString("kind")),
				RewardStatus.valueOf(rs.getString("status")), (basis == null) ? null : EvaluationLevel.valueOf(basis),
				rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class),
				rs.getString("authority"), rs.getString("note"), rs.getString("updated_by"),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static CollectiveRating collective(ResultSet rs) throws SQLException {
		String suggested = rs.getString("suggested_level");
		return new CollectiveRating(rs.getLong("id"), rs.getLong("version"), rs.getLong("unit_id"), rs.getInt("year"),
				EvaluationLevel.valueOf(rs.getString("level")), rs.getObject("clean_and_strong", Boolean.class),
				(suggested == null) ? null : EvaluationLevel.valueOf(suggested), rs.getString("note"),
				rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant());
	}

	private static @Nullable Long longOrNull(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	/** A person's approved annual rating, with the agency it was given in. */
	record RatedMember(long personId, long agencyId, EvaluationLevel level) {
	}

}
