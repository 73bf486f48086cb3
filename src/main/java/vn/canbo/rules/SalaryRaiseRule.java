package vn.canbo.rules;

/**
 * The regular-raise intervals by group of salary tables and the beyond-scale allowance
 * (phụ cấp thâm niên vượt khung), as one version of {@link RuleKey#SALARY_RAISE} sets
 * them.
 */
public record SalaryRaiseRule(RuleVersion version) {

	/** Months at a step before the next regular raise. */
	public int intervalMonths(RaiseGroup group) {
		return switch (group) {
			case DEGREE -> this.version.intParameter("degreeMonths");
			case VOCATIONAL -> this.version.intParameter("vocationalMonths");
			case SENIOR_EXPERT -> this.version.intParameter("seniorExpertMonths");
		};
	}

	/** The allowance once a full interval has passed at the last step, in percent. */
	public int beyondScaleFirstPercent() {
		return this.version.intParameter("beyondScaleFirstPercent");
	}

	/** What each further year at the last step adds, in percent. */
	public int beyondScaleYearlyPercent() {
		return this.version.intParameter("beyondScaleYearlyPercent");
	}

}
