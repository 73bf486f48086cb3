package vn.canbo.indicators;

/**
 * What an indicator's value counts.
 */
public enum MeasureUnit {

	/** People (người). */
	PEOPLE,
	/** Posts or slots (vị trí, chỗ). */
	POSTS,
	/** Units (đơn vị). */
	UNITS,
	/** Decisions or records (quyết định, lượt). */
	DECISIONS,
	/** An amount of money in đồng. */
	AMOUNT

}
