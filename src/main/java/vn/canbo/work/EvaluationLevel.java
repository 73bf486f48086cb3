package vn.canbo.work;

/**
 * The four levels of evaluation (mức xếp loại chất lượng): hoàn thành xuất sắc, hoàn
 * thành tốt, hoàn thành, không hoàn thành nhiệm vụ; best first.
 */
public enum EvaluationLevel {

	EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED;

	public String messageKey() {
		return "work.level." + name();
	}

	/** The worse of the two levels. */
	public EvaluationLevel atMost(EvaluationLevel cap) {
		return (ordinal() >= cap.ordinal()) ? this : cap;
	}

	public boolean isAtLeast(EvaluationLevel other) {
		return ordinal() <= other.ordinal();
	}

}
