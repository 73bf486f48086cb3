package vn.canbo.streamlining;

import vn.canbo.rules.RuleKey;

/**
 * The policy a person leaves under, each computed by the formula of its rule.
 */
public enum Policy {

	/** Early retirement under streamlining (NĐ 154/2025 Art. 6). */
	EARLY_RETIREMENT(RuleKey.STREAMLINING_EARLY_RETIREMENT),
	/** Immediate resignation under streamlining (NĐ 154/2025 Art. 8(1)). */
	RESIGNATION(RuleKey.STREAMLINING_RESIGNATION),
	/** Early retirement in the reorganisation (NĐ 178/2024, NĐ 67/2025 Art. 7). */
	REORGANISATION_EARLY_RETIREMENT(RuleKey.REORGANISATION_EARLY_RETIREMENT),
	/** Resignation in the reorganisation (NĐ 178/2024, NĐ 67/2025 Art. 9). */
	REORGANISATION_RESIGNATION(RuleKey.REORGANISATION_RESIGNATION),
	/** Voluntary resignation outside streamlining (NĐ 170/2025 Art. 58–59). */
	VOLUNTARY_RESIGNATION(RuleKey.VOLUNTARY_RESIGNATION);

	private final RuleKey rule;

	Policy(RuleKey rule) {
		this.rule = rule;
	}

	/** The rule whose formula computes the payout. */
	public RuleKey rule() {
		return this.rule;
	}

	/** Whether the payout depends on the months before the retirement age. */
	public boolean retirement() {
		return this == EARLY_RETIREMENT || this == REORGANISATION_EARLY_RETIREMENT;
	}

	public String messageKey() {
		return "streamlining.policy." + name();
	}

}
