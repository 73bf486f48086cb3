package vn.canbo.emulation;

/**
 * The four levels of a rating (xếp loại chất lượng), of a person or a collective, best
 * first: HTXSNV, HTTNV, HTNV, KHTNV.
 */
public enum RatingLevel {

	EXCELLENT(1), GOOD(2), COMPLETED(3), NOT_COMPLETED(4);

	private final int code;

	RatingLevel(int code) {
		this.code = code;
	}

	/** 1 for excellent down to 4 for not completed, as the rule parameters count. */
	public int code() {
		return this.code;
	}

	/** Whether this level is the given one or better. */
	public boolean atLeast(int minimumCode) {
		return this.code <= minimumCode;
	}

	public String messageKey() {
		return "emulation.level." + name();
	}

}
