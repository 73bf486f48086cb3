package vn.canbo.appointments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.notifications.NotificationKind;
import vn.canbo.notifications.Notifications;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.ui.Formats;

/**
 * The morning reminder of reappointments due (NĐ 170 Art. 36(3): notice 90 days before
 * the term ends): the administrators and organisation officers over each due post's unit
 * and the holder, once per post and term end. The schedule is
 * {@code canbo.appointments.reminders.cron} ("-" turns it off).
 */
@Component
class AppointmentReminders {

	private final Appointments appointments;

	private final Notifications notifications;

	private final SystemAccess system;

	private final Clock clock;

	AppointmentReminders(Appointments appointments, Notifications notifications, SystemAccess system, Clock clock) {
		this.appointments = appointments;
		this.notifications = notifications;
		this.system = system;
		this.clock = clock;
	}

	@Scheduled(cron = "${canbo.appointments.reminders.cron:0 15 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	void everyMorning() {
		this.system.call(() -> remind(LocalDate.now(this.clock)));
	}

	/**
	 * Sends the day's reminders (as the system, which reads the whole tree); returns how
	 * many due posts were reminded.
	 */
	@Transactional
	int remind(LocalDate day) {
		List<DuePost> due = this.appointments.dueEverywhere(day);
		Map<Long, String> holders = this.notifications
			.accountsOfPeople(due.stream().map(DuePost::personId).distinct().toList());
		Formats formats = new Formats(java.util.Locale.forLanguageTag("vi"));
		for (DuePost post : due) {
			List<String> to = new ArrayList<>(
					this.notifications.accountsOver(post.unitId(), day, Role.ADMIN, Role.ORG_OFFICER));
			String holder = holders.get(post.personId());
			if (holder != null) {
				to.add(holder);
			}
			this.notifications.send(to, NotificationKind.OTHER, "appointments.notice.due",
					List.of(post.personName(), post.titleName(), formats.date(post.termEnd())),
					"/appointments/due?unitId=" + post.unitId() + "&asOf=" + day,
					"REAPPOINTMENT_DUE:" + post.personId() + ":" + post.titleCode() + ":" + post.termEnd());
		}
		return due.size();
	}

}
