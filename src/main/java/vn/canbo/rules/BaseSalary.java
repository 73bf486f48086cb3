package vn.canbo.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The base salary (lương cơ sở) one version of {@link RuleKey#BASE_SALARY} sets. */
public record BaseSalary(RuleVersion version) {

	/** Đồng per month. */
	public long amount() {
		return this.version.parameter("amount");
	}

	/** The monthly salary of a coefficient, rounded to the đồng. */
	public long salaryOf(BigDecimal coefficient) {
		return coefficient.multiply(BigDecimal.valueOf(amount())).setScale(0, RoundingMode.HALF_UP).longValue();
	}

}
