package vn.canbo.work;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A task (nhiệm vụ) as its owner, assigner and leaders see it.
 *
 * @param id the task's number
 * @param version the version an edit must carry back
 * @param agencyId the agency the task belongs to
 * @param agencyName its name
 * @param month the first day of the month it is planned for
 * @param kind TASK, or VILLAGE for village duty
 * @param title what is to be done
 * @param description details
 * @param ownerId the one owner (một việc một đầu mối)
 * @param ownerName their name
 * @param collaboratorIds people who help
 * @param assignedBy the account that assigned it (and scores it)
 * @param parentTaskId the higher unit's task it was derived from
 * @param carriedFromId the task of an earlier month it continues
 * @param dueOn the deadline
 * @param weight converted product units
 * @param status where it stands
 * @param progress percent done as last reported
 * @param completedOn when it was completed
 * @param completedUnits units completed as scored; null while not scored
 * @param majorErrors major errors
 * @param excusedErrors of those, excused
 * @param delays delays as scored; null while not scored
 * @param excusedDelays of those, excused
 * @param scoreNote the assigner's remark
 * @param scoredBy who scored it
 * @param scoredAt when
 * @param monthClosed whether its month is closed (the task is then locked)
 * @param updates the progress reports, newest first
 */
public record TaskView(long id, long version, long agencyId, String agencyName, LocalDate month, String kind,
		String title, @Nullable String description, long ownerId, String ownerName, List<Long> collaboratorIds,
		String assignedBy, @Nullable Long parentTaskId, @Nullable Long carriedFromId, LocalDate dueOn,
		BigDecimal weight, TaskStatus status, int progress, @Nullable LocalDate completedOn,
		@Nullable BigDecimal completedUnits, int majorErrors, int excusedErrors, @Nullable Integer delays,
		int excusedDelays, @Nullable String scoreNote, @Nullable String scoredBy, @Nullable Instant scoredAt,
		boolean monthClosed, List<TaskUpdate> updates) {

	/** Open past its deadline on the day. */
	public boolean overdueOn(LocalDate day) {
		return this.status == TaskStatus.OPEN && this.dueOn.isBefore(day);
	}

	/** Completed after its deadline. */
	public boolean late() {
		return this.completedOn != null && this.completedOn.isAfter(this.dueOn);
	}

	public boolean scored() {
		return this.completedUnits != null;
	}

	/**
	 * The facts the month is scored on: what the assigner scored, or, while not scored,
	 * the defaults: the whole weight when done, nothing otherwise; one delay when done
	 * late or still open after the deadline within the month.
	 */
	public TaskFacts facts() {
		BigDecimal done = (this.completedUnits != null) ? this.completedUnits
				: (this.status == TaskStatus.DONE) ? this.weight : BigDecimal.ZERO;
		int delayCount = (this.delays != null) ? this.delays
				: defaultDelays(this.status, this.completedOn, this.dueOn, this.month);
		return new TaskFacts(this.weight, done, this.majorErrors, this.excusedErrors, delayCount, this.excusedDelays);
	}

	static int defaultDelays(TaskStatus status, @Nullable LocalDate completedOn, LocalDate dueOn, LocalDate month) {
		if (status == TaskStatus.DONE) {
			return (completedOn != null && completedOn.isAfter(dueOn)) ? 1 : 0;
		}
		LocalDate monthEnd = month.plusMonths(1).minusDays(1);
		return dueOn.isAfter(monthEnd) ? 0 : 1;
	}

	/**
	 * A progress report.
	 *
	 * @param id its number
	 * @param author who wrote it
	 * @param progress percent done
	 * @param note what was done
	 * @param fileName the evidence file, if any
	 * @param createdAt when
	 */
	public record TaskUpdate(long id, String author, int progress, String note, @Nullable String fileName,
			Instant createdAt) {
	}

}
