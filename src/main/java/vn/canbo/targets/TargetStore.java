package vn.canbo.targets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.canbo.orgunits.Subtree;
import vn.canbo.shared.PageQuery;
import vn.canbo.shared.PageResult;

/** The {@code target} table. */
@Repository
class TargetStore {

	private static final String SELECT = """
			select t.id, t.version, t.indicator_id, t.unit_id, u.code as unit_code, u.name as unit_name, t.comparison,
				t.target_value, t.baseline_date, t.deadline, t.resolution_number, t.resolution_date, t.resolution_body,
				t.note, t.created_by, t.created_at, t.updated_by, t.updated_at
			from target t join org_unit u on u.id = t.unit_id
			""";

	private static final String ORDER = " order by t.deadline, u.name, t.indicator_id, t.id";

	private final JdbcClient jdbc;

	TargetStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Target> find(long id) {
		return this.jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(TargetStore::target).optional();
	}

	/** One page of the targets set for units within every subtree given. */
	PageResult<Target> page(List<Subtree> within, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		String where = where(within, params);
		return PageQuery.read(this.jdbc, "select count(*) from target t where true" + where,
				SELECT + " where true" + where + ORDER, params, page, size, TargetStore::target);
	}

	/** Every target set for units within every subtree given (for the export). */
	List<Target> all(List<Subtree> within) {
		Map<String, Object> params = new HashMap<>();
		String where = where(within, params);
		return this.jdbc.sql(SELECT + " where true" + where + ORDER).params(params).query(TargetStore::target).list();
	}

	/** The targets set for any of the units. */
	List<Target> ofUnits(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + " where t.unit_id in (:units)" + ORDER)
			.param("units", unitIds)
			.query(TargetStore::target)
			.list();
	}

	boolean exists(long unitId, String indicatorId, String resolutionNumber) {
		return this.jdbc.sql("""
				select count(*) from target
				where unit_id = :unit and indicator_id = :indicator and resolution_number = :number""")
			.param("unit", unitId)
			.param("indicator", indicatorId)
			.param("number", resolutionNumber)
			.query(Long.class)
			.single() > 0;
	}

	long insert(Checked target, String user, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into target (indicator_id, unit_id, comparison, target_value, baseline_date, deadline,
					resolution_number, resolution_date, resolution_body, note, created_by, created_at, updated_by,
					updated_at)
				values (:indicator, :unit, :comparison, :value, :baseline, :deadline, :number, :resolutionDate,
					:body, :note, :user, :now, :user, :now)""")
			.params(params(target))
			.param("user", user)
			.param("now", java.sql.Timestamp.from(now))
			.update(keys, "id");
		return ((Number) keys.getKeys().get("id")).longValue();
	}

	/** Saves the change if the target is still at the version; false otherwise. */
	boolean update(long id, long version, Checked target, String user, Instant now) {
		return this.jdbc.sql("""
				update target set indicator_id = :indicator, unit_id = :unit, comparison = :comparison,
					target_value = :value, baseline_date = :baseline, deadline = :deadline, resolution_number = :number,
					resolution_date = :resolutionDate, resolution_body = :body, note = :note, updated_by = :user,
					updated_at = :now, version = version + 1
				where id = :id and version = :version""")
			.params(params(target))
			.param("user", user)
			.param("now", java.sql.Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean delete(long id, long version) {
		return this.jdbc.sql("delete from target where id = :id and version = :version")
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	private static String where(List<Subtree> within, Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		for (int i = 0; i < within.size(); i++) {
			where.append(within.get(i).and("t.unit_id", "scope" + i, params));
		}
		return where.toString();
	}

	private static Map<String, Object> params(Checked target) {
		Map<String, Object> params = new HashMap<>();
		params.put("indicator", target.indicatorId());
		params.put("unit", target.unitId());
		params.put("comparison", target.comparison().name());
		params.put("value", target.value());
		params.put("baseline", target.baselineDate());
		params.put("deadline", target.deadline());
		params.put("number", target.resolutionNumber());
		params.put("resolutionDate", target.resolutionDate());
		params.put("body", target.resolutionBody());
		params.put("note", target.note());
		return params;
	}

	private static Target target(ResultSet rs, int row) throws SQLException {
		return new Target(rs.getLong("id"), rs.getLong("version"), rs.getString("indicator_id"), rs.getLong("unit_id"),
				rs.getString("unit_code"), rs.getString("unit_name"), Comparison.valueOf(rs.getString("comparison")),
				rs.getBigDecimal("target_value"), rs.getObject("baseline_date", LocalDate.class),
				rs.getObject("deadline", LocalDate.class), rs.getString("resolution_number"),
				rs.getObject("resolution_date", LocalDate.class), rs.getString("resolution_body"), rs.getString("note"),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("updated_by"),
				rs.getTimestamp("updated_at").toInstant());
	}

	/** A target whose every value passed the checks. */
	record Checked(String indicatorId, long unitId, Comparison comparison, java.math.BigDecimal value,
			LocalDate baselineDate, LocalDate deadline, String resolutionNumber, LocalDate resolutionDate,
			String resolutionBody, @org.jspecify.annotations.Nullable String note) {
	}

}
