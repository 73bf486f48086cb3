package vn.canbo.planning;

import java.util.List;

/**
 * How well one key title of one unit is planned (bench strength): the people planned with
 * their readiness.
 *
 * @param unitId the unit
 * @param unitCode its code
 * @param unitName its name
 * @param titleCode the title
 * @param titleName its name
 * @param cap how many may be planned (3 per post)
 * @param people the people planned, in name order
 */
public record CoverageRow(long unitId, String unitCode, String unitName, String titleCode, String titleName, long cap,
		List<PlanEntry> people) {

	public CoverageRow {
		people = List.copyOf(people);
	}

	public int planned() {
		return this.people.size();
	}

	/** The bench strength shown: 0, 1, 2 or 3 (3 and more). */
	public int bench() {
		return Math.min(3, this.people.size());
	}

	public long ready(Readiness readiness) {
		return this.people.stream().filter((entry) -> entry.readiness() == readiness).count();
	}

}
