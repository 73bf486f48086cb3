package vn.canbo.orgunits;

import java.util.Map;

/**
 * "The path lies under this prefix" as a range on the path column rather than a
 * {@code LIKE}: a btree index on {@code path collate "C"} serves a range with any query
 * plan, while a {@code LIKE} with a bound pattern loses the index once PostgreSQL
 * switches a prepared statement to its generic plan.
 */
final class PathRange {

	private PathRange() {
	}

	/**
	 * The SQL condition " and (column under prefix)" with its parameters bound, or
	 * nothing for the empty prefix (everything): an always-true range would only tempt
	 * the planner to walk the whole index.
	 */
	static String and(String column, String name, String prefix, Map<String, Object> params) {
		if (prefix.isEmpty()) {
			return "";
		}
		params.put(name + "From", prefix);
		params.put(name + "To", upperBound(prefix));
		return " and (" + column + " collate \"C\" >= :" + name + "From and " + column + " collate \"C\" < :" + name
				+ "To)";
	}

	/** The first string after every string that starts with the prefix. */
	static String upperBound(String prefix) {
		if (prefix.isEmpty()) {
			return "\uffff";
		}
		char last = prefix.charAt(prefix.length() - 1);
		return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
	}

}
