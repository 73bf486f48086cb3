package vn.canbo.work;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.canbo.orgunits.Subtree;
import vn.canbo.shared.PageQuery;
import vn.canbo.shared.PageResult;

/**
 * The SQL of monthly plans; reads tasks and the personnel records for the board.
 */
@Component
class PlanStore {

	private final JdbcClient jdbc;

	PlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Row> find(long personId, LocalDate month) {
		return this.jdbc.sql("""
				select id, version, agency_id, status, note, submitted_at, decided_by, decided_at, decision_note
				from monthly_plan where person_id = :person and month = :month""")
			.param("person", personId)
			.param("month", month)
			.query(PlanStore::row)
			.optional();
	}

	/** Creates the person's draft for the month unless it exists. */
	void ensure(long personId, long agencyId, LocalDate month) {
		this.jdbc.sql("""
				insert into monthly_plan (person_id, agency_id, month) values (:person, :agency, :month)
				on conflict (person_id, month) do nothing""")
			.param("person", personId)
			.param("agency", agencyId)
			.param("month", month)
			.update();
	}

	/**
	 * Marks a change of the plan's content (a task added): bumps the version and locks
	 * the row until commit, so a submit made from an older page is refused. 0 when the
	 * plan is no longer editable.
	 */
	int touch(long personId, LocalDate month) {
		return this.jdbc.sql("""
				update monthly_plan set version = version + 1, updated_at = current_timestamp
				where person_id = :person and month = :month and status in ('DRAFT', 'RETURNED')""")
			.param("person", personId)
			.param("month", month)
			.update();
	}

	int submit(long personId, LocalDate month, long version, @Nullable String note, Instant at) {
		return this.jdbc.sql("""
				update monthly_plan set status = 'SUBMITTED', note = :note, submitted_at = :at,
					version = version + 1, updated_at = current_timestamp
				where person_id = :person and month = :month and version = :version
					and status in ('DRAFT', 'RETURNED')""")
			.param("note", note)
			.param("at", Timestamp.from(at))
			.param("person", personId)
			.param("month", month)
			.param("version", version)
			.update();
	}

	int decide(long personId, LocalDate month, long version, PlanStatus status, String by, @Nullable String note,
			Instant at) {
		return this.jdbc.sql("""
				update monthly_plan set status = :status, decided_by = :by, decided_at = :at, decision_note = :note,
					version = version + 1, updated_at = current_timestamp
				where person_id = :person and month = :month and version = :version and status = 'SUBMITTED'""")
			.param("status", status.name())
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("note", note)
			.param("person", personId)
			.param("month", month)
			.param("version", version)
			.update();
	}

	/**
	 * The tasks of the month the person drafted themselves and no approver adopted yet:
	 * their own record is still given as the assigner's.
	 */
	List<Long> drafted(long personId, LocalDate month) {
		return this.jdbc.sql("""
				select id from work_task
				where owner_id = :person and month = :month and assigner_person_id = owner_id""")
			.param("person", personId)
			.param("month", month)
			.query(Long.class)
			.list();
	}

	/** The accounts the person drafted tasks of the month under (normally one). */
	List<String> drafters(long personId, LocalDate month) {
		return this.jdbc.sql("""
				select distinct assigned_by from work_task
				where owner_id = :person and month = :month and assigner_person_id = owner_id""")
			.param("person", personId)
			.param("month", month)
			.query(String.class)
			.list();
	}

	/**
	 * One page of the people of the subtree with their plan of the month, with how many
	 * there are.
	 */
	PageResult<PlanBoard.Line> board(Subtree within, LocalDate month, @Nullable PlanStatus status, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		params.put("month", month);
		String where = within.and("p.agency_id", "scope", params);
		if (status != null) {
			where += " and coalesce(mp.status, 'DRAFT') = :status";
			params.put("status", status.name());
		}
		return PageQuery.read(this.jdbc, """
				select count(*) from person p
				left join monthly_plan mp on mp.person_id = p.id and mp.month = :month
				where true""" + where,
				"""
						select p.id, p.full_name, u.name as agency_name, mp.id as plan_id, coalesce(mp.status, 'DRAFT') as status,
							mp.submitted_at,
							count(t.id) as tasks, coalesce(sum(t.weight), 0) as weight,
							count(t.carried_from_id) as carried
						from person p join org_unit u on u.id = p.agency_id
						left join monthly_plan mp on mp.person_id = p.id and mp.month = :month
						left join work_task t on t.owner_id = p.id and t.month = :month and t.status <> 'CANCELLED'
						where true"""
						+ where + """

								group by p.id, p.full_name, p.sort_key, u.name, mp.id, mp.status, mp.submitted_at
								order by u.name, p.sort_key, p.id""",
				params, page, size,
				(rs, row) -> new PlanBoard.Line(rs.getLong("id"), rs.getString("full_name"),
						rs.getString("agency_name"), PlanStatus.valueOf(rs.getString("status")),
						rs.getObject("plan_id") != null, rs.getInt("tasks"), rs.getBigDecimal("weight"),
						rs.getInt("carried"), instant(rs.getTimestamp("submitted_at"))));
	}

	/** How many people of the subtree stand at each status of the month. */
	Map<PlanStatus, Integer> counts(Subtree within, LocalDate month) {
		Map<String, Object> params = new HashMap<>();
		params.put("month", month);
		String where = within.and("p.agency_id", "scope", params);
		Map<PlanStatus, Integer> counts = new EnumMap<>(PlanStatus.class);
		for (PlanStatus status : PlanStatus.values()) {
			counts.put(status, 0);
		}
		this.jdbc.sql("""
				select coalesce(mp.status, 'DRAFT'), count(*) from person p
				left join monthly_plan mp on mp.person_id = p.id and mp.month = :month
				where true""" + where + " group by 1")
			.params(params)
			.query((rs, row) -> counts.put(PlanStatus.valueOf(rs.getString(1)), rs.getInt(2)))
			.list();
		return counts;
	}

	private static Row row(ResultSet rs, int row) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("version"), rs.getLong("agency_id"),
				PlanStatus.valueOf(rs.getString("status")), rs.getString("note"),
				instant(rs.getTimestamp("submitted_at")), rs.getString("decided_by"),
				instant(rs.getTimestamp("decided_at")), rs.getString("decision_note"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** A stored plan. */
	record Row(long id, long version, long agencyId, PlanStatus status, @Nullable String note,
			@Nullable Instant submittedAt, @Nullable String decidedBy, @Nullable Instant decidedAt,
			@Nullable String decisionNote) {
	}

}
