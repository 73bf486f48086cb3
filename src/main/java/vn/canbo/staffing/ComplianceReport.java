package vn.canbo.staffing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.people.PersonnelCategory;

/**
 * Standards compliance (đạt chuẩn) under a unit on a date: "x/y (z%) đạt chuẩn" per child
 * unit and category, counting everyone whose primary post declares a standard.
 *
 * @param unit the unit reported on
 * @param asOf the date
 * @param branches the unit itself and its children, in tree order
 * @param rows the counts per branch and category
 */
public record ComplianceReport(OrgUnitView unit, LocalDate asOf, List<Branch> branches, List<Row> rows) {

	/** The categories that occur, in their natural order. */
	public List<PersonnelCategory> categories() {
		return this.rows.stream().map(Row::category).distinct().sorted().toList();
	}

	public Tally tally(long branchId, PersonnelCategory category) {
		return sum(
				this.rows.stream().filter((row) -> row.branchId() == branchId && row.category() == category).toList());
	}

	public Tally branchTotal(long branchId) {
		return sum(this.rows.stream().filter((row) -> row.branchId() == branchId).toList());
	}

	public Tally categoryTotal(PersonnelCategory category) {
		return sum(this.rows.stream().filter((row) -> row.category() == category).toList());
	}

	public Tally total() {
		return sum(this.rows);
	}

	/** The branches that have anyone judged. */
	public List<Branch> reportedBranches() {
		return this.branches.stream().filter((branch) -> branchTotal(branch.id()).judged() > 0).toList();
	}

	private static Tally sum(List<Row> rows) {
		long judged = 0;
		long meeting = 0;
		Map<Requirement, Long> failing = new EnumMap<>(Requirement.class);
		for (Row row : rows) {
			judged += row.judged();
			meeting += row.meeting();
			row.failing().forEach((requirement, count) -> failing.merge(requirement, count, Long::sum));
		}
		return new Tally(judged, meeting, failing);
	}

	/**
	 * A child of the reported unit (or the unit itself, for those placed directly in it).
	 *
	 * @param id the node
	 * @param code its code
	 * @param name its name
	 */
	public record Branch(long id, String code, String name) {

	}

	/**
	 * The counts for one branch and category.
	 *
	 * @param branchId the branch
	 * @param category the category
	 * @param judged how many hold a post with a standard
	 * @param meeting how many of them meet it
	 * @param failing how many fail each requirement
	 */
	public record Row(long branchId, PersonnelCategory category, long judged, long meeting,
			Map<Requirement, Long> failing) {

	}

	/**
	 * Counts summed over rows.
	 *
	 * @param judged how many hold a post with a standard
	 * @param meeting how many meet it
	 * @param failing how many fail each requirement
	 */
	public record Tally(long judged, long meeting, Map<Requirement, Long> failing) {

		/** The share meeting the standard, in percent with one decimal; 0 for none. */
		public double percent() {
			return (this.judged == 0) ? 0 : Math.round(this.meeting * 1000.0 / this.judged) / 10.0;
		}

		public List<Map.Entry<Requirement, Long>> failures() {
			return new ArrayList<>(this.failing.entrySet().stream().filter((entry) -> entry.getValue() > 0).toList());
		}

	}

}
