package vn.canbo.security.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.canbo.security.CurrentUser;
import vn.canbo.security.CurrentUsers;
import vn.canbo.security.Role;

/**
 * Tells an API client who it is signed in as.
 */
@RestController
class MeController {

	private final CurrentUsers currentUsers;

	MeController(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	@GetMapping("/api/v1/me")
	MeView me() {
		CurrentUser user = this.currentUsers.current();
		return new MeView(user.username(), user.displayName(), user.roles().stream().sorted().toList(),
				user.scopeUnitId());
	}

	/**
	 * The signed-in user as the API shows them.
	 *
	 * @param username the login name
	 * @param displayName the name shown in the UI
	 * @param roles the roles granted
	 * @param scopeUnitId the organisation node; null for the whole country
	 */
	record MeView(String username, String displayName, List<Role> roles, @Nullable Long scopeUnitId) {

	}

}
