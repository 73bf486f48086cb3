package vn.canbo.staffing;

/**
 * The three age groups of leaders (độ tuổi cán bộ lãnh đạo) the Party's personnel reports
 * count to follow rejuvenation (trẻ hóa): up to 40, 41 to 50, over 50. Age is the year of
 * the date minus the year of birth, the age reached in that year.
 */
public enum LeaderAgeBand {

	UP_TO_40("upTo40", 0, 40), FROM_41_TO_50("41to50", 41, 50), OVER_50("over50", 51, 999);

	private final String suffix;

	private final int from;

	private final int to;

	LeaderAgeBand(String suffix, int from, int to) {
		this.suffix = suffix;
		this.from = from;
		this.to = to;
	}

	/** The end of the indicator's id, {@code staffing.leaders.age.<suffix>}. */
	public String suffix() {
		return this.suffix;
	}

	public String messageKey() {
		return "staffing.leaders.age." + name();
	}

	/** The SQL condition on an age expression. */
	String condition(String age) {
		return "(" + age + " between " + this.from + " and " + this.to + ")";
	}

}
