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
	 * The SQL condition on {@code column} for the named parameter pair; bind it with
	 * {@link #bind}.
	 */
	static String condition(String column, String name) {
		return "(" + column + " collate \"C\" >= :" + name + "From and " + column + " collate \"C\" < :" + name + "To)";
	}

	/** Binds the range of every path that starts with {@code prefix}. */
	static void bind(Map<String, Object> params, String name, String prefix) {
		params.put(name + "From", prefix);
		params.put(name + "To", upperBound(prefix));
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
