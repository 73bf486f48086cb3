package vn.canbo.careers;

/** Whether an adjustment brings the next raise forward or pushes it back. */
public enum AdjustmentKind {

	/**
	 * Early raise (nâng bậc lương trước thời hạn) for outstanding achievement or before
	 * retirement.
	 */
	EARLY,
	/**
	 * Delay (kéo dài thời gian nâng bậc lương) for a year not completing tasks or a
	 * discipline decision not recorded in the discipline module: recorded decisions delay
	 * the raise by themselves, and re-entering one here would count it twice.
	 */
	DELAY;

	public String messageKey() {
		return "careers.adjustment.kind." + name();
	}

}
