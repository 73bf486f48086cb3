package vn.canbo.notifications;

import java.util.List;

/** Published when notifications were stored, so that they are mailed after commit. */
record NotificationsStored(List<Long> ids) {

	NotificationsStored {
		ids = List.copyOf(ids);
	}

}
