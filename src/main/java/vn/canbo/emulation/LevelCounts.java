package vn.canbo.emulation;

import java.util.Map;

import vn.canbo.rules.EvaluationLevel;

/**
 * How many approved annual ratings of each level.
 *
 * @param excellent rated excellent
 * @param good rated good
 * @param completed rated completed
 * @param notCompleted rated not completed
 */
public record LevelCounts(long excellent, long good, long completed, long notCompleted) {

	static LevelCounts of(Map<EvaluationLevel, Long> counts) {
		return new LevelCounts(counts.getOrDefault(EvaluationLevel.EXCELLENT, 0L),
				counts.getOrDefault(EvaluationLevel.GOOD, 0L), counts.getOrDefault(EvaluationLevel.COMPLETED, 0L),
				counts.getOrDefault(EvaluationLevel.NOT_COMPLETED, 0L));
	}

	public long total() {
		return this.excellent + this.good + this.completed + this.notCompleted;
	}

	public long goodOrBetter() {
		return this.excellent + this.good;
	}

	public long of(EvaluationLevel level) {
		return switch (level) {
			case EXCELLENT -> this.excellent;
			case GOOD -> this.good;
			case COMPLETED -> this.completed;
			case NOT_COMPLETED -> this.notCompleted;
		};
	}

}
