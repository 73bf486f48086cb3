package vn.canbo.notifications;

import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails each stored notification to its recipient's address (the e-mail of the personnel
 * record their account is linked to) once the transaction that stored it has committed,
 * so a rolled-back change sends nothing. Exists only when {@code spring.mail.host} is
 * set; a failing mail server is logged and never fails the change.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class NotificationMailer {

	private static final Logger logger = LoggerFactory.getLogger(NotificationMailer.class);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final NotificationQueries queries;

	private final NotificationTexts texts;

	private final JavaMailSender sender;

	private final String from;

	private final String baseUrl;

	NotificationMailer(NotificationQueries queries, NotificationTexts texts, JavaMailSender sender,
			@Value("${canbo.notifications.mail-from:canbo@localhost}") String from,
			@Value("${canbo.notifications.base-url:}") String baseUrl) {
		this.queries = queries;
		this.texts = texts;
		this.sender = sender;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void mail(NotificationsStored stored) {
		for (NotificationQueries.Addressed addressed : this.queries.addressed(stored.ids())) {
			try {
				this.sender.send(message(addressed));
			}
			catch (MailException | MessagingException ex) {
				logger.warn("Notification {} not mailed: {}", addressed.notification().id(), ex.getMessage());
			}
		}
	}

	private MimeMessage message(NotificationQueries.Addressed addressed) throws MessagingException {
		NotificationView notification = addressed.notification();
		String text = this.texts.text(notification, VIETNAMESE);
		MimeMessage message = this.sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(addressed.email());
		helper.setSubject("CanBo: " + this.texts.kind(notification.kind(), VIETNAMESE));
		helper.setText(text + "\n\n" + this.baseUrl + notification.link());
		return message;
	}

}
