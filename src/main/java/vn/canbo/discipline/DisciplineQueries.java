package vn.canbo.discipline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.canbo.orgunits.Subtree;
import vn.canbo.people.PersonnelCategory;

/**
 * Every SQL of the module: it keeps the discipline records and reads the personnel
 * records ({@code person}, the people module's table) read only.
 */
@Component
class DisciplineQueries {

	private static final String PERSON = """
			p.id as person_id, p.full_name, p.category, p.agency_id, u.name as agency_name, p.position, p.party_joined_on,
			p.party_official_on""";

	private final JdbcClient jdbc;

	DisciplineQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<DisciplinedPerson> person(long id) {
		return this.jdbc
			.sql("select " + PERSON + " from person p join org_unit u on u.id = p.agency_id where p.id = :id")
			.param("id", id)
			.query((rs, row) -> person(rs))
			.optional();
	}

	Optional<DisciplineRecord> find(long id) {
		return this.jdbc.sql("select * from discipline_record where id = :id")
			.param("id", id)
			.query((rs, row) -> record(rs))
			.optional();
	}

	/** A person's decisions, latest first, cancelled ones included. */
	List<DisciplineRecord> ofPerson(long personId) {
		return this.jdbc
			.sql("select * from discipline_record where person_id = :id order by effective_on desc, id desc")
			.param("id", personId)
			.query((rs, row) -> record(rs))
			.list();
	}

	/**
	 * The decisions not cancelled that count in the evaluation year, of these people,
	 * with their person's category.
	 */
	List<StepDecision> countingInYear(Collection<Long> personIds, int year) {
		return this.jdbc.sql("""
				select d.*, p.category from discipline_record d join person p on p.id = d.person_id
				where d.evaluation_year = :year and d.cancelled_on is null
					and d.person_id = any(cast(:ids as bigint[])) order by d.person_id, d.effective_on, d.id""")
			.param("year", year)
			.param("ids", personIds.toArray(Long[]::new))
			.query((rs, row) -> new StepDecision(record(rs), PersonnelCategory.valueOf(rs.getString("category"))))
			.list();
	}

	/**
	 * The state decisions not cancelled of these people that took effect while they hold
	 * the salary step on their record (on or after its date), with their category.
	 */
	List<StepDecision> sinceSalaryStep(Collection<Long> personIds) {
		Map<String, Object> params = new HashMap<>();
		params.put("ids", personIds.toArray(Long[]::new));
		return sinceSalaryStep(" and p.id = any(cast(:ids as bigint[]))", params);
	}

	/**
	 * The same for the people now in the subtrees, decisions that took effect by the day.
	 */
	List<StepDecision> sinceSalaryStep(List<Subtree> within, LocalDate until) {
		Map<String, Object> params = new HashMap<>();
		params.put("until", until);
		return sinceSalaryStep(" and d.effective_on <= :until" + scope(within, params), params);
	}

	private List<StepDecision> sinceSalaryStep(String filter, Map<String, Object> params) {
		return this.jdbc
			.sql("""
					select d.*, p.category from discipline_record d join person p on p.id = d.person_id
					where d.system = 'STATE' and d.cancelled_on is null and d.effective_on >= p.salary_since""" + filter
					+ " order by d.person_id, d.effective_on, d.id")
			.params(params)
			.query((rs, row) -> new StepDecision(record(rs), PersonnelCategory.valueOf(rs.getString("category"))))
			.list();
	}

	/**
	 * The decisions not cancelled that took effect in the period, of the people now in
	 * the subtrees, with the person's facts; by date (latest first) then name.
	 */
	List<Reported> inPeriod(List<Subtree> within, LocalDate from, LocalDate to) {
		Map<String, Object> params = new HashMap<>();
		params.put("from", from);
		params.put("to", to);
		return this.jdbc
			.sql("select d.*, " + PERSON + """
					 from discipline_record d join person p on p.id = d.person_id join org_unit u on u.id = p.agency_id
					where d.cancelled_on is null and d.effective_on between :from and :to""" + scope(within, params)
					+ " order by d.effective_on desc, p.sort_key, d.id")
			.params(params)
			.query((rs, row) -> new Reported(record(rs), person(rs)))
			.list();
	}

