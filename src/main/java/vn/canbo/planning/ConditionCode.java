package vn.canbo.planning;

/** The conditions of planning eligibility, in the order they are shown. */
public enum ConditionCode {

	/** Months left before retirement at the reference date (60 or 120). */
	AGE,
	/** The professional qualification the title's standard asks. */
	STANDARD_PROFESSIONAL,
	/** The political theory the title's standard asks (đối tượng 2 may train after). */
	STANDARD_THEORY,
	/** The state-management training the title's standard asks. */
	STANDARD_MANAGEMENT,
	/** No discipline decision barring planning on the date. */
	DISCIPLINE,
	/** The latest confidence vote did not take the person out of planning. */
	CONFIDENCE,
	/** The ratings of the last years. */
	RATINGS,
	/** At most so many people planned for the title. */
	TITLE_CAP,
	/** At most so many titles for one person at the same approving level. */
	PERSON_CAP;

	public String messageKey() {
		return "planning.condition." + name();
	}

}
