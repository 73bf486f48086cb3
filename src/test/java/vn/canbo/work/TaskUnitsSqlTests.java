package vn.canbo.work;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The units the database computes for closing a month ({@link TaskUnitsSql}) equal the
 * Java rule ({@link TaskView#facts()}, {@link TaskFacts}) task by task and summed per
 * person, under two schemes, on scored and unscored tasks of every status, with the
 * deductions floored at zero and more excused delays than delays.
 */
@SpringBootTest
class TaskUnitsSqlTests {

	static final LocalDate MONTH = LocalDate.of(2026, 4, 1);

	/** Other shares than the national 25%, to show the scheme's parameters are used. */
	static final ScoringScheme OTHER = MonthlyScoreTests.scheme(30, 40);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TaskStore store;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	long agency;

	long first;

	long second;

	long outsider;

	@BeforeEach
	void createPeople() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		LocalDate today = this.orgUnits.today();
		long commune = this.orgUnits.getByCode("03334", today).id();
		this.agency = this.orgUnits
			.createAgency(new CreateAgency(commune, "Phòng thử điểm " + TestAccounts.uniqueName("dv"), UnitType.OTHER,
					LocalDate.of(2025, 7, 1), null))
			.id();
		long other = this.orgUnits
			.createAgency(new CreateAgency(commune, "Phòng khác " + TestAccounts.uniqueName("dv"), UnitType.OTHER,
					LocalDate.of(2025, 7, 1), null))
			.id();
		this.first = this.people.create(TestPeople.person("Lò Thị Điểm", Gender.FEMALE, 1985, this.agency)).id();
		this.second = this.people.create(TestPeople.person("Cầm Văn Tính", Gender.MALE, 1991, this.agency)).id();
		this.outsider = this.people.create(TestPeople.person("Quàng Thị Khác", Gender.FEMALE, 1993, other)).id();
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void theDatabaseSumsTheUnitsAsTheJavaRuleDoes() {
		List<Long> tasks = new ArrayList<>();
		// scored: one error, none excused; a half-done one with errors and delays, one of
		// each excused; a scored one without delays given (the default applies)
		tasks.add(task(this.first, "DONE", "2", 14, 13, "2", 1, 0, 0, 0));
		tasks.add(task(this.first, "DONE", "3", 10, 12, "1.5", 2, 1, 2, 1));
		tasks.add(task(this.first, "DONE", "1", 10, 12, "0.75", 0, 0, null, 0));
		// floored at zero: five errors take more than the whole quality share
		tasks.add(task(this.first, "DONE", "2", 10, 9, "2", 5, 0, 4, 0));
		// more excused delays than delays counts none
		tasks.add(task(this.first, "DONE", "1", 10, 9, "1", 0, 0, 1, 3));
		// unscored done: on time, late, and without a completion day
		tasks.add(task(this.first, "DONE", "1.5", 14, 14, null, 0, 0, null, 0));
		tasks.add(task(this.second, "DONE", "2", 14, 20, null, 0, 0, null, 0));
		tasks.add(task(this.second, "DONE", "1", 14, null, null, 0, 0, null, 0));
		// unscored open: past due within the month, due on its last day, due after it
		tasks.add(task(this.second, "OPEN", "1", 20, null, null, 0, 0, null, 0));
		tasks.add(task(this.second, "OPEN", "2", 30, null, null, 0, 0, null, 0));
		tasks.add(task(this.second, "OPEN", "1", 35, null, null, 0, 0, null, 0));
		// carried: unfinished when an earlier close ran, scored partly afterwards
		tasks.add(task(this.second, "CARRIED", "2", 10, null, null, 0, 0, null, 0));
		tasks.add(task(this.second, "CARRIED", "3", 10, null, "1", 1, 0, 1, 0));
		// left out: cancelled, and a person of an agency not being closed
		long cancelled = task(this.second, "CANCELLED", "2", 10, null, null, 0, 0, null, 0);
		long outside = task(this.outsider, "DONE", "1", 10, 9, null, 0, 0, null, 0);
		for (ScoringScheme scheme : List.of(MonthlyScoreTests.NATIONAL, OTHER)) {
			Map<Long, List<TaskFacts>> facts = new HashMap<>();
			Map<Long, BigDecimal[]> rows = new HashMap<>();
			bind(TaskUnitsSql.TASKS, scheme).query((rs) -> {
				rows.put(rs.getLong(1), new BigDecimal[] { rs.getBigDecimal(4), rs.getBigDecimal(5),
						rs.getBigDecimal(6), rs.getBigDecimal(7) });
			});
			assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(tasks).doesNotContain(cancelled, outside);
			for (long id : tasks) {
				TaskView view = this.store.find(id).orElseThrow();
				TaskFacts expected = view.facts();
				facts.computeIfAbsent(view.ownerId(), (owner) -> new ArrayList<>()).add(expected);
				BigDecimal[] row = rows.get(id);
				assertThat(row).as("task %d with error share %s", id, scheme.errorDeduction())
					.usingElementComparator(BigDecimal::compareTo)
					.containsExactly(expected.weight(), expected.quantityUnits(), expected.qualityUnits(scheme),
							expected.timelyUnits(scheme));
			}
			Map<Long, MonthlyScore.Units> sums = new HashMap<>();
			bind(TaskUnitsSql.PER_PERSON, scheme).query((rs) -> {
				assertThat(rs.getLong(2)).isEqualTo(this.agency);
				sums.put(rs.getLong(1), MonthlyScore.Units.of(rs.getBigDecimal(3), rs.getBigDecimal(4),
						rs.getBigDecimal(5), rs.getBigDecimal(6)));
			});
			assertThat(sums.keySet()).containsExactlyInAnyOrder(this.first, this.second);
			for (long person : sums.keySet()) {
				BigDecimal general = new BigDecimal("25");
				assertThat(MonthlyScore.of(scheme, sums.get(person), general, null, null, null))
					.isEqualTo(MonthlyScore.of(scheme, facts.get(person), general, null, null, null));
			}
		}
	}

	@Test
	void moreExcusedErrorsThanErrorsAreRefused() {
		assertThatThrownBy(() -> task(this.first, "DONE", "1", 10, 9, "1", 1, 2, 0, 0))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private JdbcClient.StatementSpec bind(String sql, ScoringScheme scheme) {
		return TaskUnitsSql.bind(this.jdbc, sql, new Long[] { this.agency }, MONTH, scheme);
	}

	private long task(long owner, String status, String weight, int dueDay, @Nullable Integer completedDay,
			@Nullable String units, int errors, int excusedErrors, @Nullable Integer delays, int excusedDelays) {
		long ownerAgency = this.jdbc.sql("select agency_id from person where id = :id")
			.param("id", owner)
			.query(Long.class)
			.single();
		return this.jdbc
			.sql("""
					insert into work_task (agency_id, month, title, owner_id, assigned_by, due_on, weight, status, progress,
						completed_on, completed_units, major_errors, excused_errors, delays, excused_delays, created_by)
					values (:agency, :month, 'Nhiệm vụ thử', :owner, 'lanhdao', :due, :weight, :status, 0, :completed, :units,
						:errors, :excusedErrors, :delays, :excusedDelays, 'test')
					returning id""")
			.param("agency", ownerAgency)
			.param("month", MONTH)
			.param("owner", owner)
			.param("due", MONTH.plusDays(dueDay - 1))
			.param("weight", new BigDecimal(weight))
			.param("status", status)
			.param("completed", (completedDay != null) ? MONTH.plusDays(completedDay - 1) : null, Types.DATE)
			.param("units", (units != null) ? new BigDecimal(units) : null, Types.NUMERIC)
			.param("errors", errors)
			.param("excusedErrors", excusedErrors)
			.param("delays", delays, Types.INTEGER)
			.param("excusedDelays", excusedDelays)
			.query(Long.class)
			.single();
	}

}
