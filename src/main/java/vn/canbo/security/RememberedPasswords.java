package vn.canbo.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Checks passwords as Spring Security does, but remembers for a few minutes the ones it
 * has verified, so that an API client sending HTTP Basic with every call pays the
 * deliberately slow password hash once, not per request (issue 17). What is remembered is
 * an HMAC of the password under a key made at start and never stored, per user name and
 * stored hash: a changed password (a new stored hash) is checked again at once. The
 * account's state (locked, disabled) is checked on every request as before.
 */
final class RememberedPasswords extends DaoAuthenticationProvider {

	/** How long a verified password is taken without hashing it again. */
	static final Duration REMEMBERED = Duration.ofMinutes(5);

	/** At most this many remembered at once; beyond, all are forgotten. */
	static final int CAPACITY = 10_000;

	private final SecretKeySpec key;

	private final Clock clock;

	private final Map<String, Verified> verified = new ConcurrentHashMap<>();

	RememberedPasswords(UserDetailsService accounts, Clock clock) {
		super(accounts);
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user,
			UsernamePasswordAuthenticationToken authentication) {
		Object credentials = authentication.getCredentials();
		if (credentials == null || user.getPassword() == null) {
			super.additionalAuthenticationChecks(user, authentication);
			return;
		}
		String entry = user.getUsername() + '\n' + user.getPassword();
		byte[] presented = digest(credentials.toString());
		Instant now = this.clock.instant();
		Verified known = this.verified.get(entry);
		if (known != null && known.until().isAfter(now) && MessageDigest.isEqual(known.digest(), presented)) {
			return;
		}
		super.additionalAuthenticationChecks(user, authentication);
		if (this.verified.size() >= CAPACITY) {
			this.verified.clear();
		}
		this.verified.put(entry, new Verified(presented, now.plus(REMEMBERED)));
	}

	private byte[] digest(String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	private record Verified(byte[] digest, Instant until) {
	}

}
