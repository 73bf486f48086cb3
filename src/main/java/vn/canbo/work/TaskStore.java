package vn.canbo.work;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
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
 * The SQL of tasks and their progress reports; reads the personnel records
 * ({@code person}, the people module's table) for names and agencies.
 */
@Component
class TaskStore {

	private static final String COLUMNS = """
			t.id, t.version, t.agency_id, u.name as agency_name, t.month, t.kind, t.title, t.description, t.owner_id,
			p.full_name as owner_name, t.collaborator_ids, t.assigned_by, t.parent_task_id, t.carried_from_id, t.due_on,
			t.weight, t.status, t.progress, t.completed_on, t.completed_units, t.major_errors, t.excused_errors,
			t.delays, t.excused_delays, t.score_note, t.scored_by, t.scored_at,
			exists (select 1 from work_month m where m.agency_id = t.agency_id and m.month = t.month) as month_closed
			from work_task t join person p on p.id = t.owner_id join org_unit u on u.id = t.agency_id""";

	private final JdbcClient jdbc;

	TaskStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A person's name and agency. */
	Optional<Owner> person(long id) {
		return this.jdbc.sql("select id, full_name, agency_id from person where id = :id")
			.param("id", id)
			.query(TaskStore::owner)
			.optional();
	}

	List<Owner> people(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select id, full_name, agency_id from person where id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query(TaskStore::owner)
			.list();
	}

	/** The people working in the agency (not its sub-units), in name order. */
	List<Owner> peopleOf(long agencyId) {
		return this.jdbc
			.sql("select id, full_name, agency_id from person where agency_id = :agency order by sort_key, id")
			.param("agency", agencyId)
			.query(TaskStore::owner)
			.list();
	}

	/**
	 * The people of the subtree whose name matches the search key (marks and case
	 * ignored), in Vietnamese order, at most the limit.
	 */
	List<Owner> searchWithin(Subtree within, String key, int limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("key", "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		params.put("limit", limit);
		return this.jdbc
			.sql("select p.id, p.full_name || ' — ' || u.name as full_name, p.agency_id"
					+ " from person p join org_unit u on u.id = p.agency_id where p.name_key like :key"
					+ within.and("p.agency_id", "scope", params) + " order by p.sort_key, p.id limit :limit")
			.params(params)
			.query(TaskStore::owner)
			.list();
	}

	/** Those of the people who are in the subtree, in Vietnamese order. */
	List<Owner> peopleWithin(Subtree within, List<Long> ids) {
		Map<String, Object> params = new HashMap<>();
		params.put("ids", ids.toArray(Long[]::new));
		return this.jdbc
			.sql("select p.id, p.full_name || ' — ' || u.name as full_name, p.agency_id"
					+ " from person p join org_unit u on u.id = p.agency_id where p.id = any(:ids)"
					+ within.and("p.agency_id", "scope", params) + " order by p.sort_key, p.id")
			.params(params)
			.query(TaskStore::owner)
			.list();
	}

	boolean monthClosed(long agencyId, LocalDate month) {
		return this.jdbc.sql("select exists (select 1 from work_month where agency_id = :agency and month = :month)")
			.param("agency", agencyId)
			.param("month", month)
			.query(Boolean.class)
			.single();
	}

	long insert(long agencyId, LocalDate month, String kind, String title, @Nullable String description, long ownerId,
			List<Long> collaborators, String assignedBy, @Nullable Long assignerPersonId, @Nullable Long parentTaskId,
			@Nullable Long villageDutyId, LocalDate dueOn, BigDecimal weight, String createdBy) {
		return this.jdbc.sql("""
				insert into work_task (agency_id, month, kind, title, description, owner_id, collaborator_ids,
					assigned_by, assigner_person_id, parent_task_id, village_duty_id, due_on, weight, created_by)
				values (:agency, :month, :kind, :title, :description, :owner, :collaborators, :assignedBy,
					:assignerPerson, :parent, :village, :dueOn, :weight, :createdBy)
				returning id""")
			.param("agency", agencyId)
			.param("month", month)
			.param("kind", kind)
			.param("title", title)
			.param("description", description)
			.param("owner", ownerId)
			.param("collaborators", collaborators.toArray(Long[]::new))
			.param("assignedBy", assignedBy)
			.param("assignerPerson", assignerPersonId)
			.param("parent", parentTaskId)
			.param("village", villageDutyId)
			.param("dueOn", dueOn)
			.param("weight", weight)
			.param("createdBy", createdBy)
			.query(Long.class)
			.single();
	}

	Optional<TaskView> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " where t.id = :id")
			.param("id", id)
			.query((rs, row) -> task(rs, List.of()))
			.optional()
			.map((task) -> withUpdates(task, updates(id)));
	}

	/**
	 * One page of the tasks of the month, with how many there are: owned by the person or
	 * helped with (when person is given), assigned by the account (when given), within
	 * the subtree (when given).
	 */
	PageResult<TaskView> list(LocalDate month, @Nullable Long personId, @Nullable String assignedBy,
			@Nullable Subtree within, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder(" where t.month = :month");
		params.put("month", month);
		if (personId != null) {
			// Written so the owner index and the partial GIN index answer it (V19).
			where.append(" and (t.owner_id = :person or (t.collaborator_ids <> '{}'"
					+ " and t.collaborator_ids @> array[cast(:person as bigint)]))");
			params.put("person", personId);
		}
		if (assignedBy != null) {
			where.append(" and t.assigned_by = :assignedBy");
			params.put("assignedBy", assignedBy);
		}
		if (within != null) {
			where.append(within.and("t.agency_id", "scope", params));
		}
		return PageQuery.read(this.jdbc, "select count(*) from work_task t" + where,
				"select " + COLUMNS + where + " order by t.due_on, t.id", params, page, size,
				(rs, row) -> task(rs, List.of()));
	}

	/** The tasks derived from a task, within the subtree. */
	List<TaskView> children(long parentId, Subtree within) {
		Map<String, Object> params = new HashMap<>();
		params.put("parent", parentId);
		return this.jdbc
			.sql("select " + COLUMNS + " where t.parent_task_id = :parent" + within.and("t.agency_id", "scope", params)
					+ " order by t.due_on, t.id limit 500")
			.params(params)
			.query((rs, row) -> task(rs, List.of()))
			.list();
	}

	/** The tasks of the people's month, for their evaluation. */
	List<TaskView> ownedIn(long personId, LocalDate month) {
		return this.jdbc.sql("select " + COLUMNS
				+ " where t.owner_id = :person and t.month = :month and t.status <> 'CANCELLED' order by t.due_on, t.id")
			.param("person", personId)
			.param("month", month)
			.query((rs, row) -> task(rs, List.of()))
			.list();
	}

	int progress(long id, long version, int progress, boolean done, @Nullable LocalDate completedOn) {
		return this.jdbc.sql("""
				update work_task set progress = :progress,
					status = case when :done then 'DONE' else status end,
					completed_on = case when :done then cast(:completedOn as date) else completed_on end,
					version = version + 1, updated_at = current_timestamp
				where id = :id and version = :version""")
			.param("progress", progress)
			.param("done", done)
			.param("completedOn", completedOn)
			.param("id", id)
			.param("version", version)
			.update();
	}

	void addUpdate(long taskId, String author, int progress, String note, @Nullable String fileName,
			@Nullable String contentType, byte @Nullable [] content) {
		this.jdbc.sql("""
				insert into work_task_update (task_id, author, progress, note, file_name, content_type, content)
				values (:task, :author, :progress, :note, :fileName, :contentType, :content)""")
			.param("task", taskId)
			.param("author", author)
			.param("progress", progress)
			.param("note", note)
			.param("fileName", fileName)
			.param("contentType", contentType)
			.param("content", content)
			.update();
	}

	int score(long id, long version, TaskScoring scoring, String scoredBy) {
		return this.jdbc.sql("""
				update work_task set completed_units = :units, major_errors = :errors, excused_errors = :excusedErrors,
					delays = :delays, excused_delays = :excusedDelays, score_note = :note, scored_by = :by,
					scored_at = current_timestamp, version = version + 1, updated_at = current_timestamp
				where id = :id and version = :version""")
			.param("units", scoring.completedUnits())
			.param("errors", scoring.majorErrors())
			.param("excusedErrors", scoring.excusedErrors())
			.param("delays", scoring.delays())
			.param("excusedDelays", scoring.excusedDelays())
			.param("note", scoring.note())
			.param("by", scoredBy)
			.param("id", id)
			.param("version", version)
			.update();
	}

	int cancel(long id, long version) {
		return this.jdbc.sql("""
				update work_task set status = 'CANCELLED', version = version + 1, updated_at = current_timestamp
				where id = :id and version = :version""").param("id", id).param("version", version).update();
	}

	/**
	 * Hands the owner's self-drafted tasks of the month to the leader who approved the
	 * plan.
	 */
	void adoptDrafted(long ownerId, LocalDate month, String ownerUsername, String approver,
			@Nullable Long approverPerson) {
		this.jdbc.sql("""
				update work_task set assigned_by = :approver, assigner_person_id = :approverPerson,
					version = version + 1, updated_at = current_timestamp
				where owner_id = :owner and month = :month and assigned_by = :ownerUsername""")
			.param("approver", approver)
			.param("approverPerson", approverPerson)
			.param("owner", ownerId)
			.param("month", month)
			.param("ownerUsername", ownerUsername)
			.update();
	}

	List<TaskView.TaskUpdate> updates(long taskId) {
		return this.jdbc.sql("""
				select id, author, progress, note, file_name, created_at from work_task_update
				where task_id = :task order by created_at desc, id desc""")
			.param("task", taskId)
			.query((rs, row) -> new TaskView.TaskUpdate(rs.getLong("id"), rs.getString("author"), rs.getInt("progress"),
					rs.getString("note"), rs.getString("file_name"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	Optional<TaskEvidence> evidence(long taskId, long updateId) {
		return this.jdbc.sql("""
				select file_name, content_type, content from work_task_update
				where id = :id and task_id = :task and content is not null""")
			.param("id", updateId)
			.param("task", taskId)
			.query((rs, row) -> new TaskEvidence(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional();
	}

	private static Owner owner(ResultSet rs, int row) throws SQLException {
		return new Owner(rs.getLong("id"), rs.getString("full_name"), rs.getLong("agency_id"));
	}

	private static TaskView withUpdates(TaskView task, List<TaskView.TaskUpdate> updates) {
		return new TaskView(task.id(), task.version(), task.agencyId(), task.agencyName(), task.month(), task.kind(),
				task.title(), task.description(), task.ownerId(), task.ownerName(), task.collaboratorIds(),
				task.assignedBy(), task.parentTaskId(), task.carriedFromId(), task.dueOn(), task.weight(),
				task.status(), task.progress(), task.completedOn(), task.completedUnits(), task.majorErrors(),
				task.excusedErrors(), task.delays(), task.excusedDelays(), task.scoreNote(), task.scoredBy(),
				task.scoredAt(), task.monthClosed(), updates);
	}

	static TaskView task(ResultSet rs, List<TaskView.TaskUpdate> updates) throws SQLException {
		Timestamp scoredAt = rs.getTimestamp("scored_at");
		return new TaskView(rs.getLong("id"), rs.getLong("version"), rs.getLong("agency_id"),
				rs.getString("agency_name"), rs.getObject("month", LocalDate.class), rs.getString("kind"),
				rs.getString("title"), rs.getString("description"), rs.getLong("owner_id"), rs.getString("owner_name"),
				longs(rs.getArray("collaborator_ids")), rs.getString("assigned_by"),
				rs.getObject("parent_task_id", Long.class), rs.getObject("carried_from_id", Long.class),
				rs.getObject("due_on", LocalDate.class), rs.getBigDecimal("weight"),
				TaskStatus.valueOf(rs.getString("status")), rs.getInt("progress"),
				rs.getObject("completed_on", LocalDate.class), rs.getBigDecimal("completed_units"),
				rs.getInt("major_errors"), rs.getInt("excused_errors"), rs.getObject("delays", Integer.class),
				rs.getInt("excused_delays"), rs.getString("score_note"), rs.getString("scored_by"),
				(scoredAt != null) ? scoredAt.toInstant() : null, rs.getBoolean("month_closed"), updates);
	}

	private static List<Long> longs(@Nullable Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Long[]) array.getArray()).toList();
	}

	/** A person as tasks refer to them. */
	record Owner(long id, String fullName, long agencyId) {
	}

	/** An evidence file. */

}
