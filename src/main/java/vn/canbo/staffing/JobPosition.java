package vn.canbo.staffing;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.PersonnelCategory;

/**
 * A job position (vị trí việc làm): since Luật Cán bộ, công chức 2025 the unit of
 * staffing, rank and pay.
 *
 * @param id the position
 * @param code its stable code
 * @param name its Vietnamese name
 * @param group leadership, professional or support
 * @param category the category of the people who hold it
 * @param rankGroup the rank (ngạch) or professional title it corresponds to
 * @param citation the legal source
 */
public record JobPosition(long id, String code, String name, PositionGroup group, PersonnelCategory category,
		@Nullable String rankGroup, String citation) {

}
