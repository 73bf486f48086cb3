package vn.canbo.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.notifications.NotificationKind;
import vn.canbo.notifications.Notifications;
import vn.canbo.security.Role;
import vn.canbo.ui.Formats;

/**
 * Every morning, the administrators and organisation officers over a unit are told once
 * (1) in the last {@link #COURSE_DUE_DAYS} days of a quarter, of each person of the
 * unit's plan of the year whose lines planned in that quarter have no course recorded yet
 * ("course due"), and (2) of each state-funded study whose commitment to serve ends
 * within {@link #COMMITMENT_ENDING_DAYS} days, the person not having left ("commitment
 * ending"), so that the course is arranged and the end of the commitment is recorded.
 */
@Component
class TrainingReminders {

	/** How many days before a quarter ends its open lines are reminded. */
	static final int COURSE_DUE_DAYS = 30;

	/** How many days before a commitment to serve ends it is reminded. */
	static final int COMMITMENT_ENDING_DAYS = 90;

	/** Dates as every page writes them (dd/MM/yyyy in both languages). */
	private static final Formats DAY = new Formats(Locale.forLanguageTag("vi"));

	private final TrainingPlanStore plans;

	private final TrainingStore store;

	private final Notifications notifications;

	private final Clock clock;

	TrainingReminders(TrainingPlanStore plans, TrainingStore store, Notifications notifications, Clock clock) {
		this.plans = plans;
		this.store = store;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Scheduled(cron = "${canbo.training.reminders.cron:0 40 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	void everyMorning() {
		remind(LocalDate.now(this.clock));
	}

	/** Sends the day's reminders; returns how many people and studies were reminded. */
	@Transactional
	int remind(LocalDate day) {
		return coursesDue(day) + commitmentsEnding(day);
	}

	/** The last day of the day's quarter. */
	static LocalDate quarterEnd(LocalDate day) {
		int quarter = (day.getMonthValue() + 2) / 3;
		return LocalDate.of(day.getYear(), quarter * 3, 1).plusMonths(1).minusDays(1);
	}

	private int coursesDue(LocalDate day) {
		LocalDate end = quarterEnd(day);
		if (day.isBefore(end.minusDays(COURSE_DUE_DAYS - 1))) {
			return 0;
		}
		int quarter = (day.getMonthValue() + 2) / 3;
		Map<Long, List<String>> officers = new HashMap<>();
		List<TrainingPlanStore.DueLines> due = this.plans.openLines(day.getYear(), quarter);
		for (TrainingPlanStore.DueLines lines : due) {
			this.notifications.send(officers.computeIfAbsent(lines.unitId(), (unit) -> officers(unit, day)),
					NotificationKind.OTHER, "training.notice.courseDue",
					List.of(lines.fullName(), String.valueOf(lines.lines()), String.valueOf(quarter),
							String.valueOf(day.getYear()), DAY.date(end)),
					"/training/plans?unitId=" + lines.unitId() + "&year=" + day.getYear(),
					"TRAINING_COURSE_DUE:plan-" + lines.planId() + ":person-" + lines.personId() + ":q" + quarter);
		}
		return due.size();
	}

	private int commitmentsEnding(LocalDate day) {
		Map<Long, List<String>> officers = new HashMap<>();
		List<TrainingStore.EndingCommitment> ending = this.store.commitmentsEnding(day,
				day.plusDays(COMMITMENT_ENDING_DAYS));
		for (TrainingStore.EndingCommitment study : ending) {
			this.notifications.send(officers.computeIfAbsent(study.agencyId(), (unit) -> officers(unit, day)),
					NotificationKind.OTHER, "training.notice.commitmentEnding",
					List.of(study.fullName(), study.institution(), DAY.date(study.commitmentEnd())),
					"/training/people/" + study.personId(), "TRAINING_COMMITMENT_ENDING:study-" + study.studyId());
		}
		return ending.size();
	}

	private List<String> officers(long unitId, LocalDate day) {
		return this.notifications.accountsOver(unitId, day, Role.ADMIN, Role.ORG_OFFICER);
	}

}
