package vn.canbo.security;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Gives facades the signed-in user of the current request.
 */
@Component
public class CurrentUsers {

	/** The signed-in user; fails when there is none. */
	public CurrentUser current() {
		return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No signed-in user"));
	}

	public Optional<CurrentUser> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.currentUser());
		}
		return Optional.empty();
	}

}
