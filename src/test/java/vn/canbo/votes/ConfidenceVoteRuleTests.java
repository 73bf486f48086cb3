package vn.canbo.votes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.canbo.rules.RuleKey;
import vn.canbo.rules.RuleVersion;

import static org.assertj.core.api.Assertions.assertThat;

/** The quorum and thresholds of QĐ 96-QĐ/TW at and around their exact fractions. */
class ConfidenceVoteRuleTests {

	static final ConfidenceVoteRule RULE = new ConfidenceVoteRule(new RuleVersion(1, RuleKey.CONFIDENCE_VOTE, null,
			null, "QĐ 96-QĐ/TW", null, true, Map.of("quorumNumerator", 2L, "quorumDenominator", 3L, "reviewNumerator",
					1L, "reviewDenominator", 2L, "dismissalNumerator", 2L, "dismissalDenominator", 3L),
			null, "system", Instant.EPOCH));

	@Test
	void theQuorumIsMetAtExactlyTwoThirdsPresent() {
		assertThat(RULE.quorumMet(30, 20)).isTrue();
		assertThat(RULE.quorumMet(30, 19)).isFalse();
		assertThat(RULE.quorumMet(31, 21)).isTrue();
		assertThat(RULE.quorumMet(31, 20)).isFalse();
		assertThat(RULE.quorumMet(3, 2)).isTrue();
	}

	@Test
	void exactlyHalfLowHasNoConsequenceAndOneMoreTakesThePersonOutOfPlanning() {
		assertThat(RULE.consequence(10, 20)).isEqualTo(VoteConsequence.NONE);
		assertThat(RULE.consequence(11, 20)).isEqualTo(VoteConsequence.OUT_OF_PLANNING);
		assertThat(RULE.consequence(10, 21)).isEqualTo(VoteConsequence.NONE);
		assertThat(RULE.consequence(11, 21)).isEqualTo(VoteConsequence.OUT_OF_PLANNING);
	}

	@Test
	void exactlyTwoThirdsLowMeansDismissalAndOneLessDoesNot() {
		assertThat(RULE.consequence(20, 30)).isEqualTo(VoteConsequence.DISMISSAL);
		assertThat(RULE.consequence(19, 30)).isEqualTo(VoteConsequence.OUT_OF_PLANNING);
		assertThat(RULE.consequence(14, 21)).isEqualTo(VoteConsequence.DISMISSAL);
		assertThat(RULE.consequence(13, 20)).isEqualTo(VoteConsequence.OUT_OF_PLANNING);
		assertThat(RULE.consequence(14, 20)).isEqualTo(VoteConsequence.DISMISSAL);
		assertThat(RULE.consequence(0, 0)).isEqualTo(VoteConsequence.NONE);
	}

	@Test
	void sharesAreRoundedToOneDecimal() {
		assertThat(ConfidenceVoteRule.percent(2, 3)).isEqualTo(new BigDecimal("66.7"));
		assertThat(ConfidenceVoteRule.percent(1, 3)).isEqualTo(new BigDecimal("33.3"));
		assertThat(ConfidenceVoteRule.percent(0, 0)).isEqualTo(new BigDecimal("0.0"));
	}

}
