package vn.canbo.training;

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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.canbo.orgunits.Subtree;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;
import vn.canbo.shared.PageQuery;
import vn.canbo.shared.PageResult;

/** The {@code training_course} and {@code training_study} tables. */
@Repository
class TrainingStore {

	private static final String COURSE = """
			select c.id, c.version, c.person_id, p.full_name, c.kind, c.title, c.provider, c.periods, c.start_date,
				c.end_date, c.certificate, c.funding, c.grants_political_theory, c.grants_state_management,
				c.grants_professional, c.note, c.updated_by, c.updated_at
			from training_course c join person p on p.id = c.person_id
			""";

	private static final String STUDY = """
			select s.id, s.version, s.person_id, p.full_name, s.degree_level, s.field, s.institution, s.start_date,
				s.end_date, s.cost, s.commitment_months, s.prior_service_years, s.left_on, s.leave_reason,
				s.cost_so_far, s.note
			from training_study s join person p on p.id = s.person_id
			""";

	private final JdbcClient jdbc;

	TrainingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Course> course(long id) {
		return this.jdbc.sql(COURSE + " where c.id = :id").param("id", id).query(TrainingStore::course).optional();
	}

	List<Course> coursesOf(long personId) {
		return this.jdbc.sql(COURSE + " where c.person_id = :person order by c.end_date desc, c.id desc")
			.param("person", personId)
			.query(TrainingStore::course)
			.list();
	}

