package vn.canbo.movements;

/** What happens when a rotation or secondment ends. */
public enum AtReturn {

	/** Back to the former unit and post (recorded by "record return"). */
	RETURN_FORMER_POST,
	/** Kept at the destination (then no longer counted as rotated, NĐ 170 Art. 50). */
	STAY,
	/** Nothing: a transfer is for good. */
	NONE;

	public String messageKey() {
		return "movements.atReturn." + name();
	}

}
