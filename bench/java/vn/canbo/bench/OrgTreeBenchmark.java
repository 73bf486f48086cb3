package vn.canbo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.CanboApplication;
import vn.canbo.orgunits.OrgLevel;
import vn.canbo.orgunits.OrgUnitFilter;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;

/**
 * The organisation tree at 100,000+ nodes: children, a subtree page, a name search and a
 * scope check through the {@link OrgUnits} facade (scope rule included), each next to the
 * bare SQL that does the same work on the same database in the same run. A benchmark, not
 * a test: it asserts nothing and prints p50/p95 per operation (see bench/README.md).
 */
public final class OrgTreeBenchmark {

	static final LocalDate DAY = LocalDate.of(2026, 1, 1);

	static final String VALID = "(p.valid_from is null or p.valid_from <= :day) and (p.valid_to is null or p.valid_to > :day)";

	private final OrgUnits orgUnits;

	private final JdbcClient jdbc;

	private final Random random = new Random(20260101L);

	private final List<String> results = new ArrayList<>();

	private OrgTreeBenchmark(OrgUnits orgUnits, JdbcClient jdbc) {
		this.orgUnits = orgUnits;
		this.jdbc = jdbc;
	}

	public static void main(String[] args) throws IOException {
		int perCommune = Integer.getInteger("bench.topAgenciesPerCommune", 10);
		int iterations = Integer.getInteger("bench.iterations", 100);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CanboApplication.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN",
					"logging.level.vn.canbo.bench=INFO")
			.run(args)) {
			OrgTreeBenchmark benchmark = new OrgTreeBenchmark(context.getBean(OrgUnits.class),
					context.getBean(JdbcClient.class));
			benchmark.run(perCommune, iterations);
		}
	}

	private void run(int perCommune, int iterations) throws IOException {
		long started = System.nanoTime();
		int created = generate(perCommune);
		long nodes = this.jdbc.sql("select count(*) from org_unit").query(Long.class).single();
		say("Generated %,d agencies in %.1f s; the tree now holds %,d nodes", created,
				(System.nanoTime() - started) / 1e9, nodes);

		List<Long> communes = this.jdbc
			.sql("select u.id from org_unit u join org_unit_placement p on p.unit_id = u.id "
					+ "where u.level = 'COMMUNE' and " + VALID + " order by u.id")
			.param("day", DAY)
			.query(Long.class)
			.list();
		List<Long> provinces = this.jdbc
			.sql("select u.id from org_unit u join org_unit_placement p on p.unit_id = u.id "
					+ "where u.level = 'PROVINCE' and " + VALID + " order by u.id")
			.param("day", DAY)
			.query(Long.class)
			.list();
		List<Long> agencies = this.jdbc.sql("select id from org_unit where code like 'BENCH-%' order by id")
			.query(Long.class)
			.list();

		TestAccounts.signIn("bench-national", Set.of(Role.VIEWER), null);
		measure("children of a commune", iterations, (i) -> this.orgUnits.children(pick(communes), DAY).size(),
				(i) -> this.jdbc
					.sql("select u.id, u.code, u.name from org_unit_placement p join org_unit u on u.id = p.unit_id "
							+ "where p.parent_id = :parent and " + VALID + " order by u.sort_order, u.code")
					.param("parent", pick(communes))
					.param("day", DAY)
					.query()
					.listOfRows()
					.size());
		measure("subtree page of a province (50 agencies + total)", iterations,
				(i) -> this.orgUnits.list(OrgUnitFilter.asOf(DAY).within(pick(provinces)).level(OrgLevel.AGENCY), 0, 50)
					.items()
					.size(),
				(i) -> subtreePageSql(pick(provinces)));
		measure("name search, without diacritics (30 + total)", iterations,
				(i) -> this.orgUnits.list(OrgUnitFilter.asOf(DAY).text(searchTerm()), 0, 30).items().size(),
				(i) -> this.jdbc
					.sql("select count(*) over () as total, u.id, u.name from org_unit_placement p "
							+ "join org_unit u on u.id = p.unit_id where " + VALID
							+ " and u.name_key like :text order by p.path limit 30")
					.param("day", DAY)
					.param("text", "%" + searchTerm() + "%")
					.query()
					.listOfRows()
					.size());
		measure("scope check: is an agency in a province", iterations,
				(i) -> this.orgUnits.isWithin(pick(provinces), pick(agencies), DAY) ? 1 : 0,
				(i) -> this.jdbc.sql("select count(*) from org_unit_placement a, org_unit_placement p "
						+ "where a.unit_id = :scope and p.unit_id = :unit and p.path like a.path || '%' and " + VALID
						+ " and (a.valid_from is null or a.valid_from <= :day) and (a.valid_to is null or a.valid_to > :day)")
					.param("scope", pick(provinces))
					.param("unit", pick(agencies))
					.param("day", DAY)
					.query(Long.class)
					.single()
					.intValue());

		long commune = communes.get(communes.size() / 2);
		TestAccounts.signIn("bench-commune", Set.of(Role.ORG_OFFICER), commune);
		measure("commune officer: whole scope, paged (50 + total)", iterations,
				(i) -> this.orgUnits.list(OrgUnitFilter.asOf(DAY), 0, 50).items().size(),
				(i) -> subtreePageSql(commune));
		TestAccounts.signOut();

		Path report = Path.of("bench", "results", "org-tree.md");
		Files.createDirectories(report.getParent());
		Files.writeString(report, String.join("\n", this.results) + "\n");
		say("Written to %s", report);
	}

	/**
	 * Two levels of synthetic agencies under every commune valid on the day, in plain
	 * SQL.
	 */
	private int generate(int perCommune) {
		this.jdbc
			.sql("delete from org_unit_placement where unit_id in (select id from org_unit where code like 'BENCH-%')")
			.update();
		this.jdbc.sql("delete from org_unit where code like 'BENCH-%'").update();
		int top = this.jdbc
			.sql("""
					insert into org_unit (code, name, name_key, level, unit_type, province_code, valid_from, sort_order)
					select 'BENCH-' || u.id || '-' || g, 'Ban thử nghiệm ' || g || ' ' || u.name,
					       'ban thu nghiem ' || g || ' ' || u.name_key, 'AGENCY', 'OTHER', u.province_code, date '2025-07-01', 19
					from org_unit u join org_unit_placement p on p.unit_id = u.id, generate_series(1, :count) g
					where u.level = 'COMMUNE' and """
					+ VALID)
			.param("count", perCommune)
			.param("day", DAY)
			.update();
		this.jdbc.sql("""
				insert into org_unit_placement (unit_id, parent_id, path, depth, valid_from)
				select a.id, c.id, cp.path || a.id || '/', cp.depth + 1, date '2025-07-01'
				from org_unit a
				join org_unit c on c.id = split_part(a.code, '-', 2)::bigint
				join org_unit_placement cp on cp.unit_id = c.id and cp.valid_from = date '2025-07-01'
				where a.code like 'BENCH-%'""").update();
		int divisions = this.jdbc.sql("""
				insert into org_unit (code, name, name_key, level, unit_type, province_code, valid_from, sort_order)
				select a.code || '-' || g, 'Tổ ' || g || ' ' || a.name, 'to ' || g || ' ' || a.name_key,
				       'AGENCY', 'DIVISION', a.province_code, date '2025-07-01', 18
				from org_unit a, generate_series(1, 2) g where a.code like 'BENCH-%'""").update();
		this.jdbc
			.sql("""
					insert into org_unit_placement (unit_id, parent_id, path, depth, valid_from)
					select d.id, a.id, ap.path || d.id || '/', ap.depth + 1, date '2025-07-01'
					from org_unit d
					join org_unit a on a.code = split_part(d.code, '-', 1) || '-' || split_part(d.code, '-', 2) || '-' || split_part(d.code, '-', 3)
					join org_unit_placement ap on ap.unit_id = a.id
					where d.code like 'BENCH-%-%-%'""")
			.update();
		this.jdbc.sql("analyze org_unit").update();
		this.jdbc.sql("analyze org_unit_placement").update();
		return top + divisions;
	}

	private int subtreePageSql(long unitId) {
		String path = this.jdbc.sql("select p.path from org_unit_placement p where p.unit_id = :unit and " + VALID)
			.param("unit", unitId)
			.param("day", DAY)
			.query(String.class)
			.single();
		long total = this.jdbc
			.sql("select count(*) from org_unit_placement p join org_unit u on u.id = p.unit_id where " + VALID
					+ " and p.path collate \"C\" >= :path and p.path collate \"C\" < :pathEnd")
			.param("path", path)
			.param("pathEnd", path.substring(0, path.length() - 1) + "0")
			.param("day", DAY)
			.query(Long.class)
			.single();
		int rows = this.jdbc
			.sql("select u.id, u.code, u.name from org_unit_placement p join org_unit u on u.id = p.unit_id " + "where "
					+ VALID + " and p.path collate \"C\" >= :path and p.path collate \"C\" < :pathEnd"
					+ " order by u.province_code, p.path limit 50")
			.param("path", path)
			.param("pathEnd", path.substring(0, path.length() - 1) + "0")
			.param("day", DAY)
			.query()
			.listOfRows()
			.size();
		return (int) Math.min(total, rows);
	}

	private long pick(List<Long> ids) {
		return ids.get(this.random.nextInt(ids.size()));
	}

	private String searchTerm() {
		String[] words = { "muong", "thanh nua", "phuong", "ban thu nghiem 3 xa", "to 2 ban", "son la", "dien bien" };
		return words[this.random.nextInt(words.length)];
	}

	private void measure(String operation, int iterations, IntFunction<Integer> facade, IntFunction<Integer> sql) {
		if (this.results.isEmpty()) {
			this.results.add(Timings.HEADER);
			this.results.add(Timings.RULE);
		}
		this.results.add(Timings.compare(operation, 30, iterations, facade::apply, sql::apply));
	}

	private static void say(String format, Object... arguments) {
		Timings.say(format, arguments);
	}

}
