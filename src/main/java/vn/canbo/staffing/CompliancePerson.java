package vn.canbo.staffing;

import java.util.List;

import vn.canbo.people.PersonnelCategory;

/**
 * One person in the compliance drill-down: the post held and the requirements failed.
 *
 * @param personId the person
 * @param fullName the name
 * @param birthYear the year of birth
 * @param category the category counted
 * @param unitName where the post is held
 * @param postName the title or job position
 * @param failing the requirements not met; empty when the person meets the standard
 */
public record CompliancePerson(long personId, String fullName, int birthYear, PersonnelCategory category,
		String unitName, String postName, List<Requirement> failing) {

	public boolean meets() {
		return this.failing.isEmpty();
	}

}
