package vn.canbo.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;

import org.jspecify.annotations.Nullable;

import vn.canbo.rules.RuleVersion;

/**
 * What a person sent on state-funded study repays (đền bù chi phí đào tạo) when leaving
 * early, under the rule version in force on the leaving day (NĐ 171/2025 Art. 6–8): 100 %
 * of the costs paid when quitting during the study, dismissed or without the degree;
 * otherwise {@code S = F / T1 × (T1 − T2)} with F the costs, T1 the months to serve and
 * T2 the months served (NĐ 101/2017's formula, unconfirmed for NĐ 171), less 1.5 %
 * (women, ethnic minorities) or 1 % per year of service before the study.
 *
 * @param basis how the amount was reached
 * @param costs F, the costs the amount is computed from, in đồng
 * @param monthsToServe T1
 * @param monthsServed T2
 * @param beforeReduction the amount before the reduction, in đồng
 * @param reductionPermille the reduction in per mille
 * @param amount what is repaid, in đồng
 * @param confirmed whether the rule version was verified against the decree
 * @param citation the rule version's legal basis
 */
public record Repayment(Basis basis, long costs, int monthsToServe, int monthsServed, long beforeReduction,
		int reductionPermille, long amount, boolean confirmed, String citation) {

	/** How a repayment was reached. */
	public enum Basis {

		/** Still serving, or the commitment served: nothing. */
		NONE,
		/** Left for a reason that exempts: nothing. */
		EXEMPT,
		/** 100 % of the costs paid. */
		FULL_COSTS,
		/** In proportion to the commitment not served. */
		PRO_RATA;

		public String messageKey() {
			return "training.repayment." + name();
		}

	}

	/** Whole months from one day to another (0 when the second is earlier). */
	public static int months(LocalDate from, LocalDate to) {
		return to.isBefore(from) ? 0 : Math.toIntExact(Period.between(from, to).toTotalMonths());
	}

	/** The commitment to serve: the study months times the rule's multiple. */
	public static int commitmentMonths(LocalDate studyStart, LocalDate studyEnd, RuleVersion rule) {
		return Math.toIntExact(months(studyStart, studyEnd) * rule.parameter("commitmentMultiple"));
	}

	/**
	 * The repayment for a study left on the day for the reason.
	 * @param cost F, the total costs paid by the State
	 * @param costSoFar the costs paid until the person quit during the study, if less
	 * @param studyEnd the last day of the study (the commitment runs from it)
	 * @param commitmentMonths T1
	 * @param leftOn the leaving day; null while serving
	 * @param reason why; null while serving
	 * @param priorServiceYears whole years of service before the study
	 * @param womanOrMinority a woman or of an ethnic minority (the higher reduction)
	 * @param rule the TRAINING_REPAYMENT version in force on the leaving day
	 */
	public static Repayment compute(long cost, @Nullable Long costSoFar, LocalDate studyEnd, int commitmentMonths,
			@Nullable LocalDate leftOn, @Nullable LeaveReason reason, int priorServiceYears, boolean womanOrMinority,
			RuleVersion rule) {
		boolean confirmed = rule.confirmed();
		String citation = rule.citation();
		if (leftOn == null || reason == null) {
			return new Repayment(Basis.NONE, cost, commitmentMonths, 0, 0, 0, 0, confirmed, citation);
		}
		int served = months(studyEnd, leftOn);
		switch (reason) {
			case TRANSFERRED_IN_SYSTEM, ILLNESS_OR_DISASTER -> {
				return new Repayment(Basis.EXEMPT, cost, commitmentMonths, served, 0, 0, 0, confirmed, citation);
			}
			case QUIT_DURING_STUDY -> {
				long paid = (costSoFar != null) ? costSoFar : cost;
				return new Repayment(Basis.FULL_COSTS, paid, commitmentMonths, 0, paid, 0, paid, confirmed, citation);
			}
			case DISMISSED, NO_DEGREE -> {
				return new Repayment(Basis.FULL_COSTS, cost, commitmentMonths, served, cost, 0, cost, confirmed,
						citation);
			}
			default -> {
				if (commitmentMonths == 0 || served >= commitmentMonths) {
					return new Repayment(Basis.NONE, cost, commitmentMonths, served, 0, 0, 0, confirmed, citation);
				}
				long before = BigDecimal.valueOf(cost)
					.multiply(BigDecimal.valueOf(commitmentMonths - served))
					.divide(BigDecimal.valueOf(commitmentMonths), 0, RoundingMode.HALF_UP)
					.longValueExact();
				long perYear = rule
					.parameter(womanOrMinority ? "reductionPermilleWomenMinorities" : "reductionPermilleOthers");
				int permille = (int) Math.min(1000, perYear * Math.max(0, priorServiceYears));
				long reduction = BigDecimal.valueOf(before)
					.multiply(BigDecimal.valueOf(permille))
					.divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP)
					.longValueExact();
				return new Repayment(Basis.PRO_RATA, cost, commitmentMonths, served, before, permille,
						before - reduction, confirmed, citation);
			}
		}
	}

}
