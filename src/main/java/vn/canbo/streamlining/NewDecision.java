package vn.canbo.streamlining;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A decision of a plan as entered: the salary's coefficient, beyond-scale percent and
 * base salary come from the person's salary history when left blank.
 *
 * @param caseCode the {@link StreamliningCase} the person is streamlined under
 * @param policy the policy chosen
 * @param leaveOn the day the person leaves
 * @param restructuringOn the day the restructuring decision took effect (the first-rate
 * months count from it); null when none
 * @param rankCoefficient the rank/step or post coefficient; null: from the salary history
 * @param leadershipCoefficient the leadership-allowance coefficient
 * @param beyondScalePercent the beyond-scale seniority percent; null: from the history
 * @param otherAllowances the other salary-linked allowances, đồng per month
 * @param monthsEarly months before the retirement age; null: from the retirement date
 * @param insuredYears whole years of compulsory social insurance
 * @param insuredMonths odd months
 * @param severanceMonths the period of the reorganisation severance (NĐ 178 Art. 9)
 * @param note a remark
 */
public record NewDecision(@Nullable StreamliningCase caseCode, @Nullable Policy policy, @Nullable LocalDate leaveOn,
		@Nullable LocalDate restructuringOn, @Nullable BigDecimal rankCoefficient,
		@Nullable BigDecimal leadershipCoefficient, @Nullable Integer beyondScalePercent,
		@Nullable Long otherAllowances, @Nullable Integer monthsEarly, @Nullable Integer insuredYears,
		@Nullable Integer insuredMonths, @Nullable Integer severanceMonths, @Nullable String note) {

}
