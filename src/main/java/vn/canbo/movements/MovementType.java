package vn.canbo.movements;

/** What kind of move a decision makes. */
public enum MovementType {

	/**
	 * Rotation (luân chuyển) of a leader to another place for a time, as a step of their
	 * development; at least 36 months; the post moves, the return is decided.
	 */
	ROTATION,
	/** Transfer (điều động): the post moves for good to the receiving unit. */
	TRANSFER,
	/**
	 * Secondment (biệt phái): work for a host for at most 3 years while staying on the
	 * sending unit's staff (its post is kept; the host's post is held beside it).
	 */
	SECONDMENT;

	public String messageKey() {
		return "movements.type." + name();
	}

}
