package vn.canbo.votes;

/** What a person's low-confidence share entails under QĐ 96-QĐ/TW. */
public enum VoteConsequence {

	/** Half or fewer of the ballots "tín nhiệm thấp". */
	NONE,
	/**
	 * More than 1/2 but less than 2/3 "tín nhiệm thấp": removed from planning for higher
	 * posts; considered for removal from post, reassignment or resignation.
	 */
	OUT_OF_PLANNING,
	/**
	 * 2/3 or more "tín nhiệm thấp": dismissed (miễn nhiệm) without waiting for the term's
	 * end.
	 */
	DISMISSAL,
	/** The conference lacked its quorum, so its results entail nothing. */
	INVALID_SESSION;

	public String messageKey() {
		return "votes.consequence." + name();
	}

}
