package vn.canbo.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

import com.sun.management.OperatingSystemMXBean;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.CanboApplication;
import vn.canbo.dashboard.Dashboards;
import vn.canbo.indicators.Indicator;
import vn.canbo.indicators.Indicators;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;

/**
 * The dashboard's figures at 200,000 people in one province (the demo generator's
 * records, posts and quotas, loaded as {@link StaffingBenchmark} does):
 * {@link Indicators#measure} of every registered indicator for the province and for one
 * commune, and of the people module's alone, each next to the bare SQL of the largest
 * indicator query, the people aggregate (one scan of the primary posts held on the day
 * joined to their people, a {@code count(*) filter} per figure). Writes
 * bench/results/dashboard.md with the EXPLAIN ANALYZE plan of that aggregate. A
 * benchmark, not a test: it asserts nothing.
 */
public final class DashboardBenchmark {

	static final String PROVINCE = "11";

	static final String COMMUNE = "03334";

	private final ConfigurableApplicationContext context;

	private final JdbcClient jdbc;

	private final List<String> results = new ArrayList<>();

	private final LocalDate today = LocalDate.now();

	private DashboardBenchmark(ConfigurableApplicationContext context) {
		this.context = context;
		this.jdbc = context.getBean(JdbcClient.class);
	}

	public static void main(String[] args) throws IOException {
		int count = Integer.getInteger("bench.people", 200_000);
		int iterations = Integer.getInteger("bench.iterations", 30);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CanboApplication.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN",
					"logging.level.vn.canbo.bench=INFO")
			.run(args)) {
			new DashboardBenchmark(context).run(count, iterations);
		}
	}

	private void run(int count, int iterations) throws IOException {
		long assignments = this.jdbc.sql("select count(*) from assignment").query(Long.class).single();
		if (assignments == 0) {
			this.results.add(SyntheticProvince.loadWithPosts(this.context, PROVINCE, COMMUNE, count, this.today));
			this.results.add("");
		}
		// As autovacuum would have done by the time anyone opens a dashboard.
		this.jdbc.sql("vacuum analyze").update();
		OrgUnits orgUnits = this.context.getBean(OrgUnits.class);
		Indicators indicators = this.context.getBean(Indicators.class);
		Dashboards dashboards = this.context.getBean(Dashboards.class);
		long people = this.jdbc.sql("select count(*) from person").query(Long.class).single();
		long posts = this.jdbc.sql("select count(*) from assignment").query(Long.class).single();
		TestAccounts.signIn("bench-province", Set.of(Role.LEADER), null);
		OrgUnitView province = orgUnits.getByCode(PROVINCE, this.today);
		OrgUnitView commune = orgUnits.getByCode(COMMUNE, this.today);
		Set<String> peopleIds = indicators.all()
			.stream()
			.map(Indicator::id)
			.filter((id) -> id.startsWith("people."))
			.collect(Collectors.toSet());
		this.results
			.add("Sources of one measurement at once (`canbo.indicators.threads`): " + indicators.threads() + ".");
		this.results.add(("Dataset: %,d people, %,d assignments in %,d nodes of province %s; %,d people in post in the "
				+ "province and %,d in commune %s (%s) on %s; %d indicators registered, %d of them the people module's.")
			.formatted(people, posts, orgUnits.nodesUnder(province.id(), this.today).size(), PROVINCE,
					indicators.measure(PROVINCE, this.today, Set.of("people.inPost")).total("people.inPost").value(),
					indicators.measure(COMMUNE, this.today, Set.of("people.inPost")).total("people.inPost").value(),
					COMMUNE, commune.name(), this.today, indicators.all().size(), peopleIds.size()));
		this.results.add("");
		this.results.add(Timings.HEADER);
		this.results.add(Timings.RULE);
		for (String[] unit : new String[][] { { "province", PROVINCE }, { "commune", COMMUNE } }) {
			String code = unit[1];
			String path = path(code);
			measure("every indicator (`Indicators.measure`), " + unit[0], iterations,
					() -> indicators.measure(code, this.today, null).indicators().size(), () -> peopleSql(path));
			measure("people indicators only, " + unit[0], iterations,
					() -> indicators.measure(code, this.today, peopleIds).indicators().size(), () -> peopleSql(path));
			// The page itself: every figure today and a year before (two measurements).
			measure("the dashboard (`Dashboards.of`, today and a year before), " + unit[0], iterations,
					() -> dashboards.of(code, this.today, null).figures().size(), () -> peopleSql(path));
		}
		// Where the time goes: each module's indicators alone (their sources run in
		// turn inside Indicators.measure).
		this.results.add("");
		this.results.add("Each module's indicators alone:");
		this.results.add("");
		this.results.add(Timings.HEADER);
		this.results.add(Timings.RULE);
		java.util.Map<String, Set<String>> byModule = new java.util.TreeMap<>();
		indicators.all()
			.forEach((indicator) -> byModule
				.computeIfAbsent(indicator.id().substring(0, indicator.id().indexOf('.')),
						(module) -> new java.util.TreeSet<>())
				.add(indicator.id()));
		for (String[] unit : new String[][] { { "province", PROVINCE }, { "commune", COMMUNE } }) {
			String code = unit[1];
			String path = path(code);
			byModule.forEach((module, ids) -> measure("`" + module + ".*` (" + ids.size() + " indicators), " + unit[0],
					Math.max(3, iterations / 3), () -> indicators.measure(code, this.today, ids).indicators().size(),
					() -> peopleSql(path)));
		}
		TestAccounts.signOut();
		this.results.add("");
		this.results.add("EXPLAIN (ANALYZE, BUFFERS) of the bare people aggregate for the province:");
		this.results.add("");
		this.results.add("```");
		this.results.addAll(this.jdbc.sql("explain (analyze, buffers) " + peopleAggregate())
			.params(pathParams(path(PROVINCE)))
			.query(String.class)
			.list());
		this.results.add("```");
		Path report = Path.of("bench", "results", "dashboard.md");
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

	private java.util.Map<String, Object> pathParams(String path) {
		return java.util.Map.of("from", path, "to",
				path.substring(0, path.length() - 1) + (char) (path.charAt(path.length() - 1) + 1), "day", this.today,
				"year", this.today.getYear());
	}

	/** The people aggregate written by hand over the subtree's path, per node. */
	private int peopleSql(String path) {
		return this.jdbc.sql(peopleAggregate())
			.params(pathParams(path))
			.query((rs, row) -> rs.getLong(2))
			.list()
			.size();
	}

	/**
	 * Primary posts held on the day under the path, joined to their people, with a
	 * {@code count(*) filter} for each of the people module's figures.
	 */
	private static String peopleAggregate() {
		List<String> filters = new ArrayList<>(List.of("p.gender = 'FEMALE'", "p.ethnicity <> '01'",
				"p.religion <> 'NONE'", "p.party_joined_on <= :day", "p.local_person", "not p.local_person",
				"p.birth_year >= :year - 30", "p.birth_year between :year - 40 and :year - 31",
				"p.birth_year between :year - 50 and :year - 41", "p.birth_year between :year - 60 and :year - 51",
				"p.birth_year <= :year - 61", "p.education_grade = p.education_system",
				"p.professional_level in ('DAI_HOC', 'THAC_SI', 'TIEN_SI')",
				"p.political_theory_level in ('TRUNG_CAP', 'CAO_CAP', 'CU_NHAN')"));
		for (ProfessionalLevel level : ProfessionalLevel.values()) {
			filters.add("p.professional_level = '" + level.name() + "'");
		}
		for (PoliticalTheoryLevel level : PoliticalTheoryLevel.values()) {
			filters.add("p.political_theory_level = '" + level.name() + "'");
		}
		for (StateManagementLevel level : StateManagementLevel.values()) {
			filters.add("p.state_management_level = '" + level.name() + "'");
		}
		return """
				select a.unit_id, count(*), %s
				from assignment a
				join org_unit_placement pl on pl.unit_id = a.unit_id and pl.valid_to is null
				  and pl.path collate "C" >= :from and pl.path collate "C" < :to
				join person p on p.id = a.person_id
				where a.kind = 'PRIMARY' and a.valid_from <= :day and (a.valid_to is null or a.valid_to > :day)
				group by a.unit_id""".formatted(
				filters.stream().map((f) -> "count(*) filter (where " + f + ")").collect(Collectors.joining(", ")));
	}

	private static String header(int count, int iterations, String version) {
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		return """
				# Dashboard benchmark

				Machine: %d cores (`nproc`), %.0f GB RAM, Java %s (%s), max heap %,d MB; PostgreSQL %s.
				Measured with %d iterations after %d warm-up rounds, the application's call and then the bare SQL
				of the largest indicator query (the people aggregate), alternately, on the same database in the
				same run. Targets (issue 13): the province dashboard under 1 s p95, a commune's under 200 ms.

				Reproduce (embedded PostgreSQL, empty at every start unless `CANBO_EMBEDDED_DB_DIR` keeps it; or
				set `CANBO_DB_URL`):

				```bash
				MAVEN_OPTS=-Xmx2g ./mvnw -Pbench test-compile exec:java -Dbench=DashboardBenchmark -Dbench.people=%d
				```

				""".formatted(Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / 1e9,
				System.getProperty("java.version"), System.getProperty("java.vm.name"),
				Runtime.getRuntime().maxMemory() / (1 << 20), version, iterations,
				Integer.getInteger("bench.warmUps", 10), count);
	}

	private void measure(String operation, int iterations, IntSupplier facade, IntSupplier sql) {
		this.results.add(Timings.compare(operation, Integer.getInteger("bench.warmUps", 10), iterations,
				(i) -> facade.getAsInt(), (i) -> sql.getAsInt()));
	}

}
