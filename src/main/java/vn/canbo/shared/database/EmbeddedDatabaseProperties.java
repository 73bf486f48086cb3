package vn.canbo.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files and which port it listens on.
 *
 * @param dataDirectory directory of the database files; blank for a throw-away database
 * in the temporary directory (tests)
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param sharedBuffers PostgreSQL's {@code shared_buffers}: the default 128 MB holds less
 * than a province's records, so every dashboard would read them from the operating system
 * again; memory is touched only as pages are read
 */
@ConfigurationProperties("canbo.embedded-db")
record EmbeddedDatabaseProperties(String dataDirectory, int port, String sharedBuffers) {

	EmbeddedDatabaseProperties {
		dataDirectory = dataDirectory == null ? "" : dataDirectory.strip();
		sharedBuffers = (sharedBuffers == null || sharedBuffers.isBlank()) ? "512MB" : sharedBuffers.strip();
	}

}
