package vn.canbo.streamlining;

/**
 * A case of NĐ 154/2025 Art. 2(1) in which a person is streamlined (the point letters are
 * the reference's; the decree's own lettering is unconfirmed). Only the annual rating is
 * read from the records; the others are set by an officer with their dates, the
 * reorganisation that would make people surplus being built later.
 */
public enum StreamliningCase {

	/** Surplus because of organisational restructuring (a). */
	SURPLUS_REORGANISATION("a", true),
	/**
	 * A leader leaving the post, or moved to a lower-paid post, because of restructuring,
	 * who volunteers (b, c).
	 */
	LEADER_LEAVING_POST("b, c", true),
	/** Surplus after the review and rearrangement of staff (d). */
	SURPLUS_STAFF_REVIEW("d", true),
	/** Surplus after restructuring by job position, not placed elsewhere (đ). */
	SURPLUS_JOB_POSITION("đ", true),
	/** Training below the job position's standard, no other post, no retraining (e). */
	TRAINING_BELOW_STANDARD("e", true),
	/** Rated "not completed" in the year before or the review year (g). */
	NOT_COMPLETED_RATING("g", false);

	private final String point;

	private final boolean declared;

	StreamliningCase(String point, boolean declared) {
		this.point = point;
		this.declared = declared;
	}

	/** The point of Art. 2(1) it falls under. */
	public String point() {
		return this.point;
	}

	/** Whether an officer sets it (the records do not hold it). */
	public boolean declared() {
		return this.declared;
	}

	public String messageKey() {
		return "streamlining.case." + name();
	}

}
