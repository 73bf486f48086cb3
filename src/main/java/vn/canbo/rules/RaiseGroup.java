package vn.canbo.rules;

/**
 * Which regular-raise interval a salary table follows (TT 08/2013/TT-BNV Điều 2).
 */
public enum RaiseGroup {

	/** Tables A0 to A3: ranks requiring a college degree or higher. */
	DEGREE,
	/** Tables B and C: vocational training or lower, and staff. */
	VOCATIONAL,
	/** The senior-specialist table (chuyên gia cao cấp). */
	SENIOR_EXPERT

}
