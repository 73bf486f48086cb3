package vn.canbo.support;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Creates Spring Session's tables when no migration has (stopgap until the security
 * module's session migration is merged; harmless afterwards, since it then does nothing).
 */
public final class SessionTables {

	private SessionTables() {
	}

	public static synchronized void ensureExist(DataSource dataSource) {
		Boolean present = JdbcClient.create(dataSource)
			.sql("select to_regclass('spring_session') is not null")
			.query(Boolean.class)
			.single();
		if (!Boolean.TRUE.equals(present)) {
			new ResourceDatabasePopulator(
					new ClassPathResource("org/springframework/session/jdbc/schema-postgresql.sql"))
				.execute(dataSource);
		}
	}

}
