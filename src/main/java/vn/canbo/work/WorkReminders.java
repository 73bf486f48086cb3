package vn.canbo.work;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.notifications.NotificationKind;
import vn.canbo.notifications.Notifications;

/**
 * The morning reminders: the owner and the assigner of a task that passed its deadline in
 * an open month (once per task); in the first days of a month, whoever has not sent their
 * plan; in its last days, whoever still has tasks of theirs to score before the month
 * closes (once per month each). The schedule is {@code canbo.work.reminders.cron} ("-"
 * turns it off).
 */
@Component
class WorkReminders {

	/** The first days of a month, when plans not yet sent are reminded. */
	static final int PLAN_DAYS = 3;

	/** Days before the end of the month when scorers are reminded. */
	static final int CLOSING_DAYS = 5;

	/** Overdue tasks read at a time. */
	static final int OVERDUE_BATCH = 5000;

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final Clock clock;

	WorkReminders(JdbcClient jdbc, Notifications notifications, Clock clock) {
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Scheduled(cron = "${canbo.work.reminders.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	void everyMorning() {
		remind(LocalDate.now(this.clock));
	}

	/** Sends the day's reminders; returns how many tasks and scorers were reminded. */
	@Transactional
	int remind(LocalDate day) {
		return overdue(day) + closing(day) + plansDue(day);
	}

	/**
	 * In the first days of a month, everyone with an account whose plan of the month is
	 * not sent for approval yet (once per month).
	 */
	private int plansDue(LocalDate day) {
		if (day.getDayOfMonth() > PLAN_DAYS) {
			return 0;
		}
		LocalDate month = day.withDayOfMonth(1);
		List<Long> people = this.jdbc.sql("""
				select p.id from person p
				left join monthly_plan m on m.person_id = p.id and m.month = :month
				where p.agency_id is not null and (m.id is null or m.status in ('DRAFT', 'RETURNED'))
					and not exists (select 1 from work_month w where w.agency_id = p.agency_id and w.month = :month)""")
			.param("month", month)
			.query(Long.class)
			.list();
		String label = month.getMonthValue() + "/" + month.getYear();
		String text = month.toString().substring(0, 7);
		List<String> accounts = List.copyOf(this.notifications.accountsOfPeople(people).values());
		for (String account : accounts) {
			this.notifications.send(List.of(account), NotificationKind.OTHER, "work.notice.planDue", List.of(label),
					"/work/plans?month=" + text, "PLAN_DUE:" + text);
		}
		return accounts.size();
	}

	/**
	 * The owner and the assigner of every overdue task of an open month, read in keyset
	 * batches until none is left, so that the reminder reaches everyone however many
	 * there are.
	 */
	private int overdue(LocalDate day) {
		int reminded = 0;
		long after = 0;
		while (true) {
			List<Overdue> tasks = this.jdbc
				.sql("""
						select t.id, t.title, t.owner_id, t.assigned_by, t.due_on from work_task t
						where t.status = 'OPEN' and t.due_on < :day and t.month <= :day and t.id > :after
							and not exists (select 1 from work_month m where m.agency_id = t.agency_id and m.month = t.month)
						order by t.id limit :batch""")
				.param("day", day)
				.param("after", after)
				.param("batch", OVERDUE_BATCH)
				.query(Overdue.class)
				.list();
			if (tasks.isEmpty()) {
				return reminded;
			}
			Map<Long, String> owners = this.notifications
				.accountsOfPeople(tasks.stream().map(Overdue::ownerId).distinct().toList());
			for (Overdue task : tasks) {
				String owner = owners.get(task.ownerId());
				List<String> to = (owner != null) ? List.of(owner, task.assignedBy()) : List.of(task.assignedBy());
				this.notifications.send(to, NotificationKind.TASK_OVERDUE, "work.notice.overdue",
						List.of(task.title(), task.dueOn().format(WorkNotices.DAY)), "/work/tasks/" + task.id(),
						"TASK_OVERDUE:task-" + task.id());
			}
			reminded += tasks.size();
			after = tasks.get(tasks.size() - 1).id();
		}
	}

	private int closing(LocalDate day) {
		LocalDate month = day.withDayOfMonth(1);
		if (day.plusDays(CLOSING_DAYS).getMonth() == day.getMonth()) {
			return 0;
		}
		List<Scorer> scorers = this.jdbc.sql("""
				select t.assigned_by as username, count(*) as tasks from work_task t
				where t.month = :month and t.status in ('OPEN', 'DONE') and t.completed_units is null
					and t.assigned_by <> 'system'
					and not exists (select 1 from work_month m where m.agency_id = t.agency_id and m.month = t.month)
				group by t.assigned_by""").param("month", month).query(Scorer.class).list();
		String label = month.getMonthValue() + "/" + month.getYear();
		for (Scorer scorer : scorers) {
			this.notifications.send(List.of(scorer.username()), NotificationKind.MONTH_CLOSING, "work.notice.closing",
					List.of(String.valueOf(scorer.tasks()), label),
					"/work?view=assigned&month=" + month.toString().substring(0, 7),
					"MONTH_CLOSING:" + month.toString().substring(0, 7));
		}
		return scorers.size();
	}

	record Overdue(long id, String title, long ownerId, String assignedBy, LocalDate dueOn) {
	}

	record Scorer(String username, long tasks) {
	}

}
