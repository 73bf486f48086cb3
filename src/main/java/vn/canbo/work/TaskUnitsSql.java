package vn.canbo.work;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The converted units of a month's tasks computed by the database, so that closing a
 * province's month sums them per person there instead of reading two million tasks.
 * <p>
 * The SQL mirrors the Java rule, which stays the reference: the defaults of unscored
 * tasks of {@link TaskView#facts()} and {@link TaskView#defaultDelays}, and the
 * deductions of {@link TaskFacts#qualityUnits} and {@link TaskFacts#timelyUnits} (the
 * scheme's share per unexcused major error or delay, down to none, rounded to six
 * places). The shares come from the {@link ScoringScheme} as parameters. Change both
 * together: TaskUnitsSqlTests compares them task by task on varied and edge cases.
 */
final class TaskUnitsSql {

	/**
	 * The tasks of the month of the people of the agencies, cancelled ones left out, each
	 * with the units done (f.done) and its unexcused major errors and delays (f.errors,
	 * f.delays).
	 */
	private static final String FROM = """
			from work_task t join person p on p.id = t.owner_id
			cross join lateral (
				select coalesce(t.completed_units, case when t.status = 'DONE' then t.weight else 0 end) as done,
					greatest(0, t.major_errors - t.excused_errors) as errors,
					greatest(0, coalesce(t.delays, case
						when t.status = 'DONE' then case when t.completed_on > t.due_on then 1 else 0 end
						when t.due_on > :monthEnd then 0 else 1 end) - t.excused_delays) as delays) f
			where t.month = :month and p.agency_id = any(:agencies) and t.status <> 'CANCELLED'
			""";

	// Most tasks have no error or delay: skipping the numeric arithmetic for them makes
	// the sum of a province's two million tasks a third faster.
	private static final String GOOD = """
			case when f.errors = 0 then f.done
				else round(f.done * greatest(0, 1 - :errorShare * f.errors), 6) end""";

	private static final String TIMELY = """
			case when f.delays = 0 then f.done
				else round(f.done * greatest(0, 1 - :delayShare * f.delays), 6) end""";

	/**
	 * Each task: id, owner, the owner's agency, weight and the units done, good and on
	 * time.
	 */
	static final String TASKS = "select t.id, t.owner_id, p.agency_id, t.weight, f.done, " + GOOD + ", " + TIMELY + " "
			+ FROM;

	/**
	 * One row per person with tasks: the person, their agency and the sums assigned,
	 * done, good and on time ({@link MonthlyScore.Units}).
	 */
	static final String PER_PERSON = "select p.id, p.agency_id, sum(t.weight), sum(f.done), sum(" + GOOD + "), sum("
			+ TIMELY + ") " + FROM + " group by p.id";

	private TaskUnitsSql() {
	}

	/** The statement with the month, the agencies and the scheme's shares bound. */
	static JdbcClient.StatementSpec bind(JdbcClient jdbc, String sql, Long[] agencies, LocalDate month,
			ScoringScheme scheme) {
		return jdbc.sql(sql)
			.param("month", month)
			.param("monthEnd", month.plusMonths(1).minusDays(1))
			.param("agencies", agencies)
			.param("errorShare", scheme.errorDeduction())
			.param("delayShare", scheme.delayDeduction());
	}

}
