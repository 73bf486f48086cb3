package vn.canbo.orgunits;

import org.jspecify.annotations.Nullable;

/**
 * A node of a subtree as it stood on a date, with the child of the subtree's root it
 * falls under, so that reports can roll counts up to the root's children.
 *
 * @param id the node
 * @param parentId its parent on the date
 * @param code its code
 * @param name its name
 * @param level its tier
 * @param type its kind
 * @param depth its depth in the whole tree
 * @param branchId the child of the root that the node is (or is under); the root itself
 * for the root
 * @param tier the level of the nearest administrative unit at or above the node
 * (province, district or commune), which says what tier an agency belongs to
 */
public record SubtreeNode(long id, @Nullable Long parentId, String code, String name, OrgLevel level, UnitType type,
		int depth, long branchId, OrgLevel tier) {

}
