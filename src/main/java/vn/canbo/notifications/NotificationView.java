package vn.canbo.notifications;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One notification of the signed-in user.
 *
 * @param id the identifier
 * @param kind what it is about
 * @param messageKey the message key of its text
 * @param args the text's arguments
 * @param link the path inside CanBo it leads to
 * @param createdAt when it was sent
 * @param readAt when its recipient marked it read; null while unread
 */
public record NotificationView(long id, NotificationKind kind, String messageKey, List<String> args, String link,
		Instant createdAt, @Nullable Instant readAt) {

	public NotificationView {
		args = List.copyOf(args);
	}

	public boolean unread() {
		return this.readAt == null;
	}

}
