package vn.canbo.planning;

/** When a planned person could take the title (bench strength). */
public enum Readiness {

	/** Ready now. */
	NOW,
	/** Ready in one to two years. */
	ONE_TWO_YEARS,
	/** Later. */
	LATER;

	public String messageKey() {
		return "planning.readiness." + name();
	}

}
