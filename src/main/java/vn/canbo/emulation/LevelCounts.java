package vn.canbo.emulation;

import java.util.Map;

/**
 * How many approved annual ratings of each level.
 *
 * @param excellent rated excellent
 * @param good rated good
 * @param completed rated completed
 * @param notCompleted rated not completed
 */
public record LevelCounts(long excellent, long good, long completed, long notCompleted) {

	static LevelCounts of(Map<RatingLevel, Long> counts) {
		return new LevelCounts(counts.getOrDefault(RatingLevel.EXCELLENT, 0L),
				counts.getOrDefault(RatingLevel.GOOD, 0L), counts.getOrDefault(RatingLevel.COMPLETED, 0L),
				counts.getOrDefault(RatingLevel.NOT_COMPLETED, 0L));
	}

	public long total() {
		return this.excellent + this.good + this.completed + this.notCompleted;
	}

	public long goodOrBetter() {
		return this.excellent + this.good;
	}

	public long of(RatingLevel level) {
		return switch (level) {
			case EXCELLENT -> this.excellent;
			case GOOD -> this.good;
			case COMPLETED -> this.completed;
			case NOT_COMPLETED -> this.notCompleted;
		};
	}

}
