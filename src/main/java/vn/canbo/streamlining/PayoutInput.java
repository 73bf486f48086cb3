package vn.canbo.streamlining;

import org.jspecify.annotations.Nullable;

/**
 * What a payout is computed from.
 *
 * @param policy the policy chosen
 * @param monthlySalary the current monthly salary in đồng (TT 01/2025 Art. 3(2))
 * @param monthsEarly the months from leaving to the retirement age (retirement policies)
 * @param insuredYears whole years of compulsory social insurance
 * @param insuredMonths and the odd months
 * @param laterRate whether the person leaves after the first months following the
 * restructuring decision (the "from month 13" rates)
 * @param severanceMonths the period the reorganisation severance is counted on (NĐ 178
 * Art. 9); null for other policies
 */
public record PayoutInput(Policy policy, long monthlySalary, int monthsEarly, int insuredYears, int insuredMonths,
		boolean laterRate, @Nullable Integer severanceMonths) {

}
