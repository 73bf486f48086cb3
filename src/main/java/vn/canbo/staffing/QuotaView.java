package vn.canbo.staffing;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.PersonnelCategory;

/**
 * A staffing quota (biên chế) of a unit, for a category or a job position, by decision.
 *
 * @param id the quota version
 * @param unitId the unit
 * @param unitCode its code
 * @param unitName its name
 * @param category the category
 * @param jobPositionCode the job position, or null for the unit's quota of the category
 * @param jobPositionName its name
 * @param quota the approved headcount
 * @param validFrom first day in force
 * @param validTo first day no longer in force; null while in force
 * @param decisionNumber the decision's number
 * @param decisionDate the decision's date
 */
public record QuotaView(long id, long unitId, String unitCode, String unitName, PersonnelCategory category,
		@Nullable String jobPositionCode, @Nullable String jobPositionName, int quota, LocalDate validFrom,
		@Nullable LocalDate validTo, @Nullable String decisionNumber, @Nullable LocalDate decisionDate) {

}
