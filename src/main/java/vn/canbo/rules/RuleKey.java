package vn.canbo.rules;

import java.util.List;

/** Which legal rule a version belongs to, with the parameters each version carries. */
public enum RuleKey {

	/**
	 * The retirement age (tuổi nghỉ hưu) per sex: a base age in a base year, a yearly
	 * increase and a cap, all in months.
	 */
	RETIREMENT_AGE(List.of(new RuleParameter("maleBaseYear", 1900, 2200),
			new RuleParameter("maleBaseMonths", 40 * 12, 75 * 12), new RuleParameter("maleStepMonths", 0, 12),
			new RuleParameter("maleCapMonths", 40 * 12, 75 * 12), new RuleParameter("femaleBaseYear", 1900, 2200),
			new RuleParameter("femaleBaseMonths", 40 * 12, 75 * 12), new RuleParameter("femaleStepMonths", 0, 12),
			new RuleParameter("femaleCapMonths", 40 * 12, 75 * 12))),

	/**
	 * Regular salary raises (nâng bậc lương thường xuyên) and the beyond-scale allowance.
	 */
	SALARY_RAISE(List.of(new RuleParameter("degreeMonths", 1, 120), new RuleParameter("vocationalMonths", 1, 120),
			new RuleParameter("seniorExpertMonths", 1, 120), new RuleParameter("beyondScaleFirstPercent", 0, 100),
			new RuleParameter("beyondScaleYearlyPercent", 0, 100))),

	/** The base salary (lương cơ sở) in đồng per month. */
	BASE_SALARY(List.of(new RuleParameter("amount", 1, 1_000_000_000))),

	/**
	 * How long ahead a retirement is notified and decided (thông báo, quyết định nghỉ
	 * hưu).
	 */
	RETIREMENT_NOTICE(List.of(new RuleParameter("notifyMonths", 0, 60), new RuleParameter("decideMonths", 0, 60))),

	/**
	 * The monthly scoring scheme (chấm điểm hằng tháng) of NĐ 335/2025: general criteria,
	 * task results and bonus points, the level bands, the deductions per major error and
	 * per delay, and what the unit's result counts for a leader.
	 */
	EVALUATION_SCHEME(RuleKey.schemeParameters()),

	/**
	 * The Hà Nội monthly scheme (QĐ 3814-QĐ/TU, 20 + 70 + 10), an alternative a province
	 * may choose.
	 */
	EVALUATION_SCHEME_HANOI(RuleKey.schemeParameters()),

	/**
	 * How the months roll up into the annual rating (xếp loại năm) and the quota of the
	 * excellent level.
	 */
	ANNUAL_RATING(List.of(new RuleParameter("minMonthsWorked", 0, 12), new RuleParameter("leaveCapMonths", 0, 12),
			new RuleParameter("notCompletedMonthsCap", 0, 12), new RuleParameter("excellentQuotaPercent", 0, 100),
			new RuleParameter("quotaRoundDown", 0, 1)));

	private final List<RuleParameter> parameters;

	RuleKey(List<RuleParameter> parameters) {
		this.parameters = parameters;
	}

	public List<RuleParameter> parameters() {
		return this.parameters;
	}

	private static List<RuleParameter> schemeParameters() {
		return List.of(new RuleParameter("generalMax", 0, 100), new RuleParameter("taskMax", 0, 100),
				new RuleParameter("bonusMax", 0, 100), new RuleParameter("excellentMin", 0, 100),
				new RuleParameter("goodMin", 0, 100), new RuleParameter("completedMin", 0, 100),
				new RuleParameter("errorDeductionPercent", 0, 100), new RuleParameter("delayDeductionPercent", 0, 100),
				new RuleParameter("unitResultFullPercent", 0, 100),
				new RuleParameter("unitResultPartialPercent", 0, 100));
	}

	public String messageKey() {
		return "rules.key." + name();
	}

}
