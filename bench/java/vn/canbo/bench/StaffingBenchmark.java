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
import vn.canbo.careers.Careers;
import vn.canbo.indicators.Indicator;
import vn.canbo.indicators.Indicators;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.staffing.Staffing;
import vn.canbo.staffing.Standards;

/**
 * Staffing and standards at 200,000 people in one province (the demo generator's records,
 * posts and quotas): the staffing report (headcount against quota rolled up to the
 * children, job positions, vacant titles) and the standards-compliance report, for the
 * whole province and for one commune, the first page of the failing people, and the
 * retirement and raise lists; each facade call next to a bare SQL count of the same rows.
 * Writes bench/results/staffing.md. A benchmark, not a test: it asserts nothing.
 */
public final class StaffingBenchmark {

	static final String PROVINCE = "11";

	static final String COMMUNE = "03334";

	private final ConfigurableApplicationContext context;

	private final JdbcClient jdbc;

	private final List<String> results = new ArrayList<>();

	private final LocalDate today = LocalDate.now();

	private StaffingBenchmark(ConfigurableApplicationContext context) {
		this.context = context;
		this.jdbc = context.getBean(JdbcClient.class);
	}

	public static void main(String[] args) throws IOException {
		int count = Integer.getInteger("bench.people", 200_000);
		int iterations = Integer.getInteger("bench.iterations", 50);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CanboApplication.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN",
					"logging.level.vn.canbo.bench=INFO")
			.run(args)) {
			new StaffingBenchmark(context).run(count, iterations);
		}
	}

	private void run(int count, int iterations) throws IOException {
		long assignments = this.jdbc.sql("select count(*) from assignment").query(Long.class).single();
		if (assignments == 0) {
			this.results.add(SyntheticProvince.loadWithPosts(this.context, PROVINCE, COMMUNE, count, this.today));
			this.results.add("");
		}
		// As autovacuum would have done by the time anyone reads reports: statistics and
		// the visibility map.
		this.jdbc.sql("vacuum analyze").update();
		OrgUnits orgUnits = this.context.getBean(OrgUnits.class);
		Staffing staffing = this.context.getBean(Staffing.class);
		Standards standards = this.context.getBean(Standards.class);
		Careers careers = this.context.getBean(Careers.class);
		Indicators indicators = this.context.getBean(Indicators.class);
		Set<String> ours = indicators.all()
			.stream()
			.map(Indicator::id)
			.filter((id) -> id.startsWith("staffing.") || id.startsWith("careers."))
			.collect(Collectors.toSet());
		Set<String> headcountIds = ours.stream()
			.filter((id) -> id.startsWith("staffing.headcount") || id.startsWith("staffing.quota")
					|| id.equals("staffing.surplus") || id.equals("staffing.shortage"))
			.collect(Collectors.toSet());
		Set<String> leaderIds = ours.stream()
			.filter((id) -> id.startsWith("staffing.leaders") || id.equals("staffing.keyTitles.vacant"))
			.collect(Collectors.toSet());
		long people = this.jdbc.sql("select count(*) from person").query(Long.class).single();
		long posts = this.jdbc.sql("select count(*) from assignment").query(Long.class).single();
		long quotas = this.jdbc.sql("select count(*) from staffing_quota").query(Long.class).single();
		TestAccounts.signIn("bench-province", Set.of(Role.LEADER), null);
		OrgUnitView province = orgUnits.getByCode(PROVINCE, this.today);
		OrgUnitView commune = orgUnits.getByCode(COMMUNE, this.today);
		long inCommune = staffing.report(COMMUNE, this.today).total().headcount();
		this.results.add(
				"Dataset: %,d people, %,d assignments, %,d quota rows in %,d nodes of province %s; %,d people in post in commune %s (%s) on %s."
					.formatted(people, posts, quotas, orgUnits.nodesUnder(province.id(), this.today).size(), PROVINCE,
							inCommune, COMMUNE, commune.name(), this.today));
		this.results.add("");
		this.results
			.add("| operation | facade p50 ms | facade p95 ms | bare SQL p50 ms | bare SQL p95 ms | ratio p50 |");
		this.results.add("|---|---|---|---|---|---|");
		for (String[] unit : new String[][] { { "province", PROVINCE }, { "commune", COMMUNE } }) {
			String code = unit[1];
			String path = this.jdbc
				.sql("select pl.path from org_unit u join org_unit_placement pl on pl.unit_id = u.id"
						+ " where u.code = :code and pl.valid_to is null")
				.param("code", code)
				.query(String.class)
				.single();
			measure("staffing report, " + unit[0], iterations, () -> staffing.report(code, this.today).counts().size(),
					() -> headcountSql(path));
			measure("standards-compliance report, " + unit[0], iterations,
					() -> standards.report(code, this.today).rows().size(), () -> complianceSql(path));
			measure("failing people, first page of 50, " + unit[0], iterations,
					() -> standards.people(code, this.today, null, true, 0, 50).items().size(),
					() -> complianceSql(path));
			long unitId = (code.equals(PROVINCE) ? province : commune).id();
			measure("retirements in the next 12 months, " + unit[0], iterations,
					() -> careers.retirements(unitId, this.today, this.today.plusYears(1)).people().size(),
					() -> headcountSql(path));
			measure("salary raises due in the next 12 months, " + unit[0], iterations,
					() -> careers.salaryRaises(unitId, this.today, this.today.plusYears(1)).size(),
					() -> headcountSql(path));
			// The dashboard's figures of this module and careers (issue 13), per source.
			measure("staffing indicators (headcount, quota, surplus, shortage, by category), " + unit[0], iterations,
					() -> indicators.measure(code, this.today, headcountIds).values().size(), () -> headcountSql(path));
			measure("staffing indicator standards met, " + unit[0], iterations,
					() -> indicators.measure(code, this.today, Set.of("staffing.standards.met")).values().size(),
					() -> complianceSql(path));
			measure("staffing indicators leaders by age group and vacant key titles, " + unit[0], iterations,
					() -> indicators.measure(code, this.today, leaderIds).values().size(), () -> headcountSql(path));
			measure("careers indicator retirements due in 12 months, " + unit[0], iterations,
					() -> indicators.measure(code, this.today, Set.of("careers.retirementsDue12m")).values().size(),
					() -> headcountSql(path));
			measure("careers indicator raises due in 12 months, " + unit[0], iterations,
					() -> indicators.measure(code, this.today, Set.of("careers.raisesDue12m")).values().size(),
					() -> headcountSql(path));
			measure("all staffing and careers indicators together, " + unit[0], iterations,
					() -> indicators.measure(code, this.today, ours).values().size(), () -> headcountSql(path));
		}
		TestAccounts.signOut();
		Path report = Path.of("bench", "results", "staffing.md");
		Files.createDirectories(report.getParent());
		String version = this.jdbc.sql("show server_version").query(String.class).single();
		Files.writeString(report, header(count, iterations, version) + String.join("\n", this.results) + "\n");
		say("Written to %s", report);
	}

	/**
	 * Primary posts held today under the path, per category: the core of the staffing
	 * report.
	 */
	private int headcountSql(String path) {
		return this.jdbc.sql("""
				select a.category, count(*) from assignment a
				join org_unit_placement pl on pl.unit_id = a.unit_id and pl.valid_to is null
				  and pl.path collate "C" >= :from and pl.path collate "C" < :to
				where a.kind = 'PRIMARY' and a.valid_from <= :day and (a.valid_to is null or a.valid_to > :day)
				group by a.category""")
			.param("from", path)
			.param("to", path.substring(0, path.length() - 1) + (char) (path.charAt(path.length() - 1) + 1))
			.param("day", this.today)
			.query((rs, row) -> rs.getLong(2))
			.list()
			.size();
	}

	/**
	 * Those holding a post with a standard, and those meeting its professional level: a
	 * simplified compliance count.
	 */
	private int complianceSql(String path) {
		return this.jdbc
			.sql("""
					select a.category, count(*), count(*) filter (where p.professional_level >= s.min_professional_level)
					from assignment a
					join org_unit_placement pl on pl.unit_id = a.unit_id and pl.valid_to is null
					  and pl.path collate "C" >= :from and pl.path collate "C" < :to
					join post_standard s on coalesce(s.title_id, -s.job_position_id) = coalesce(a.title_id, -a.job_position_id)
					  and s.valid_to is null
					join person p on p.id = a.person_id
					where a.kind = 'PRIMARY' and a.valid_from <= :day and (a.valid_to is null or a.valid_to > :day)
					group by a.category""")
			.param("from", path)
			.param("to", path.substring(0, path.length() - 1) + (char) (path.charAt(path.length() - 1) + 1))
			.param("day", this.today)
			.query((rs, row) -> rs.getLong(2))
			.list()
			.size();
	}

	private static String header(int count, int iterations, String version) {
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		return """
				# Staffing benchmark

				Machine: %d cores (`nproc`), %.0f GB RAM, Java %s (%s), max heap %,d MB; PostgreSQL %s.
				Measured with %d iterations after 10 warm-up rounds, the application's call and then a bare SQL
				count over the same rows, alternately, on the same database in the same run. Targets (issue 4):
				staffing and standards reports under 1 s for the province, under 100 ms for a commune.

				Reproduce (embedded PostgreSQL, empty at every start; or set `CANBO_DB_URL`):

				```bash
				MAVEN_OPTS=-Xmx2g ./mvnw -Pbench test-compile exec:java -Dbench=StaffingBenchmark -Dbench.people=%d
				```

				""".formatted(Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / 1e9,
				System.getProperty("java.version"), System.getProperty("java.vm.name"),
				Runtime.getRuntime().maxMemory() / (1 << 20), version, iterations, count);
	}

	private void measure(String operation, int iterations, IntSupplier facade, IntSupplier sql) {
		this.results.add(Timings.compare(operation, 10, iterations, (i) -> facade.getAsInt(), (i) -> sql.getAsInt()));
	}

	private static void say(String format, Object... arguments) {
		Timings.say(format, arguments);
	}

}
