package vn.canbo.work;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.canbo.rules.EvaluationLevel;
import vn.canbo.staffing.Leaders;

/**
 * Closes and reopens a month for many agencies at once: the database sums the task units
 * per person ({@link TaskUnitsSql}), Java scores each person (leaders after the people
 * they manage), one statement writes all the evaluations, then the month is locked and
 * unfinished tasks are carried into the next one. Built for a province of 200,000 people
 * with ten tasks each; see docs/performance.md.
 */
@Component
class MonthClosing {

	private final JdbcClient jdbc;

	private final Leaders leaders;

	MonthClosing(JdbcClient jdbc, Leaders leaders) {
		this.jdbc = jdbc;
		this.leaders = leaders;
	}

	/**
	 * Scores and locks the month of the agencies; returns how many people were evaluated.
	 */
	int close(List<Long> agencies, LocalDate month, ScoringScheme scheme, String by) {
		Long[] ids = agencies.toArray(Long[]::new);
		Map<Long, Person> people = new HashMap<>();
		// One row per person: the database sums the units of the tasks.
		TaskUnitsSql.bind(this.jdbc, TaskUnitsSql.PER_PERSON, ids, month, scheme).query((rs) -> {
			long id = rs.getLong(1);
			people.put(id, new Person(id, rs.getLong(2), MonthlyScore.Units.of(rs.getBigDecimal(3), rs.getBigDecimal(4),
					rs.getBigDecimal(5), rs.getBigDecimal(6))));
		});
		// Only what scoring needs of the evaluations: the general criteria (the
		// evaluator's, else the self-assessment), bonus, a leader's own criteria.
		this.jdbc
			.sql("""
					select person_id, agency_id, coalesce(general_points, self_general), bonus_points, directing, organising,
						automatic_case
					from monthly_evaluation where month = :month
						and person_id in (select id from person where agency_id = any(:agencies))""")
			.param("month", month)
			.param("agencies", ids)
			.query((rs) -> {
				long agencyId = rs.getLong(2);
				Person person = people.computeIfAbsent(rs.getLong(1),
						(id) -> new Person(id, agencyId, new MonthlyScore.Units()));
				String automatic = rs.getString(7);
				person.input = new Input(rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
						rs.getBigDecimal(6), (automatic != null) ? AutomaticCase.valueOf(automatic) : null);
			});
		LocalDate monthEnd = month.plusMonths(1).minusDays(1);
		Set<Long> leaders = this.leaders.amongPeopleOf(agencies, monthEnd);
		Map<Long, MonthlyScore.Units> unitTotals = new HashMap<>();
		Map<Long, Boolean> anyNotCompleted = new HashMap<>();
		List<Person> ordered = new ArrayList<>(people.values());
		for (Person person : ordered) {
			unitTotals.computeIfAbsent(person.agencyId, (id) -> new MonthlyScore.Units()).add(person.units);
		}
		for (Person person : ordered) {
			if (!leaders.contains(person.id)) {
				person.score = person.score(scheme, null);
				if (person.score().level() == EvaluationLevel.NOT_COMPLETED) {
					anyNotCompleted.put(person.agencyId, true);
				}
			}
		}
		for (Person person : ordered) {
			if (leaders.contains(person.id)) {
				Input input = person.input;
				MonthlyScore.Units unit = unitTotals.get(person.agencyId);
				BigDecimal onTime = unit.onTime();
				LeaderInputs leader = new LeaderInputs(
						(input != null && input.directing() != null) ? input.directing() : onTime,
						(input != null && input.organising() != null) ? input.organising() : onTime, unit.completion(),
						anyNotCompleted.getOrDefault(person.agencyId, false));
				person.score = person.score(scheme, leader);
				person.leader = true;
			}
		}
		write(ordered, month, scheme);
		this.jdbc.sql("""
				insert into work_month (agency_id, month, closed_by, closed_at)
				select unnest(:agencies), :month, :by, current_timestamp on conflict do nothing""")
			.param("agencies", ids)
			.param("month", month)
			.param("by", by)
			.update();
		carryOver(ids, month);
		return ordered.size();
	}

