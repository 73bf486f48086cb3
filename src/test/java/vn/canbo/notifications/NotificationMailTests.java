package vn.canbo.notifications;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a mail server configured, each notification is mailed, after commit, to the e-mail
 * of the personnel record its recipient's account is linked to; a rolled-back change
 * mails nothing. The server is an in-memory fake.
 */
@SpringBootTest(properties = { "spring.mail.host=mail.canbo.test", "canbo.notifications.base-url=https://canbo.test" })
class NotificationMailTests {

	@Autowired
	Notifications notifications;

	@Autowired
	FakeMailSender mail;

	@Autowired
	UserAccounts accounts;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	SystemAccess system;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	String withMail;

	String withoutMail;

	@BeforeEach
	void accounts() {
		long commune = this.system.call(() -> this.orgUnits.getByCode("03334", this.orgUnits.today()).id());
		PersonDetails base = TestPeople.person("Quàng Thị Thư", Gender.FEMALE, 1990, commune);
		PersonDetails.Identity id = base.identity();
		long person = this.system
			.call(() -> this.people
				.create(base.withIdentity(new PersonDetails.Identity(id.fullName(), null, null, null, id.birthYear(),
						id.gender(), null, id.birthPlace(), null, id.homeTown(), null, null, null,
						"thu.quang@canbo.test", id.ethnicity(), id.religion(), id.citizenId(), null, null, null, null)))
				.id());
		UserAccountView account = TestAccounts.provision(this.accounts, "thu", commune, Role.STAFF);
		this.system.run(() -> this.accounts.linkPerson(account.id(), person));
		this.withMail = account.username();
		this.withoutMail = TestAccounts.provision(this.accounts, "khongthu", commune, Role.STAFF).username();
		this.mail.sent.clear();
	}

	@Test
	void mailsTheNotificationInVietnameseToTheLinkedPersonsAddress() throws Exception {
		this.notifications.send(List.of(this.withMail, this.withoutMail), NotificationKind.TASK_ASSIGNED,
				"notifications.message.text", List.of("Bạn được giao việc: Rà soát hồ sơ"), "/work/tasks/7", null);

		assertThat(this.mail.sent).hasSize(1);
		MimeMessage message = this.mail.sent.get(0);
		assertThat(message.getAllRecipients()).containsExactly(new InternetAddress("thu.quang@canbo.test"));
		assertThat(message.getSubject()).isEqualTo("CanBo: Được giao việc");
		assertThat(content(message)).contains("Bạn được giao việc: Rà soát hồ sơ", "https://canbo.test/work/tasks/7");
	}

	@Test
	void mailsNothingWhenTheChangeRollsBack() {
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.notifications.send(List.of(this.withMail), NotificationKind.OTHER, "notifications.message.text",
						List.of("Không được gửi"), "/", null);
				throw new IllegalStateException("the change fails");
			});
		}
		catch (IllegalStateException expected) {
			// the caller's change failed
		}
		assertThat(this.mail.sent).isEmpty();
	}

	@Test
	void aFailingMailServerDoesNotFailTheChange() {
		this.mail.failing = true;
		try {
			this.notifications.send(List.of(this.withMail), NotificationKind.OTHER, "notifications.message.text",
					List.of("Máy chủ thư hỏng"), "/", null);
		}
		finally {
			this.mail.failing = false;
		}
		assertThat(this.jdbc.sql("select count(*) from notification where recipient = :r")
			.param("r", this.withMail)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	static String content(MimeMessage message) throws IOException, MessagingException {
		return String.valueOf(message.getContent());
	}

	/** Keeps the messages instead of talking to a mail server. */
	static class FakeMailSender extends JavaMailSenderImpl {

		final List<MimeMessage> sent = Collections.synchronizedList(new ArrayList<>());

		volatile boolean failing;

		@Override
		protected void doSend(MimeMessage[] messages, Object[] originals) {
			if (this.failing) {
				throw new org.springframework.mail.MailSendException("server down");
			}
			for (MimeMessage message : messages) {
				this.sent.add(message);
			}
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FakeMail {

		@Bean
		FakeMailSender fakeMailSender() {
			return new FakeMailSender();
		}

	}

}
