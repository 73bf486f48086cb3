package vn.canbo.shared.database;

import org.jspecify.annotations.Nullable;

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
 * @param durable whether an acknowledged write survives a crash ({@code fsync},
 * {@code synchronous_commit} and {@code full_page_writes} on); blank: durable when the
 * data is kept in a directory, not for a throw-away database, whose files nothing reads
 * after it stops
 */
@ConfigurationProperties("canbo.embedded-db")
record EmbeddedDatabaseProperties(String dataDirectory, int port, String sharedBuffers, @Nullable String durable) {

	EmbeddedDatabaseProperties {
		dataDirectory = dataDirectory == null ? "" : dataDirectory.strip();
		sharedBuffers = (sharedBuffers == null || sharedBuffers.isBlank()) ? "512MB" : sharedBuffers.strip();
		durable = (durable == null) ? "" : durable.strip();
	}

	/** Whether the server runs with the durability settings on. */
	boolean isDurable() {
		return this.durable.isEmpty() ? !this.dataDirectory.isEmpty() : Boolean.parseBoolean(this.durable);
	}

}
