package vn.canbo.notifications;

import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccounts;

/** Accounts to send to in notification tests. */
final class TestNotifications {

	private TestNotifications() {
	}

	/** A new nationwide staff account's username. */
	static String account(UserAccounts accounts, String prefix) {
		return TestAccounts.provision(accounts, prefix, null, Role.STAFF).username();
	}

}
