package vn.canbo.streamlining;

/**
 * A circumstance that keeps a person off the streamlining list for now (NĐ 154/2025 Art.
 * 3). Maternity leave and discipline are read from the records (a closed month on
 * maternity leave; a discipline decision in force); the others are declared by an officer
 * with their dates. The first three do not apply when the person volunteers.
 */
public enum Exclusion {

	/** Pregnant. */
	PREGNANCY(true),
	/** On maternity leave (from the closed months, or declared). */
	MATERNITY_LEAVE(true),
	/** Raising a child under 36 months (declared with the child's birth date). */
	YOUNG_CHILD(true),
	/** A discipline decision in force (from the records). */
	DISCIPLINE(false),
	/** Under disciplinary review. */
	DISCIPLINARY_REVIEW(true),
	/** Under criminal prosecution, inspection or investigation. */
	INVESTIGATION(true);

	private final boolean declarable;

	Exclusion(boolean declarable) {
		this.declarable = declarable;
	}

	/** Whether an officer may declare it. */
	public boolean declarable() {
		return this.declarable;
	}

	public String messageKey() {
		return "streamlining.exclusion." + name();
	}

}
