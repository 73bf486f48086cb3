package vn.canbo.security;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address in the database, so that
 * every node sees the same counters, and locks either for a while after too many.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final LoginProperties properties;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, LoginProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	boolean isLocked(String username, String address) {
		OffsetDateTime now = now();
		return this.jdbc.sql("""
				select exists (select 1 from user_account
				               where lower(username) = lower(:username) and locked_until > :now)
				    or exists (select 1 from login_failure_by_address
				               where address = :address and locked_until > :now)""")
			.param("username", username)
			.param("address", address)
			.param("now", now)
			.query(Boolean.class)
			.single();
	}

	void recordFailure(String username, String address) {
		OffsetDateTime now = now();
		OffsetDateTime until = now.plus(this.properties.loginLockout());
		// One statement each, so concurrent failures on several nodes cannot lose a
		// count.
		this.jdbc.sql("""
				update user_account set
				    failed_logins = case when failed_logins + 1 >= :max then 0 else failed_logins + 1 end,
				    locked_until = case when failed_logins + 1 >= :max then :until else locked_until end
				where lower(username) = lower(:username)""")
			.param("max", this.properties.loginAttempts())
			.param("until", until)
			.param("username", username)
			.update();
		this.jdbc
			.sql("""
					insert into login_failure_by_address as f (address, failures, first_failure_at)
					values (:address, 1, :now)
					on conflict (address) do update set
					    failures = case when f.first_failure_at < :windowStart then 1 else f.failures + 1 end,
					    first_failure_at = case when f.first_failure_at < :windowStart then :now else f.first_failure_at end,
					    locked_until = case when f.first_failure_at >= :windowStart and f.failures + 1 >= :max
					                        then :until else f.locked_until end""")
			.param("address", address)
			.param("now", now)
			.param("windowStart", now.minus(this.properties.loginLockout()))
			.param("max", this.properties.addressLoginAttempts())
			.param("until", until)
			.update();
	}

	void recordSuccess(String username) {
		// Remembered so that administrators see which accounts were never used.
		this.jdbc.sql("""
				update user_account set failed_logins = 0, locked_until = null, last_sign_in_at = :now
				where lower(username) = lower(:username)""").param("username", username).param("now", now()).update();
	}

	/** Clears the account's counter and lockout, e.g. after a successful sign-in. */
	void release(String username) {
		this.jdbc.sql("""
				update user_account set failed_logins = 0, locked_until = null
				where lower(username) = lower(:username) and (failed_logins <> 0 or locked_until is not null)""")
			.param("username", username)
			.update();
	}

	private OffsetDateTime now() {
		Instant instant = this.clock.instant();
		return instant.atOffset(ZoneOffset.UTC);
	}

}
