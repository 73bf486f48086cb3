package vn.canbo.staffing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.canbo.people.PersonnelCategory;
import vn.canbo.shared.PageQuery;
import vn.canbo.shared.PageResult;

/** Assignments in SQL: one row each, written with a version for optimistic locking. */
@Component
class AssignmentStore {

	private static final String SELECT = """
			select a.*, p.full_name, u.code as unit_code, u.name as unit_name, t.code as title_code,
			       jp.code as job_position_code, coalesce(t.name, jp.name) as post_name, coalesce(t.key_title, false) as key_title
			from assignment a
			join person p on p.id = a.person_id
			join org_unit u on u.id = a.unit_id
			left join post_title t on t.id = a.title_id
			left join job_position jp on jp.id = a.job_position_id
			""";

	private static final String INSERT = """
			insert into assignment (person_id, unit_id, title_id, job_position_id, kind, selection, category, valid_from,
			    valid_to, term_end, decision_number, decision_date, note, created_at, updated_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	AssignmentStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	Optional<AssignmentView> find(long id) {
		return this.jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(AssignmentStore::view).optional();
	}

	List<AssignmentView> ofPerson(long personId) {
		return this.jdbc.sql(SELECT + " where a.person_id = :person order by a.valid_from desc, a.kind, a.id")
			.param("person", personId)
			.query(AssignmentStore::view)
			.list();
	}

	boolean holdsLeadershipPost(long personId, LocalDate day) {
		return this.jdbc.sql("""
				select exists (select 1 from assignment a left join post_title t on t.id = a.title_id
					left join job_position j on j.id = a.job_position_id
					where a.person_id = :person and a.valid_from <= :day and (a.valid_to is null or a.valid_to > :day)
						and (t.leadership or j.position_group = 'LEADERSHIP'))""")
			.param("person", personId)
			.param("day", day)
			.query(Boolean.class)
			.single();
	}

	/**
	 * One page of the assignments held on the date in the given units that pass the
	 * filter, with how many pass it in all.
	 */
	PageResult<AssignmentView> heldIn(List<Long> unitIds, LocalDate asOf, HolderFilter filter, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		params.put("units", unitIds.toArray(Long[]::new));
		params.put("asOf", asOf);
		StringBuilder where = new StringBuilder(
				" join unnest(cast(:units as bigint[])) as n (unit_id) on n.unit_id = a.unit_id"
						+ " where a.valid_from <= :asOf and (a.valid_to is null or a.valid_to > :asOf)");
		if (filter.title() != null) {
			where.append(" and t.code = :title");
			params.put("title", filter.title());
		}
		else {
			where.append(" and a.kind = 'PRIMARY'");
			if (filter.category() != null) {
				where.append(" and a.category = :category");
				params.put("category", filter.category().name());
			}
			if (filter.jobPosition() != null) {
				where.append(" and jp.code = :jobPosition");
				params.put("jobPosition", filter.jobPosition());
			}
		}
		return PageQuery.read(this.jdbc,
				"select count(*) from assignment a left join post_title t on t.id = a.title_id"
						+ " left join job_position jp on jp.id = a.job_position_id" + where,
				SELECT + where
						+ " order by u.name, coalesce(t.sort_order, 10000 + jp.sort_order), a.kind, p.sort_key, a.id",
				params, page, size, AssignmentStore::view);
	}

	long insert(Row row, Instant now) {
		return this.jdbc
			.sql(INSERT.replace("values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					"values (:person, :unit, :title, :job, :kind, :selection, :category, :from, :to, :termEnd, :number,"
							+ " :decided, :note, :now, :now)")
					+ " returning id")
			.param("person", row.personId())
			.param("unit", row.unitId())
			.param("title", row.titleId())
			.param("job", row.jobPositionId())
			.param("kind", row.kind().name())
			.param("selection", row.selection().name())
			.param("category", row.category().name())
			.param("from", row.validFrom())
			.param("to", row.validTo())
			.param("termEnd", row.termEnd())
			.param("number", row.decisionNumber())
			.param("decided", row.decisionDate())
			.param("note", row.note())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/** Many rows in JDBC batches (bulk loads). */
	void insertAll(List<Row> rows, Instant now) {
		Timestamp at = Timestamp.from(now);
		this.template.batchUpdate(INSERT, rows, 1000, (statement, row) -> {
			statement.setLong(1, row.personId());
			statement.setLong(2, row.unitId());
			statement.setObject(3, row.titleId());
			statement.setObject(4, row.jobPositionId());
			statement.setString(5, row.kind().name());
			statement.setString(6, row.selection().name());
			statement.setString(7, row.category().name());
			statement.setObject(8, row.validFrom());
			statement.setObject(9, row.validTo());
			statement.setObject(10, row.termEnd());
			statement.setString(11, row.decisionNumber());
			statement.setObject(12, row.decisionDate());
			statement.setString(13, row.note());
			statement.setTimestamp(14, at);
			statement.setTimestamp(15, at);
		});
	}

	boolean update(long id, long version, ChangeAssignment change, Instant now) {
		return this.jdbc
			.sql("""
					update assignment set valid_from = :from, valid_to = :to, term_end = :termEnd, decision_number = :number,
					    decision_date = :decided, note = :note, version = version + 1, updated_at = :now
					where id = :id and version = :version""")
			.param("from", change.validFrom())
			.param("to", change.validTo())
			.param("termEnd", change.termEnd())
			.param("number", change.decisionNumber())
			.param("decided", change.decisionDate())
			.param("note", change.note())
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean delete(long id, long version) {
		return this.jdbc.sql("delete from assignment where id = :id and version = :version")
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	private static AssignmentView view(ResultSet rs, int row) throws SQLException {
		return new AssignmentView(rs.getLong("id"), rs.getLong("version"), rs.getLong("person_id"),
				rs.getString("full_name"), rs.getLong("unit_id"), rs.getString("unit_code"), rs.getString("unit_name"),
				rs.getString("title_code"), rs.getString("job_position_code"), rs.getString("post_name"),
				rs.getBoolean("key_title"), AssignmentKind.valueOf(rs.getString("kind")),
				Selection.valueOf(rs.getString("selection")), PersonnelCategory.valueOf(rs.getString("category")),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
				rs.getObject("term_end", LocalDate.class), rs.getString("decision_number"),
				rs.getObject("decision_date", LocalDate.class), rs.getString("note"));
	}

	/** An assignment as written. */
	record Row(long personId, long unitId, @Nullable Long titleId, @Nullable Long jobPositionId, AssignmentKind kind,
			Selection selection, PersonnelCategory category, LocalDate validFrom, @Nullable LocalDate validTo,
			@Nullable LocalDate termEnd, @Nullable String decisionNumber, @Nullable LocalDate decisionDate,
			@Nullable String note) {

	}

}
