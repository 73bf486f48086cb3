package vn.canbo.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the account a user signs in with, as the {@link AccountPrincipal} the session
 * keeps.
 */
@Component
class AccountDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	AccountDetailsService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(username.trim())
			.map((account) -> new AccountPrincipal(account.username(), account.passwordHash(), account.enabled(),
					account.toCurrentUser()))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
