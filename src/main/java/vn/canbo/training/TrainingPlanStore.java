package vn.canbo.training;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.canbo.orgunits.Subtree;

/** The {@code training_plan} and {@code training_plan_line} tables. */
@Repository
class TrainingPlanStore {

	private final JdbcClient jdbc;

	TrainingPlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Plan> find(long unitId, int year) {
		return this.jdbc.sql("""
				select t.id, t.version, t.unit_id, u.name, t.plan_year from training_plan t
				join org_unit u on u.id = t.unit_id where t.unit_id = :unit and t.plan_year = :year""")
			.param("unit", unitId)
			.param("year", year)
			.query((rs, row) -> new Plan(rs.getLong("id"), rs.getLong("version"), rs.getLong("unit_id"),
					rs.getString("name"), rs.getInt("plan_year"), lines(rs.getLong("id"))))
			.optional();
	}

	List<Plan.Line> lines(long planId) {
		return this.jdbc.sql("""
				select l.person_id, p.full_name, l.need, l.kind, l.planned_quarter, l.course_id
				from training_plan_line l join person p on p.id = l.person_id
				where l.plan_id = :plan order by l.planned_quarter, p.sort_key, l.need""")
			.param("plan", planId)
			.query((rs, row) -> {
				long course = rs.getLong("course_id");
				return new Plan.Line(rs.getLong("person_id"), rs.getString("full_name"), rs.getString("need"),
						rs.getString("kind"), rs.getInt("planned_quarter"), rs.wasNull() ? null : course);
			})
			.list();
	}

	/** The cán bộ, công chức and viên chức placed in the subtree, in name order. */
	List<Long> developedPeople(Subtree within) {
		Map<String, Object> params = new HashMap<>();
		return this.jdbc
			.sql("select p.id from person p where p.category in ('CADRE', 'CIVIL_SERVANT', 'PUBLIC_EMPLOYEE')"
					+ within.and("p.agency_id", "scope", params) + " order by p.sort_key, p.id")
			.params(params)
			.query(Long.class)
			.list();
	}

	long insert(long unitId, int year, String user, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into training_plan (unit_id, plan_year, created_by, created_at, updated_by, updated_at)
				values (:unit, :year, :user, :now, :user, :now)""")
			.param("unit", unitId)
			.param("year", year)
			.param("user", user)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return ((Number) keys.getKeys().get("id")).longValue();
	}

	void insertLine(long planId, long personId, String need, String kind, int quarter) {
		this.jdbc.sql("""
				insert into training_plan_line (plan_id, person_id, need, kind, planned_quarter)
				values (:plan, :person, :need, :kind, :quarter) on conflict do nothing""")
			.param("plan", planId)
			.param("person", personId)
			.param("need", need)
			.param("kind", kind)
			.param("quarter", quarter)
			.update();
	}

	/**
	 * The people with open lines (no course recorded) planned in the quarter of the year,
	 * per plan: the plan's unit, the person and how many lines are open.
	 */
	List<DueLines> openLines(int year, int quarter) {
		return this.jdbc.sql("""
				select t.id as plan_id, t.unit_id, l.person_id, p.full_name, count(*) as open_lines
				from training_plan_line l join training_plan t on t.id = l.plan_id join person p on p.id = l.person_id
				where t.plan_year = :year and l.planned_quarter = :quarter and l.course_id is null
				group by t.id, t.unit_id, l.person_id, p.full_name, p.sort_key
				order by t.id, p.sort_key, l.person_id""")
			.param("year", year)
			.param("quarter", quarter)
			.query((rs, row) -> new DueLines(rs.getLong("plan_id"), rs.getLong("unit_id"), rs.getLong("person_id"),
					rs.getString("full_name"), rs.getInt("open_lines")))
			.list();
	}

	/** A person's open lines of a plan in a quarter. */
	record DueLines(long planId, long unitId, long personId, String fullName, int lines) {
	}

	/** Marks the person's open lines of the year's plans for the course kind as done. */
	int complete(long personId, int year, String kind, long courseId) {
		return this.jdbc.sql("""
				update training_plan_line set course_id = :course
				where person_id = :person and kind = :kind and course_id is null
					and plan_id in (select id from training_plan where plan_year = :year)""")
			.param("course", courseId)
			.param("person", personId)
			.param("kind", kind)
			.param("year", year)
			.update();
	}

}
