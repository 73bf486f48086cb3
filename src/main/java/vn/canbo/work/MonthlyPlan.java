package vn.canbo.work;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A person's monthly plan (kế hoạch công tác tháng) as they and their leaders see it: the
 * plan's state and the tasks they own in the month.
 *
 * @param personId whose plan
 * @param fullName their name
 * @param agencyId the agency the plan belongs to
 * @param agencyName its name
 * @param month the first day of the month
 * @param started whether the plan has been drafted (a row exists); otherwise a draft
 * @param version the version a submit, approve or return must carry back (0 when none)
 * @param status where it stands
 * @param note the person's note when submitting
 * @param submittedAt when it was last submitted
 * @param decidedBy who last approved or returned it
 * @param decidedAt when
 * @param decisionNote the leader's note (why it was returned)
 * @param tasks the tasks owned in the month, by deadline
 * @param monthClosed whether the month is closed (the plan is then locked)
 * @param own whether it is the signed-in user's own plan
 * @param mayDecide whether the signed-in user may approve or return it now
 */
public record MonthlyPlan(long personId, String fullName, long agencyId, String agencyName, LocalDate month,
		boolean started, long version, PlanStatus status, @Nullable String note, @Nullable Instant submittedAt,
		@Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String decisionNote, List<Line> tasks,
		boolean monthClosed, boolean own, boolean mayDecide) {

	/** Whether the person may add their own tasks and submit now. */
	public boolean mayEdit() {
		return this.own && !this.monthClosed && this.status.editable();
	}

	public BigDecimal totalWeight() {
		return this.tasks.stream().map((line) -> line.task().weight()).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public long carriedCount() {
		return this.tasks.stream().filter(Line::carried).count();
	}

	public long draftedCount() {
		return this.tasks.stream().filter(Line::drafted).count();
	}

	/**
	 * A task of the plan.
	 *
	 * @param task the task
	 * @param drafted whether the person drafted it themselves and no approver has adopted
	 * it yet
	 */
	public record Line(TaskView task, boolean drafted) {

		/** A continuation of an unfinished task of an earlier month. */
		public boolean carried() {
			return this.task.carriedFromId() != null;
		}

	}

}