	/** The periods of the courses the person finished in the year. */
	int periodsIn(long personId, int year) {
		return this.jdbc.sql("""
				select coalesce(sum(periods), 0) from training_course
				where person_id = :person and end_date >= :from and end_date <= :to""")
			.param("person", personId)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year, 12, 31))
			.query(Integer.class)
			.single();
	}

	/** One page of the courses finished in the period by people placed in the subtree. */
	PageResult<Course> courses(Subtree within, LocalDate from, LocalDate to, @Nullable CourseKind kind, int page,
			int size) {
		Map<String, Object> params = new HashMap<>();
		String where = where(within, from, to, kind, params);
		return PageQuery.read(this.jdbc,
				"select count(*) from training_course c join person p on p.id = c.person_id where true" + where,
				COURSE + " where true" + where + " order by c.end_date desc, p.sort_key, c.id", params, page, size,
				TrainingStore::course);
	}

	/** Every course finished in the period by people placed in the subtree (export). */
	List<Course> allCourses(Subtree within, LocalDate from, LocalDate to) {
		Map<String, Object> params = new HashMap<>();
		String where = where(within, from, to, null, params);
		return this.jdbc.sql(COURSE + " where true" + where + " order by c.end_date desc, p.sort_key, c.id")
			.params(params)
			.query(TrainingStore::course)
			.list();
	}

	/** The courses finished in the period by people placed in the subtree, per kind. */
	Map<CourseKind, Long> courseCounts(Subtree within, LocalDate from, LocalDate to) {
		Map<String, Object> params = new HashMap<>();
		String where = where(within, from, to, null, params);
		Map<CourseKind, Long> counts = new java.util.EnumMap<>(CourseKind.class);
		this.jdbc
			.sql("select c.kind, count(*) as n from training_course c join person p on p.id = c.person_id where true"
					+ where + " group by c.kind")
			.params(params)
			.query((rs) -> {
				counts.put(CourseKind.valueOf(rs.getString("kind")), rs.getLong("n"));
			});
		return counts;
	}

	/**
	 * The courses finished in the period by people placed in the subtree that granted
	 * each level ("29 advanced political theory").
	 */
	Map<String, Long> levelCounts(Subtree within, LocalDate from, LocalDate to) {
		Map<String, Object> params = new HashMap<>();
		String where = where(within, from, to, null, params);
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		this.jdbc.sql("""
				select 'POLITICAL_THEORY.' || c.grants_political_theory as level, count(*) as n
				from training_course c join person p on p.id = c.person_id
				where c.grants_political_theory is not null""" + where + """
				 group by 1
				union all
				select 'STATE_MANAGEMENT.' || c.grants_state_management, count(*)
				from training_course c join person p on p.id = c.person_id
				where c.grants_state_management is not null""" + where + """
				 group by 1
				union all
				select 'PROFESSIONAL.' || c.grants_professional, count(*)
				from training_course c join person p on p.id = c.person_id
				where c.grants_professional is not null""" + where + """
				 group by 1
				order by 1""").params(params).query((rs) -> {
			counts.put(rs.getString(1), rs.getLong(2));
		});
		return counts;
	}

	/**
	 * One page of the people placed in the subtree (cán bộ, công chức, viên chức) whose
	 * courses of the year add up to fewer periods than the minimum, fewest first.
	 */
	PageResult<ShortOfPeriods> shortOfPeriods(Subtree within, int year, int minimum, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		params.put("from", LocalDate.of(year, 1, 1));
		params.put("to", LocalDate.of(year, 12, 31));
		params.put("minimum", minimum);
		String scope = within.and("p.agency_id", "scope", params);
		String base = """
				from person p left join (select person_id, sum(periods) as periods from training_course
					where end_date >= :from and end_date <= :to group by person_id) t on t.person_id = p.id
				where p.category in ('CADRE', 'CIVIL_SERVANT', 'PUBLIC_EMPLOYEE') and coalesce(t.periods, 0) < :minimum
				""" + scope;
		return PageQuery.read(this.jdbc, "select count(*) " + base,
				"select p.id, p.full_name, p.position, coalesce(t.periods, 0) as periods " + base
						+ " order by coalesce(t.periods, 0), p.sort_key, p.id",
				params, page, size, (rs, row) -> new ShortOfPeriods(rs.getLong("id"), rs.getString("full_name"),
						rs.getString("position"), rs.getInt("periods")));
	}

	long insertCourse(CourseValues course, String user, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into training_course (person_id, kind, title, provider, periods, start_date, end_date,
					certificate, funding, grants_political_theory, grants_state_management, grants_professional, note,
					created_by, created_at, updated_by, updated_at)
				values (:person, :kind, :title, :provider, :periods, :start, :end, :certificate, :funding, :theory,
					:management, :professional, :note, :user, :now, :user, :now)""")
			.params(params(course))
			.param("user", user)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return ((Number) keys.getKeys().get("id")).longValue();
	}

	boolean updateCourse(long id, long version, CourseValues course, String user, Instant now) {
		return this.jdbc.sql("""
				update training_course set person_id = :person, kind = :kind, title = :title, provider = :provider,
					periods = :periods, start_date = :start, end_date = :end, certificate = :certificate,
					funding = :funding, grants_political_theory = :theory, grants_state_management = :management,
					grants_professional = :professional, note = :note, updated_by = :user, updated_at = :now,
					version = version + 1
				where id = :id and version = :version""")
			.params(params(course))
			.param("user", user)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean deleteCourse(long id, long version) {
		return this.jdbc.sql("delete from training_course where id = :id and version = :version")
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	Optional<Study> study(long id) {
		return this.jdbc.sql(STUDY + " where s.id = :id").param("id", id).query(TrainingStore::study).optional();
	}

	List<Study> studiesOf(long personId) {
		return this.jdbc.sql(STUDY + " where s.person_id = :person order by s.start_date desc, s.id desc")
			.param("person", personId)
			.query(TrainingStore::study)
			.list();
	}

	/**
	 * One page of the studies whose commitment runs on the day, for people in the
	 * subtree.
	 */
	PageResult<Study> runningCommitments(Subtree within, LocalDate day, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		params.put("day", day);
		String where = " where s.left_on is null and s.end_date <= :day"
				+ " and s.end_date + make_interval(months => s.commitment_months) > :day"
				+ within.and("p.agency_id", "scope", params);
		return PageQuery.read(this.jdbc,
				"select count(*) from training_study s join person p on p.id = s.person_id" + where,
				STUDY + where + " order by s.end_date, p.sort_key, s.id", params, page, size, TrainingStore::study);
	}

	/**
	 * The studies whose commitment to serve ends after the day and no later than the last
	 * day (the person not left), with the person's agency.
	 */
	List<EndingCommitment> commitmentsEnding(LocalDate day, LocalDate last) {
		return this.jdbc.sql("""
				select s.id, s.person_id, p.full_name, p.agency_id, s.institution,
					cast(s.end_date + make_interval(months => s.commitment_months) as date) as commitment_end
				from training_study s join person p on p.id = s.person_id
				where s.left_on is null and p.agency_id is not null
					and s.end_date + make_interval(months => s.commitment_months) > :day
					and s.end_date + make_interval(months => s.commitment_months) <= :last
				order by commitment_end, p.sort_key, s.id""")
			.param("day", day)
			.param("last", last)
			.query((rs, row) -> new EndingCommitment(rs.getLong("id"), rs.getLong("person_id"),
					rs.getString("full_name"), rs.getLong("agency_id"), rs.getString("institution"),
					rs.getObject("commitment_end", LocalDate.class)))
			.list();
	}

	/** A study whose commitment to serve ends soon. */
	record EndingCommitment(long studyId, long personId, String fullName, long agencyId, String institution,
			LocalDate commitmentEnd) {
	}

	long insertStudy(StudyValues study, String user, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into training_study (person_id, degree_level, field, institution, start_date, end_date, cost,
					commitment_months, prior_service_years, left_on, leave_reason, cost_so_far, note, created_by,
					created_at, updated_by, updated_at)
				values (:person, :level, :field, :institution, :start, :end, :cost, :commitment, :prior, :leftOn,
					:reason, :costSoFar, :note, :user, :now, :user, :now)""")
			.params(params(study))
			.param("user", user)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return ((Number) keys.getKeys().get("id")).longValue();
	}

	boolean updateStudy(long id, long version, StudyValues study, String user, Instant now) {
		return this.jdbc.sql("""
				update training_study set person_id = :person, degree_level = :level, field = :field,
					institution = :institution, start_date = :start, end_date = :end, cost = :cost,
					commitment_months = :commitment, prior_service_years = :prior, left_on = :leftOn,
					leave_reason = :reason, cost_so_far = :costSoFar, note = :note, updated_by = :user,
					updated_at = :now, version = version + 1
				where id = :id and version = :version""")
			.params(params(study))
			.param("user", user)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	private static String where(Subtree within, LocalDate from, LocalDate to, @Nullable CourseKind kind,
			Map<String, Object> params) {
		params.put("from", from);
		params.put("to", to);
		String where = " and c.end_date >= :from and c.end_date <= :to" + within.and("p.agency_id", "scope", params);
		if (kind != null) {
			params.put("kind", kind.name());
			where += " and c.kind = :kind";
		}
		return where;
	}

	private static Map<String, Object> params(CourseValues course) {
		Map<String, Object> params = new HashMap<>();
		params.put("person", course.personId());
		params.put("kind", course.kind().name());
		params.put("title", course.title());
		params.put("provider", course.provider());
		params.put("periods", course.periods());
		params.put("start", course.startDate());
		params.put("end", course.endDate());
		params.put("certificate", course.certificate());
		params.put("funding", course.funding().name());
		params.put("theory", (course.grantsPoliticalTheory() != null) ? course.grantsPoliticalTheory().name() : null);
		params.put("management",
				(course.grantsStateManagement() != null) ? course.grantsStateManagement().name() : null);
		params.put("professional", (course.grantsProfessional() != null) ? course.grantsProfessional().name() : null);
		params.put("note", course.note());
		return params;
	}

	private static Map<String, Object> params(StudyValues study) {
		Map<String, Object> params = new HashMap<>();
		params.put("person", study.personId());
		params.put("level", study.degreeLevel().name());
		params.put("field", study.field());
		params.put("institution", study.institution());
		params.put("start", study.startDate());
		params.put("end", study.endDate());
		params.put("cost", study.cost());
		params.put("commitment", study.commitmentMonths());
		params.put("prior", study.priorServiceYears());
		params.put("leftOn", study.leftOn());
		params.put("reason", (study.leaveReason() != null) ? study.leaveReason().name() : null);
		params.put("costSoFar", study.costSoFar());
		params.put("note", study.note());
		return params;
	}

	private static Course course(ResultSet rs, int row) throws SQLException {
		String theory = rs.getString("grants_political_theory");
		String management = rs.getString("grants_state_management");
		String professional = rs.getString("grants_professional");
		return new Course(rs.getLong("id"), rs.getLong("version"), rs.getLong("person_id"), rs.getString("full_name"),
				CourseKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("provider"),
				rs.getInt("periods"), rs.getObject("start_date", LocalDate.class),
				rs.getObject("end_date", LocalDate.class), rs.getString("certificate"),
				Funding.valueOf(rs.getString("funding")),
				(theory != null) ? PoliticalTheoryLevel.valueOf(theory) : null,
				(management != null) ? StateManagementLevel.valueOf(management) : null,
				(professional != null) ? ProfessionalLevel.valueOf(professional) : null, rs.getString("note"),
				rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
	}

	private static Study study(ResultSet rs, int row) throws SQLException {
		String reason = rs.getString("leave_reason");
		long costSoFar = rs.getLong("cost_so_far");
		boolean noCostSoFar = rs.wasNull();
		return new Study(rs.getLong("id"), rs.getLong("version"), rs.getLong("person_id"), rs.getString("full_name"),
				ProfessionalLevel.valueOf(rs.getString("degree_level")), rs.getString("field"),
				rs.getString("institution"), rs.getObject("start_date", LocalDate.class),
				rs.getObject("end_date", LocalDate.class), rs.getLong("cost"), rs.getInt("commitment_months"),
				rs.getInt("prior_service_years"), rs.getObject("left_on", LocalDate.class),
				(reason != null) ? LeaveReason.valueOf(reason) : null, noCostSoFar ? null : costSoFar,
				rs.getString("note"));
	}

	/** A course whose every value passed the checks. */
	record CourseValues(long personId, CourseKind kind, String title, String provider, int periods, LocalDate startDate,
			LocalDate endDate, @Nullable String certificate, Funding funding,
			@Nullable PoliticalTheoryLevel grantsPoliticalTheory, @Nullable StateManagementLevel grantsStateManagement,
			@Nullable ProfessionalLevel grantsProfessional, @Nullable String note) {
	}

	/** A study whose every value passed the checks. */
	record StudyValues(long personId, ProfessionalLevel degreeLevel, String field, String institution,
			LocalDate startDate, LocalDate endDate, long cost, int commitmentMonths, int priorServiceYears,
			@Nullable LocalDate leftOn, @Nullable LeaveReason leaveReason, @Nullable Long costSoFar,
			@Nullable String note) {
	}

}
