package vn.canbo.orgunits;

import java.time.LocalDate;
import java.util.Map;

/**
 * A part of the organisation tree as it stood on a date, for other modules that keep rows
 * against org units (people, posts, …) and must list only those under a node: it writes
 * the SQL condition for them, so that how the tree is stored stays this module's
 * business.
 *
 * @param pathPrefix the materialised path every node of the subtree starts with; empty
 * for the whole tree
 * @param asOf the date the tree is read at
 */
public record Subtree(String pathPrefix, LocalDate asOf) {

	/** The whole tree. */
	public static Subtree everything(LocalDate asOf) {
		return new Subtree(OrgScope.EVERYWHERE, asOf);
	}

	public boolean isEverything() {
		return this.pathPrefix.isEmpty();
	}

	/** Whether the subtree holds nothing (its root did not exist on the date). */
	public boolean isEmpty() {
		return OrgScope.NOWHERE.equals(this.pathPrefix);
	}

	/**
	 * The SQL condition " and column in (the subtree's node ids)" with its parameters
	 * bound under names starting with {@code name}; nothing for the whole tree.
	 * @param unitIdColumn a column holding {@code org_unit.id}
	 * @param name a prefix for the parameter names, unique within the query
	 * @param params the query's parameters, to which this adds its own
	 */
	public String and(String unitIdColumn, String name, Map<String, Object> params) {
		if (isEverything()) {
			return "";
		}
		params.put(name + "AsOf", this.asOf);
		// A correlated EXISTS rather than IN: the planner may then start from the other
		// conditions (a name, an ID number) and check the scope per row, instead of
		// always
		// walking every node of the subtree first.
		String alias = name + "Placement";
		return " and exists (select 1 from org_unit_placement " + alias + " where " + alias + ".unit_id = "
				+ unitIdColumn + " and (" + alias + ".valid_from is null or " + alias + ".valid_from <= :" + name
				+ "AsOf) and (" + alias + ".valid_to is null or " + alias + ".valid_to > :" + name + "AsOf)"
				+ PathRange.and(alias + ".path", name, this.pathPrefix, params) + ")";
	}

}
