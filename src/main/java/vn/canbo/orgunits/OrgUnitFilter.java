package vn.canbo.orgunits;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Which nodes a list should show.
 *
 * @param asOf the date the tree is seen at
 * @param level only this tier, or all
 * @param parentId only direct children of this node, or all
 * @param withinId only this node's subtree, or all
 * @param text a name (with or without diacritics) or an exact code, or null
 */
public record OrgUnitFilter(LocalDate asOf, @Nullable OrgLevel level, @Nullable Long parentId, @Nullable Long withinId,
		@Nullable String text) {

	public static OrgUnitFilter asOf(LocalDate asOf) {
		return new OrgUnitFilter(asOf, null, null, null, null);
	}

	public OrgUnitFilter level(@Nullable OrgLevel wanted) {
		return new OrgUnitFilter(this.asOf, wanted, this.parentId, this.withinId, this.text);
	}

	public OrgUnitFilter parent(@Nullable Long wanted) {
		return new OrgUnitFilter(this.asOf, this.level, wanted, this.withinId, this.text);
	}

	public OrgUnitFilter within(@Nullable Long wanted) {
		return new OrgUnitFilter(this.asOf, this.level, this.parentId, wanted, this.text);
	}

	public OrgUnitFilter text(@Nullable String wanted) {
		return new OrgUnitFilter(this.asOf, this.level, this.parentId, this.withinId, wanted);
	}

}
