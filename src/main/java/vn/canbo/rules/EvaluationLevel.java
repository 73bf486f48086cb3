package vn.canbo.rules;

/**
 * The four levels of evaluation and rating (mức xếp loại chất lượng), of a month, a year,
 * a person or a collective, best first: hoàn thành xuất sắc, hoàn thành tốt, hoàn thành,
 * không hoàn thành nhiệm vụ (HTXSNV, HTTNV, HTNV, KHTNV).
 */
public enum EvaluationLevel {

	EXCELLENT(1), GOOD(2), COMPLETED(3), NOT_COMPLETED(4);

	private final int code;

	EvaluationLevel(int code) {
		this.code = code;
	}

	/** 1 for excellent down to 4 for not completed, as the rule parameters count. */
	public int code() {
		return this.code;
	}

	public String messageKey() {
		return "rules.level." + name();
	}

	/** The worse of the two levels. */
	public EvaluationLevel atMost(EvaluationLevel cap) {
		return (ordinal() >= cap.ordinal()) ? this : cap;
	}

	public boolean isAtLeast(EvaluationLevel other) {
		return ordinal() <= other.ordinal();
	}

	/** Whether this level is the one of the given code or better. */
	public boolean atLeast(int minimumCode) {
		return this.code <= minimumCode;
	}

}
