package vn.canbo.targets;

/**
 * Where a target stands on a date (see {@link Progress}).
 */
public enum TargetStatus {

	/** The value meets the target (đạt). */
	ACHIEVED("success"),
	/**
	 * Before the deadline, the value is at or beyond the straight line from the baseline
	 * to the target (đúng tiến độ).
	 */
	ON_TRACK("primary"),
	/** Before the deadline, short of the straight line (chậm tiến độ). */
	BEHIND("warning"),
	/** The deadline has come and the value does not meet the target (không đạt). */
	MISSED("danger"),
	/**
	 * Nothing to judge: no one to count a share of, a unit that did not exist on the
	 * date, or an indicator no longer defined (chưa có số liệu).
	 */
	NO_DATA("secondary");

	private final String colour;

	TargetStatus(String colour) {
		this.colour = colour;
	}

	public String messageKey() {
		return "targets.status." + name();
	}

	/** The Bootstrap colour of its badge. */
	public String colour() {
		return this.colour;
	}

}
