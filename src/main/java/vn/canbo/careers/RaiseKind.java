package vn.canbo.careers;

/** What a due raise is. */
public enum RaiseKind {

	/** The next step of the table. */
	STEP,
	/** The beyond-scale allowance starts or rises by a percentage point. */
	BEYOND_SCALE;

	public String messageKey() {
		return "careers.raise.kind." + name();
	}

}
