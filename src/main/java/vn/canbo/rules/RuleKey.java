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
	 * Emulation titles (danh hiệu thi đua): the minimum annual rating level for each
	 * individual title (1 excellent, 2 good, 3 completed) and the thresholds of the
	 * suggested collective rating, in percent of the members.
	 */
	EMULATION_TITLES(List.of(new RuleParameter("laoDongTienTienMinLevel", 1, 3),
			new RuleParameter("chienSiThiDuaCoSoMinLevel", 1, 3),
			new RuleParameter("collectiveExcellentPercent", 0, 100), new RuleParameter("collectiveGoodPercent", 0, 100),
			new RuleParameter("collectiveNotCompletedMaxPercent", 0, 100)));

	private final List<RuleParameter> parameters;

	RuleKey(List<RuleParameter> parameters) {
		this.parameters = parameters;
	}

	public List<RuleParameter> parameters() {
		return this.parameters;
	}

	public String messageKey() {
		return "rules.key." + name();
	}

}
