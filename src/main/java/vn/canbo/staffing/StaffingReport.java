package vn.canbo.staffing;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.people.PersonnelCategory;

/**
 * Headcount against quota (biên chế) under a unit on a date, rolled up to the unit's
 * children: surplus and shortage by category, by job position, and the vacant titles.
 *
 * @param unit the unit reported on
 * @param asOf the date
 * @param branches the unit itself and its children, in tree order
 * @param counts quota and headcount per branch and category
 * @param positions quota and headcount per job position over the whole subtree
 * @param titles slots and holders per title over the whole subtree
 * @param vacancies the units where a title has fewer holders than slots
 */
public record StaffingReport(OrgUnitView unit, LocalDate asOf, List<ComplianceReport.Branch> branches,
		List<Count> counts, List<PositionCount> positions, List<TitleCount> titles, List<Vacancy> vacancies) {

	public List<PersonnelCategory> categories() {
		return this.counts.stream().map(Count::category).distinct().sorted().toList();
	}

	public Count count(long branchId, PersonnelCategory category) {
		return sum(this.counts.stream().filter((c) -> c.branchId() == branchId && c.category() == category).toList(),
				branchId, category);
	}

	public Count branchTotal(long branchId) {
		return sum(this.counts.stream().filter((c) -> c.branchId() == branchId).toList(), branchId, null);
	}

	public Count categoryTotal(PersonnelCategory category) {
		return sum(this.counts.stream().filter((c) -> c.category() == category).toList(), this.unit.id(), category);
	}

	public Count total() {
		return sum(this.counts, this.unit.id(), null);
	}

	/** The branches with a quota or anyone in post. */
	public List<ComplianceReport.Branch> reportedBranches() {
		return this.branches.stream()
			.filter((branch) -> this.counts.stream().anyMatch((c) -> c.branchId() == branch.id()))
			.toList();
	}

	public long vacantSlots() {
		return this.vacancies.stream().mapToLong(Vacancy::missing).sum();
	}

	private static Count sum(List<Count> counts, long branchId, @Nullable PersonnelCategory category) {
		Long quota = null;
		long headcount = 0;
		for (Count count : counts) {
			if (count.quota() != null) {
				quota = ((quota == null) ? 0 : quota) + count.quota();
			}
			headcount += count.headcount();
		}
		return new Count(branchId, category, quota, headcount);
	}

	/**
	 * Quota and headcount of one branch and category.
	 *
	 * @param branchId the branch
	 * @param category the category; null for a total over categories
	 * @param quota the approved headcount; null when none was set
	 * @param headcount the people holding a primary post there on the date
	 */
	public record Count(long branchId, @Nullable PersonnelCategory category, @Nullable Long quota, long headcount) {

		/** Headcount minus quota: positive for a surplus, negative for a shortage. */
		public @Nullable Long difference() {
			return (this.quota == null) ? null : this.headcount - this.quota;
		}

		public boolean surplus() {
			return this.quota != null && this.headcount > this.quota;
		}

		public boolean shortage() {
			return this.quota != null && this.headcount < this.quota;
		}

	}

	/**
	 * Quota and headcount of a job position over the subtree.
	 *
	 * @param code the job position's code
	 * @param name its name
	 * @param quota the approved number; null when none was set
	 * @param headcount how many hold it as their primary post
	 */
	public record PositionCount(String code, String name, @Nullable Long quota, long headcount) {

		public @Nullable Long difference() {
			return (this.quota == null) ? null : this.headcount - this.quota;
		}

	}

	/**
	 * Slots and holders of a title over the subtree.
	 *
	 * @param code the title's code
	 * @param name its name
	 * @param keyTitle whether it is a key title
	 * @param slots how many the units that have it should have; null when not fixed
	 * @param holders how many hold it (primary or concurrent)
	 */
	public record TitleCount(String code, String name, boolean keyTitle, @Nullable Long slots, long holders) {

		public long vacant() {
			return (this.slots == null) ? 0 : Math.max(0, this.slots - this.holders);
		}

	}

	/**
	 * A title with fewer holders than slots in a unit.
	 *
	 * @param unitId the unit
	 * @param unitCode its code
	 * @param unitName its name
	 * @param titleCode the title's code
	 * @param titleName its name
	 * @param keyTitle whether it is a key title
	 * @param slots how many it should have
	 * @param holders how many it has
	 */
	public record Vacancy(long unitId, String unitCode, String unitName, String titleCode, String titleName,
			boolean keyTitle, int slots, long holders) {

		public long missing() {
			return this.slots - this.holders;
		}

	}

}
