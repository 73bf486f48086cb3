package vn.canbo.movements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.notifications.NotificationKind;
import vn.canbo.ui.Formats;
import vn.canbo.notifications.Notifications;
import vn.canbo.security.Role;

/**
 * Every morning, the administrators and organisation officers over the sending or the
 * receiving unit of a rotation or secondment whose planned return falls within
 * {@link Movements#ENDING_DAYS} days are told once per decision ("rotation ending"), so
 * that the return, the stay or an extension is decided and recorded.
 */
@Component
class MovementReminders {

	/** Dates as every page writes them (dd/MM/yyyy in both languages). */
	private static final Formats DAY = new Formats(java.util.Locale.forLanguageTag("vi"));

	private final Movements movements;

	private final Notifications notifications;

	private final Clock clock;

	MovementReminders(Movements movements, Notifications notifications, Clock clock) {
		this.movements = movements;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Scheduled(cron = "${canbo.movements.reminders.cron:0 30 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	void everyMorning() {
		remind(LocalDate.now(this.clock));
	}

	/** Sends the day's reminders; returns how many decisions were reminded. */
	@Transactional
	int remind(LocalDate day) {
		List<Movement> ending = this.movements.endingForReminder(day);
		for (Movement movement : ending) {
			Set<String> to = new LinkedHashSet<>();
			to.addAll(this.notifications.accountsOver(movement.toUnitId(), day, Role.ADMIN, Role.ORG_OFFICER));
			to.addAll(this.notifications.accountsOver(movement.fromUnitId(), day, Role.ADMIN, Role.ORG_OFFICER));
			String key = (movement.type() == MovementType.ROTATION) ? "movements.notice.rotationEnding"
					: "movements.notice.secondmentEnding";
			this.notifications.send(to, NotificationKind.OTHER, key,
					List.of(movement.personName(), movement.toUnitName(),
							DAY.date(java.util.Objects.requireNonNull(movement.plannedLastDay()))),
					"/movements/" + movement.id(), "MOVEMENT_ENDING:" + movement.id());
		}
		return ending.size();
	}

}
