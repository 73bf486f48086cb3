package vn.canbo.movements;

/** A condition of eligibility for a move. */
public enum ConditionCode {

	/** Holds a primary post the day before the start (the post that moves). */
	POST_HELD,
	/** Holds a leadership post (rotation is for leaders). */
	LEADER,
	/**
	 * One of those rotation is for: in the succession plan, placed as a non-local key
	 * leader, or a special case the competent level decided.
	 */
	IN_PLAN,
	/** At least two terms of working time left at the start (rotation). */
	WORKING_TIME,
	/** At least one term left, to place a non-local secretary (rotation). */
	WORKING_TIME_NON_LOCAL,
	/** At least the shortest rotation. */
	DURATION_MIN,
	/** At most the longest secondment. */
	DURATION_MAX,
	/** No discipline decision in force. */
	NO_DISCIPLINE,
	/** Not on a secondment already. */
	NOT_SECONDED,
	/** Each declared exclusion. */
	EXCLUSION_UNDER_DISCIPLINARY_REVIEW, EXCLUSION_UNDER_INVESTIGATION, EXCLUSION_SERIOUS_ILLNESS,
	EXCLUSION_LONG_TERM_STUDY, EXCLUSION_MATERNITY_OR_YOUNG_CHILD, EXCLUSION_FAMILY_HARDSHIP;

	public String messageKey() {
		return "movements.condition." + name();
	}

	/** The refusal naming the field, with the person, required, actual and citation. */
	public String refusalKey() {
		return "movements.refused." + name();
	}

	static ConditionCode of(Exclusion exclusion) {
		return valueOf("EXCLUSION_" + exclusion.name());
	}

}
