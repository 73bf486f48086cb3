package vn.canbo.security;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated account as Spring Security holds it (and the session store serialises
 * it).
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final String username;

	private @Nullable String passwordHash;

	private final boolean enabled;

	private final CurrentUser currentUser;

	AccountPrincipal(String username, @Nullable String passwordHash, boolean enabled, CurrentUser currentUser) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.currentUser = currentUser;
	}

	CurrentUser currentUser() {
		return this.currentUser;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.currentUser.roles()
			.stream()
			.map((role) -> new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	/** The hash must not travel into the session table after sign-in. */
	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	List<Role> roles() {
		return List.copyOf(this.currentUser.roles());
	}

}
