package vn.canbo.work;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.canbo.rules.EvaluationLevel;

/** The SQL of monthly evaluations and closed months. */
@Component
class EvaluationStore {

	static final String COLUMNS = """
			id, version, person_id, agency_id, month, leader, self_general, self_note, general_points, bonus_points,
			directing, organising, automatic_case, automatic_note, absence, evaluator_note, evaluated_by, total, level,
			closed_at""";

	private final JdbcClient jdbc;

	EvaluationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<EvaluationRow> find(long personId, LocalDate month) {
		return this.jdbc
			.sql("select " + COLUMNS + " from monthly_evaluation where person_id = :person and month = :month")
			.param("person", personId)
			.param("month", month)
			.query((rs, row) -> row(rs))
			.optional();
	}

	/** The evaluations of the month of the people working in these agencies. */
	List<EvaluationRow> ofAgencies(List<Long> agencies, LocalDate month) {
		return this.jdbc
			.sql("select " + COLUMNS + " from monthly_evaluation where month = :month"
					+ " and person_id in (select id from person where agency_id = any(:agencies))")
			.param("month", month)
			.param("agencies", agencies.toArray(Long[]::new))
			.query((rs, row) -> row(rs))
			.list();
	}

	void selfAssess(long personId, long agencyId, LocalDate month, BigDecimal general, @Nullable String note) {
		this.jdbc.sql("""
				insert into monthly_evaluation (person_id, agency_id, month, self_general, self_note, self_assessed_at)
				values (:person, :agency, :month, :general, :note, current_timestamp)
				on conflict (person_id, month) do update set self_general = excluded.self_general,
					self_note = excluded.self_note, self_assessed_at = current_timestamp,
					version = monthly_evaluation.version + 1, updated_at = current_timestamp""")
			.param("person", personId)
			.param("agency", agencyId)
			.param("month", month)
			.param("general", general)
			.param("note", note)
			.update();
	}

	/**
	 * Writes the evaluator's input; false when the version is stale. The first save
	 * ({@code first}: no row when the evaluator read the month) only inserts: if another
	 * save created the row meanwhile, nothing is written (a unique person and month, then
	 * "on conflict" without update). The row it creates starts at version 1, so a save
	 * from a page read before it existed (version 0) cannot match it either. A row the
	 * self-assessment created stays at 0: the evaluator's first save over it is no lost
	 * update.
	 */
	boolean evaluate(long personId, long agencyId, LocalDate month, EvaluationInput input, String by, boolean first) {
		int changed = this.jdbc
			.sql("""
					insert into monthly_evaluation (person_id, agency_id, month, general_points, bonus_points, directing,
						organising, automatic_case, automatic_note, absence, evaluator_note, evaluated_by, evaluated_at,
						version)
					values (:person, :agency, :month, :general, :bonus, :directing, :organising, :automatic, :automaticNote,
						:absence, :note, :by, current_timestamp, 1)
					on conflict (person_id, month) do update set general_points = excluded.general_points,
						bonus_points = excluded.bonus_points, directing = excluded.directing, organising = excluded.organising,
						automatic_case = excluded.automatic_case, automatic_note = excluded.automatic_note,
						absence = excluded.absence, evaluator_note = excluded.evaluator_note,
						evaluated_by = excluded.evaluated_by, evaluated_at = current_timestamp,
						version = monthly_evaluation.version + 1, updated_at = current_timestamp
					where monthly_evaluation.version = :version and not :first""")
			.param("person", personId)
			.param("agency", agencyId)
			.param("month", month)
			.param("general", input.general())
			.param("bonus", input.bonus())
			.param("directing", input.directing())
			.param("organising", input.organising())
			.param("automatic", (input.automaticCase() != null) ? input.automaticCase().name() : null)
			.param("automaticNote", input.automaticNote())
			.param("absence", (input.absence() != null) ? input.absence().name() : null)
			.param("note", input.note())
			.param("by", by)
			.param("version", input.version())
			.param("first", first)
			.update();
		return changed > 0;
	}

	/** Agencies among these whose month is closed. */
	List<Long> closedAgencies(List<Long> agencies, LocalDate month) {
		return this.jdbc.sql("select agency_id from work_month where month = :month and agency_id = any(:agencies)")
			.param("month", month)
			.param("agencies", agencies.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	static EvaluationRow row(ResultSet rs) throws SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		String automatic = rs.getString("automatic_case");
		String absence = rs.getString("absence");
		String level = rs.getString("level");
		return new EvaluationRow(rs.getLong("id"), rs.getLong("version"), rs.getLong("person_id"),
				rs.getLong("agency_id"), rs.getObject("month", LocalDate.class), rs.getBoolean("leader"),
				rs.getBigDecimal("self_general"), rs.getString("self_note"), rs.getBigDecimal("general_points"),
				rs.getBigDecimal("bonus_points"), rs.getBigDecimal("directing"), rs.getBigDecimal("organising"),
				(automatic != null) ? AutomaticCase.valueOf(automatic) : null, rs.getString("automatic_note"),
				(absence != null) ? Absence.valueOf(absence) : null, rs.getString("evaluator_note"),
				rs.getString("evaluated_by"), rs.getBigDecimal("total"),
				(level != null) ? EvaluationLevel.valueOf(level) : null, (closed != null) ? closed.toInstant() : null);
	}

}
