package vn.canbo.notifications;

import org.springframework.stereotype.Component;

import vn.canbo.ui.InboxBadge;

/** Gives the shell's bell the signed-in user's unread count. */
@Component
class NotificationBell implements InboxBadge {

	private final NotificationQueries queries;

	NotificationBell(NotificationQueries queries) {
		this.queries = queries;
	}

	@Override
	public long unread(String username) {
		return this.queries.unread(username);
	}

	@Override
	public String href() {
		return "/notifications";
	}

}
