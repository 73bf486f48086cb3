package vn.canbo.work;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canbo.rules.EvaluationLevel;

/**
 * A month's score under a scoring scheme (NĐ 335/2025): the task results compare the
 * converted units assigned with those completed (quantity), meeting quality and on time,
 * averaged, plus for leaders directing, the unit's result and organising; the task points
 * are that share of the scheme's task maximum; the total adds the general criteria and
 * any bonus, and gives the level unless an automatic case makes it "not completed".
 *
 * @param quantity percent of units completed; null without tasks
 * @param quality percent of units meeting quality after deductions
 * @param timeliness percent of units on time after deductions
 * @param directing a leader's directing percent; null for others
 * @param unitResult a leader's unit result percent, after the partial rate; null for
 * others
 * @param organising a leader's organising percent; null for others
 * @param taskPercent the mean of the criteria
 * @param taskPoints the task points
 * @param general the general-criteria points
 * @param bonus the bonus points
 * @param total the total; null when the month has no tasks or no general points yet
 * @param level the level; null when there is no total
 * @param automaticCase the automatic case applied, if any
 */
public record MonthlyScore(@Nullable BigDecimal quantity, @Nullable BigDecimal quality, @Nullable BigDecimal timeliness,
		@Nullable BigDecimal directing, @Nullable BigDecimal unitResult, @Nullable BigDecimal organising,
		@Nullable BigDecimal taskPercent, @Nullable BigDecimal taskPoints, @Nullable BigDecimal general,
		@Nullable BigDecimal bonus, @Nullable BigDecimal total, @Nullable EvaluationLevel level,
		@Nullable AutomaticCase automaticCase) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * The score without the automatic case (the level stays), for those who may not read
	 * it.
	 */
	public MonthlyScore withoutAutomaticCase() {
		return new MonthlyScore(this.quantity, this.quality, this.timeliness, this.directing, this.unitResult,
				this.organising, this.taskPercent, this.taskPoints, this.general, this.bonus, this.total, this.level,
				null);
	}

	private static final int EXACT = 10;

	/**
	 * Scores a month.
	 * @param scheme the scoring scheme in force for the month
	 * @param tasks the person's tasks of the month (cancelled ones left out)
	 * @param general the evaluator's general-criteria points; null when not scored yet
	 * @param bonus bonus points, if the scheme has any
	 * @param leader a leader's extra criteria; null for others
	 * @param automaticCase an automatic "not completed" case, if one applies
	 */
	public static MonthlyScore of(ScoringScheme scheme, List<TaskFacts> tasks, @Nullable BigDecimal general,
			@Nullable BigDecimal bonus, @Nullable LeaderInputs leader, @Nullable AutomaticCase automaticCase) {
		Units units = new Units();
		tasks.forEach((task) -> units.add(task, scheme));
		return of(scheme, units, general, bonus, leader, automaticCase);
	}

	/** Scores a month from the units summed over its tasks. */
	public static MonthlyScore of(ScoringScheme scheme, Units units, @Nullable BigDecimal general,
			@Nullable BigDecimal bonus, @Nullable LeaderInputs leader, @Nullable AutomaticCase automaticCase) {
		BigDecimal assigned = units.assigned;
		if (assigned.signum() == 0) {
			EvaluationLevel level = (automaticCase != null) ? EvaluationLevel.NOT_COMPLETED : null;
			return new MonthlyScore(null, null, null, null, null, null, null, null, general, bonus, null, level,
					automaticCase);
		}
		BigDecimal done = units.done;
		BigDecimal good = units.good;
		BigDecimal timely = units.timely;
		BigDecimal quantity = percent(done, assigned);
		BigDecimal quality = percent(good, assigned);
		BigDecimal timeliness = percent(timely, assigned);
		BigDecimal sum = quantity.add(quality).add(timeliness);
		int criteria = 3;
		BigDecimal unitResult = null;
		if (leader != null) {
			BigDecimal rate = leader.anySubordinateNotCompleted() ? scheme.unitResultPartial()
					: scheme.unitResultFull();
			unitResult = leader.unitCompletion().multiply(rate).divide(HUNDRED, EXACT, RoundingMode.HALF_UP);
			sum = sum.add(leader.directing()).add(unitResult).add(leader.organising());
			criteria = 6;
		}
		BigDecimal taskPercent = sum.divide(BigDecimal.valueOf(criteria), EXACT, RoundingMode.HALF_UP);
		BigDecimal taskPoints = rounded(
				taskPercent.multiply(scheme.taskMax()).divide(HUNDRED, EXACT, RoundingMode.HALF_UP));
		BigDecimal total = null;
		EvaluationLevel level = null;
		if (general != null) {
			total = taskPoints.add(general).add((bonus != null) ? bonus : BigDecimal.ZERO);
			level = (automaticCase != null) ? EvaluationLevel.NOT_COMPLETED : scheme.level(total);
		}
		else if (automaticCase != null) {
			level = EvaluationLevel.NOT_COMPLETED;
		}
		return new MonthlyScore(rounded(quantity), rounded(quality), rounded(timeliness),
				(leader != null) ? rounded(leader.directing()) : null,
				(unitResult != null) ? rounded(unitResult) : null,
				(leader != null) ? rounded(leader.organising()) : null, rounded(taskPercent), taskPoints, general,
				bonus, total, level, automaticCase);
	}

	/**
	 * The converted units of a person's (or a unit's) tasks: assigned, done, good, on
	 * time.
	 */
	public static final class Units {

		private BigDecimal assigned = BigDecimal.ZERO;

		private BigDecimal done = BigDecimal.ZERO;

		private BigDecimal good = BigDecimal.ZERO;

		private BigDecimal timely = BigDecimal.ZERO;

		/** The sums as the database adds them up ({@link TaskUnitsSql#PER_PERSON}). */
		static Units of(BigDecimal assigned, BigDecimal done, BigDecimal good, BigDecimal timely) {
			Units units = new Units();
			units.assigned = assigned;
			units.done = done;
			units.good = good;
			units.timely = timely;
			return units;
		}

		public void add(TaskFacts task, ScoringScheme scheme) {
			this.assigned = this.assigned.add(task.weight());
			this.done = this.done.add(task.quantityUnits());
			this.good = this.good.add(task.qualityUnits(scheme));
			this.timely = this.timely.add(task.timelyUnits(scheme));
		}

		public void add(Units other) {
			this.assigned = this.assigned.add(other.assigned);
			this.done = this.done.add(other.done);
			this.good = this.good.add(other.good);
			this.timely = this.timely.add(other.timely);
		}

		public boolean isEmpty() {
			return this.assigned.signum() == 0;
		}

		/** Percent of the units completed; 100 without tasks. */
		public BigDecimal completion() {
			return isEmpty() ? HUNDRED : percent(this.done, this.assigned);
		}

		/** Percent of the units on time; 100 without tasks. */
		public BigDecimal onTime() {
			return isEmpty() ? HUNDRED : percent(this.timely, this.assigned);
		}

	}

	private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		return part.multiply(HUNDRED).divide(whole, EXACT, RoundingMode.HALF_UP);
	}

	private static BigDecimal rounded(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

}
