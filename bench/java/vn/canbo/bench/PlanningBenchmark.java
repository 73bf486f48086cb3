package vn.canbo.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;

import com.sun.management.OperatingSystemMXBean;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.CanboApplication;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.planning.CoverageRow;
import vn.canbo.planning.Eligibility;
import vn.canbo.planning.PlanEntry;
import vn.canbo.planning.SuccessionPlans;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;

/**
 * Succession planning at 200,000 people in one province (the demo generator's records,
 * posts and quotas, loaded as {@link StaffingBenchmark} does, or reused from
 * {@code CANBO_EMBEDDED_DB_DIR}): the coverage report with the structure of the plan
 * ({@link SuccessionPlans#coverage} and {@link SuccessionPlans#structure}) for the
 * province and one commune, and the eligibility of everyone working in the province (and
 * in the commune) for one of its key titles
 * ({@link SuccessionPlans#eligibilityOfEveryone}), each next to a bare SQL doing the same
 * counting or judging the same conditions. Not timed: the plans (a period for the
 * province and one for each commune, up to three people per post of each key title,
 * inserted with set-based SQL), and three years of approved ratings, a few discipline
 * decisions and confidence votes for the eligibility facts, which are removed again at
 * the end (the kept database stays the one the other benchmarks read; the plans stay).
 * Writes bench/results/planning.md with the EXPLAIN ANALYZE plans of both bare queries. A
 * benchmark, not a test: it asserts nothing.
 */
public final class PlanningBenchmark {

	static final String PROVINCE = "11";

	static final String COMMUNE = "03334";

	/** The key title everyone in the province is judged for (3 posts). */
	static final String PROVINCE_TITLE = "TINH_PHO_BI_THU";

	/** The key title everyone in the commune is judged for (2 posts). */
	static final String COMMUNE_TITLE = "XA_PHO_BI_THU";

	/** Marks the facts this benchmark adds, to remove them at the end. */
	static final String TAG = "BENCH-PLANNING";

	private final ConfigurableApplicationContext context;

	private final JdbcClient jdbc;

	private final List<String> results = new ArrayList<>();

	private final LocalDate today = LocalDate.now();

	private PlanningBenchmark(ConfigurableApplicationContext context) {
		this.context = context;
		this.jdbc = context.getBean(JdbcClient.class);
	}

