package vn.canbo.ratings;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.canbo.rules.EvaluationLevel;

/**
 * Which ratings of a unit and year a list shows: only approved ones or all, and only one
 * level, any level (rated), or all. The annual-rating indicators count approved ratings
 * with these conditions, so that their links list exactly what they count.
 *
 * @param approvedOnly only approved ratings
 * @param level only this level (after the quota); null: any
 * @param ratedOnly only ratings with a level (not "not rated", not waiting for the
 * leader's choice)
 */
public record RatingFilter(boolean approvedOnly, @Nullable EvaluationLevel level, boolean ratedOnly) {

	/** Every rating. */
	public static final RatingFilter ALL = new RatingFilter(false, null, false);

	/** The approved ratings whose level is the given one. */
	public static RatingFilter approved(@Nullable EvaluationLevel level) {
		return new RatingFilter(true, level, true);
	}

	/** The condition over {@code annual_rating r}, with its parameters added. */
	String sql(Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		if (this.approvedOnly) {
			where.append(" and r.status = 'APPROVED'");
		}
		if (this.level != null) {
			params.put("level", this.level.name());
			where.append(" and r.level = :level");
		}
		else if (this.ratedOnly) {
			where.append(" and r.level is not null");
		}
		return where.toString();
	}

}
