package vn.canbo.staffing;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.canbo.orgunits.OrgLevel;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.PersonnelCategory;

/**
 * A title or post (chức danh, chức vụ) of the political system, e.g. Bí thư Đảng ủy xã;
 * key titles (chức danh chủ chốt) are the top posts of a unit.
 *
 * @param id the title
 * @param code its stable code
 * @param name its Vietnamese name
 * @param tier the tier of government it belongs to; null for agency posts of any tier
 * @param unitType the kind of agency that has it; null for any
 * @param sector Party, State, Front or agency
 * @param keyTitle whether it is a key title (chủ chốt)
 * @param selection elected for a term or appointed for five years
 * @param termYears the term or appointment length
 * @param category the category its holders count under
 * @param slots how many a unit of that kind has; null when not fixed
 * @param validFrom first day the title exists; null when earlier than our records
 * @param validTo first day it no longer exists (the district posts end on 2025-07-01)
 * @param citation the legal source
 */
public record PostTitle(long id, String code, String name, @Nullable OrgLevel tier, @Nullable UnitType unitType,
		String sector, boolean keyTitle, Selection selection, int termYears, PersonnelCategory category,
		@Nullable Integer slots, @Nullable LocalDate validFrom, @Nullable LocalDate validTo, String citation) {

	/** Whether a unit of this kind and tier has the title. */
	public boolean appliesTo(UnitType type, OrgLevel unitTier) {
		return (this.unitType == null || this.unitType == type) && (this.tier == null || this.tier == unitTier);
	}

	public boolean validOn(LocalDate day) {
		return (this.validFrom == null || !this.validFrom.isAfter(day))
				&& (this.validTo == null || this.validTo.isAfter(day));
	}

}
