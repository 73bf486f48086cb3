package vn.canbo.orgunits;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A node of the organisation tree as it stood on a given date.
 *
 * @param id the node's identifier
 * @param code the official code (administrative units) or the agency's code
 * @param name the full name, e.g. "Xã Mường Phăng"
 * @param level the tier
 * @param type the kind within the tier
 * @param parentId the parent node on that date; null for a province
 * @param parentCode the parent's code
 * @param provinceCode the code of the province the node belongs to
 * @param validFrom first day the node exists; null when earlier than our records
 * @param validTo first day the node no longer exists; null while it exists
 * @param path the materialised path on that date, e.g. {@code /12/345/}
 * @param hasChildren whether the node had children on that date
 * @param version the optimistic-locking version, for edits
 */
public record OrgUnitView(long id, String code, String name, OrgLevel level, UnitType type, @Nullable Long parentId,
		@Nullable String parentCode, @Nullable String provinceCode, @Nullable LocalDate validFrom,
		@Nullable LocalDate validTo, String path, boolean hasChildren, long version) {

	/** Whether the node exists on the day (its own validity, not its placement). */
	public boolean existsOn(LocalDate day) {
		return (this.validFrom == null || !this.validFrom.isAfter(day))
				&& (this.validTo == null || this.validTo.isAfter(day));
	}

}
