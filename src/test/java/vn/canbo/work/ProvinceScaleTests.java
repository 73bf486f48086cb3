package vn.canbo.work;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.ratings.AnnualRatings;
import vn.canbo.ratings.RatingCounts;
import vn.canbo.ratings.RatingView;
import vn.canbo.rules.EvaluationLevel;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.PageResult;
import vn.canbo.staffing.Assignments;
import vn.canbo.staffing.ComplianceReport;
import vn.canbo.staffing.HolderFilter;
import vn.canbo.staffing.Staffing;
import vn.canbo.staffing.StaffingReport;
import vn.canbo.staffing.Standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A generated province above every former cap (200,000 people in 600 agencies, written
 * straight into the tables with generate_series): its figures equal the sum of their
 * parts and independent SQL counts. The whole test runs in one transaction that is rolled
 * back, so the tests sharing the JVM's database never see the province.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProvinceScaleTests {

	static final int PEOPLE = 200_000;

	static final int AGENCIES = 600;

	static final int OVERDUE_TASKS = 20_500;

	static final int YEAR = 2025;

	static final LocalDate BOARD_MONTH = LocalDate.of(2026, 3, 1);

	static final LocalDate TASK_MONTH = LocalDate.of(2026, 4, 1);

	private static final Logger log = LoggerFactory.getLogger(ProvinceScaleTests.class);

	private final long started = System.nanoTime();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	AnnualRatings ratings;

	@Autowired
	Staffing staffing;

	@Autowired
	Assignments assignments;

	@Autowired
	Standards standards;

	@Autowired
	Evaluations evaluations;

	@Autowired
	WorkReminders reminders;

	@Autowired
	MonthlyPlans plans;

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	@Transactional
	void provinceFiguresEqualTheSumOfTheirPartsAndIndependentCounts() {
		long province = generate();
		TestAccounts.signIn("quy-mo-admin", Set.of(Role.ADMIN), null);
		String code = "12";
		LocalDate today = this.orgUnits.today();

		SoftAssertions soft = new SoftAssertions();
		String under = " join org_unit_placement pl on pl.unit_id = %s and pl.valid_to is null"
				+ " and pl.path like (select path from org_unit_placement where unit_id = " + province
				+ " and valid_to is null) || '%%'";

		// Annual ratings: every rating counted once, whatever its state; the parts add
		// up.
		RatingCounts counts = this.ratings.counts(province, YEAR);
		String rated = "select count(*) from annual_rating r" + under.formatted("r.agency_id") + " where r.year = "
				+ YEAR;
		long ratedInSql = count(rated);
		soft.assertThat(ratedInSql).as("ratings in SQL").isEqualTo(PEOPLE);
		soft.assertThat(counts.total()).as("rating total").isEqualTo(ratedInSql);
		soft.assertThat(counts.levels().values().stream().mapToLong(Long::longValue).sum() + counts.pendingChoice()
				+ counts.notRated())
			.as("rating counts")
			.isEqualTo(ratedInSql);
		for (EvaluationLevel level : EvaluationLevel.values()) {
			soft.assertThat(counts.of(level))
				.as("rated " + level)
				.isEqualTo(count(rated + " and r.level = '" + level + "'"));
		}
		soft.assertThat(counts.pendingChoice())
			.as("waiting for the leader's choice")
			.isEqualTo(count(rated + " and r.level is null and r.proposed_level = 'EXCELLENT'"))
			.isEqualTo(PEOPLE / 20);
		soft.assertThat(counts.notRated())
			.as("not rated")
			.isEqualTo(count(rated + " and r.proposed_level is null"))
			.isEqualTo(PEOPLE / 20);
		PageResult<RatingView> lastRatings = this.ratings.list(province, YEAR, (PEOPLE - 1) / 500, 500);
		soft.assertThat(lastRatings.total()).as("ratings listed").isEqualTo(ratedInSql);
		soft.assertThat(lastRatings.items()).as("the last page of ratings").hasSize(500);
		soft.assertThat(lastRatings.hasNext()).isFalse();
		step("ratings checked");

		// Staffing: headcount, holders and vacant titles over the whole province.
		StaffingReport report = this.staffing.report(code, today);
		String held = " from assignment a" + under.formatted("a.unit_id")
				+ " where a.valid_from <= current_date and (a.valid_to is null or a.valid_to > current_date)";
		long primaryInSql = count("select count(*)" + held + " and a.kind = 'PRIMARY'");
		soft.assertThat(primaryInSql).as("primary posts in SQL").isGreaterThanOrEqualTo(PEOPLE);
		soft.assertThat(report.total().headcount()).as("headcount").isEqualTo(primaryInSql);
		soft.assertThat(this.assignments.holders(code, today, HolderFilter.everyone(), 0, 100).total())
			.as("primary holders listed")
			.isEqualTo(primaryInSql);
		soft.assertThat(this.assignments
			.holders(code, today, new HolderFilter(PersonnelCategory.CIVIL_SERVANT, "CHUYEN_VIEN", null), 0, 100)
			.total())
			.as("holders of a job position")
			.isEqualTo(count("select count(*)" + held + " and a.kind = 'PRIMARY' and a.category = 'CIVIL_SERVANT'"
					+ " and a.job_position_id = (select id from job_position where code = 'CHUYEN_VIEN')"));
		soft.assertThat(
				this.assignments.holders(code, today, new HolderFilter(null, null, "TRUONG_PHONG"), 0, 100).total())
			.as("holders of a title")
			.isEqualTo(AGENCIES / 2);
		// 300 divisions without their head (1 slot each), 600 without their 2 deputies.
		soft.assertThat(report.vacantSlots()).as("vacant slots").isEqualTo(AGENCIES / 2 + AGENCIES * 2L);
		soft.assertThat(report.vacancies()).as("units with a vacant title").hasSize(AGENCIES / 2 + AGENCIES);

		// Standards: the report's tallies and the people behind them agree.
		ComplianceReport compliance = this.standards.report(code, today);
		long judged = this.standards.people(code, today, null, false, 0, 1).total();
		soft.assertThat(judged).as("people judged").isGreaterThanOrEqualTo(PEOPLE);
		soft.assertThat(compliance.total().judged()).as("judged in the report").isEqualTo(judged);
		soft.assertThat(compliance.total().judged() - compliance.total().meeting())
			.as("failing in the report")
			.isEqualTo(this.standards.people(code, today, null, true, 0, 1).total());
		step("staffing checked");

		// The month board: everyone evaluated in the month.
		MonthStatus board = this.evaluations.status(province, BOARD_MONTH, 0, 100);
		String evaluated = "select count(*) from monthly_evaluation e" + under.formatted("e.agency_id")
				+ " where e.month = date '" + BOARD_MONTH + "'";
		soft.assertThat(board.people().total()).as("people on the board").isEqualTo(count(evaluated));
		soft.assertThat(board.people().items()).as("the board's first page").hasSize(100);
		soft.assertThat(board.withoutGeneral())
			.as("without general points")
			.isEqualTo(count(evaluated + " and e.self_general is null and e.general_points is null"))
			.isEqualTo(PEOPLE / 10);
		PlanBoard plans = this.plans.board(province, TASK_MONTH, null, 0, 100);
		long peopleInSql = count("select count(*) from person p" + under.formatted("p.agency_id"));
		soft.assertThat(plans.people().total()).as("people on the plan board").isEqualTo(peopleInSql);
		soft.assertThat((long) plans.total()).as("plan counts").isEqualTo(peopleInSql);
		step("board checked");

		// Overdue reminders reach every task.
		this.reminders.remind(TASK_MONTH.plusDays(9));
		long reminded = count("select count(*) from notification where recipient = 'quy.mo.giao'"
				+ " and dedupe_key like 'TASK_OVERDUE:task-%'");
		step("reminders checked");
		soft.assertThat(reminded).as("overdue tasks reminded").isEqualTo(OVERDUE_TASKS);

		// The pages and the API say how many there are in all.
		RequestPostProcessor admin = authentication(
				TestAccounts.authentication("quy-mo-admin", Set.of(Role.ADMIN), null));
		soft.assertThat(page(get("/ratings").param("unitId", String.valueOf(province)).param("year", "" + YEAR), admin))
			.as("the ratings page")
			.contains("1–100 trên tổng số 200.000")
			.containsPattern("Chờ lãnh đạo chọn: 10[.]?000")
			.containsPattern("Chưa xếp loại: 10[.]?000");
		soft.assertThat(page(get("/staffing/holders").param("unitId", String.valueOf(province)), admin))
			.as("the holders page")
			.contains("1–100 trên tổng số " + String.format(Locale.GERMANY, "%,d", primaryInSql));
		soft.assertThat(
				page(get("/work/months").param("unitId", String.valueOf(province)).param("month", "2026-03"), admin))
			.as("the month board")
			.contains("1–100 trên tổng số 200.000");
		soft.assertThat(page(get("/api/v1/org-units/12/ratings/" + YEAR).param("page", "3").param("size", "50"), admin))
			.as("the ratings API")
			.contains("\"total\":200000")
			.contains("\"page\":3");
		step("pages checked");
		soft.assertAll();
	}

	private String page(AbstractMockHttpServletRequestBuilder<?> request, RequestPostProcessor user) {
		try {
			MvcResult result = this.mvc.perform(request.with(user)).andReturn();
			assertThat(result.getResponse().getStatus()).as(request.toString()).isEqualTo(200);
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void step(String name) {
		log.info("{} after {} ms", name, (System.nanoTime() - this.started) / 1_000_000);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	/**
	 * The province's 600 divisions, 200,000 people and their work; returns the province.
	 */
	private long generate() {
		long province = this.jdbc.sql("""
				select u.id from org_unit u where u.code = '12' and u.level = 'PROVINCE' and u.valid_to is null""")
			.query(Long.class)
			.single();
		this.jdbc
			.sql("""
					insert into org_unit (code, name, name_key, level, unit_type, province_code, valid_from)
					select 'QM-' || g, 'Phòng quy mô ' || g, 'phong quy mo ' || g, 'AGENCY', 'DIVISION', '12', date '2020-01-01'
					from generate_series(1, :agencies) g""")
			.param("agencies", AGENCIES)
			.update();
		this.jdbc.sql("""
				insert into org_unit_placement (unit_id, parent_id, path, depth, valid_from)
				select u.id, :province, pl.path || u.id || '/', pl.depth + 1, date '2020-01-01'
				from org_unit u, org_unit_placement pl
				where u.code like 'QM-%' and pl.unit_id = :province and pl.valid_to is null""")
			.param("province", province)
			.update();
		this.jdbc.sql("""
				insert into person (full_name, family_name, middle_names, given_name, name_key, name_lower, sort_key,
					birth_year, gender, ethnicity, religion, category, agency_id)
				select 'Lê Quy Mô ' || g, 'Lê', 'Quy', 'Mô ' || g, 'le quy mo ' || g, 'lê quy mô ' || g,
					'mo ' || lpad(g::text, 6, '0'), 1970 + g % 30, case when g % 2 = 0 then 'MALE' else 'FEMALE' end,
					'01', 'NONE', 'CIVIL_SERVANT', a.id
				from generate_series(0, :people - 1) g
				join (select id, row_number() over (order by id) - 1 as n from org_unit where code like 'QM-%') a
					on a.n = g % :agencies""").param("people", PEOPLE).param("agencies", AGENCIES).update();
		step("people");
		this.jdbc.sql("""
				create temporary table quy_mo_person on commit drop as
				select p.id, p.agency_id, row_number() over (order by p.id) - 1 as n
				from person p join org_unit u on u.id = p.agency_id where u.code like 'QM-%'""").update();
		this.jdbc
			.sql("""
					insert into assignment (person_id, unit_id, job_position_id, kind, selection, category, valid_from)
					select q.id, q.agency_id, (select id from job_position where code = 'CHUYEN_VIEN'), 'PRIMARY', 'RECRUITED',
						'CIVIL_SERVANT', date '2020-01-01'
					from quy_mo_person q""")
			.update();
		// Half the divisions (people n go to division n % 600) have their head (1 of 1
		// slot), none
		// a deputy (0 of 2).
		this.jdbc.sql("""
				insert into assignment (person_id, unit_id, title_id, kind, selection, category, valid_from)
				select min(q.id), q.agency_id, (select id from post_title where code = 'TRUONG_PHONG'), 'CONCURRENT',
					'APPOINTED', 'CIVIL_SERVANT', date '2020-01-01'
				from quy_mo_person q where q.n % 2 = 0 group by q.agency_id""").update();
		step("assignments");
		// Ratings in every state: not rated, excellent waiting for the leader's choice,
		// each level.
		this.jdbc.sql("""
				insert into annual_rating (person_id, year, agency_id, task_group, months_evaluated, months_leave,
					months_maternity, average, proposed_level, level, computed_at)
				select q.id, :year, q.agency_id, 'CIVIL_SERVANT', case when q.n % 20 = 0 then 2 else 12 end, 0, 0, 80,
					case when q.n % 20 = 0 then null when q.n % 20 = 1 then 'EXCELLENT'
						else (array['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'])[1 + q.n % 4] end,
					case when q.n % 20 in (0, 1) then null
						else (array['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'])[1 + q.n % 4] end,
					current_timestamp
				from quy_mo_person q""").param("year", YEAR).update();
		this.jdbc.sql("""
				insert into monthly_evaluation (person_id, agency_id, month, self_general)
				select q.id, q.agency_id, :month, case when q.n % 10 = 0 then null else 10 end from quy_mo_person q""")
			.param("month", BOARD_MONTH)
			.update();
		this.jdbc.sql("""
				insert into work_task (agency_id, month, title, owner_id, assigned_by, due_on, created_by)
				select q.agency_id, :month, 'Việc quá hạn ' || q.n, q.id, 'quy.mo.giao', :due, 'quy.mo.giao'
				from quy_mo_person q where q.n < :tasks""")
			.param("month", TASK_MONTH)
			.param("due", TASK_MONTH.plusDays(4))
			.param("tasks", OVERDUE_TASKS)
			.update();
		step("generated");
		this.jdbc.sql("analyze").update();
		step("analyzed");
		return province;
	}

}
