package vn.canbo.rules;

import java.util.List;

/**
 * Every version of the retirement-age rule in date order, each valid until the next one
 * starts; {@link Retirement#of} reads it.
 */
public record RetirementSchedule(List<RuleVersion> versions) {

	public RetirementSchedule {
		versions = List.copyOf(versions);
		for (RuleVersion version : versions) {
			if (version.key() != RuleKey.RETIREMENT_AGE) {
				throw new IllegalArgumentException("Not a retirement-age version: " + version.key());
			}
		}
	}

	/**
	 * The schedule of the versions, ordered by start (since-always first) and each closed
	 * by its successor's start.
	 */
	public static RetirementSchedule of(List<RuleVersion> versions) {
		return new RetirementSchedule(RuleVersion.chained(versions));
	}

}
