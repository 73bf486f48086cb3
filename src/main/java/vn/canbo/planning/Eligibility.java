package vn.canbo.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a person may be planned (đủ điều kiện quy hoạch) for a title of a unit at a
 * date, and why: every condition with what it asks, what the records show and the rule
 * version it comes from.
 *
 * @param personId the person
 * @param fullName their name
 * @param unitId the unit whose title it is
 * @param titleCode the title
 * @param titleName its name
 * @param asOf the reference date
 * @param source đối tượng 1 (one level below) or 2 (two levels below)
 * @param eligible whether every condition is met
 * @param conditions the conditions in the order the page shows them
 */
public record Eligibility(long personId, String fullName, long unitId, String titleCode, String titleName,
		LocalDate asOf, int source, boolean eligible, List<EligibilityCondition> conditions) {

	public Eligibility {
		conditions = List.copyOf(conditions);
	}

	/** The conditions not met. */
	public List<EligibilityCondition> failing() {
		return this.conditions.stream().filter((condition) -> !condition.met()).toList();
	}

}
