package vn.canbo.security;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Creates uniquely named accounts for tests (they share one database) and signs them in
 * on the current thread.
 */
public final class TestAccounts {

	public static final String PASSWORD = "mat-khau-dung-1";

	private TestAccounts() {
	}

	public static String uniqueName(String prefix) {
		return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
	}

	public static UserAccountView provision(UserAccounts accounts, String prefix, @Nullable Long scope, Role... roles) {
		return accounts.provision(
				new CreateUserAccount(uniqueName(prefix), "Nguyễn Văn Thử", PASSWORD, Set.of(roles), scope, false));
	}

	public static AccountPrincipal principal(UserAccountView account) {
		return new AccountPrincipal(account.username(), null, true, new CurrentUser(account.username(),
				account.displayName(), account.roles(), account.scopeUnitId(), account.personId()));
	}

	public static void signIn(UserAccountView account) {
		AccountPrincipal principal = principal(account);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
	}

	public static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	/**
	 * An authentication carrying our own principal, e.g. for MockMvc's authentication().
	 */
	public static Authentication authentication(String username, Set<Role> roles, @Nullable Long scopeUnitId) {
		AccountPrincipal principal = new AccountPrincipal(username, null, true,
				new CurrentUser(username, username, roles, scopeUnitId));
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

	/** An authentication of a user whose account is linked to a personnel record. */
	public static Authentication authentication(String username, Set<Role> roles, @Nullable Long scopeUnitId,
			@Nullable Long personId) {
		AccountPrincipal principal = new AccountPrincipal(username, null, true,
				new CurrentUser(username, username, roles, scopeUnitId, personId));
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

	/** Signs in a user linked to their own personnel record. */
	public static void signIn(String username, Set<Role> roles, @Nullable Long scopeUnitId, @Nullable Long personId) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication(username, roles, scopeUnitId, personId));
		SecurityContextHolder.setContext(context);
	}

	/** Puts the account into the current thread's security context. */
	public static void signIn(String username, Set<Role> roles, @Nullable Long scopeUnitId) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication(username, roles, scopeUnitId));
		SecurityContextHolder.setContext(context);
	}

	public static void signOut() {
		SecurityContextHolder.clearContext();
	}

}
