package vn.canbo.planning;

/** Why a person leaves a plan (đưa ra khỏi quy hoạch, QĐ 377 Art. 29). */
public enum RemovalCase {

	/** A discipline decision: removed at once. */
	DISCIPLINE,
	/** Over half "low confidence" at a confidence vote. */
	LOW_CONFIDENCE,
	/** Too little time left before retirement. */
	AGE,
	/** No longer meets the title's standard. */
	STANDARDS,
	/** Moved elsewhere. */
	MOVED,
	/** Another reason the review states. */
	OTHER;

	public String messageKey() {
		return "planning.removal." + name();
	}

}
