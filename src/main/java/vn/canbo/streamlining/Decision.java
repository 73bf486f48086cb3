package vn.canbo.streamlining;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A decision of a plan with what its payout was computed from and the payout itself.
 *
 * @param id the decision
 * @param unitId the person's agency (the plan of a unit holds the decisions under it)
 * @param year the plan's year
 * @param personId the person
 * @param fullName their name
 * @param agencyName their agency
 * @param caseCode the case
 * @param policy the policy chosen
 * @param leaveOn the day the person leaves
 * @param restructuringOn the day the restructuring decision took effect
 * @param rankCoefficient the salary coefficient
 * @param leadershipCoefficient the leadership-allowance coefficient
 * @param beyondScalePercent the beyond-scale percent
 * @param otherAllowances other salary-linked allowances
 * @param baseSalary the base salary of the month before leaving
 * @param monthlySalary the salary the payout counts in
 * @param monthsEarly months before the retirement age
 * @param insuredYears insured years
 * @param insuredMonths odd months
 * @param severanceMonths the severance period
 * @param total the payout in đồng
 * @param note a remark
 * @param version for optimistic locking
 * @param updatedBy who last changed it
 * @param updatedAt when
 * @param salaryTerms the terms of the monthly salary (TT 01/2025 Art. 3)
 * @param payout the payout with its terms; null when listed
 */
public record Decision(long id, long unitId, int year, long personId, String fullName, String agencyName,
		StreamliningCase caseCode, Policy policy, LocalDate leaveOn, @Nullable LocalDate restructuringOn,
		BigDecimal rankCoefficient, BigDecimal leadershipCoefficient, int beyondScalePercent, long otherAllowances,
		long baseSalary, long monthlySalary, int monthsEarly, int insuredYears, int insuredMonths,
		@Nullable Integer severanceMonths, long total, @Nullable String note, long version, String updatedBy,
		Instant updatedAt, List<PayoutTerm> salaryTerms, @Nullable Payout payout) {

	public Decision {
		salaryTerms = List.copyOf(salaryTerms);
	}

	Decision with(List<PayoutTerm> salary, Payout computed) {
		return new Decision(this.id, this.unitId, this.year, this.personId, this.fullName, this.agencyName,
				this.caseCode, this.policy, this.leaveOn, this.restructuringOn, this.rankCoefficient,
				this.leadershipCoefficient, this.beyondScalePercent, this.otherAllowances, this.baseSalary,
				this.monthlySalary, this.monthsEarly, this.insuredYears, this.insuredMonths, this.severanceMonths,
				this.total, this.note, this.version, this.updatedBy, this.updatedAt, salary, computed);
	}

}
