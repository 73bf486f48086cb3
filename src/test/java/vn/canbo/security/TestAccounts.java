package vn.canbo.security;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs test code in as one of our own accounts, so that {@link CurrentUsers} sees it
 * exactly as after a real sign-in.
 */
public final class TestAccounts {

	private TestAccounts() {
	}

	/**
	 * An authentication carrying our own principal, e.g. for MockMvc's authentication().
	 */
	public static Authentication authentication(String username, Set<Role> roles, @Nullable Long scopeUnitId) {
		AccountPrincipal principal = new AccountPrincipal(username, null, true,
				new CurrentUser(username, username, roles, scopeUnitId));
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
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
