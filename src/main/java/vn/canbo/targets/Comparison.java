package vn.canbo.targets;

import java.math.BigDecimal;

/**
 * Which side of its value a target wants the indicator on.
 */
public enum Comparison {

	/** At least the value (≥): a share to raise, e.g. "at least 60% with a degree". */
	AT_LEAST,
	/**
	 * At most the value (≤): a figure to bring down, e.g. "no more than 0 surplus posts".
	 */
	AT_MOST;

	public String messageKey() {
		return "targets.comparison." + name();
	}

	/**
	 * Whether the value is on the target's side of {@code bound} (the bound included).
	 */
	public boolean satisfied(BigDecimal value, BigDecimal bound) {
		int order = value.compareTo(bound);
		return (this == AT_LEAST) ? order >= 0 : order <= 0;
	}

}
