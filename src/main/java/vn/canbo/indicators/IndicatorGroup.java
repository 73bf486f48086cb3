package vn.canbo.indicators;

/**
 * The sections of a dashboard, in the order they are shown. Modules that add indicators
 * add their section here.
 */
public enum IndicatorGroup {

	/** Headcount against quota by category (biên chế). */
	HEADCOUNT,
	/** Standards compliance of posts (đạt chuẩn). */
	STANDARDS,
	/** Professional, political theory and state-management levels. */
	QUALIFICATIONS,
	/** Age groups, and the age groups of leaders (trẻ hóa). */
	AGE,
	/** Women, ethnic minorities, Party members, local and non-local people. */
	COMPOSITION,
	/** Retirements and salary raises due. */
	CAREERS,
	/** This month's evaluation progress. */
	WORK,
	/** The annual rating's distribution. */
	RATINGS,
	/** Discipline. */
	DISCIPLINE,
	/** Emulation and rewards. */
	EMULATION,
	/** Succession planning (quy hoạch). */
	PLANNING,
	/** Appointment, rotation, transfer and secondment. */
	MOVEMENTS,
	/** Recruitment. */
	RECRUITMENT,
	/** Training and development. */
	TRAINING

}