	private void write(List<Person> people, LocalDate month, ScoringScheme scheme) {
		int size = people.size();
		Long[] personIds = new Long[size];
		Long[] agencyIds = new Long[size];
		Boolean[] leaders = new Boolean[size];
		String[][] numbers = new String[9][size];
		String[] levels = new String[size];
		for (int i = 0; i < size; i++) {
			Person person = people.get(i);
			MonthlyScore score = person.score();
			personIds[i] = person.id;
			agencyIds[i] = person.agencyId;
			leaders[i] = person.leader;
			BigDecimal[] values = { score.quantity(), score.quality(), score.timeliness(), score.directing(),
					score.unitResult(), score.organising(), score.taskPercent(), score.taskPoints(), score.total() };
			for (int column = 0; column < values.length; column++) {
				numbers[column][i] = (values[column] != null) ? values[column].toPlainString() : null;
			}
			levels[i] = (score.level() != null) ? score.level().name() : null;
		}
		// One statement over parallel arrays: a round trip per person would dominate a
		// province's close.
		this.jdbc
			.sql("""
					insert into monthly_evaluation (person_id, agency_id, month, leader, directing, organising, rule_version_id,
						quantity, quality, timeliness, unit_result, task_percent, task_points, total, level, closed_at)
					select person_id, agency_id, :month, leader, directing, organising, :rule, quantity, quality, timeliness,
						unit_result, task_percent, task_points, total, level, current_timestamp
					from unnest(cast(:people as bigint[]), cast(:agencies as bigint[]), cast(:leaders as boolean[]),
						cast(:n0 as numeric[]), cast(:n1 as numeric[]), cast(:n2 as numeric[]), cast(:n3 as numeric[]),
						cast(:n4 as numeric[]), cast(:n5 as numeric[]), cast(:n6 as numeric[]), cast(:n7 as numeric[]),
						cast(:n8 as numeric[]), cast(:levels as text[]))
						as x(person_id, agency_id, leader, quantity, quality, timeliness, directing, unit_result,
							organising, task_percent, task_points, total, level)
					on conflict (person_id, month) do update set agency_id = excluded.agency_id, leader = excluded.leader,
						directing = excluded.directing, organising = excluded.organising,
						rule_version_id = excluded.rule_version_id, quantity = excluded.quantity,
						quality = excluded.quality, timeliness = excluded.timeliness, unit_result = excluded.unit_result,
						task_percent = excluded.task_percent, task_points = excluded.task_points, total = excluded.total,
						level = excluded.level, closed_at = excluded.closed_at,
						version = monthly_evaluation.version + 1, updated_at = current_timestamp""")
			.param("month", month)
			.param("rule", scheme.version().id())
			.param("people", personIds)
			.param("agencies", agencyIds)
			.param("leaders", leaders)
			.param("n0", numbers[0])
			.param("n1", numbers[1])
			.param("n2", numbers[2])
			.param("n3", numbers[3])
			.param("n4", numbers[4])
			.param("n5", numbers[5])
			.param("n6", numbers[6])
			.param("n7", numbers[7])
			.param("n8", numbers[8])
			.param("levels", levels)
			.update();
	}

	/**
	 * The counts {@link #close} would lock, with the same people (owners of the month's
	 * tasks and people with an evaluation) and the same carried tasks.
	 */
	ClosingPreview preview(long unitId, List<Long> agencies, LocalDate month) {
		Long[] ids = agencies.toArray(Long[]::new);
		return this.jdbc.sql("""
				with tasks as (
					select t.owner_id, t.status, t.kind, t.agency_id from work_task t join person p on p.id = t.owner_id
					where t.month = :month and p.agency_id = any(:agencies) and t.status <> 'CANCELLED')
				select
					(select count(*) from (select owner_id from tasks
						union select e.person_id from monthly_evaluation e join person p on p.id = e.person_id
						where e.month = :month and p.agency_id = any(:agencies)) people),
					(select count(*) from tasks),
					(select count(*) from work_task where month = :month and status = 'OPEN' and kind = 'TASK'
						and agency_id = any(:agencies))""")
			.param("month", month)
			.param("agencies", ids)
			.query((rs, row) -> new ClosingPreview(unitId, month, ids.length, rs.getInt(1), rs.getInt(2), rs.getInt(3)))
			.single();
	}

