package vn.canbo.staffing;

/**
 * Which of the people judged against a standard to list: everyone, those failing it (chưa
 * đạt chuẩn) or those meeting it (đạt chuẩn), the people behind the "x" of "x/y đạt
 * chuẩn".
 */
public enum Verdicts {

	ALL, FAILING, MEETING;

	/** From the list's {@code failing} and {@code meeting} flags; failing wins. */
	public static Verdicts of(boolean failing, boolean meeting) {
		return failing ? FAILING : (meeting ? MEETING : ALL);
	}

	/** The SQL condition on the judged row {@code j}; empty for everyone. */
	String condition() {
		return switch (this) {
			case ALL -> "";
			case FAILING -> " and j.mask <> 0";
			case MEETING -> " and j.mask = 0";
		};
	}

	static Verdicts of(boolean failingOnly) {
		return failingOnly ? FAILING : ALL;
	}

}
