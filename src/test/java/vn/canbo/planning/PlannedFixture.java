package vn.canbo.planning;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts a person on a succession plan of a unit in force since 2020, straight into the
 * planning tables, for tests of other modules that only need the person to be planned
 * (the planning rules themselves are tested through {@link SuccessionPlans}).
 */
public final class PlannedFixture {

	private PlannedFixture() {
	}

	/** Plans the person for the title of the unit; returns the entry's id. */
	public static long plan(JdbcClient jdbc, long personId, long unitId, String titleCode) {
		long period = jdbc.sql("""
				insert into planning_period (unit_id, name, start_year, end_year, age_reference_date, valid_from,
					created_by, created_at, updated_by, updated_at)
				values (:unit, 'Quy hoạch thử 2020–2025', 2020, 2025, date '2020-07-01', date '2020-01-01', 'test',
					now(), 'test', now())
				returning id""").param("unit", unitId).query(Long.class).single();
		return jdbc.sql("""
				insert into planning_entry (period_id, unit_id, title_code, person_id, source, step, summoned, present,
					votes_for, decision_number, decision_date, decision_body, readiness, added_on, created_by,
					created_at, updated_by, updated_at)
				values (:period, :unit, :title, :person, 1, 'APPROVAL', 15, 12, 9, '01-QĐ/TU', date '2020-06-01',
					'Ban Thường vụ Tỉnh ủy', 'NOW', date '2020-06-01', 'test', now(), 'test', now())
				returning id""")
			.param("period", period)
			.param("unit", unitId)
			.param("title", titleCode)
			.param("person", personId)
			.query(Long.class)
			.single();
	}

}
