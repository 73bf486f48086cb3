package vn.canbo.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;

import com.sun.management.OperatingSystemMXBean;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.canbo.CanboApplication;
import vn.canbo.demo.DemoStaffing;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.ratings.AnnualRatings;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.work.Evaluations;

/**
 * Closing a month and the annual roll-up at 200,000 people in one province (the records
 * and posts of {@link StaffingBenchmark}): about ten tasks per person and month and most
 * people's general criteria are written straight with set-based SQL for the first months
 * of the year, then a nationwide administrator closes each month of the province through
 * {@link Evaluations#close}, reopens and closes one again, and rolls the year up through
 * {@link AnnualRatings#rollUp}. Each is one timed call (a close is a once-a-month batch,
 * not a request), next to a bare SQL pass over the same rows. Writes
 * bench/results/work.md. A benchmark, not a test: it asserts nothing.
 */
public final class WorkBenchmark {

	static final String PROVINCE = StaffingBenchmark.PROVINCE;

	static final String COMMUNE = StaffingBenchmark.COMMUNE;

	private final ConfigurableApplicationContext context;

	private final JdbcClient jdbc;

	private final List<String> results = new ArrayList<>();

	private final LocalDate today = LocalDate.now();

	private WorkBenchmark(ConfigurableApplicationContext context) {
		this.context = context;
		this.jdbc = context.getBean(JdbcClient.class);
	}

