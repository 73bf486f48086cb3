package vn.canbo.work;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.canbo.notifications.NotificationKind;
import vn.canbo.notifications.Notifications;
import vn.canbo.security.Role;

/**
 * What the work module tells people in their inbox (and by mail when configured): a task
 * assigned, a task done and waiting for its score, a month closed or reopened. Sent in
 * the transaction of the change, so a refused change tells nobody.
 */
@Component
class WorkNotices {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Notifications notifications;

	private final JdbcClient jdbc;

	WorkNotices(Notifications notifications, JdbcClient jdbc) {
		this.notifications = notifications;
		this.jdbc = jdbc;
	}

	/** The owner and the collaborators learn of a task someone else assigned them. */
	void assigned(TaskView task, String by) {
		List<Long> people = new ArrayList<>(task.collaboratorIds());
		people.add(0, task.ownerId());
		Set<String> to = new LinkedHashSet<>(this.notifications.accountsOfPeople(people).values());
		to.remove(by);
		this.notifications.send(to, NotificationKind.TASK_ASSIGNED, "work.notice.assigned",
				List.of(task.title(), task.dueOn().format(DAY), by), link(task), null);
	}

	/** The assigner learns that a task is done and waits for their score. */
	void done(TaskView task, String by) {
		if (task.assignedBy().equals(by)) {
			return;
		}
		this.notifications.send(List.of(task.assignedBy()), NotificationKind.SCORING_DUE, "work.notice.done",
				List.of(task.title(), task.ownerName()), link(task), "SCORING_DUE:task-" + task.id());
	}

	/**
	 * The leaders and organisation officers over the unit learn that the month was closed
	 * or reopened with a link to the unit's board; everyone else of its agencies with an
	 * account, with a link to their own month (the board of a unit above them is out of
	 * their scope).
	 */
	void month(long unitId, List<Long> agencies, LocalDate month, boolean closed, @Nullable String reason,
			LocalDate today) {
		Set<String> over = new LinkedHashSet<>(
				this.notifications.accountsOver(unitId, today, Role.LEADER, Role.ORG_OFFICER));
		List<Long> people = this.jdbc.sql("select id from person where agency_id = any(:agencies)")
			.param("agencies", agencies.toArray(Long[]::new))
			.query(Long.class)
			.list();
		Set<String> members = new LinkedHashSet<>(this.notifications.accountsOfPeople(people).values());
		members.removeAll(over);
		String yearMonth = month.toString().substring(0, 7);
		sendMonth(over, "/work/months?unitId=" + unitId + "&month=" + yearMonth, month, closed, reason);
		sendMonth(members, "/work/me/months/" + yearMonth, month, closed, reason);
	}

	private void sendMonth(Set<String> to, String link, LocalDate month, boolean closed, @Nullable String reason) {
		String label = month.getMonthValue() + "/" + month.getYear();
		if (closed) {
			this.notifications.send(to, NotificationKind.MONTH_CLOSED, "work.notice.closed", List.of(label), link,
					null);
		}
		else {
			this.notifications.send(to, NotificationKind.MONTH_REOPENED, "work.notice.reopened",
					List.of(label, (reason != null) ? reason : ""), link, null);
		}
	}

	private static String link(TaskView task) {
		return "/work/tasks/" + task.id();
	}

}
