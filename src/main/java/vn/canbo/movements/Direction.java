package vn.canbo.movements;

import vn.canbo.orgunits.OrgLevel;

/**
 * The direction of a move between the tiers of the two units: from a higher tier to a
 * lower one (province to commune), the reverse, or within a tier (between units or
 * localities of the same tier).
 */
public enum Direction {

	DOWNWARD, UPWARD, HORIZONTAL;

	public String messageKey() {
		return "movements.direction." + name();
	}

	/** The direction from a unit of one tier to a unit of another. */
	public static Direction between(OrgLevel from, OrgLevel to) {
		int a = rank(from);
		int b = rank(to);
		return (a < b) ? DOWNWARD : (a > b) ? UPWARD : HORIZONTAL;
	}

	private static int rank(OrgLevel level) {
		return switch (level) {
			case PROVINCE -> 1;
			case DISTRICT -> 2;
			case COMMUNE, AGENCY -> 3;
		};
	}

}
