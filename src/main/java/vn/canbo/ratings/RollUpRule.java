package vn.canbo.ratings;

import vn.canbo.rules.RuleVersion;

/**
 * How the months make the year, as one version of the annual-rating rule sets it.
 */
public record RollUpRule(RuleVersion version) {

	public int minMonthsWorked() {
		return (int) this.version.parameter("minMonthsWorked");
	}

	public int leaveCapMonths() {
		return (int) this.version.parameter("leaveCapMonths");
	}

	public int notCompletedMonthsCap() {
		return (int) this.version.parameter("notCompletedMonthsCap");
	}

	/**
	 * The most who may keep "excellent" among those proposed, given how many are proposed
	 * "good" in the same agency and task group.
	 */
	public int excellentQuota(int good) {
		long percent = this.version.parameter("excellentQuotaPercent");
		if (this.version.parameter("quotaRoundDown") == 1) {
			return (int) (good * percent / 100);
		}
		return (int) Math.round(good * percent / 100.0);
	}

}
