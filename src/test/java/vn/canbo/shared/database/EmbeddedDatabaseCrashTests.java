package vn.canbo.shared.database;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept data survive crashes: a JVM killed with kill -9 leaves its PostgreSQL running on
 * the directory, and the next start stops it and finds every acknowledged row; a
 * PostgreSQL killed with kill -9 loses no acknowledged row either. Each crash happens in
 * a separate JVM ({@link EmbeddedDatabaseChild}) started on this test's class path.
 */
class EmbeddedDatabaseCrashTests {

	@Test
	void aJvmKilledMidWayLeavesItsServerWhichTheNextStartStopsAndNoAcknowledgedRowIsLost() throws Exception {
		Path directory = Files.createTempDirectory("canbo-jvm-killed");
		Process child = child(directory, 150);
		long postmaster = postmaster(directory);

		child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("the orphaned server").contains(true);

		assertThat(rows(EmbeddedDatabase.start(new EmbeddedDatabaseProperties(directory.toString(), 0, "32MB", ""))))
			.isEqualTo(150);
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
	}

	@Test
	void aServerKilledWithKillNineLosesNoAcknowledgedRow() throws Exception {
		Path directory = Files.createTempDirectory("canbo-postgres-killed");
		Process child = child(directory, 150);
		ProcessHandle postmaster = ProcessHandle.of(postmaster(directory)).orElseThrow();

		postmaster.destroyForcibly();
		postmaster.onExit().get(30, TimeUnit.SECONDS);
		child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

		assertThat(rows(EmbeddedDatabase.start(new EmbeddedDatabaseProperties(directory.toString(), 0, "32MB", ""))))
			.isEqualTo(150);
	}

	/** Starts the child JVM and waits until it says its rows are acknowledged. */
	private static Process child(Path directory, int rows) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
				EmbeddedDatabaseChild.class.getName(), directory.toString(), String.valueOf(rows)))
			.redirectErrorStream(true)
			.redirectInput(ProcessBuilder.Redirect.PIPE)
			.start();
		BufferedReader output = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = output.readLine()) != null) {
			if (line.startsWith("ACKNOWLEDGED")) {
				return child;
			}
		}
		throw new IllegalStateException("The child JVM ended before acknowledging its rows: " + child.waitFor());
	}

	private static long postmaster(Path directory) throws Exception {
		File pidFile = directory.resolve("postmaster.pid").toFile();
		return Long.parseLong(Files.readAllLines(pidFile.toPath()).get(0).strip());
	}

	private static long rows(EmbeddedDatabase database) throws Exception {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
				Statement statement = connection.createStatement();
				ResultSet count = statement.executeQuery("select count(*) from acknowledged")) {
			count.next();
			return count.getLong(1);
		}
	}

}
