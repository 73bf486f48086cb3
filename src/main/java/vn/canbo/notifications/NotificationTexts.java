package vn.canbo.notifications;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders a notification's text from its message key and arguments, in a language. */
@Component
public class NotificationTexts {

	private final MessageSource messages;

	NotificationTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String text(NotificationView notification, Locale locale) {
		return this.messages.getMessage(notification.messageKey(), notification.args().toArray(), locale);
	}

	public String kind(NotificationKind kind, Locale locale) {
		return this.messages.getMessage(kind.messageKey(), null, locale);
	}

}