	public static void main(String[] args) throws IOException {
		int count = Integer.getInteger("bench.people", 200_000);
		int months = Integer.getInteger("bench.months", 6);
		// Months with tasks (the others: general criteria only), to shorten a large run.
		int taskMonths = Integer.getInteger("bench.taskMonths", months);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CanboApplication.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN",
					"logging.level.vn.canbo.bench=INFO")
			.run(args)) {
			new WorkBenchmark(context).run(count, months, taskMonths);
		}
	}

	private void run(int count, int months, int taskMonths) throws IOException {
		long assignments = this.jdbc.sql("select count(*) from assignment").query(Long.class).single();
		if (assignments == 0) {
			load(count);
		}
		// A kept database (CANBO_EMBEDDED_DB_DIR) may hold an earlier run's work: start
		// over.
		this.jdbc
			.sql("truncate work_task, work_task_update, monthly_evaluation, work_month, work_month_event,"
					+ " annual_rating")
			.update();
		// Months closed: January onwards of this year when they are all past (closing
		// refuses future months), otherwise the second half of last year.
		LocalDate first = LocalDate.of(this.today.getYear(), 1, 1);
		if (!first.plusMonths(months).isBefore(this.today.withDayOfMonth(1).plusMonths(1))) {
			first = LocalDate.of(this.today.getYear() - 1, 13 - months, 1);
		}
		int year = first.getYear();
		double seeded = seed(first, months, taskMonths);
		this.jdbc.sql("vacuum analyze work_task, monthly_evaluation, person, assignment").update();
		OrgUnits orgUnits = this.context.getBean(OrgUnits.class);
		Evaluations evaluations = this.context.getBean(Evaluations.class);
		AnnualRatings ratings = this.context.getBean(AnnualRatings.class);
		long people = this.jdbc.sql("select count(*) from person").query(Long.class).single();
		long posts = this.jdbc.sql("select count(*) from assignment").query(Long.class).single();
		long tasks = this.jdbc.sql("select count(*) from work_task").query(Long.class).single();
		long inputs = this.jdbc.sql("select count(*) from monthly_evaluation").query(Long.class).single();
		TestAccounts.signIn("bench-admin", Set.of(Role.ADMIN), null);
		OrgUnitView province = orgUnits.getByCode(PROVINCE, this.today);
		int nodes = orgUnits.nodesUnder(province.id(), this.today).size();
		this.results.add(("Dataset: %,d people, %,d posts in %,d nodes of province %s (%s); %,d tasks over %d months "
				+ "from %s (about 10 per person and month: weights 1–3, 80%% done, on time or late, two thirds "
				+ "of the done ones scored by their assigner) and %,d monthly evaluations with the general "
				+ "criteria (by the evaluator, or only the self-assessment, or none); written with SQL in %.0f s, "
				+ "not part of the figures.")
			.formatted(people, posts, nodes, PROVINCE, province.name(), tasks, months, first, inputs, seeded));
		this.results.add("");
		this.results.add("| operation | people | facade s | bare SQL s | ratio |");
		this.results.add("|---|---|---|---|---|");
		// The last month with tasks is reopened and closed again right after its close,
		// before anyone touches the tasks it carried over.
		LocalDate reopened = first.plusMonths(taskMonths - 1);
		double loadBefore = loadAverage();
		for (int m = 0; m < months; m++) {
			LocalDate month = first.plusMonths(m);
			time("close " + month + ((m < taskMonths) ? "" : " (general criteria only, no tasks)"),
					() -> evaluations.close(province.id(), month), () -> scoreSql(month));
			if (month.equals(reopened)) {
				reopenAndClose(evaluations, province.id(), month);
			}
			finishCarried(month.plusMonths(1));
		}
		time("annual roll-up " + year + " (" + months + " closed months)", () -> ratings.rollUp(province.id(), year),
				() -> yearSql(year));
		time("annual roll-up " + year + " again (updates)", () -> ratings.rollUp(province.id(), year),
				() -> yearSql(year));
		double loadAfter = loadAverage();
		TestAccounts.signOut();
		this.results.add("");
		this.results.add(this.jdbc
			.sql("""
					select format('Levels of %s: %s.', min(month),
						string_agg(level || ' ' || n, ', ' order by level)) from (
						select month, level, count(*) n from monthly_evaluation where month = :month group by month, level) x""")
			.param("month", first)
			.query(String.class)
			.single());
		this.results.add("Annual proposals " + year + ": " + this.jdbc
			.sql("""
					select string_agg(coalesce(proposed_level, 'not rated') || ' ' || n, ', ' order by proposed_level)
					from (select proposed_level, count(*) n from annual_rating where year = :year group by proposed_level) x""")
			.param("year", year)
			.query(String.class)
			.single() + ".");
		Path report = Path.of("bench", "results", "work.md");
		Files.createDirectories(report.getParent());
		String version = this.jdbc.sql("show server_version").query(String.class).single();
		Files.writeString(report,
				header("-Dbench.people=%d -Dbench.months=%d -Dbench.taskMonths=%d".formatted(count, months, taskMonths),
						version, loadBefore, loadAfter) + String.join("\n", this.results) + "\n");
		say("Written to %s", report);
	}

	private void reopenAndClose(Evaluations evaluations, long provinceId, LocalDate month) {
		TransactionTemplate transaction = this.context.getBean(TransactionTemplate.class);
		int cap = Integer.getInteger("bench.reopenSeconds", 300);
		try {
			time("reopen " + month, () -> transaction.execute((status) -> {
				this.jdbc.sql("set local statement_timeout = '" + cap + "s'").update();
				evaluations.reopen(provinceId, month, "Benchmark: mở lại tháng để sửa điểm");
				return 0;
			}), () -> 0);
		}
		catch (RuntimeException ex) {
			say("reopen cancelled: %s", ex.getMessage());
			this.results.add("| reopen " + month + " | | > " + cap + " (cancelled by statement_timeout) | | |");
			return;
		}
		time("close " + month + " again", () -> evaluations.close(provinceId, month), () -> scoreSql(month));
	}

	/**
	 * The tasks of every person for each month and the general criteria of most, with
	 * set-based SQL; returns the seconds it took.
	 */
	private double seed(LocalDate first, int months, int taskMonths) {
		long started = System.nanoTime();
		TransactionTemplate transaction = this.context.getBean(TransactionTemplate.class);
		for (int m = 0; m < months; m++) {
			LocalDate month = first.plusMonths(m);
			long start = System.nanoTime();
			boolean withTasks = m < taskMonths;
			int[] rows = transaction.execute((status) -> seed(month, withTasks));
			say("%s: %,d tasks and %,d evaluations in %.1f s", month, rows[0], rows[1],
					(System.nanoTime() - start) / 1e9);
		}
		return (System.nanoTime() - started) / 1e9;
	}

	/**
	 * One month's rows, without the foreign-key triggers (the rows refer to existing
	 * people and agencies by construction): they would triple the loading time.
	 */
	private int[] seed(LocalDate month, boolean withTasks) {
		this.jdbc.sql("set local session_replication_role = replica").update();
		// r: a deterministic pseudo-random number per person, task and month; its
		// digits decide the weight, the status, the due day, lateness and scoring.
		int tasks = !withTasks ? 0 : this.jdbc.sql("""
				insert into work_task (agency_id, month, title, owner_id, assigned_by, due_on, weight, status, progress,
					completed_on, completed_units, major_errors, delays, scored_by, created_by)
				select agency_id, :month, 'Nhiệm vụ số ' || g || ' tháng ' || extract(month from cast(:month as date)),
					id, 'lanhdao-' || agency_id, due, weight, case when done then 'DONE' else 'OPEN' end,
					case when done then 100 else (r / 7) % 10 * 10 end,
					case when not done then null when late then due + cast(1 + (r / 2520) % 5 as int)
						else due - cast((r / 2520) % 7 as int) end,
					case when scored then weight - case when (r / 37800) % 10 = 0 then 0.5 else 0 end end,
					case when scored and (r / 378000) % 20 = 0 then 1 else 0 end,
					case when scored then case when late then 1 else 0 end end,
					case when scored then 'lanhdao-' || agency_id end, 'bench'
				from (
					select p.id, p.agency_id, g, r, 1 + r % 3 as weight, (r / 3) % 10 < 8 as done,
						(r / 3) % 10 < 8 and (r / 630) % 4 = 0 as late,
						(r / 3) % 10 < 8 and (r / 12600) % 3 <> 0 as scored,
						cast(:month as date) + 7 + cast((r / 30) % 21 as int) as due
					from person p cross join generate_series(1, 10) g,
						lateral (select abs(hashint8extended(p.id * 16 + g, :seed)) as r) x) t""")
			.param("month", month)
			.param("seed", month.toEpochDay())
			.update();
		int evaluations = this.jdbc.sql("""
				insert into monthly_evaluation (person_id, agency_id, month, self_general, self_assessed_at,
					general_points, evaluated_by, evaluated_at)
				select id, agency_id, :month, case when e < 95 then 20 + e % 11 end,
					case when e < 95 then current_timestamp end,
					case when e < 85 then 20 + (e / 3) % 11 end, case when e < 85 then 'lanhdao-' || agency_id end,
					case when e < 85 then current_timestamp end
				from (select p.id, p.agency_id, abs(hashint8extended(p.id, :seed)) % 100 as e from person p) x
				where e < 95""").param("month", month).param("seed", month.toEpochDay()).update();
		return new int[] { tasks, evaluations };
	}

	/**
	 * Most carried tasks get done in their new month, the way work goes on after a close
	 * (otherwise every month's unfinished tasks would pile up into the next).
	 */
	private void finishCarried(LocalDate month) {
		int finished = this.jdbc.sql("""
				update work_task set status = 'DONE', progress = 100, completed_on = due_on + 30
				where month = :month and created_by = 'system' and status = 'OPEN' and id % 5 <> 0""")
			.param("month", month)
			.update();
		say("%,d carried tasks of %s done (not timed)", finished, month);
	}

	/**
	 * The closing's bare work: per person of the province the weighted task sums of the
	 * month, joined to the general criteria, into a temporary table.
	 */
	private int scoreSql(LocalDate month) {
		return this.context.getBean(TransactionTemplate.class).execute((status) -> {
			this.jdbc.sql("""
					create temporary table bare_score on commit drop as
					select t.owner_id, sum(t.weight) as weight,
						sum(coalesce(t.completed_units, case when t.status = 'DONE' then t.weight else 0 end)) as units,
						sum(t.major_errors) as errors, sum(coalesce(t.delays, 0)) as delays,
						max(coalesce(e.general_points, e.self_general)) as general
					from work_task t join person p on p.id = t.owner_id
					left join monthly_evaluation e on e.person_id = t.owner_id and e.month = t.month
					where t.month = :month and t.status <> 'CANCELLED'
					group by t.owner_id""").param("month", month).update();
			return this.jdbc.sql("select count(*) from bare_score").query(Integer.class).single();
		});
	}

	/** The roll-up's bare read: the closed months of the year per person. */
	private int yearSql(int year) {
		return this.jdbc.sql("""
				select p.id, count(*) filter (where e.level is not null and e.absence is null), round(avg(e.total), 2)
				from monthly_evaluation e join person p on p.id = e.person_id
				where e.month >= :from and e.month < :to and e.closed_at is not null
				group by p.id""")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.query((rs, row) -> rs.getLong(1))
			.list()
			.size();
	}

	/** One timed run of each: these are batches measured once, not request latencies. */
	private void time(String operation, IntSupplier facade, IntSupplier sql) {
		long start = System.nanoTime();
		int people = facade.getAsInt();
		double viaFacade = (System.nanoTime() - start) / 1e9;
		start = System.nanoTime();
		sql.getAsInt();
		double viaSql = (System.nanoTime() - start) / 1e9;
		String row = String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %s |", operation, people, viaFacade, viaSql,
				(viaSql > 0.05) ? String.format(Locale.ROOT, "%.1f×", viaFacade / viaSql) : "—");
		say("%s", row);
		this.results.add(row);
	}

	/** The records and posts of the province, as {@link StaffingBenchmark} loads them. */
	private void load(int count) {
		TestAccounts.signIn("bench-loader", Set.of(Role.ADMIN), null);
		List<DemoStaffing.Placed> placed = new ArrayList<>(count);
		double peopleSeconds = SyntheticProvince.load(this.context, PROVINCE, COMMUNE, count, this.today,
				placed::addAll);
		say("%,d people in %.0f s", placed.size(), peopleSeconds);
		TransactionTemplate transaction = this.context.getBean(TransactionTemplate.class);
		long started = System.nanoTime();
		int posts = transaction.execute((status) -> this.context.getBean(DemoStaffing.class).load(placed, 7));
		say("%,d posts and the quotas in %.0f s", posts, (System.nanoTime() - started) / 1e9);
		TestAccounts.signOut();
	}

	/** The machine's load average over the last minute: other work shares the cores. */
	private static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static String header(String options, String version, double loadBefore, double loadAfter) {
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		return """
				# Work benchmark: closing months and the annual roll-up

				Machine: %d cores (`nproc`), %.0f GB RAM, Java %s (%s), max heap %,d MB; PostgreSQL %s.
				Load average (1 min, as `uptime` shows it) %.2f when the timings began and %.2f when they
				ended: other work shares the cores.
				Each operation timed once (a close is a monthly batch), then a bare SQL pass over the same rows.
				Targets: closing a month for 200,000 people (about 10 tasks each) < 60 s; the annual
				roll-up of a province < 30 s.

				Reproduce (embedded PostgreSQL; `CANBO_EMBEDDED_DB_DIR` keeps the loaded records for later runs):

				```bash
				MAVEN_OPTS=-Xmx3g CANBO_PORT=0 ./mvnw -q -Pbench test-compile exec:java -Dbench=WorkBenchmark %s
				```

				""".formatted(Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / 1e9,
				System.getProperty("java.version"), System.getProperty("java.vm.name"),
				Runtime.getRuntime().maxMemory() / (1 << 20), version, loadBefore, loadAfter, options);
	}

	private static void say(String format, Object... arguments) {
		Timings.say(format, arguments);
	}

}
