package vn.canbo.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import javax.sql.DataSource;

import com.sun.management.OperatingSystemMXBean;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.canbo.CanboApplication;
import vn.canbo.documents.XlsxExport;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonFilter;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;

/**
 * Personnel records at 200,000 people in one province's agencies (the demo generator's
 * records and agencies): diacritic-free name and ID searches, a filtered list page at
 * province and commune scope, and an Excel export of about 100,000 rows through the
 * {@link People} facade (scope, list order, audit included), each next to the bare SQL
 * doing the same work on the same database in the same run; the heap is sampled
 * throughout. Writes bench/results/people.md with the EXPLAIN ANALYZE plans of the bare
 * queries. A benchmark, not a test: it asserts nothing (see bench/README.md).
 */
public final class PeopleBenchmark {

	static final String PROVINCE = "11";

	static final String COMMUNE = "03334";

	private final ConfigurableApplicationContext context;

	private final People people;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate streaming;

	private final List<String> results = new ArrayList<>();

	private final List<String> plans = new ArrayList<>();

	private final AtomicLong maxHeap = new AtomicLong();

	private final LocalDate today = LocalDate.now();

	private PeopleBenchmark(ConfigurableApplicationContext context) {
		this.context = context;
		this.people = context.getBean(People.class);
		this.jdbc = context.getBean(JdbcClient.class);
		JdbcTemplate template = new JdbcTemplate(context.getBean(DataSource.class));
		template.setFetchSize(1000);
		this.streaming = new NamedParameterJdbcTemplate(template);
	}