	DisciplineRecord insert(long personId, Checked checked, String by, Instant at) {
		return this.jdbc.sql("""
				insert into discipline_record (person_id, system, form, violation, decision_number, authority,
					decision_date, effective_on, duty_related, counted_year, evaluation_year, lapses_on, created_by,
					created_at, updated_by, updated_at)
				values (:person, :system, :form, :violation, :number, :authority, :decisionDate, :effectiveOn,
					:dutyRelated, :countedYear, :evaluationYear, :lapsesOn, :by, :at, :by, :at)
				returning *""")
			.params(checked.params())
			.param("person", personId)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query((rs, row) -> record(rs))
			.single();
	}

	/** Writes the change if the record is still at the version; false otherwise. */
	boolean update(long id, long version, Checked checked, String by, Instant at) {
		return this.jdbc.sql("""
				update discipline_record set system = :system, form = :form, violation = :violation,
					decision_number = :number, authority = :authority, decision_date = :decisionDate,
					effective_on = :effectiveOn, duty_related = :dutyRelated, counted_year = :countedYear,
					evaluation_year = :evaluationYear, lapses_on = :lapsesOn, updated_by = :by, updated_at = :at,
					version = version + 1
				where id = :id and version = :version and cancelled_on is null""")
			.params(checked.params())
			.param("id", id)
			.param("version", version)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	boolean cancel(long id, long version, LocalDate on, String reason, String by, Instant at) {
		return this.jdbc.sql("""
				update discipline_record set cancelled_on = :on, cancel_reason = :reason, cancelled_by = :by,
					updated_by = :by, updated_at = :at, version = version + 1
				where id = :id and version = :version and cancelled_on is null""")
			.param("id", id)
			.param("version", version)
			.param("on", on)
			.param("reason", reason)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	private static String scope(List<Subtree> within, Map<String, Object> params) {
		StringBuilder scope = new StringBuilder();
		for (int i = 0; i < within.size(); i++) {
			scope.append(within.get(i).and("p.agency_id", "scope" + i, params));
		}
		return scope.toString();
	}

	private static DisciplinedPerson person(ResultSet rs) throws SQLException {
		return new DisciplinedPerson(rs.getLong("person_id"), rs.getString("full_name"),
				PersonnelCategory.valueOf(rs.getString("category")), rs.getLong("agency_id"),
				rs.getString("agency_name"), rs.getString("position"), rs.getObject("party_joined_on", LocalDate.class),
				rs.getObject("party_official_on", LocalDate.class));
	}

	private static DisciplineRecord record(ResultSet rs) throws SQLException {
		return new DisciplineRecord(rs.getLong("id"), rs.getLong("person_id"),
				DisciplineSystem.valueOf(rs.getString("system")), DisciplineForm.valueOf(rs.getString("form")),
				rs.getBoolean("duty_related"), rs.getString("violation"), rs.getString("decision_number"),
				rs.getString("authority"), rs.getObject("decision_date", LocalDate.class),
				rs.getObject("effective_on", LocalDate.class), integer(rs, "counted_year"),
				rs.getInt("evaluation_year"), rs.getObject("lapses_on", LocalDate.class),
				rs.getObject("cancelled_on", LocalDate.class), rs.getString("cancel_reason"), rs.getLong("version"),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("updated_by"),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	/**
	 * A decision with the current category of its person (which its effects depend on).
	 */
	record StepDecision(DisciplineRecord record, PersonnelCategory category) {
	}

	/** A decision with its person, for reports. */
	record Reported(DisciplineRecord record, DisciplinedPerson person) {
	}

	/**
	 * A checked decision, as the SQL parameters of an insert or update.
	 */
	record Checked(String system, String form, String violation, String number, String authority,
			LocalDate decisionDate, LocalDate effectiveOn, boolean dutyRelated, @Nullable Integer countedYear,
			int evaluationYear, @Nullable LocalDate lapsesOn) {

		Map<String, @Nullable Object> params() {
			Map<String, @Nullable Object> params = new HashMap<>();
			params.put("system", this.system);
			params.put("form", this.form);
			params.put("violation", this.violation);
			params.put("number", this.number);
			params.put("authority", this.authority);
			params.put("decisionDate", this.decisionDate);
			params.put("effectiveOn", this.effectiveOn);
			params.put("dutyRelated", this.dutyRelated);
			params.put("countedYear", this.countedYear);
			params.put("evaluationYear", this.evaluationYear);
			params.put("lapsesOn", this.lapsesOn);
			return params;
		}

	}

}
