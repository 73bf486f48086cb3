package vn.canbo.rules;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes rule versions and the salary scales with plain SQL. */
@Component
class RuleStore {

	private static final TypeReference<LinkedHashMap<String, Long>> PARAMETERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	RuleStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The versions of the rule in date order, each closed by its successor's start. */
	List<RuleVersion> versions(RuleKey key) {
		List<RuleVersion> stored = this.jdbc
			.sql("select * from rule_version where rule_key = :key order by valid_from nulls first")
			.param("key", key.name())
			.query((rs, row) -> version(rs))
			.list();
		return RuleVersion.chained(stored);
	}

	boolean exists(RuleKey key, LocalDate validFrom) {
		return this.jdbc.sql("select count(*) from rule_version where rule_key = :key and valid_from = :from")
			.param("key", key.name())
			.param("from", validFrom)
			.query(Long.class)
			.single() > 0;
	}

	long insert(RuleKey key, LocalDate validFrom, String citation, @Nullable String sourceUrl, boolean confirmed,
			Map<String, Long> parameters, @Nullable String note, String createdBy, Instant createdAt) {
		return this.jdbc.sql("""
				insert into rule_version (rule_key, valid_from, citation, source_url, confirmed, parameters, note,
					created_by, created_at)
				values (:key, :from, :citation, :source, :confirmed, cast(:parameters as jsonb), :note, :by, :at)
				returning id""")
			.param("key", key.name())
			.param("from", validFrom)
			.param("citation", citation)
			.param("source", sourceUrl)
			.param("confirmed", confirmed)
			.param("parameters", this.json.writeValueAsString(parameters))
			.param("note", note)
			.param("by", createdBy)
			.param("at", Timestamp.from(createdAt))
			.query(Long.class)
			.single();
	}

	List<SalaryTable> tables() {
		return this.jdbc.sql("select * from salary_table order by code").query((rs, row) -> table(rs, "")).list();
	}

	List<SalaryRank> ranks() {
		return this.jdbc.sql(RANKS + " order by r.code").query((rs, row) -> rank(rs)).list();
	}

	Optional<SalaryRank> rank(String code) {
		return this.jdbc.sql(RANKS + " where r.code = :code")
			.param("code", code)
			.query((rs, row) -> rank(rs))
			.optional();
	}

	private static final String RANKS = """
			select r.code, r.name, r.confirmed, t.code as t_code, t.name as t_name, t.raise_group as t_raise_group,
				t.coefficients as t_coefficients, t.confirmed as t_confirmed
			from salary_rank r join salary_table t on t.code = r.table_code""";

	private static SalaryRank rank(ResultSet rs) throws SQLException {
		return new SalaryRank(rs.getString("code"), rs.getString("name"), table(rs, "t_"), rs.getBoolean("confirmed"));
	}

	private static SalaryTable table(ResultSet rs, String prefix) throws SQLException {
		Array array = rs.getArray(prefix + "coefficients");
		List<BigDecimal> coefficients = Arrays.stream((Object[]) array.getArray())
			.map((value) -> (BigDecimal) value)
			.toList();
		return new SalaryTable(rs.getString(prefix + "code"), rs.getString(prefix + "name"),
				RaiseGroup.valueOf(rs.getString(prefix + "raise_group")), coefficients,
				rs.getBoolean(prefix + "confirmed"));
	}

	private RuleVersion version(ResultSet rs) throws SQLException {
		return new RuleVersion(rs.getLong("id"), RuleKey.valueOf(rs.getString("rule_key")),
				rs.getObject("valid_from", LocalDate.class), null, rs.getString("citation"), rs.getString("source_url"),
				rs.getBoolean("confirmed"), this.json.readValue(rs.getString("parameters"), PARAMETERS),
				rs.getString("note"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
	}

}