	public static void main(String[] args) throws IOException {
		int count = Integer.getInteger("bench.people", 200_000);
		int iterations = Integer.getInteger("bench.iterations", 100);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CanboApplication.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN",
					"logging.level.vn.canbo.bench=INFO")
			.run(args)) {
			new PeopleBenchmark(context).run(count, iterations);
		}
	}

	private void run(int count, int iterations) throws IOException {
		Thread sampler = new Thread(this::sampleHeap, "heap-sampler");
		sampler.setDaemon(true);
		sampler.start();
		long started = System.nanoTime();
		long existing = this.jdbc.sql("select count(*) from person").query(Long.class).single();
		if (existing < count) {
			load(count - (int) existing);
		}
		else {
			this.results.add("Loading: skipped, the database (`CANBO_EMBEDDED_DB_DIR` or `CANBO_DB_URL`) already held "
					+ "%,d records.".formatted(existing));
			this.results.add("");
		}
		this.jdbc.sql("analyze person").update();
		long total = this.jdbc.sql("select count(*) from person").query(Long.class).single();
		say("%,d people in the database (loaded in %.0f s)", total, (System.nanoTime() - started) / 1e9);

		TestAccounts.signIn("bench-national", Set.of(Role.VIEWER), null);
		OrgUnits orgUnits = this.context.getBean(OrgUnits.class);
		long province = orgUnits.getByCode(PROVINCE, this.today).id();
		OrgUnitView commune = orgUnits.getByCode(COMMUNE, this.today);
		String provincePath = path(province);
		String communePath = path(commune.id());
		long inCommune = count(
				"p.agency_id in (select unit_id from org_unit_placement where path collate \"C\" "
						+ ">= :from and path collate \"C\" < :to)",
				Map.of("from", communePath, "to", upper(communePath)));
		this.results.add("Dataset: %,d people in %,d agencies of province %s; %,d in commune %s (%s).".formatted(total,
				this.jdbc.sql("select count(distinct agency_id) from person").query(Long.class).single(), PROVINCE,
				inCommune, COMMUNE, commune.name()));
		this.results.add("");
		this.results.add(Timings.HEADER);
		this.results.add(Timings.RULE);

		TestAccounts.signIn("bench-province", Set.of(Role.ORG_OFFICER), province);
		String someId = this.jdbc.sql("select citizen_id from person where citizen_id is not null order by id limit 1")
			.query(String.class)
			.single();
		for (String[] search : new String[][] { { "name \"nguyen thi hang\"", "nguyen thi hang" },
				{ "partial name \"hang\"", "hang" }, { "CCCD prefix (6 digits)", someId.substring(0, 6) } }) {
			String q = search[1];
			measure("search " + search[0] + ", province scope, page of 20 + total", iterations,
					() -> this.people.search(PersonFilter.none().withQuery(q), 0, 20).items().size(),
					() -> searchSql(q, provincePath));
			explain("search " + search[0], searchSqlText(q), searchParams(q, provincePath));
		}
		PersonFilter listFilter = new PersonFilter(null, null, PersonnelCategory.CIVIL_SERVANT, Gender.FEMALE, 30, 45,
				null, null, null, null, null, true, null);
		measure("list page: civil servant + female + age 30–45 + Party member, province scope (50 + total)", iterations,
				() -> this.people.search(listFilter, 0, 50).items().size(), () -> listSql(provincePath));
		explain("list page, province scope", listSqlText(), listParams(provincePath));
		measure("list page: same filter, page 10, province scope", iterations,
				() -> this.people.search(listFilter, 10, 50).items().size(), () -> listSql(provincePath));
		measure("list page: no filter, first page, province scope (50 + total)", iterations,
				() -> this.people.search(PersonFilter.none(), 0, 50).items().size(), () -> allSql(provincePath));
		explain("list page without filter, province scope", allSqlText(), scopeParams(provincePath));
		TestAccounts.signIn("bench-commune", Set.of(Role.ORG_OFFICER), commune.id());
		measure("list page: same filter, commune scope (50 + total)", iterations,
				() -> this.people.search(listFilter, 0, 50).items().size(), () -> listSql(communePath));
		explain("list page, commune scope", listSqlText(), listParams(communePath));
		TestAccounts.signIn("bench-province", Set.of(Role.ORG_OFFICER), province);
		export();
		TestAccounts.signOut();

		sampler.interrupt();
		this.results.add("");
		this.results.add(
				"Heap used, highest sample (every 20 ms) over the whole run, loading included: %,d MB (max heap %,d MB)."
					.formatted(this.maxHeap.get() / (1 << 20), Runtime.getRuntime().maxMemory() / (1 << 20)));
		this.results.add("");
		this.results.add("## Plans (EXPLAIN ANALYZE of the bare SQL)");
		this.results.addAll(this.plans);
		Path report = Path.of("bench", "results", "people.md");
		Files.createDirectories(report.getParent());
		String version = this.jdbc.sql("show server_version").query(String.class).single();
		Files.writeString(report, header(count, iterations).replace("PostgreSQL %s", "PostgreSQL " + version)
				+ String.join("\n", this.results) + "\n");
		say("Written to %s", report);
	}

	private static String header(int count, int iterations) {
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		return """
				# People benchmark

				Machine: %d cores (`nproc`), %.0f GB RAM, Java %s (%s), max heap %,d MB; PostgreSQL %s.
				Measured with %d iterations after 20 warm-up rounds, the application's call and then the bare SQL
				doing the same work, alternately, on the same database in the same run.

				Reproduce (embedded PostgreSQL, empty at every start; or set `CANBO_DB_URL`):

				```bash
				MAVEN_OPTS=-Xmx1g ./mvnw -Pbench test-compile exec:java -Dbench=PeopleBenchmark -Dbench.people=%d
				```

				""".formatted(Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / 1e9,
				System.getProperty("java.version"), System.getProperty("java.vm.name"),
				Runtime.getRuntime().maxMemory() / (1 << 20), "%s", iterations, count);
	}

	/** The demo's agencies of the province, then the records spread over them. */
	private void load(int count) {
		TestAccounts.signIn("bench-loader", Set.of(Role.ADMIN), null);
		double seconds = SyntheticProvince.load(this.context, PROVINCE, COMMUNE, count, this.today, (created) -> {
		});
		this.results.add("Loading: %,d records through People.createAll in batches of 1,000 (validation and audit "
			.formatted(count) + "included): %.0f s, %.0f records/s.".formatted(seconds, count / seconds));
		this.results.add("");
		TestAccounts.signOut();
	}

	/** About 100,000 rows (the women of the province) into an xlsx, both ways. */
	private void export() throws IOException {
		PersonFilter filter = new PersonFilter(null, null, null, Gender.FEMALE, null, null, null, null, null, null,
				null, null, null);
		Path facadeFile = Files.createTempFile("people-export", ".xlsx");
		Path sqlFile = Files.createTempFile("people-export-sql", ".xlsx");
		long start = System.nanoTime();
		int[] rows = { 0 };
		try (OutputStream out = Files.newOutputStream(facadeFile); XlsxExport xlsx = XlsxExport.to(out)) {
			xlsx.sheet("Danh sách", columns());
			this.people.forEach(filter, (person) -> {
				rows[0]++;
				xlsx.row(rows[0], person.fullName(), person.birthText(), person.gender().name(),
						person.ethnicity() == null ? null : person.ethnicity().name(), person.citizenId(),
						person.category().name(), person.agencyName(), person.position(),
						person.professionalLevel() == null ? null : person.professionalLevel().name(),
						person.politicalTheory() == null ? null : person.politicalTheory().name(),
						person.partyJoinedOn(), person.salaryRankCode(), person.salaryCoefficient());
			});
		}
		double facade = (System.nanoTime() - start) / 1e9;
		start = System.nanoTime();
		int[] sqlRows = { 0 };
		String provincePath = path(this.context.getBean(OrgUnits.class).getByCode(PROVINCE, this.today).id());
		Map<String, Object> params = scopeParams(provincePath);
		try (OutputStream out = Files.newOutputStream(sqlFile); XlsxExport xlsx = XlsxExport.to(out)) {
			xlsx.sheet("Danh sách", columns());
			this.context.getBean(TransactionTemplate.class)
				.executeWithoutResult((status) -> this.streaming
					.query("select p.full_name, p.birth_day, p.birth_month, "
							+ "p.birth_year, p.gender, p.ethnicity, p.citizen_id, p.category, u.name as agency_name, p.position, "
							+ "p.professional_level, p.political_theory_level, p.party_joined_on, p.salary_rank_code, "
							+ "p.salary_coefficient from person p join org_unit u on u.id = p.agency_id where p.gender = 'FEMALE'"
							+ SCOPE + " order by p.sort_key, p.id", params, (RowCallbackHandler) (rs) -> {
								sqlRows[0]++;
								xlsx.row(sqlRows[0], rs.getString(1),
										rs.getObject(2) + "/" + rs.getObject(3) + "/" + rs.getInt(4), rs.getString(5),
										rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
										rs.getString(10), rs.getString(11), rs.getString(12),
										rs.getObject(13, LocalDate.class), rs.getString(14), rs.getBigDecimal(15));
							}));
		}
		double sql = (System.nanoTime() - start) / 1e9;
		this.results.add("");
		this.results.add("| export to xlsx | rows | seconds | rows/s | file MB |");
		this.results.add("|---|---|---|---|---|");
		this.results.add(String.format(Locale.ROOT, "| People.forEach + XlsxExport | %,d | %.1f | %,.0f | %.1f |",
				rows[0], facade, rows[0] / facade, Files.size(facadeFile) / 1e6));
		this.results.add(String.format(Locale.ROOT, "| bare SQL stream + XlsxExport | %,d | %.1f | %,.0f | %.1f |",
				sqlRows[0], sql, sqlRows[0] / sql, Files.size(sqlFile) / 1e6));
		say("export: facade %,d rows in %.1f s, bare SQL %,d rows in %.1f s", rows[0], facade, sqlRows[0], sql);
		Files.delete(facadeFile);
		Files.delete(sqlFile);
	}

	private static List<XlsxExport.Column> columns() {
		return List
			.of("STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Số CCCD", "Loại", "Cơ quan", "Chức vụ",
					"Trình độ chuyên môn", "Lý luận chính trị", "Ngày vào Đảng", "Mã ngạch", "Hệ số lương")
			.stream()
			.map(XlsxExport.Column::of)
			.toList();
	}

	/**
	 * The scope condition the facade writes: agencies whose path lies under the scope.
	 */
	static final String SCOPE = " and p.agency_id in (select s.unit_id from org_unit_placement s where "
			+ "(s.valid_from is null or s.valid_from <= :day) and (s.valid_to is null or s.valid_to > :day) "
			+ "and s.path collate \"C\" >= :from and s.path collate \"C\" < :to)";

	static final String SUMMARY = "p.id, p.staff_code, p.full_name, p.birth_day, p.birth_month, p.birth_year, "
			+ "p.gender, p.ethnicity, p.religion, p.citizen_id, p.category, p.agency_id, u.name as agency_name, "
			+ "p.position, p.education_grade, p.education_system, p.professional_level, p.professional_field, "
			+ "p.political_theory_level, p.state_management_level, p.party_joined_on, p.local_person, "
			+ "p.salary_rank_code, p.salary_step, p.salary_coefficient, p.version";

	private Map<String, Object> scopeParams(String path) {
		Map<String, Object> params = new HashMap<>();
		params.put("day", this.today);
		params.put("from", path);
		params.put("to", upper(path));
		return params;
	}

	private String searchCondition(String q) {
		if (q.matches("\\d+")) {
			return " and ((p.citizen_id >= :q and p.citizen_id < :idTo) or p.staff_code = :q)";
		}
		StringBuilder where = new StringBuilder(" and ((true");
		String[] words = q.split(" ");
		for (int i = 0; i < words.length; i++) {
			where.append(" and p.name_key like :w").append(i);
		}
		return where.append(") or p.staff_code = :q)").toString();
	}

	private Map<String, Object> searchParams(String q, String path) {
		Map<String, Object> params = scopeParams(path);
		params.put("q", q);
		if (q.matches("\\d+")) {
			// The facade's range (see PersonQueries): the prefix with its last digit
			// raised.
			params.put("idTo", q.substring(0, q.length() - 1) + (char) (q.charAt(q.length() - 1) + 1));
		}
		String[] words = q.split(" ");
		for (int i = 0; i < words.length; i++) {
			params.put("w" + i, "%" + words[i] + "%");
		}
		return params;
	}

	private String searchSqlText(String q) {
		return "select " + SUMMARY + " from person p join org_unit u on u.id = p.agency_id where true"
				+ searchCondition(q) + SCOPE + " order by p.sort_key, p.id limit 20";
	}

	private int searchSql(String q, String path) {
		Map<String, Object> params = searchParams(q, path);
		this.jdbc.sql("select count(*) from person p where true" + searchCondition(q) + SCOPE)
			.params(params)
			.query(Long.class)
			.single();
		return this.jdbc.sql(searchSqlText(q)).params(params).query().listOfRows().size();
	}

	private static final String LIST_CONDITION = " and p.category = 'CIVIL_SERVANT' and p.gender = 'FEMALE'"
			+ " and p.birth_year <= :latest and p.birth_year >= :earliest and p.party_joined_on is not null";

	private Map<String, Object> listParams(String path) {
		Map<String, Object> params = scopeParams(path);
		params.put("latest", this.today.getYear() - 30);
		params.put("earliest", this.today.getYear() - 45);
		return params;
	}

	private String listSqlText() {
		return "select " + SUMMARY + " from person p join org_unit u on u.id = p.agency_id where true" + LIST_CONDITION
				+ SCOPE + " order by p.sort_key, p.id limit 50";
	}

	private int listSql(String path) {
		Map<String, Object> params = listParams(path);
		this.jdbc.sql("select count(*) from person p where true" + LIST_CONDITION + SCOPE)
			.params(params)
			.query(Long.class)
			.single();
		return this.jdbc.sql(listSqlText()).params(params).query().listOfRows().size();
	}

	private String allSqlText() {
		return "select " + SUMMARY + " from person p join org_unit u on u.id = p.agency_id where true" + SCOPE
				+ " order by p.sort_key, p.id limit 50";
	}

	private int allSql(String path) {
		Map<String, Object> params = scopeParams(path);
		this.jdbc.sql("select count(*) from person p where true" + SCOPE).params(params).query(Long.class).single();
		return this.jdbc.sql(allSqlText()).params(params).query().listOfRows().size();
	}

	private void explain(String title, String sql, Map<String, Object> params) {
		List<String> lines = this.jdbc.sql("explain (analyze, buffers off) " + sql)
			.params(params)
			.query(String.class)
			.list();
		this.plans.add("");
		this.plans.add("### " + title);
		this.plans.add("```");
		this.plans.addAll(lines);
		this.plans.add("```");
	}

	private long count(String condition, Map<String, Object> params) {
		return this.jdbc.sql("select count(*) from person p where " + condition)
			.params(params)
			.query(Long.class)
			.single();
	}

	private String path(long unitId) {
		return this.jdbc
			.sql("select path from org_unit_placement where unit_id = :id and (valid_to is null or valid_to > :day) "
					+ "and (valid_from is null or valid_from <= :day)")
			.param("id", unitId)
			.param("day", this.today)
			.query(String.class)
			.single();
	}

	private static String upper(String prefix) {
		return prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
	}

	private void sampleHeap() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		while (!Thread.currentThread().isInterrupted()) {
			this.maxHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private void measure(String operation, int iterations, IntSupplier facade, IntSupplier sql) {
		this.results.add(Timings.compare(operation, 20, iterations, (i) -> facade.getAsInt(), (i) -> sql.getAsInt()));
	}

	private static void say(String format, Object... arguments) {
		Timings.say(format, arguments);
	}

}
