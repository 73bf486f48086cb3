package vn.canbo.streamlining;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import vn.canbo.rules.RuleVersion;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;

/**
 * The payout formulas of NĐ 154/2025, NĐ 178/2024 (as amended by NĐ 67/2025, with TT
 * 01/2025/TT-BNV) and NĐ 170/2025, every figure read from the version of the rule in
 * force: each term is salary × factor × quantity rounded to the đồng, and the total their
 * sum.
 */
public final class Payouts {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal TEN = BigDecimal.TEN;

	private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

	private Payouts() {
	}

	/** The payout of the input under the version of its policy's rule. */
	public static Payout compute(PayoutInput input, RuleVersion rule) {
		if (rule.key() != input.policy().rule()) {
			throw new IllegalArgumentException("Rule " + rule.key() + " does not compute " + input.policy());
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (input.monthlySalary() <= 0) {
			problems.add(FieldProblem.of("monthlySalary", "streamlining.error.salary"));
		}
		if (input.insuredYears() < 0 || input.insuredYears() > 60) {
			problems.add(FieldProblem.of("insuredYears", "streamlining.error.insuredYears"));
		}
		if (input.insuredMonths() < 0 || input.insuredMonths() > 11) {
			problems.add(FieldProblem.of("insuredMonths", "streamlining.error.insuredMonths"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<PayoutTerm> terms = new ArrayList<>();
		Terms add = new Terms(input.monthlySalary(), rule.citation(), terms);
		switch (input.policy()) {
			case EARLY_RETIREMENT -> {
				window(input.monthsEarly(), rule.parameter("minMonthsEarly"), rule.parameter("maxMonthsEarly"));
				add.term("YEARS_EARLY", months(rule.parameter("monthsPerYearEarly")), fullYears(input.monthsEarly()));
				insuredService(add, input, rule);
			}
			case REORGANISATION_EARLY_RETIREMENT -> {
				window(input.monthsEarly(), 1, rule.parameter("maxMonthsEarly"));
				int early = input.monthsEarly();
				if (early < rule.parameter("nearFromMonths")) {
					add.term("MONTHS_EARLY", percent(rule.parameter("nearFirstPercent")), BigDecimal.valueOf(early));
				}
				else if (early <= rule.parameter("farFromMonths")) {
					add.term("MONTHS_EARLY",
							percent(rule.parameter(input.laterRate() ? "nearLaterPercent" : "nearFirstPercent")),
							BigDecimal.valueOf(early));
					add.term("YEARS_EARLY", months(rule.parameter("nearMonthsPerYear")), fullYears(early));
					insuredService(add, input, rule);
				}
				else {
					add.term("MONTHS_EARLY_CAPPED",
							percent(rule.parameter(input.laterRate() ? "farLaterPercent" : "farFirstPercent")),
							BigDecimal.valueOf(rule.parameter("farCapMonths")));
					add.term("YEARS_EARLY", months(rule.parameter("farMonthsPerYear")), fullYears(early));
					insuredService(add, input, rule);
				}
			}
			case RESIGNATION -> {
				add.term("JOB_SEARCH", months(rule.parameter("jobSearchMonths")), BigDecimal.ONE);
				add.term("INSURED_YEARS", tenths(rule.parameter("tenthsPerInsuredYear")), insuredYears(input, rule));
			}
			case REORGANISATION_RESIGNATION -> {
				Integer severance = input.severanceMonths();
				if (severance == null || severance < 0 || severance > 600) {
					throw new InvalidInputException(
							List.of(FieldProblem.of("severanceMonths", "streamlining.error.severanceMonths")));
				}
				add.term("SEVERANCE", percent(rule.parameter(input.laterRate() ? "laterPercent" : "firstPercent")),
						BigDecimal.valueOf(severance));
				add.term("INSURED_YEARS", tenths(rule.parameter("tenthsPerInsuredYear")), insuredYears(input, rule));
				add.term("JOB_SEARCH", months(rule.parameter("jobSearchMonths")), BigDecimal.ONE);
			}
			case VOLUNTARY_RESIGNATION -> {
				int served = input.insuredYears() * 12 + input.insuredMonths();
				if (served < 12 && served >= rule.parameter("shortServiceFromMonths")) {
					add.term("SHORT_SERVICE", months(rule.parameter("shortServiceMonths")), BigDecimal.ONE);
				}
				else if (served >= 12) {
					add.term("JOB_SEARCH", months(rule.parameter("baseMonths")), BigDecimal.ONE);
					add.term("INSURED_YEARS", tenths(rule.parameter("tenthsPerInsuredYear")),
							insuredYears(input, rule));
				}
			}
		}
		return new Payout(input.policy(), terms, terms.stream().mapToLong(PayoutTerm::amount).sum(), rule);
	}

	/**
	 * The insured years with the odd months rounded: under the first threshold nothing,
	 * from it half a year, from the second a whole year (NĐ 170/2025 Art. 59).
	 */
	public static BigDecimal insuredYears(PayoutInput input, RuleVersion rule) {
		BigDecimal years = BigDecimal.valueOf(input.insuredYears());
		if (input.insuredMonths() >= rule.parameter("wholeYearFromMonths")) {
			return years.add(BigDecimal.ONE);
		}
		if (input.insuredMonths() >= rule.parameter("halfYearFromMonths")) {
			return years.add(new BigDecimal("0.5"));
		}
		return years;
	}

	/**
	 * The social-insurance service allowance: the base months for the first years (from
	 * the fewest years that earn it), and tenths of a month per year beyond them.
	 */
	private static void insuredService(Terms add, PayoutInput input, RuleVersion rule) {
		BigDecimal years = insuredYears(input, rule);
		if (years.compareTo(BigDecimal.valueOf(rule.parameter("insuredMinYears"))) < 0) {
			return;
		}
		add.term("INSURED_BASE", months(rule.parameter("insuredBaseMonths")), BigDecimal.ONE);
		BigDecimal beyond = years.subtract(BigDecimal.valueOf(rule.parameter("insuredBaseYears")));
		if (beyond.signum() > 0) {
			add.term("INSURED_BEYOND", tenths(rule.parameter("insuredTenthsPerYear")), beyond);
		}
	}

	private static void window(int monthsEarly, long min, long max) {
		if (monthsEarly < min || monthsEarly > max) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("monthsEarly", "streamlining.error.monthsEarly", min, max)));
		}
	}

	private static BigDecimal fullYears(int months) {
		return BigDecimal.valueOf(months).divideToIntegralValue(TWELVE);
	}

	private static BigDecimal months(long months) {
		return BigDecimal.valueOf(months);
	}

	private static BigDecimal tenths(long tenths) {
		return BigDecimal.valueOf(tenths).divide(TEN);
	}

	private static BigDecimal percent(long percent) {
		return BigDecimal.valueOf(percent).divide(HUNDRED);
	}

	/** Adds terms of one salary and one rule. */
	private record Terms(long salary, String citation, List<PayoutTerm> terms) {

		void term(String code, BigDecimal factor, BigDecimal quantity) {
			long amount = BigDecimal.valueOf(this.salary)
				.multiply(factor)
				.multiply(quantity)
				.setScale(0, RoundingMode.HALF_UP)
				.longValueExact();
			this.terms.add(new PayoutTerm(code, this.salary, factor.stripTrailingZeros(), quantity.stripTrailingZeros(),
					amount, this.citation));
		}

	}

}
