package vn.canbo.work;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canbo.rules.EvaluationLevel;
import vn.canbo.shared.PageResult;

/**
 * A unit's month: each person's evaluation state and whether the month is closed.
 *
 * @param unitId the unit
 * @param month the month
 * @param agencies agencies in the subtree
 * @param closedAgencies of those, closed
 * @param people one page of the people with an evaluation or tasks, with how many there
 * are
 * @param withoutGeneral of those, how many have neither a self-assessment nor general
 * points
 * @param events closings and reopenings of the unit, newest first
 */
public record MonthStatus(long unitId, LocalDate month, int agencies, int closedAgencies, PageResult<BoardLine> people,
		long withoutGeneral, List<MonthEvent> events) {

	public boolean closed() {
		return this.agencies > 0 && this.closedAgencies == this.agencies;
	}

	/**
	 * A person on the board.
	 *
	 * @param personId their record
	 * @param fullName their name
	 * @param agencyName their agency
	 * @param tasks tasks in the month
	 * @param scoredTasks of those, scored by the assigner
	 * @param selfAssessed whether they assessed themselves
	 * @param evaluated whether the evaluator gave general points
	 * @param total the closed total
	 * @param level the closed level
	 * @param plan where their monthly plan stands; null when none was started
	 */
	public record BoardLine(long personId, String fullName, String agencyName, int tasks, int scoredTasks,
			boolean selfAssessed, boolean evaluated, @Nullable BigDecimal total, @Nullable EvaluationLevel level,
			@Nullable PlanStatus plan) {
	}

	/**
	 * A closing or reopening.
	 *
	 * @param action CLOSE or REOPEN
	 * @param reason why it was reopened
	 * @param people people evaluated
	 * @param doneBy who
	 * @param doneAt when
	 */
	public record MonthEvent(String action, @Nullable String reason, int people, String doneBy, Instant doneAt) {
	}

}
