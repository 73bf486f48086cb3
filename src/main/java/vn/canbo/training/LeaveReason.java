package vn.canbo.training;

/**
 * Why a person sent on state-funded study left before serving the commitment (NĐ 171/2025
 * Art. 6–8).
 */
public enum LeaveReason {

	/** Quit the study or the job during the study: 100 % of the costs paid so far. */
	QUIT_DURING_STUDY,
	/** Dismissed (buộc thôi việc): 100 %. */
	DISMISSED,
	/** Did not obtain the degree: 100 %. */
	NO_DEGREE,
	/** Quit or was dismissed after the study, before serving the commitment: pro rata. */
	LEFT_BEFORE_COMMITMENT,
	/** Moved, rotated, seconded or transferred within the political system: nothing. */
	TRANSFERRED_IN_SYSTEM,
	/**
	 * No degree because of serious illness, disaster or epidemic (certified): nothing.
	 */
	ILLNESS_OR_DISASTER;

	public String messageKey() {
		return "training.leave." + name();
	}

}
