package vn.canbo.votes;

import java.math.BigDecimal;
import java.time.LocalDate;

import vn.canbo.rules.RuleVersion;

/**
 * One person's result at a confidence vote and what it entails.
 *
 * @param sessionId the conference
 * @param heldOn when it was held
 * @param sessionName what it was called
 * @param unitId the unit that held it
 * @param unitName its name
 * @param personId who was voted on
 * @param fullName their name
 * @param postTitle the post voted on, as called on the day
 * @param high ballots "tín nhiệm cao"
 * @param confidence ballots "tín nhiệm"
 * @param low ballots "tín nhiệm thấp"
 * @param invalid invalid or blank ballots
 * @param highPercent share of "tín nhiệm cao" in the ballots
 * @param confidencePercent share of "tín nhiệm"
 * @param lowPercent share of "tín nhiệm thấp"
 * @param invalidPercent share of invalid or blank ballots
 * @param quorumMet whether the conference had its quorum
 * @param consequence what the result entails
 * @param rule the rule version applied
 */
public record VoteOutcome(long sessionId, LocalDate heldOn, String sessionName, long unitId, String unitName,
		long personId, String fullName, String postTitle, int high, int confidence, int low, int invalid,
		BigDecimal highPercent, BigDecimal confidencePercent, BigDecimal lowPercent, BigDecimal invalidPercent,
		boolean quorumMet, VoteConsequence consequence, RuleVersion rule) {

	public int ballots() {
		return this.high + this.confidence + this.low + this.invalid;
	}

	/** Whether the result entails a consequence to act on. */
	public boolean flagged() {
		return this.consequence == VoteConsequence.OUT_OF_PLANNING || this.consequence == VoteConsequence.DISMISSAL;
	}

}
