package vn.canbo.home;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.canbo.audit.AuditQuery;
import vn.canbo.audit.AuditTrail;
import vn.canbo.people.PersonImportJobs;
import vn.canbo.security.CurrentUsers;
import vn.canbo.security.Role;
import vn.canbo.security.UserAccounts;
import vn.canbo.shared.OutOfScopeException;

/**
 * The system's state as administrators open it in the morning (tình trạng hệ thống): the
 * accounts in figures, the import jobs and how they ended, the audit entries of the day,
 * the database's size, and which version has been running since when.
 */
@Service
public class SystemState {

	private final CurrentUsers currentUsers;

	private final UserAccounts accounts;

	private final PersonImportJobs imports;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ObjectProvider<BuildProperties> build;

	SystemState(CurrentUsers currentUsers, UserAccounts accounts, PersonImportJobs imports, AuditTrail audit,
			JdbcClient jdbc, Clock clock, ObjectProvider<BuildProperties> build) {
		this.currentUsers = currentUsers;
		this.accounts = accounts;
		this.imports = imports;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
		this.build = build;
	}

	/**
	 * The state, for administrators (the accounts and the audit within their scope).
	 * @throws OutOfScopeException for anyone else
	 */
	public SystemStateView view() {
		if (!this.currentUsers.current().has(Role.ADMIN)) {
			throw new OutOfScopeException("error.forbidden");
		}
		LocalDate today = LocalDate.now(this.clock);
		long auditToday = this.audit
			.search(new AuditQuery(null, null, null, null, today, today, null), PageRequest.of(0, 1))
			.getTotalElements();
		// The database's own figures; no module's table is read.
		long databaseBytes = this.jdbc.sql("select pg_database_size(current_database())").query(Long.class).single();
		String databaseVersion = this.jdbc.sql("select current_setting('server_version')").query(String.class).single();
		Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
		return new SystemStateView(today, this.accounts.figures(), this.imports.states(), auditToday, databaseBytes,
				databaseVersion, version(), System.getProperty("java.version"),
				LocalDateTime.ofInstant(started, this.clock.getZone()),
				Duration.between(started, this.clock.instant()));
	}

	private @Nullable String version() {
		BuildProperties properties = this.build.getIfAvailable();
		if (properties != null) {
			return properties.getVersion();
		}
		return SystemState.class.getPackage().getImplementationVersion();
	}

	/**
	 * What the administrators' page shows.
	 *
	 * @param today the day
	 * @param accounts the accounts in figures
	 * @param imports the import jobs held now, newest first
	 * @param auditToday audit entries written today within the administrator's scope
	 * @param databaseBytes the database's size on disk
	 * @param databaseVersion PostgreSQL's version
	 * @param version CanBo's version; null when run from an unpackaged build
	 * @param javaVersion the Java runtime's version
	 * @param started when the application started
	 * @param uptime how long it has been running
	 */
	public record SystemStateView(LocalDate today, UserAccounts.AccountFigures accounts,
			List<PersonImportJobs.JobState> imports, long auditToday, long databaseBytes, String databaseVersion,
			@Nullable String version, String javaVersion, LocalDateTime started, Duration uptime) {

		public long runningImports() {
			return this.imports.stream().filter(PersonImportJobs.JobState::running).count();
		}

		/** The database's size in megabytes. */
		public double databaseMegabytes() {
			return this.databaseBytes / (1024.0 * 1024.0);
		}

		public long uptimeDays() {
			return this.uptime.toDays();
		}

		public int uptimeHours() {
			return this.uptime.toHoursPart();
		}

		public int uptimeMinutes() {
			return this.uptime.toMinutesPart();
		}

		public List<Role> roles() {
			return List.of(Role.values());
		}

	}

}
