package vn.canbo.training;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A unit's yearly training plan (kế hoạch đào tạo, bồi dưỡng): who, which course kind, in
 * which quarter, from which need, and whether the course was recorded.
 *
 * @param id the plan
 * @param version its version
 * @param unitId the unit
 * @param unitName its name
 * @param year the year
 * @param lines its lines, by person
 */
public record Plan(long id, long version, long unitId, String unitName, int year, List<Line> lines) {

	/** How many lines a recorded course completed. */
	public long completed() {
		return this.lines.stream().filter(Line::done).count();
	}

	/**
	 * One line of a plan.
	 *
	 * @param personId who
	 * @param fullName their name
	 * @param need the need's code
	 * @param kind the course kind planned ({@code DEGREE} for a degree)
	 * @param quarter the quarter planned
	 * @param courseId the course that completed it, if recorded
	 */
	public record Line(long personId, String fullName, String need, String kind, int quarter, @Nullable Long courseId) {

		public boolean done() {
			return this.courseId != null;
		}

		public String kindKey() {
			return "training.kind." + this.kind;
		}

	}

}
