package vn.canbo.home;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import vn.canbo.notifications.NotificationView;
import vn.canbo.notifications.Notifications;
import vn.canbo.people.People;
import vn.canbo.people.PersonSummary;
import vn.canbo.ratings.AnnualRatings;
import vn.canbo.ratings.RatingView;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.CurrentUsers;
import vn.canbo.work.Evaluations;
import vn.canbo.work.MonthlyPlan;
import vn.canbo.work.MonthlyPlans;
import vn.canbo.work.PersonMonth;
import vn.canbo.work.TaskStatus;
import vn.canbo.work.TaskView;
import vn.canbo.work.Tasks;

/**
 * A staff member's own page (trang cá nhân): what they open in the morning. Read through
 * the facades of people, work, ratings and notifications, each of which lets the user
 * read only their own record, tasks, months and rating.
 */
@Service
public class StaffHome {

	/** How many days ahead a deadline counts as waiting for the user. */
	static final int DUE_SOON_DAYS = 7;

	/** How many years back the latest rating is looked for. */
	static final int RATING_YEARS = 3;

	/** The unread notifications shown; the rest are one click away in the inbox. */
	static final int UNREAD_SHOWN = 5;

	/** The month's tasks read at once; a month holds a few dozen at most. */
	static final int TASKS_READ = 200;

	private final CurrentUsers currentUsers;

	private final People people;

	private final Tasks tasks;

	private final MonthlyPlans plans;

	private final Evaluations evaluations;

	private final AnnualRatings ratings;

	private final Notifications notifications;

	StaffHome(CurrentUsers currentUsers, People people, Tasks tasks, MonthlyPlans plans, Evaluations evaluations,
			AnnualRatings ratings, Notifications notifications) {
		this.currentUsers = currentUsers;
		this.people = people;
		this.tasks = tasks;
		this.plans = plans;
		this.evaluations = evaluations;
		this.ratings = ratings;
		this.notifications = notifications;
	}

	/** The signed-in user's own page; without a linked record, only what needs none. */
	public StaffHomeView view() {
		CurrentUser user = this.currentUsers.current();
		LocalDate today = this.tasks.today();
		long unread = this.notifications.unreadCount();
		List<NotificationView> latest = this.notifications.inbox(true).stream().limit(UNREAD_SHOWN).toList();
		Long personId = user.personId();
		if (personId == null) {
			return new StaffHomeView(user.displayName(), today, null, List.of(), null, null, null, unread, latest);
		}
		PersonSummary person = this.people.summary(personId);
		LocalDate month = today.withDayOfMonth(1);
		List<TaskView> open = this.tasks.mine(month, 0, TASKS_READ)
			.items()
			.stream()
			.filter((task) -> task.status() == TaskStatus.OPEN)
			.sorted(Comparator.comparing(TaskView::dueOn).thenComparing(TaskView::id))
			.toList();
		MonthlyPlan plan = this.plans.plan(personId, month);
		PersonMonth score = this.evaluations.month(personId, month);
		return new StaffHomeView(user.displayName(), today, person, open, plan, score, latestRating(today), unread,
				latest);
	}

	/** The newest rating of the last years that has a level, decided or proposed. */
	private @Nullable RatingView latestRating(LocalDate today) {
		for (int year = today.getYear(); year > today.getYear() - RATING_YEARS; year--) {
			RatingView rating = this.ratings.mine(year);
			if (rating != null && (rating.level() != null || rating.proposedLevel() != null)) {
				return rating;
			}
		}
		return null;
	}

}
