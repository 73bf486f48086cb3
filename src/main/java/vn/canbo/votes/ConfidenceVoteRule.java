package vn.canbo.votes;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.canbo.rules.RuleVersion;

/**
 * The quorum and thresholds of a confidence vote as one version of
 * {@code CONFIDENCE_VOTE} sets them, as fractions compared in whole numbers so that
 * "exactly 2/3" is never lost to rounding. Shares are of the ballots cast (including
 * invalid or blank ones).
 */
public record ConfidenceVoteRule(RuleVersion version) {

	/** Whether at least the quorum fraction of those summoned attended. */
	public boolean quorumMet(int summoned, int present) {
		return (long) present * p("quorumDenominator") >= (long) summoned * p("quorumNumerator");
	}

	/** What the low-confidence ballots entail, in a conference that had its quorum. */
	public VoteConsequence consequence(int low, int ballots) {
		if (ballots <= 0) {
			return VoteConsequence.NONE;
		}
		if ((long) low * p("dismissalDenominator") >= (long) ballots * p("dismissalNumerator")) {
			return VoteConsequence.DISMISSAL;
		}
		if ((long) low * p("reviewDenominator") > (long) ballots * p("reviewNumerator")) {
			return VoteConsequence.OUT_OF_PLANNING;
		}
		return VoteConsequence.NONE;
	}

	/** The share in percent, one decimal. */
	public static BigDecimal percent(int count, int ballots) {
		if (ballots <= 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(ballots), 1, RoundingMode.HALF_UP);
	}

	private long p(String name) {
		return this.version.parameter(name);
	}

}
