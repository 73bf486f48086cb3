package vn.canbo.staffing;

/**
 * One requirement of a standard, checked on its own so that a verdict can say which
 * failed.
 */
public enum Requirement {

	GENERAL_EDUCATION, PROFESSIONAL_LEVEL, PROFESSIONAL_FIELD, POLITICAL_THEORY, STATE_MANAGEMENT, MIN_AGE, MAX_AGE;

	public String messageKey() {
		return "staffing.requirement." + name();
	}

}
