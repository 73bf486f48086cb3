package vn.canbo.work;

/**
 * How far a person on a unit's month board has come (tiến độ đánh giá tháng): plan sent,
 * plan approved, scored by the evaluator, month closed. One definition, used by the
 * board's filter and by the month's indicators, so that a figure and the list behind it
 * always agree.
 */
public enum MonthStage {

	/**
	 * The monthly plan is with the leader or approved (a returned plan must be sent
	 * again).
	 */
	PLAN_SENT("mp.status in ('SUBMITTED', 'APPROVED')"),
	/** The monthly plan is approved. */
	PLAN_APPROVED("mp.status = 'APPROVED'"),
	/** The evaluator gave the general points (the board's "evaluated" column). */
	SCORED("e.general_points is not null"),
	/** The month is closed for the person: their result is fixed. */
	CLOSED("e.closed_at is not null");

	/**
	 * Over {@code monthly_evaluation e} and {@code monthly_plan mp} of the person and
	 * month, both left-joined.
	 */
	final String sql;

	MonthStage(String sql) {
		this.sql = sql;
	}

	public String messageKey() {
		return "work.months.stage." + name();
	}

}
