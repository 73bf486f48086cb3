package vn.canbo.security;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Creates uniquely named accounts for tests (they share one database) and signs them in
 * on the current thread.
 */
final class TestAccounts {

	static final String PASSWORD = "mat-khau-dung-1";

	private TestAccounts() {
	}

	static String uniqueName(String prefix) {
		return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
	}

	static UserAccountView provision(UserAccounts accounts, String prefix, @Nullable Long scope, Role... roles) {
		return accounts.provision(
				new CreateUserAccount(uniqueName(prefix), "Nguyễn Văn Thử", PASSWORD, Set.of(roles), scope, false));
	}

	static AccountPrincipal principal(UserAccountView account) {
		return new AccountPrincipal(account.username(), null, true,
				new CurrentUser(account.username(), account.displayName(), account.roles(), account.scopeUnitId()));
	}

	static void signIn(UserAccountView account) {
		AccountPrincipal principal = principal(account);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
	}

	static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

}
