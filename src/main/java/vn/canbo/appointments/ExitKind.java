package vn.canbo.appointments;

/**
 * How a post ends before its term (NĐ 170 Art. 52–56): resignation (từ chức), removal
 * (miễn nhiệm) or suspension (tạm đình chỉ công tác), each with its cases.
 */
public enum ExitKind {

	RESIGNATION("VOLUNTARY", "CAPACITY", "UNIT_VIOLATIONS", "LOW_CONFIDENCE", "OTHER"),
	REMOVAL("DISCIPLINE", "LOW_CONFIDENCE", "NOT_COMPLETED", "DEGRADATION", "POLITICAL_STANDARD", "CORRUPTION"),
	SUSPENSION("MISCONDUCT", "HARASSMENT", "OBSTRUCTION", "AWAITING_HANDLING", "AUTHORITY_REQUEST");

	private final java.util.List<String> reasons;

	ExitKind(String... reasons) {
		this.reasons = java.util.List.of(reasons);
	}

	/** The cases (trường hợp) the decree lists for it. */
	public java.util.List<String> reasons() {
		return this.reasons;
	}

	/** Whether it ends the post in staffing (a suspension only suspends it). */
	public boolean endsPost() {
		return this != SUSPENSION;
	}

	public String messageKey() {
		return "appointments.exit." + name();
	}

}
