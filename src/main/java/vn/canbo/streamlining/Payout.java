package vn.canbo.streamlining;

import java.util.List;

import vn.canbo.rules.RuleVersion;

/**
 * A payout with every term of its formula.
 *
 * @param policy the policy
 * @param terms the terms, each with its rule
 * @param total their sum in đồng
 * @param rule the version of the rule that set the figures
 */
public record Payout(Policy policy, List<PayoutTerm> terms, long total, RuleVersion rule) {

	public Payout {
		terms = List.copyOf(terms);
	}

}
