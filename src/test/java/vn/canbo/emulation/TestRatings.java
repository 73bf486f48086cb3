package vn.canbo.emulation;

import java.time.Instant;
import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.rules.EvaluationLevel;

/**
 * Approved (or proposed) annual ratings written straight into {@code annual_rating}, as
 * the ratings module will: the emulation module only reads them.
 */
final class TestRatings {

	private TestRatings() {
	}

	static void rate(JdbcClient jdbc, long personId, long agencyId, int year, EvaluationLevel level, boolean approved) {
		jdbc.sql(
				"""
						insert into annual_rating (person_id, year, agency_id, task_group, months_evaluated, months_leave,
							months_maternity, average, scored_level, proposed_level, level, status, computed_at)
						values (:person, :year, :agency, 'CIVIL_SERVANT', 12, 0, 0, 80, :level, :level, :level, :status, :at)""")
			.param("person", personId)
			.param("year", year)
			.param("agency", agencyId)
			.param("level", level.name())
			.param("status", approved ? "APPROVED" : "PROPOSED")
			.param("at", Timestamp.from(Instant.now()))
			.update();
	}

}
