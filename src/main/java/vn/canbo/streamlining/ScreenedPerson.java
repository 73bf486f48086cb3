package vn.canbo.streamlining;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.PersonnelCategory;

/**
 * A person of the screening list with their cases and the exclusions that keep them off
 * it for now.
 *
 * @param personId the record
 * @param fullName the name
 * @param category cán bộ, công chức, …
 * @param position the post as written
 * @param agencyName the agency
 * @param cases why they are on the list
 * @param exclusions why they are not processed yet (empty: a candidate)
 * @param decisionId the decision of the review year, if any
 */
public record ScreenedPerson(long personId, String fullName, PersonnelCategory category, @Nullable String position,
		String agencyName, List<Finding> cases, List<Finding> exclusions, @Nullable Long decisionId) {

	public ScreenedPerson {
		cases = List.copyOf(cases);
		exclusions = List.copyOf(exclusions);
	}

	/** Whether an exclusion keeps them off the list. */
	public boolean excluded() {
		return !this.exclusions.isEmpty();
	}

}
