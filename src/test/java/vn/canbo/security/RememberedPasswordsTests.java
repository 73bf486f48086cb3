package vn.canbo.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A password verified once is taken without the slow hash for five minutes; a wrong one,
 * a changed password, a locked account and the end of the five minutes are each checked
 * again. The hashes are counted on the real BCrypt encoder.
 */
class RememberedPasswordsTests {

	final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

	final AtomicInteger hashed = new AtomicInteger();

	final PasswordEncoder counting = new PasswordEncoder() {
		@Override
		public String encode(CharSequence raw) {
			return RememberedPasswordsTests.this.bcrypt.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			RememberedPasswordsTests.this.hashed.incrementAndGet();
			return RememberedPasswordsTests.this.bcrypt.matches(raw, encoded);
		}
	};

	final AtomicReference<String> stored = new AtomicReference<>(this.bcrypt.encode("mật-khẩu-1"));

	final AtomicReference<Boolean> locked = new AtomicReference<>(false);

	final MutableClock clock = new MutableClock(Instant.parse("2026-12-08T01:00:00Z"));

	final RememberedPasswords passwords = provider();

	@Test
	void aVerifiedPasswordIsHashedOnceWithinFiveMinutes() {
		sign("mật-khẩu-1");
		sign("mật-khẩu-1");
		sign("mật-khẩu-1");
		assertThat(this.hashed).hasValue(1);

		this.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
		sign("mật-khẩu-1");
		assertThat(this.hashed).hasValue(2);
	}

	@Test
	void aWrongOrChangedPasswordAndALockedAccountAreCheckedAgain() {
		sign("mật-khẩu-1");
		assertThatThrownBy(() -> sign("sai-mật-khẩu")).isInstanceOf(BadCredentialsException.class);
		assertThat(this.hashed).hasValue(2);

		this.stored.set(this.bcrypt.encode("mật-khẩu-2"));
		assertThatThrownBy(() -> sign("mật-khẩu-1")).isInstanceOf(BadCredentialsException.class);
		sign("mật-khẩu-2");
		assertThat(this.hashed).hasValue(4);

		this.locked.set(true);
		assertThatThrownBy(() -> sign("mật-khẩu-2")).isInstanceOf(LockedException.class);
	}

	private void sign(String password) {
		this.passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("xa.canbo", password));
	}

	private RememberedPasswords provider() {
		RememberedPasswords provider = new RememberedPasswords((name) -> User.withUsername(name)
			.password(this.stored.get())
			.accountLocked(this.locked.get())
			.roles("STAFF")
			.build(), this.clock);
		provider.setPasswordEncoder(this.counting);
		return provider;
	}

	/** A clock the test moves. */
	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
