package vn.canbo.notifications.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.canbo.notifications.NotificationKind;
import vn.canbo.notifications.NotificationTexts;
import vn.canbo.notifications.NotificationView;
import vn.canbo.notifications.Notifications;

/** The caller's own notifications over HTTP. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "The caller's own notifications")
class NotificationsApiController {

	private final Notifications notifications;

	private final NotificationTexts texts;

	NotificationsApiController(Notifications notifications, NotificationTexts texts) {
		this.notifications = notifications;
		this.texts = texts;
	}

	@GetMapping
	@Operation(summary = "The caller's notifications, newest first (at most 200), with the text in the request's "
			+ "language, and the unread count")
	Inbox inbox(@RequestParam(defaultValue = "false") boolean unread, Locale locale) {
		List<NotificationJson> items = this.notifications.inbox(unread)
			.stream()
			.map((notification) -> NotificationJson.of(notification, this.texts.text(notification, locale)))
			.toList();
		return new Inbox(this.notifications.unreadCount(), items);
	}

	@PostMapping("/{id}/read")
	@Operation(summary = "Marks one of the caller's notifications read (another user's is refused with 403)")
	ResponseEntity<Void> read(@PathVariable long id) {
		this.notifications.markRead(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/read-all")
	@Operation(summary = "Marks all the caller's notifications read; returns how many were unread")
	ReadAll readAll() {
		return new ReadAll(this.notifications.markAllRead());
	}

	record Inbox(long unread, List<NotificationJson> items) {
	}

	record ReadAll(int marked) {
	}

	record NotificationJson(long id, NotificationKind kind, String messageKey, List<String> args, String text,
			String link, Instant createdAt, @Nullable Instant readAt) {

		static NotificationJson of(NotificationView view, String text) {
			return new NotificationJson(view.id(), view.kind(), view.messageKey(), view.args(), text, view.link(),
					view.createdAt(), view.readAt());
		}

	}

}
