package vn.canbo.notifications.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.canbo.notifications.NotificationTexts;
import vn.canbo.notifications.NotificationView;
import vn.canbo.notifications.Notifications;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/** The signed-in user's inbox: newest first, mark one or all read. */
@Controller
@RequestMapping("/notifications")
class NotificationPageController {

	private final Notifications notifications;

	private final NotificationTexts texts;

	NotificationPageController(Notifications notifications, NotificationTexts texts) {
		this.notifications = notifications;
		this.texts = texts;
	}

	@GetMapping
	String inbox(@RequestParam(defaultValue = "false") boolean unread, Model model, Locale locale) {
		List<Entry> entries = this.notifications.inbox(unread)
			.stream()
			.map((notification) -> new Entry(notification, this.texts.text(notification, locale),
					this.texts.kind(notification.kind(), locale)))
			.toList();
		model.addAttribute("entries", entries);
		model.addAttribute("unreadOnly", unread);
		model.addAttribute("unreadCount", this.notifications.unreadCount());
		return "notifications/inbox";
	}

	@PostMapping("/{id}/read")
	String read(@PathVariable long id) {
		this.notifications.markRead(id);
		return "redirect:/notifications";
	}

	@PostMapping("/read-all")
	String readAll() {
		this.notifications.markAllRead();
		return "redirect:/notifications";
	}

	/** A notification with its text and kind label in the reader's language. */
	record Entry(NotificationView notification, String text, String kind) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem notificationsNavigation() {
			// Reached through the bell; the entry sits at the end of the menu.
			return new NavigationItem("notifications.menu", "/notifications", "bell", 95, Set.of(),
					NavigationGroup.PERSONAL);
		}

	}

}
