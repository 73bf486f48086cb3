package vn.canbo.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling and response-header settings under {@code canbo.security}.
 *
 * @param loginAttempts failed sign-ins in a row after which an account is locked
 * @param loginLockout how long a lockout lasts
 * @param addressLoginAttempts failed sign-ins from one client address within one lockout
 * period after which that address is locked (several users may share an office address,
 * hence higher)
 * @param contentSecurityPolicy the Content-Security-Policy header of every response;
 * blank for none
 */
@ConfigurationProperties("canbo.security")
record LoginProperties(@DefaultValue("5") int loginAttempts, @DefaultValue("15m") Duration loginLockout,
		@DefaultValue("50") int addressLoginAttempts,
		@DefaultValue("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
				+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'") String contentSecurityPolicy) {

}