	/**
	 * Unfinished tasks continue next month as new tasks pointing back at them. Village
	 * duty is not carried: each month has its own village task, made from the duty. A
	 * task its assigner scored complete (all its units) is finished whether or not its
	 * owner marked it done: carried, it would count again next month as not done and
	 * late.
	 */
	private void carryOver(Long[] agencies, LocalDate month) {
		this.jdbc
			.sql("""
					with carried as (
						update work_task set status = 'CARRIED', version = version + 1, updated_at = current_timestamp
						where month = :month and status = 'OPEN' and kind = 'TASK' and agency_id = any(:agencies)
							and (completed_units is null or completed_units < weight)
						returning *)
					insert into work_task (agency_id, month, kind, title, description, owner_id, collaborator_ids, assigned_by,
						assigner_person_id, parent_task_id, carried_from_id, village_duty_id, due_on, weight, progress,
						created_by)
					select agency_id, :next, kind, title, description, owner_id, collaborator_ids, assigned_by,
						assigner_person_id, parent_task_id, id, village_duty_id, due_on, weight, progress, 'system'
					from carried""")
			.param("month", month)
			.param("next", month.plusMonths(1))
			.param("agencies", agencies)
			.update();
	}

	/**
	 * Unlocks the month of the agencies: the evaluations are open again and carried tasks
	 * nobody has touched in the next month go back.
	 */
	void reopen(List<Long> agencies, LocalDate month) {
		Long[] ids = agencies.toArray(Long[]::new);
		this.jdbc.sql("delete from work_month where month = :month and agency_id = any(:agencies)")
			.param("month", month)
			.param("agencies", ids)
			.update();
		this.jdbc.sql("""
				update monthly_evaluation set closed_at = null, version = version + 1, updated_at = current_timestamp
				where month = :month and person_id in (select id from person where agency_id = any(:agencies))""")
			.param("month", month)
			.param("agencies", ids)
			.update();
		this.jdbc.sql("""
				with removed as (
					delete from work_task n using work_task o
					where n.carried_from_id = o.id and o.month = :month and o.agency_id = any(:agencies)
						and o.status = 'CARRIED' and n.status = 'OPEN' and n.completed_units is null
						and n.progress = o.progress
						and not exists (select 1 from work_task_update u where u.task_id = n.id)
					returning o.id)
				update work_task set status = 'OPEN', version = version + 1, updated_at = current_timestamp
				where id in (select id from removed)""").param("month", month).param("agencies", ids).update();
	}

	/**
	 * What the evaluator (or the person) entered for the month.
	 *
	 * @param general the general-criteria points: the evaluator's, else the
	 * self-assessment
	 * @param bonus bonus points
	 * @param directing a leader's directing percent
	 * @param organising a leader's organising percent
	 * @param automaticCase an automatic "not completed" case
	 */
	private record Input(@Nullable BigDecimal general, @Nullable BigDecimal bonus, @Nullable BigDecimal directing,
			@Nullable BigDecimal organising, @Nullable AutomaticCase automaticCase) {
	}

	/** A person being scored. */
	private static final class Person {

		private final long id;

		private final long agencyId;

		private boolean leader;

		private final MonthlyScore.Units units;

		private @Nullable Input input;

		private @Nullable MonthlyScore score;

		Person(long id, long agencyId, MonthlyScore.Units units) {
			this.id = id;
			this.agencyId = agencyId;
			this.units = units;
		}

		MonthlyScore score(ScoringScheme scheme, @Nullable LeaderInputs leader) {
			Input in = this.input;
			return MonthlyScore.of(scheme, this.units, (in != null) ? in.general() : null,
					(in != null) ? in.bonus() : null, leader, (in != null) ? in.automaticCase() : null);
		}

		MonthlyScore score() {
			return Objects.requireNonNull(this.score);
		}

	}

}
