package vn.canbo.staffing;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.PersonnelCategory;

/**
 * Sets a unit's quota for a category (or one job position) from a date on, by decision;
 * the quota in force before ends that day.
 *
 * @param unitCode the unit's code
 * @param category the category
 * @param jobPositionCode the job position, or null for the category as a whole
 * @param quota the approved headcount
 * @param validFrom first day in force
 * @param decisionNumber the decision's number
 * @param decisionDate the decision's date
 */
public record SetQuota(@Nullable String unitCode, @Nullable PersonnelCategory category,
		@Nullable String jobPositionCode, @Nullable Integer quota, @Nullable LocalDate validFrom,
		@Nullable String decisionNumber, @Nullable LocalDate decisionDate) {

}
