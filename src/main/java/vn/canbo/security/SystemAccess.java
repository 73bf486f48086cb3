package vn.canbo.security;

import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs trusted start-up work (demo data, scheduled jobs) as the nationwide {@code system}
 * account, so that it passes the same checks and leaves the same audit trail as a person
 * would.
 */
@Component
public class SystemAccess {

	public static final String SYSTEM_USERNAME = "system";

	public <T> T call(Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		CurrentUser system = new CurrentUser(SYSTEM_USERNAME, "Hệ thống", Set.of(Role.ADMIN), null);
		AccountPrincipal principal = new AccountPrincipal(SYSTEM_USERNAME, null, true, system);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

}