	public static void main(String[] args) throws IOException {
		int count = Integer.getInteger("bench.people", 200_000);
		int iterations = Integer.getInteger("bench.iterations", 10);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CanboApplication.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN",
					"logging.level.vn.canbo.bench=INFO")
			.run(args)) {
			new PlanningBenchmark(context).run(count, iterations);
		}
	}

	private void run(int count, int iterations) throws IOException {
		long assignments = this.jdbc.sql("select count(*) from assignment").query(Long.class).single();
		if (assignments == 0) {
			this.results.add(SyntheticProvince.loadWithPosts(this.context, PROVINCE, COMMUNE, count, this.today));
			this.results.add("");
		}
		removeFacts();
		long started = System.nanoTime();
		int plans = plans();
		int facts = facts();
		double setupSeconds = (System.nanoTime() - started) / 1e9;
		try {
			// As autovacuum would have done by the time anyone reads plans.
			this.jdbc.sql("vacuum analyze").update();
			measureAll(count, iterations, plans, facts, setupSeconds);
		}
		finally {
			removeFacts();
			this.jdbc.sql("vacuum analyze").update();
		}
	}

	private void measureAll(int count, int iterations, int plans, int facts, double setupSeconds) throws IOException {
		OrgUnits orgUnits = this.context.getBean(OrgUnits.class);
		SuccessionPlans succession = this.context.getBean(SuccessionPlans.class);
		long people = this.jdbc.sql("select count(*) from person").query(Long.class).single();
		long posts = this.jdbc.sql("select count(*) from assignment").query(Long.class).single();
		long entries = this.jdbc
			.sql("select count(*) from planning_entry e join planning_period pp on pp.id = e.period_id"
					+ " where pp.name like :tag")
			.param("tag", TAG + "%")
			.query(Long.class)
			.single();
		long periods = this.jdbc.sql("select count(*) from planning_period where name like :tag")
			.param("tag", TAG + "%")
			.query(Long.class)
			.single();
		TestAccounts.signIn("bench-province", Set.of(Role.LEADER), null);
		OrgUnitView province = orgUnits.getByCode(PROVINCE, this.today);
		OrgUnitView commune = orgUnits.getByCode(COMMUNE, this.today);
		List<CoverageRow> rows = succession.coverage(province.id(), this.today);
		this.results.add(("Dataset: %,d people, %,d assignments in %,d nodes of province %s; %,d planning periods (the "
				+ "province's and one per commune), %,d people planned (%,d of the entries inserted by this run, the "
				+ "others kept from an earlier one) on %,d of %,d key titles of the province and its communes on %s; "
				+ "%,d facts added for eligibility (approved ratings of three years, discipline decisions, "
				+ "confidence-vote results; %.0f s with the plans, not timed, removed at the end); commune %s (%s).")
			.formatted(people, posts, orgUnits.nodesUnder(province.id(), this.today).size(), PROVINCE, periods, entries,
					plans, rows.stream().filter((row) -> row.planned() > 0).count(), rows.size(), this.today, facts,
					setupSeconds, COMMUNE, commune.name()));
		this.results.add("");
		this.results.add(Timings.HEADER);
		this.results.add(Timings.RULE);
		for (Object[] unit : new Object[][] { { "province", province, PROVINCE_TITLE },
				{ "commune", commune, COMMUNE_TITLE } }) {
			OrgUnitView at = (OrgUnitView) unit[1];
			String path = path(at.code());
			measure("coverage report and its structure (`coverage` + `structure`), " + unit[0], iterations, () -> {
				List<CoverageRow> coverage = succession.coverage(at.id(), this.today);
				List<PlanEntry> planned = coverage.stream().flatMap((row) -> row.people().stream()).toList();
				return coverage.size() + succession.structure(planned, this.today).people();
			}, () -> coverageSql(path));
		}
		int eligibilityIterations = Integer.getInteger("bench.eligibilityIterations", iterations);
		long[] eligible = new long[1];
		for (Object[] unit : new Object[][] { { "province", province, PROVINCE_TITLE },
				{ "commune", commune, COMMUNE_TITLE } }) {
			OrgUnitView at = (OrgUnitView) unit[1];
			String title = (String) unit[2];
			String path = path(at.code());
			long first = System.nanoTime();
			List<Eligibility> all = succession.eligibilityOfEveryone(at.id(), title, this.today, 1);
			Timings.say("first call, %s: %,d people judged, %,d eligible, in %.0f ms", unit[0], all.size(),
					all.stream().filter(Eligibility::eligible).count(), (System.nanoTime() - first) / 1e6);
			long judged = all.size();
			if (unit[0].equals("province")) {
				eligible[0] = all.stream().filter(Eligibility::eligible).count();
			}
			all = null;
			measure("eligibility of everyone (%,d people) for `%s` (`eligibilityOfEveryone`, source 1), %s"
				.formatted(judged, title, unit[0]), eligibilityIterations,
					() -> (int) succession.eligibilityOfEveryone(at.id(), title, this.today, 1)
						.stream()
						.filter(Eligibility::eligible)
						.count(),
					() -> (int) eligibilitySql(path, at.id(), title).stream().filter((ok) -> ok).count());
		}
		long eligibleSql = eligibilitySql(path(PROVINCE), province.id(), PROVINCE_TITLE).stream()
			.filter((ok) -> ok)
			.count();
		TestAccounts.signOut();
		this.results.add("");
		this.results.add("Eligible for `%s` in the province: %,d through the facade, %,d by the bare SQL."
			.formatted(PROVINCE_TITLE, eligible[0], eligibleSql));
		this.results.add("");
		this.results.add("EXPLAIN (ANALYZE, BUFFERS) of the bare coverage count for the province:");
		this.results.add("");
		this.results.add("```");
		this.results.addAll(this.jdbc.sql("explain (analyze, buffers) " + COVERAGE)
			.params(params(path(PROVINCE)))
			.query(String.class)
			.list());
		this.results.add("```");
		this.results.add("");
		this.results.add("EXPLAIN (ANALYZE, BUFFERS) of the bare eligibility of everyone in the province:");
		this.results.add("");
		this.results.add("```");
		this.results.addAll(this.jdbc.sql("explain (analyze, buffers) " + ELIGIBILITY)
			.params(eligibilityParams(path(PROVINCE), province.id(), PROVINCE_TITLE))
			.query(String.class)
			.list());
		this.results.add("```");
		Path report = Path.of("bench", "results", "planning.md");
		Files.createDirectories(report.getParent());
		String version = this.jdbc.sql("show server_version").query(String.class).single();
		Files.writeString(report, header(count, iterations, version) + String.join("\n", this.results) + "\n");
		Timings.say("Written to %s", report);
	}

	private String path(String code) {
		return this.jdbc
			.sql("select pl.path from org_unit u join org_unit_placement pl on pl.unit_id = u.id"
					+ " where u.code = :code and pl.valid_to is null")
			.param("code", code)
			.query(String.class)
			.single();
	}

	private Map<String, Object> params(String path) {
		return Map.of("from", path, "to",
				path.substring(0, path.length() - 1) + (char) (path.charAt(path.length() - 1) + 1), "day", this.today,
				"months", this.today.getYear() * 12 + this.today.getMonthValue() - 1);
	}

	// setup (not timed)

	/**
	 * A period for the province and one for each of its communes, each planning its own
	 * key titles: for each post of a title none to three people (one title in ten left
	 * without anyone), taken from those working under the unit, each person on at most
	 * one title; returns the entries inserted (none when an earlier run left them).
	 */
	private int plans() {
		Map<String, Object> params = new java.util.HashMap<>(params(path(PROVINCE)));
		params.put("tag", TAG);
		long existing = this.jdbc.sql("select count(*) from planning_period where name like :tag || '%'")
			.params(params)
			.query(Long.class)
			.single();
		if (existing > 0) {
			return 0;
		}
		this.jdbc.sql("""
				insert into planning_period (unit_id, name, start_year, end_year, age_reference_date, valid_from,
					created_by, created_at, updated_by, updated_at)
				select u.id, :tag || ' quy hoạch 2026–2031 ' || u.name, 2026, 2031, date '2026-07-01',
					date '2026-01-01', 'bench', now(), 'bench', now()
				from org_unit u join org_unit_placement pl on pl.unit_id = u.id and pl.valid_to is null
					and pl.path collate "C" >= :from and pl.path collate "C" < :to
				where u.level in ('PROVINCE', 'COMMUNE') and (u.valid_to is null or u.valid_to > :day)""")
			.params(params)
			.update();
		int inserted = this.jdbc
			.sql("""
					with periods as (
						select pp.id as period_id, pp.unit_id, u.level, pl.path
						from planning_period pp join org_unit u on u.id = pp.unit_id
						join org_unit_placement pl on pl.unit_id = u.id and pl.valid_to is null
						where pp.name like :tag || '%'),
					seats as (
						select p.period_id, p.unit_id, t.code, g.k,
							row_number() over (partition by p.unit_id order by t.sort_order, g.k) as seat
						from periods p
						join post_title t on t.key_title and t.tier = p.level and (t.valid_from is null or t.valid_from <= :day)
							and (t.valid_to is null or t.valid_to > :day)
						cross join lateral generate_series(1, case when abs(hashtext(p.unit_id || t.code)) % 10 = 0 then 0
							else least(3 * greatest(coalesce(t.slots, 1), 1), 1 + abs(hashtext(t.code || p.unit_id)) % 3
								+ (greatest(coalesce(t.slots, 1), 1) - 1) * 2) end) as g(k)),
					ranked as (
						select p.unit_id, w.id as person_id,
							row_number() over (partition by p.unit_id order by md5(w.id::text)) as seat
						from periods p
						join org_unit_placement wp on wp.valid_to is null and wp.path collate "C" >= p.path
							and wp.path collate "C" < left(p.path, -1) || chr(ascii(right(p.path, 1)) + 1)
						join person w on w.agency_id = wp.unit_id)
					insert into planning_entry (period_id, unit_id, title_code, person_id, source, step, summoned, present,
						votes_for, decision_number, decision_date, decision_body, readiness, added_on, created_by, created_at,
						updated_by, updated_at)
					select s.period_id, s.unit_id, s.code, r.person_id, case when s.k = 3 then 2 else 1 end, 'APPROVAL', 45,
						40, 30, :tag || '/QĐ-' || s.period_id, date '2026-03-15', 'Ban Thường vụ', case s.k when 1 then 'NOW'
						when 2 then 'ONE_TWO_YEARS' else 'LATER' end, date '2026-03-15', 'bench', now(), 'bench', now()
					from seats s join ranked r on r.unit_id = s.unit_id and r.seat = s.seat""")
			.params(params)
			.update();
		Timings.say("%,d people planned", inserted);
		return inserted;
	}

	/**
	 * What eligibility is judged on besides the record: approved ratings of the last
	 * three years for everyone in the province (one in fifty "not completed"), a
	 * discipline decision for one in two hundred (reprimands and warnings of the last two
	 * years, a few dismissals) and a confidence vote in each unit for one in fifty (some
	 * with over half low); returns the rows added.
	 */
	private int facts() {
		Map<String, Object> params = new java.util.HashMap<>(params(path(PROVINCE)));
		params.put("tag", TAG);
		params.put("year", this.today.getYear());
		String inProvince = """
				from person p join org_unit_placement pl on pl.unit_id = p.agency_id and pl.valid_to is null
					and pl.path collate "C" >= :from and pl.path collate "C" < :to""";
		int ratings = this.jdbc.sql("""
				insert into annual_rating (person_id, year, agency_id, task_group, months_evaluated, months_leave,
					months_maternity, level, status, computed_at)
				select p.id, y, p.agency_id, :tag, 12, 0, 0, case when abs(hashtext(p.id || '/' || y)) % 50 = 0
					then 'NOT_COMPLETED' when abs(hashtext(p.id || '/' || y)) % 5 = 0 then 'EXCELLENT'
					when abs(hashtext(p.id || '/' || y)) % 5 = 1 then 'COMPLETED' else 'GOOD' end, 'APPROVED', now()
				""" + inProvince + """
				 cross join generate_series(:year - 3, :year - 1) as y
				on conflict (person_id, year) do nothing""").params(params).update();
		int decisions = this.jdbc
			.sql("""
					insert into discipline_record (person_id, system, form, violation, decision_number, authority,
						decision_date, effective_on, duty_related, evaluation_year, lapses_on, created_by, created_at,
						updated_by, updated_at)
					select p.id, 'STATE', f.form, 'bench', :tag || '/' || p.id, 'UBND', d.day, d.day, true,
						extract(year from d.day), case when f.form = 'DISMISSAL' then null else d.day + 365 end,
						'bench', now(), 'bench', now()
					""" + inProvince
					+ """
							 cross join lateral (select case when p.id % 2000 = 0 then 'DISMISSAL' when p.id % 2 = 0 then 'REPRIMAND'
								else 'WARNING' end as form) f
							cross join lateral (select (cast(:day as date) - (p.id % 700)::int) as day) d
							where abs(hashtext('d' || p.id)) % 200 = 0""")
			.params(params)
			.update();
		this.jdbc.sql("""
				insert into vote_session (unit_id, held_on, name, summoned, present, created_by, created_at, updated_by,
					updated_at)
				select pp.unit_id, date '2025-12-15', :tag || ' lấy phiếu tín nhiệm', 45, 40, 'bench', now(), 'bench',
					now()
				from planning_period pp where pp.name like :tag || '%'""").params(params).update();
		int votes = this.jdbc.sql("""
				insert into vote_result (session_id, person_id, line, post_title, high_votes, confidence_votes,
					low_votes, invalid_votes)
				select s.id, p.id, (row_number() over (partition by s.id order by p.id)) % 30000, 'bench',
					case when abs(hashtext('v' || p.id)) % 20 = 0 then 5 else 25 end, 10,
					case when abs(hashtext('v' || p.id)) % 20 = 0 then 25 else 5 end, 0
				from vote_session s join org_unit_placement su on su.unit_id = s.unit_id and su.valid_to is null
				join lateral (select p.id """ + " " + inProvince.substring(inProvince.indexOf("from")) + """
					 where abs(hashtext('v' || p.id)) % 50 = 0 and pl.path collate "C" >= su.path
					 and pl.path collate "C" < left(su.path, -1) || chr(ascii(right(su.path, 1)) + 1)) p on true
				where s.name like :tag || '%'
				on conflict (session_id, person_id) do nothing""").params(params).update();
		Timings.say("%,d ratings, %,d discipline decisions, %,d vote results", ratings, decisions, votes);
		return ratings + decisions + votes;
	}

	/** Removes the facts {@link #facts} added (the plans stay). */
	private void removeFacts() {
		this.jdbc.sql("delete from annual_rating where task_group = :tag").param("tag", TAG).update();
		this.jdbc.sql("delete from discipline_record where violation = 'bench' and decision_number like :tag || '%'")
			.param("tag", TAG)
			.update();
		this.jdbc.sql("delete from vote_session where name like :tag || '%'").param("tag", TAG).update();
	}

	// the bare SQL

	/**
	 * Per key title of each administrative unit under the path: the people planned on the
	 * day in a period in force, with the women, the young (under 42 from January of the
	 * birth year) and the readiness among them.
	 */
	private static final String COVERAGE = """
			select u.id, t.code, count(e.id) as planned, count(e.id) filter (where p.gender = 'FEMALE') as women,
				count(e.id) filter (where :months - p.birth_year * 12 < 42 * 12) as young,
				count(e.id) filter (where e.readiness = 'NOW') as ready
			from org_unit u
			join org_unit_placement pl on pl.unit_id = u.id and pl.valid_to is null
				and pl.path collate "C" >= :from and pl.path collate "C" < :to
			join post_title t on t.key_title and t.tier = u.level and (t.valid_from is null or t.valid_from <= :day)
				and (t.valid_to is null or t.valid_to > :day)
			left join (planning_entry e join planning_period pp on pp.id = e.period_id
					and pp.valid_from <= :day and (pp.valid_to is null or pp.valid_to > :day)
				join person p on p.id = e.person_id)
				on e.unit_id = u.id and e.title_code = t.code and e.added_on <= :day
				and (e.removed_on is null or e.removed_on > :day)
			where u.level in ('PROVINCE', 'DISTRICT', 'COMMUNE') and (u.valid_to is null or u.valid_to > :day)
			group by u.id, t.code""";

	private int coverageSql(String path) {
		return this.jdbc.sql(COVERAGE).params(params(path)).query((rs, row) -> rs.getLong(3)).list().size();
	}

	/**
	 * Everyone working under the path with the conditions of source 1 judged in SQL: the
	 * months left before retirement (NĐ 135/2020's roadmap, January when only the year is
	 * known; retirement month less this month, at least 60), the title's standard in
	 * force (its ok_* arrays), no discipline decision barring planning (dismissal for
	 * good, a reprimand or warning 12 months, others 24), the latest confidence vote with
	 * its quorum not over half low, no year "not completed" among the last three, and the
	 * two caps in the period of the unit.
	 */
	private static final String ELIGIBILITY = """
			with people as (
				select p.id, p.full_name, p.gender, p.birth_year * 12 + coalesce(p.birth_month, 1) - 1 as born,
					p.professional_level, p.political_theory_level, p.state_management_level
				from person p join org_unit_placement pl on pl.unit_id = p.agency_id and pl.valid_to is null
					and pl.path collate "C" >= :from and pl.path collate "C" < :to),
			births as (
				select b.gender, b.born, (select min(b.born + least(case when b.gender = 'MALE' then 744 else 720 end,
						case when b.gender = 'MALE' then 723 + 3 * (y - 2021) else 664 + 4 * (y - 2021) end))
					from generate_series(2021, 2100) y
					where (b.born + least(case when b.gender = 'MALE' then 744 else 720 end,
						case when b.gender = 'MALE' then 723 + 3 * (y - 2021) else 664 + 4 * (y - 2021) end)) / 12 = y)
					as retires
				from (select distinct gender, born from people) b),
			standard as (
				select true as present, s.ok_professional, s.ok_theory, s.ok_management from post_standard s
				join post_title t on t.id = s.title_id and t.code = :title
				where (s.valid_from is null or s.valid_from <= :day) and (s.valid_to is null or s.valid_to > :day)),
			period as (
				select pp.id from planning_period pp
				where pp.unit_id = :unit and pp.valid_from <= :day and (pp.valid_to is null or pp.valid_to > :day)
				order by pp.valid_from desc, pp.id limit 1),
			planned as (
				select e.person_id, count(*) filter (where not (e.unit_id = :unit and e.title_code = :title)
					and e.title_code not like '%\\_UV\\_%') as others,
					bool_or(e.unit_id = :unit and e.title_code = :title) as on_title
				from planning_entry e where e.period_id = (select id from period) and e.added_on <= :day
					and (e.removed_on is null or e.removed_on > :day)
				group by e.person_id),
			on_title as (select count(*) filter (where on_title) as n from planned)
			select p.id, p.full_name,
				b.retires - :months >= 60
				and (s.present is null or ((s.ok_professional is null or p.professional_level = any(s.ok_professional))
					and (s.ok_theory is null or replace(p.political_theory_level, 'CU_NHAN', 'CAO_CAP') = any(s.ok_theory))
					and (s.ok_management is null or p.state_management_level = any(s.ok_management))))
				and not exists (select 1 from discipline_decision d where d.person_id = p.id and d.effective_on <= :day
					and (d.form in ('DISMISSAL', 'EXPULSION') or d.effective_on > :day - case
						when d.form in ('REPRIMAND', 'WARNING') then interval '12 months' else interval '24 months' end))
				and coalesce((select 2 * v.low_votes <= v.high_votes + v.confidence_votes + v.low_votes + v.invalid_votes
					from votes_vote_result v where v.person_id = p.id and v.held_on <= :day and 3 * v.present >= 2 * v.summoned
					order by v.held_on desc limit 1), true)
				and not exists (select 1 from ratings_approved_rating r where r.person_id = p.id
					and r.year between :year - 3 and :year - 1 and r.level = 'NOT_COMPLETED')
				and (select n from on_title) - coalesce(pl.on_title::int, 0) + 1 <= 3 * :slots
				and coalesce(pl.others, 0) + 1 <= 3 as eligible
			from people p
			left join births b on b.gender = p.gender and b.born = p.born
			left join standard s on true
			left join planned pl on pl.person_id = p.id""";

	private Map<String, Object> eligibilityParams(String path, long unitId, String title) {
		Map<String, Object> params = new java.util.HashMap<>(params(path));
		params.put("unit", unitId);
		params.put("title", title);
		params.put("year", this.today.getYear());
		params.put("slots",
				this.jdbc.sql("select greatest(coalesce(slots, 1), 1) from post_title where code = :code")
					.param("code", title)
					.query(Integer.class)
					.single());
		return params;
	}

	private List<Boolean> eligibilitySql(String path, long unitId, String title) {
		return this.jdbc.sql(ELIGIBILITY)
			.params(eligibilityParams(path, unitId, title))
			.query((rs, row) -> rs.getBoolean("eligible"))
			.list();
	}

	private static String header(int count, int iterations, String version) {
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		return """
				# Planning benchmark

				Machine: %d cores (`nproc`), %.0f GB RAM, Java %s (%s), max heap %,d MB; PostgreSQL %s; load
				average %.2f when the results were written.
				Measured with %d iterations (eligibility: %d) after %d warm-up rounds, the application's call and
				then the bare SQL doing the same counting or judging the same conditions, alternately, on the same
				database in the same run.

				Reproduce (embedded PostgreSQL, empty at every start unless `CANBO_EMBEDDED_DB_DIR` keeps it; or
				set `CANBO_DB_URL`):

				```bash
				CANBO_EMBEDDED_DB_DIR=/tmp/pf-bench/db MAVEN_OPTS=-Xmx2g ./mvnw -Pbench test-compile exec:java \\
				  -Dbench=PlanningBenchmark -Dbench.people=%d -Dbench.iterations=%d -Dbench.warmUps=%d
				```

				""".formatted(Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / 1e9,
				System.getProperty("java.version"), System.getProperty("java.vm.name"),
				Runtime.getRuntime().maxMemory() / (1 << 20), version, os.getSystemLoadAverage(), iterations,
				Integer.getInteger("bench.eligibilityIterations", iterations), Integer.getInteger("bench.warmUps", 3),
				count, iterations, Integer.getInteger("bench.warmUps", 3));
	}

	private void measure(String operation, int iterations, IntSupplier facade, IntSupplier sql) {
		this.results.add(Timings.compare(operation, Integer.getInteger("bench.warmUps", 3), iterations,
				(i) -> facade.getAsInt(), (i) -> sql.getAsInt()));
	}

}
