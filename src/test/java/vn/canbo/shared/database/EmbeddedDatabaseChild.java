package vn.canbo.shared.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * A separate JVM for {@link EmbeddedDatabaseCrashTests}: starts the embedded database on
 * the directory given, commits the rows one transaction each, says so on its output, and
 * waits to be killed.
 */
public final class EmbeddedDatabaseChild {

	private EmbeddedDatabaseChild() {
	}

	public static void main(String[] args) throws Exception {
		String directory = args[0];
		int rows = Integer.parseInt(args[1]);
		EmbeddedDatabase database = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(directory, 0, "32MB", ""));
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl())) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("create table if not exists acknowledged (n int primary key)");
			}
			try (PreparedStatement insert = connection
				.prepareStatement("insert into acknowledged (n) select coalesce(max(n), 0) + 1 from acknowledged")) {
				for (int i = 0; i < rows; i++) {
					// autocommit: each row is acknowledged before the next is written
					insert.executeUpdate();
				}
			}
		}
		System.out.println("ACKNOWLEDGED " + rows);
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
