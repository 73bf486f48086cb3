package vn.canbo.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.CanboApplication;
import vn.canbo.people.ImportReport;
import vn.canbo.people.PersonExport;
import vn.canbo.people.PersonFilter;
import vn.canbo.people.PersonImports;
import vn.canbo.people.PersonSheets;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;

/**
 * The Excel import and export of personnel lists: a generated sheet (20,000 rows by
 * default) checked (dry run), imported and imported again (unchanged), then an export of
 * 100,000 rows with its peak heap. A benchmark, not a test: it asserts nothing and writes
 * its table to {@code bench/results/people-import.md} (see bench/README.md).
 */
public final class PersonImportBenchmark {

	private final PersonImports imports;

	private final PersonExport export;

	private final JdbcClient jdbc;

	private final List<String> results = new ArrayList<>();

	private PersonImportBenchmark(PersonImports imports, PersonExport export, JdbcClient jdbc) {
		this.imports = imports;
		this.export = export;
		this.jdbc = jdbc;
	}

	public static void main(String[] args) throws IOException {
		int rows = Integer.getInteger("bench.rows", 20_000);
		int exportRows = Integer.getInteger("bench.exportRows", 100_000);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CanboApplication.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN")
			.run(args)) {
			TestAccounts.signIn("bench", Set.of(Role.ADMIN), null);
			new PersonImportBenchmark(context.getBean(PersonImports.class), context.getBean(PersonExport.class),
					context.getBean(JdbcClient.class))
				.run(rows, exportRows);
		}
	}

	private void run(int rows, int exportRows) throws IOException {
		this.results.add("# Personnel import and export");
		this.results.add("");
		this.results.add("| operation | rows | seconds | rows/s | note |");
		this.results.add("|---|---:|---:|---:|---|");
		byte[] file = PersonSheets.xlsx(PersonSheets.synthetic(rows, 20260101L, "03334"));
		this.results.add("| file size | " + rows + " | | | " + file.length / 1024 + " KiB |");
		time("dry run (read, check, match)", rows, file, true);
		time("import (new records, audited)", rows, file, false);
		time("import again (all unchanged)", rows, file, false);
		long stored = this.jdbc.sql("select count(*) from person").query(Long.class).single();
		long seed = 1;
		while (stored < exportRows) {
			int batch = (int) Math.min(rows, exportRows - stored);
			ImportReport report = this.imports.run(
					new ByteArrayInputStream(PersonSheets.xlsx(PersonSheets.synthetic(batch, seed++, "03334"))),
					Map.of(), false, Locale.ROOT, (done) -> {
					});
			stored += report.imported();
			if (report.imported() == 0) {
				break;
			}
		}
		exportAll(stored);
		Path report = Path.of("bench", "results", "people-import.md");
		Files.createDirectories(report.getParent());
		Files.writeString(report, String.join("\n", this.results) + "\n");
		System.out.println(String.join("\n", this.results));
	}

	private void time(String what, int rows, byte[] file, boolean dryRun) {
		long start = System.nanoTime();
		ImportReport report = this.imports.run(new ByteArrayInputStream(file), Map.of(), dryRun, Locale.ROOT,
				(done) -> {
				});
		double seconds = (System.nanoTime() - start) / 1e9;
		this.results.add("| %s | %d | %.1f | %.0f | new %d, updated %d, unchanged %d, rejected %d |".formatted(what,
				rows, seconds, rows / seconds, report.imported(), report.updated(), report.unchanged(),
				report.rejected()));
	}

	private void exportAll(long rows) {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		long[] bytes = { 0 };
		long start = System.nanoTime();
		this.export.write(PersonFilter.none(), new OutputStream() {
			@Override
			public void write(int b) {
				bytes[0]++;
			}

			@Override
			public void write(byte[] b, int off, int len) {
				bytes[0] += len;
			}
		});
		double seconds = (System.nanoTime() - start) / 1e9;
		long peak = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
		this.results.add("| export (streamed xlsx) | %d | %.1f | %.0f | %d KiB written, peak heap %d MiB |"
			.formatted(rows, seconds, rows / seconds, bytes[0] / 1024, peak / (1024 * 1024)));
	}

}
