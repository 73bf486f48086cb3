package vn.canbo.ratings;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import vn.canbo.rules.EvaluationLevel;

/**
 * How many of a subtree's annual ratings of a year are in each state, counted in SQL over
 * the whole subtree: the levels decided, the excellent proposals waiting for the leader's
 * choice under the quota, and those not rated (too few months worked). The parts add up
 * to the total.
 *
 * @param levels how many have each level
 * @param pendingChoice excellent proposals waiting for the leader's choice
 * @param notRated rolled up but not rated
 * @param total every rating of the subtree and year
 */
public record RatingCounts(Map<EvaluationLevel, Long> levels, long pendingChoice, long notRated, long total) {

	/** Every level present, in the order of the levels. */
	public RatingCounts {
		levels = Collections.unmodifiableMap(new EnumMap<>(levels));
	}

	/** How many have the level. */
	public long of(EvaluationLevel level) {
		return this.levels.getOrDefault(level, 0L);
	}

}
