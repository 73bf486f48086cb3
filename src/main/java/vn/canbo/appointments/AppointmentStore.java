package vn.canbo.appointments;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.canbo.orgunits.Subtree;
import vn.canbo.shared.PageQuery;
import vn.canbo.shared.PageResult;

/** The appointment tables, and the appointed posts staffing publishes. */
@Repository
class AppointmentStore {

	private static final String EXIT_SELECT = "select e.*, p.full_name from appointment_exit e"
			+ " join person p on p.id = e.person_id";

	private static final String SELECT = """
			select c.id, c.version, c.person_id, p.full_name, c.unit_id, u.name as unit_name, c.title_code, c.kind,
				c.status, c.expected_on, c.dossier, c.decision_number, c.decision_date, c.effective_on, c.term_end,
				c.assignment_id, c.note, c.updated_by, c.updated_at
			from appointment_case c join person p on p.id = c.person_id join org_unit u on u.id = c.unit_id
			""";

	/**
	 * The appointed posts held, each with the unit now holding its code: staffing
	 * publishes posts with unit codes.
	 */
	private static final String HELD = """
			from staffing_post_held h
			join lateral (select o.id, o.name from org_unit o where o.code = h.unit_code order by o.id desc limit 1) u on true
			join person p on p.id = h.person_id
			where h.selection = 'APPOINTED' and h.title_code is not null and h.term_end is not null
				and h.valid_from <= :asOf and (h.valid_to is null or h.valid_to > :asOf) and h.term_end <= :until
			""";

	private final JdbcClient jdbc;

	AppointmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertCase(long personId, long unitId, String titleCode, AppointmentKind kind, LocalDate expectedOn,
			List<DossierItem> dossier, @Nullable String note, String user, Instant now) {
		return this.jdbc
			.sql("""
					insert into appointment_case (person_id, unit_id, title_code, kind, status, expected_on, dossier, note,
						created_by, created_at, updated_by, updated_at)
					values (:person, :unit, :title, :kind, 'OPEN', :expected, cast(:dossier as varchar[]), :note, :user, :now,
						:user, :now)
					returning id""")
			.param("person", personId)
			.param("unit", unitId)
			.param("title", titleCode)
			.param("kind", kind.name())
			.param("expected", expectedOn)
			.param("dossier", dossier.stream().map(Enum::name).toArray(String[]::new))
			.param("note", note)
			.param("user", user)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	Optional<AppointmentCase> find(long id) {
		return this.jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(AppointmentStore::row).optional();
	}

	PageResult<AppointmentCase> page(Subtree scope, @Nullable CaseStatus status, @Nullable LocalDate effectiveFrom,
			@Nullable LocalDate effectiveTo, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		String where = scope.and("c.unit_id", "scope", params);
		if (status != null) {
			where += " and c.status = :status";
			params.put("status", status.name());
		}
		if (effectiveFrom != null || effectiveTo != null) {
			where += " and c.kind <> 'NOMINATION'";
		}
		if (effectiveFrom != null) {
			where += " and c.effective_on >= :effectiveFrom";
			params.put("effectiveFrom", effectiveFrom);
		}
		if (effectiveTo != null) {
			where += " and c.effective_on <= :effectiveTo";
			params.put("effectiveTo", effectiveTo);
		}
		return PageQuery.read(this.jdbc, "select count(*) from appointment_case c where true" + where,
				SELECT + " where true" + where + " order by c.expected_on desc, c.id desc", params, page, size,
				AppointmentStore::row);
	}

	/** Saves the new state if the case is still at the version; false otherwise. */
	boolean touch(long id, long version, CaseStatus status, List<DossierItem> dossier, String user, Instant now) {
		return this.jdbc.sql("""
				update appointment_case set status = :status, dossier = cast(:dossier as varchar[]), updated_by = :user,
					updated_at = :now, version = version + 1
				where id = :id and version = :version""")
			.param("status", status.name())
			.param("dossier", dossier.stream().map(Enum::name).toArray(String[]::new))
			.param("user", user)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean decide(long id, long version, String number, LocalDate date, LocalDate effectiveOn, LocalDate termEnd,
			@Nullable Long assignmentId, String user, Instant now) {
		return this.jdbc.sql("""
				update appointment_case set status = 'DECIDED', decision_number = :number, decision_date = :date,
					effective_on = :effective, term_end = :termEnd, assignment_id = :assignment, updated_by = :user,
					updated_at = :now, version = version + 1
				where id = :id and version = :version and status = 'OPEN'""")
			.param("number", number)
			.param("date", date)
			.param("effective", effectiveOn)
			.param("termEnd", termEnd)
			.param("assignment", assignmentId)
			.param("user", user)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	long insertMeeting(long caseId, int step, LocalDate heldOn, int summoned, int present, long ruleVersionId,
			List<Long> people, List<Integer> votes, List<Verdict> verdicts, String user, Instant now) {
		long id = this.jdbc.sql("""
				insert into appointment_meeting (case_id, step, held_on, summoned, present, rule_version_id, created_by,
					created_at)
				values (:case, :step, :held, :summoned, :present, :rule, :user, :now)
				returning id""")
			.param("case", caseId)
			.param("step", step)
			.param("held", heldOn)
			.param("summoned", summoned)
			.param("present", present)
			.param("rule", ruleVersionId)
			.param("user", user)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
		for (int i = 0; i < people.size(); i++) {
			this.jdbc.sql("""
					insert into appointment_vote (meeting_id, person_id, votes, verdict)
					values (:meeting, :person, :votes, :verdict)""")
				.param("meeting", id)
				.param("person", people.get(i))
				.param("votes", votes.get(i))
				.param("verdict", verdicts.get(i).name())
				.update();
		}
		return id;
	}

	/** The case's conferences in step order, each with its candidates. */
	List<Meeting> meetings(long caseId, Map<Long, String> citations) {
		Map<Long, List<Candidate>> candidates = new LinkedHashMap<>();
		this.jdbc.sql("""
				select v.meeting_id, v.person_id, p.full_name, v.votes, v.verdict
				from appointment_vote v join appointment_meeting m on m.id = v.meeting_id
				join person p on p.id = v.person_id
				where m.case_id = :case order by v.votes desc, v.id""").param("case", caseId).query((rs) -> {
			candidates.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
				.add(new Candidate(rs.getLong(2), rs.getString(3), rs.getInt(4), Verdict.valueOf(rs.getString(5))));
		});
		return this.jdbc.sql("""
				select id, step, held_on, summoned, present, rule_version_id from appointment_meeting
				where case_id = :case order by step, id""")
			.param("case", caseId)
			.query((rs, row) -> new Meeting(rs.getLong("id"), caseId, rs.getInt("step"),
					rs.getObject("held_on", LocalDate.class), rs.getInt("summoned"), rs.getInt("present"),
					rs.getLong("rule_version_id"), citations.getOrDefault(rs.getLong("rule_version_id"), ""),
					candidates.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/** One page of the appointed posts held on the date whose term ends by the day. */
	PageResult<HeldPost> due(Subtree scope, LocalDate asOf, LocalDate until, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		params.put("asOf", asOf);
		params.put("until", until);
		String where = scope.and("u.id", "scope", params);
		return PageQuery.read(this.jdbc, "select count(*) " + HELD + where,
				"select h.person_id, p.full_name, p.gender, p.birth_year, p.birth_month, u.id as unit_id,"
						+ " u.name as unit_name, h.title_code, h.title_name, h.valid_from, h.term_end " + HELD + where
						+ " order by h.term_end, p.sort_key, h.person_id",
				params, page, size,
				(rs, row) -> new HeldPost(rs.getLong("person_id"), rs.getString("full_name"), rs.getString("gender"),
						rs.getInt("birth_year"), (Integer) rs.getObject("birth_month"), rs.getLong("unit_id"),
						rs.getString("unit_name"), rs.getString("title_code"), rs.getString("title_name"),
						rs.getObject("valid_from", LocalDate.class), rs.getObject("term_end", LocalDate.class)));
	}

	long insertExit(long personId, long unitId, String titleCode, long assignmentId, ExitKind kind, String reason,
			String number, LocalDate date, LocalDate effectiveOn, @Nullable LocalDate suspendedUntil,
			@Nullable String note, String user, Instant now) {
		return this.jdbc.sql("""
				insert into appointment_exit (person_id, unit_id, title_code, assignment_id, kind, reason,
					decision_number, decision_date, effective_on, suspended_until, note, created_by, created_at)
				values (:person, :unit, :title, :assignment, :kind, :reason, :number, :date, :effective, :until, :note,
					:user, :now)
				returning id""")
			.param("person", personId)
			.param("unit", unitId)
			.param("title", titleCode)
			.param("assignment", assignmentId)
			.param("kind", kind.name())
			.param("reason", reason)
			.param("number", number)
			.param("date", date)
			.param("effective", effectiveOn)
			.param("until", suspendedUntil)
			.param("note", note)
			.param("user", user)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	Optional<PostExit> findExit(long id) {
		return this.jdbc.sql(EXIT_SELECT + " where e.id = :id")
			.param("id", id)
			.query(AppointmentStore::exit)
			.optional();
	}

	/**
	 * One page of the exits recorded in the scope, latest effective first, with the
	 * total.
	 */
	PageResult<PostExit> exits(Subtree scope, @Nullable ExitKind kind, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		String where = scope.and("e.unit_id", "scope", params);
		if (kind != null) {
			where += " and e.kind = :kind";
			params.put("kind", kind.name());
		}
		return PageQuery.read(this.jdbc, "select count(*) from appointment_exit e where true" + where,
				EXIT_SELECT + " where true" + where + " order by e.effective_on desc, e.id desc", params, page, size,
				AppointmentStore::exit);
	}

	private static PostExit exit(ResultSet rs, int row) throws SQLException {
		return new PostExit(rs.getLong("id"), rs.getLong("person_id"), rs.getString("full_name"), rs.getLong("unit_id"),
				rs.getString("title_code"), rs.getLong("assignment_id"), ExitKind.valueOf(rs.getString("kind")),
				rs.getString("reason"), rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class),
				rs.getObject("effective_on", LocalDate.class), rs.getObject("suspended_until", LocalDate.class),
				rs.getString("note"));
	}

	private static AppointmentCase row(ResultSet rs, int row) throws SQLException {
		Array array = rs.getArray("dossier");
		List<DossierItem> dossier = new ArrayList<>();
		if (array != null) {
			for (Object item : (Object[]) array.getArray()) {
				dossier.add(DossierItem.valueOf((String) item));
			}
		}
		return new AppointmentCase(rs.getLong("id"), rs.getLong("version"), rs.getLong("person_id"),
				rs.getString("full_name"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("title_code"),
				rs.getString("title_code"), AppointmentKind.valueOf(rs.getString("kind")),
				CaseStatus.valueOf(rs.getString("status")), rs.getObject("expected_on", LocalDate.class), dossier,
				rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class),
				rs.getObject("effective_on", LocalDate.class), rs.getObject("term_end", LocalDate.class),
				(Long) rs.getObject("assignment_id"), rs.getString("note"), rs.getString("updated_by"),
				rs.getTimestamp("updated_at").toInstant());
	}

	/** An appointed post read from staffing's published view. */
	record HeldPost(long personId, String name, String gender, int birthYear, @Nullable Integer birthMonth, long unitId,
			String unitName, String titleCode, String titleName, LocalDate validFrom, LocalDate termEnd) {
	}

}
