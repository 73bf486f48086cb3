package vn.canbo.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.canbo.shared.DataChanged;

/**
 * The {@code audit_entry} table: appended to by the recorder, read with plain SQL.
 */
@Repository
class AuditEntries {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final String COLUMNS = """
			id, occurred_at, actor, action, entity_type, entity_id, before::text as before_json,
			after::text as after_json, changed_fields, scope_path,
			coalesce(after ->> 'name', after ->> 'username', after ->> 'fullName', before ->> 'name', before ->> 'username', before ->> 'fullName') as subject""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final NamedParameterJdbcTemplate batch;

	AuditEntries(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = json;
	}

	private static final String INSERT = """
			insert into audit_entry
			  (occurred_at, actor, action, entity_type, entity_id, before, after, changed_fields, scope_path)
			values (:occurredAt, :actor, :action, :entityType, :entityId, cast(:before as jsonb),
			  cast(:after as jsonb), array(select jsonb_array_elements_text(cast(:changedFields as jsonb))),
			  :scopePath)""";

	/** An entry to write. */
	record NewEntry(Instant occurredAt, String actor, DataChanged.Action action, String entityType, String entityId,
			@Nullable String before, @Nullable String after, List<String> changedFields, @Nullable String scopePath) {
	}

	void insert(Instant occurredAt, String actor, DataChanged.Action action, String entityType, String entityId,
			@Nullable String before, @Nullable String after, List<String> changedFields, @Nullable String scopePath) {
		insertAll(List.of(new NewEntry(occurredAt, actor, action, entityType, entityId, before, after, changedFields,
				scopePath)));
	}

	/** Writes the entries in one JDBC batch. */
	void insertAll(List<NewEntry> entries) {
		MapSqlParameterSource[] batch = entries.stream()
			.map((entry) -> new MapSqlParameterSource()
				.addValue("occurredAt", OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
				.addValue("actor", entry.actor())
				.addValue("action", entry.action().name())
				.addValue("entityType", entry.entityType())
				.addValue("entityId", entry.entityId())
				.addValue("before", entry.before(), java.sql.Types.VARCHAR)
				.addValue("after", entry.after(), java.sql.Types.VARCHAR)
				.addValue("changedFields", this.json.writeValueAsString(entry.changedFields()))
				.addValue("scopePath", entry.scopePath(), java.sql.Types.VARCHAR))
			.toArray(MapSqlParameterSource[]::new);
		this.batch.batchUpdate(INSERT, batch);
	}

	/**
	 * One page of entries matching the query, newest first.
	 * @param scopePrefix the caller's org path; null for the whole country (including
	 * system-wide entries)
	 */
	List<AuditEntryView> search(AuditQuery query, @Nullable String scopePrefix, Pageable pageable) {
		Filter filter = Filter.of(query, scopePrefix);
		filter.params.put("limit", pageable.getPageSize());
		filter.params.put("offset", pageable.getOffset());
		return this.jdbc
			.sql("select " + COLUMNS + " from audit_entry" + filter.where()
					+ " order by occurred_at desc, id desc limit :limit offset :offset")
			.params(filter.params)
			.query(AuditEntries::view)
			.list();
	}

	/**
	 * The latest changes (not views) of one thing, newest first.
	 * @param scopePrefix the caller's org path; null for the whole country
	 */
	List<AuditEntryView> changes(String entityType, String entityId, @Nullable String scopePrefix, int limit) {
		Filter filter = Filter.of(AuditQuery.of(entityType, entityId), scopePrefix);
		filter.conditions.add("action <> 'VIEW'");
		filter.params.put("limit", limit);
		return this.jdbc
			.sql("select " + COLUMNS + " from audit_entry" + filter.where()
					+ " order by occurred_at desc, id desc limit :limit")
			.params(filter.params)
			.query(AuditEntries::view)
			.list();
	}

	long count(AuditQuery query, @Nullable String scopePrefix) {
		Filter filter = Filter.of(query, scopePrefix);
		return this.jdbc.sql("select count(*) from audit_entry" + filter.where())
			.params(filter.params)
			.query(Long.class)
			.single();
	}

	Optional<AuditEntryView> find(long id, @Nullable String scopePrefix) {
		Filter filter = Filter.of(AuditQuery.all(), scopePrefix);
		filter.conditions.add("id = :id");
		filter.params.put("id", id);
		return this.jdbc.sql("select " + COLUMNS + " from audit_entry" + filter.where())
			.params(filter.params)
			.query(AuditEntries::view)
			.optional();
	}

	private static AuditEntryView view(ResultSet rs, int row) throws SQLException {
		Array fields = rs.getArray("changed_fields");
		List<String> changed = (fields != null) ? List.of((String[]) fields.getArray()) : List.of();
		return new AuditEntryView(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), DataChanged.Action.valueOf(rs.getString("action")), rs.getString("entity_type"),
				rs.getString("entity_id"), rs.getString("before_json"), rs.getString("after_json"), changed,
				rs.getString("scope_path"), rs.getString("subject"));
	}

	/** SQL conditions and their parameters for a query within a scope. */
	private static final class Filter {

		final List<String> conditions = new ArrayList<>();

		final Map<String, Object> params = new HashMap<>();

		static Filter of(AuditQuery query, @Nullable String scopePrefix) {
			Filter filter = new Filter();
			if (scopePrefix != null) {
				filter.add("scope_path like :scope escape '\\'", "scope", escapeLike(scopePrefix) + "%");
			}
			if (query.entityType() != null) {
				filter.add("entity_type = :entityType", "entityType", query.entityType());
			}
			if (query.entityId() != null) {
				filter.add("entity_id = :entityId", "entityId", query.entityId());
			}
			if (query.actor() != null) {
				filter.add("actor = :actor", "actor", query.actor());
			}
			if (query.action() != null) {
				filter.add("action = :action", "action", query.action().name());
			}
			if (query.from() != null) {
				filter.add("occurred_at >= :from", "from", query.from().atStartOfDay(VIETNAM).toOffsetDateTime());
			}
			if (query.to() != null) {
				filter.add("occurred_at < :to", "to", query.to().plusDays(1).atStartOfDay(VIETNAM).toOffsetDateTime());
			}
			if (query.text() != null) {
				filter.add("""
						(entity_type ilike :text escape '\\' or entity_id ilike :text escape '\\'
						  or actor ilike :text escape '\\' or before::text ilike :text escape '\\'
						  or after::text ilike :text escape '\\')""", "text", "%" + escapeLike(query.text()) + "%");
			}
			return filter;
		}

		private void add(String condition, String name, Object value) {
			this.conditions.add(condition);
			this.params.put(name, value);
		}

		String where() {
			return this.conditions.isEmpty() ? "" : " where " + String.join(" and ", this.conditions);
		}

		private static String escapeLike(String value) {
			return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		}

	}

}
