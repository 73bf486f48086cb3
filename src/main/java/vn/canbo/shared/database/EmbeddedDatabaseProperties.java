package vn.canbo.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files and which port it listens on.
 *
 * @param dataDirectory directory of the database files; blank for a throw-away database
 * in the temporary directory (tests)
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 */
@ConfigurationProperties("canbo.embedded-db")
record EmbeddedDatabaseProperties(String dataDirectory, int port) {

	EmbeddedDatabaseProperties {
		dataDirectory = dataDirectory == null ? "" : dataDirectory.strip();
	}

}
