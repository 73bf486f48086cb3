package vn.canbo.shared.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept data is durable by default: an embedded server with a data directory runs with
 * fsync, synchronous commit and full-page writes on, which the library turns off; a
 * throw-away test database keeps them off; either can be forced. Read back from the
 * server's own settings.
 */
class EmbeddedDatabaseDurabilityTests {

	@Test
	void aServerKeepingItsDataInADirectoryIsDurable() throws Exception {
		Path directory = Files.createTempDirectory("canbo-durable");
		EmbeddedDatabase database = EmbeddedDatabase
			.start(new EmbeddedDatabaseProperties(directory.toString(), 0, "32MB", ""));

		assertThat(settings(database)).containsEntry("fsync", "on")
			.containsEntry("synchronous_commit", "on")
			.containsEntry("full_page_writes", "on");
	}

	@Test
	void aThrowAwayDatabaseIsNotUnlessAskedTo() throws Exception {
		EmbeddedDatabase throwAway = EmbeddedDatabase.start(new EmbeddedDatabaseProperties("", 0, "32MB", "false"));
		assertThat(settings(throwAway)).containsEntry("fsync", "off").containsEntry("synchronous_commit", "off");

		Path directory = Files.createTempDirectory("canbo-fast");
		EmbeddedDatabase forced = EmbeddedDatabase
			.start(new EmbeddedDatabaseProperties(directory.toString(), 0, "32MB", "false"));
		assertThat(settings(forced)).containsEntry("fsync", "off");
		assertThat(new EmbeddedDatabaseProperties("", 0, "", "").isDurable()).isFalse();
		assertThat(new EmbeddedDatabaseProperties("", 0, "", "true").isDurable()).isTrue();
	}

	private static Map<String, String> settings(EmbeddedDatabase database) throws SQLException {
		Map<String, String> settings = new LinkedHashMap<>();
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"select name, setting from pg_settings where name in ('fsync', 'synchronous_commit', 'full_page_writes')")) {
			while (rows.next()) {
				settings.put(rows.getString(1), rows.getString(2));
			}
		}
		return settings;
	}

}
