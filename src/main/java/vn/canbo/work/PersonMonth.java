package vn.canbo.work;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One person's month as the evaluation shows it: the tasks with what each lost, the
 * inputs, the score (final once closed, a preview before) and the scheme it rests on.
 *
 * @param personId whose
 * @param fullName their name
 * @param agencyId their agency
 * @param month the month
 * @param tasks the month's tasks and their losses
 * @param evaluation the stored inputs, if any
 * @param score the score
 * @param scheme the scheme in force
 * @param closed whether the month is closed
 * @param mayAssessSelf whether the user may self-assess (it is their own open month)
 * @param mayEvaluate whether the user may evaluate
 */
public record PersonMonth(long personId, String fullName, long agencyId, LocalDate month, List<TaskLine> tasks,
		@Nullable EvaluationRow evaluation, MonthlyScore score, ScoringScheme scheme, boolean closed,
		boolean mayAssessSelf, boolean mayEvaluate) {

	/** The general points the evaluator did not give. */
	public @Nullable BigDecimal generalLost() {
		return (this.score.general() != null) ? this.scheme.generalMax().subtract(this.score.general()) : null;
	}

	/** The task points lost against the scheme's maximum. */
	public @Nullable BigDecimal taskPointsLost() {
		return (this.score.taskPoints() != null) ? this.scheme.taskMax().subtract(this.score.taskPoints()) : null;
	}

	/**
	 * A task with the units it lost on each criterion.
	 *
	 * @param task the task
	 * @param facts what it is scored on
	 * @param quantityLost units not completed
	 * @param qualityLost units lost to major errors
	 * @param timelinessLost units lost to delays
	 */
	public record TaskLine(TaskView task, TaskFacts facts, BigDecimal quantityLost, BigDecimal qualityLost,
			BigDecimal timelinessLost) {

		static TaskLine of(TaskView task, ScoringScheme scheme) {
			TaskFacts facts = task.facts();
			return new TaskLine(task, facts, facts.weight().subtract(facts.quantityUnits()),
					facts.quantityUnits().subtract(facts.qualityUnits(scheme)).stripTrailingZeros(),
					facts.quantityUnits().subtract(facts.timelyUnits(scheme)).stripTrailingZeros());
		}

	}

}
