package vn.canbo.home;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canbo.notifications.NotificationView;
import vn.canbo.people.PersonSummary;
import vn.canbo.ratings.RatingView;
import vn.canbo.work.MonthlyPlan;
import vn.canbo.work.PersonMonth;
import vn.canbo.work.TaskView;

/**
 * What a staff member's own page shows.
 *
 * @param displayName the account's name
 * @param today the day
 * @param person their record's line; null when the account is linked to none
 * @param openTasks their open tasks of the month, by deadline
 * @param plan this month's plan; null without a record
 * @param month this month's evaluation so far; null without a record
 * @param rating their latest annual rating with a level; null if none
 * @param unread how many notifications are unread
 * @param latestUnread the newest of them
 */
public record StaffHomeView(String displayName, LocalDate today, @Nullable PersonSummary person,
		List<TaskView> openTasks, @Nullable MonthlyPlan plan, @Nullable PersonMonth month, @Nullable RatingView rating,
		long unread, List<NotificationView> latestUnread) {

	public boolean linked() {
		return this.person != null;
	}

	/** Open tasks due today or already late. */
	public List<TaskView> dueToday() {
		return this.openTasks.stream().filter((task) -> !task.dueOn().isAfter(this.today)).toList();
	}

	/** Open tasks late on their deadline. */
	public long overdue() {
		return this.openTasks.stream().filter((task) -> task.overdueOn(this.today)).count();
	}

	/** Open tasks due within the next days (today's and late ones included). */
	public long dueSoon() {
		LocalDate limit = this.today.plusDays(StaffHome.DUE_SOON_DAYS);
		return this.openTasks.stream().filter((task) -> !task.dueOn().isAfter(limit)).count();
	}

	/** Whether this month's plan still has to be sent (a draft or returned). */
	public boolean planToSend() {
		return this.plan != null && this.plan.mayEdit();
	}

	/** Whether anything waits for the user. */
	public boolean anythingWaits() {
		return this.unread > 0 || planToSend() || dueSoon() > 0;
	}

}
