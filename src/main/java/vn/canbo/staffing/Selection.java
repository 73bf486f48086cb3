package vn.canbo.staffing;

/** How a person came to hold a post. */
public enum Selection {

	/**
	 * Elected for a term (bầu cử): Party committees, People's Councils and Committees,
	 * the Front.
	 */
	ELECTED,
	/** Appointed (bổ nhiệm) for five years, then reappointed or not. */
	APPOINTED,
	/** Designated or assigned (chỉ định, phân công) by a competent body. */
	DESIGNATED,
	/** Recruited into a job position (tuyển dụng). */
	RECRUITED

}
