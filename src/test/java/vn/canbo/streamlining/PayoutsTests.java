package vn.canbo.streamlining;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.canbo.rules.RuleKey;
import vn.canbo.rules.RuleVersion;
import vn.canbo.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The worked payout examples of the reference (vn-legal-rules-2.md §7.4, G-1 to G-6),
 * reproduced to the đồng from the figures the statutes set (the same as the seeded rule
 * versions, migration V56), each term checked as well as the total.
 */
class PayoutsTests {

	static final RuleVersion NĐ_154_EARLY = version(RuleKey.STREAMLINING_EARLY_RETIREMENT, "NĐ 154/2025 Điều 6",
			Map.of("minMonthsEarly", 24L, "maxMonthsEarly", 60L, "monthsPerYearEarly", 5L, "insuredBaseYears", 20L,
					"insuredBaseMonths", 5L, "insuredTenthsPerYear", 5L, "insuredMinYears", 15L, "halfYearFromMonths",
					3L, "wholeYearFromMonths", 7L));

	static final RuleVersion NĐ_154_RESIGNATION = version(RuleKey.STREAMLINING_RESIGNATION, "NĐ 154/2025 Điều 8", Map
		.of("jobSearchMonths", 3L, "tenthsPerInsuredYear", 15L, "halfYearFromMonths", 3L, "wholeYearFromMonths", 7L));

	static final RuleVersion NĐ_178_EARLY = version(RuleKey.REORGANISATION_EARLY_RETIREMENT, "NĐ 178/2024 Điều 7",
			Map.ofEntries(Map.entry("nearFromMonths", 24L), Map.entry("farFromMonths", 60L),
					Map.entry("maxMonthsEarly", 120L), Map.entry("nearFirstPercent", 100L),
					Map.entry("nearLaterPercent", 50L), Map.entry("farFirstPercent", 90L),
					Map.entry("farLaterPercent", 45L), Map.entry("farCapMonths", 60L),
					Map.entry("nearMonthsPerYear", 5L), Map.entry("farMonthsPerYear", 4L),
					Map.entry("insuredBaseYears", 20L), Map.entry("insuredBaseMonths", 5L),
					Map.entry("insuredTenthsPerYear", 5L), Map.entry("insuredMinYears", 15L),
					Map.entry("halfYearFromMonths", 3L), Map.entry("wholeYearFromMonths", 7L)));

	static final RuleVersion NĐ_170_RESIGNATION = version(RuleKey.VOLUNTARY_RESIGNATION, "NĐ 170/2025 Điều 58–59",
			Map.of("baseMonths", 3L, "tenthsPerInsuredYear", 15L, "shortServiceFromMonths", 6L, "shortServiceMonths",
					1L, "halfYearFromMonths", 3L, "wholeYearFromMonths", 7L));

	static RuleVersion version(RuleKey key, String citation, Map<String, Long> parameters) {
		return new RuleVersion(1, key, LocalDate.of(2025, 1, 1), null, citation, null, true, parameters, null, "test",
				Instant.EPOCH);
	}

	@Test
	void g1ReorganisationEarlyRetirementThirtySixMonthsInTheFirstYear() {
		Payout payout = Payouts.compute(
				new PayoutInput(Policy.REORGANISATION_EARLY_RETIREMENT, 15_000_000, 36, 25, 0, false, null),
				NĐ_178_EARLY);
		assertThat(payout.terms()).extracting(PayoutTerm::code, PayoutTerm::amount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("MONTHS_EARLY", 540_000_000L),
					org.assertj.core.groups.Tuple.tuple("YEARS_EARLY", 225_000_000L),
					org.assertj.core.groups.Tuple.tuple("INSURED_BASE", 75_000_000L),
					org.assertj.core.groups.Tuple.tuple("INSURED_BEYOND", 37_500_000L));
		assertThat(payout.total()).isEqualTo(877_500_000L);
	}

	@Test
	void g2TheSameLeavingInMonthFourteen() {
		Payout payout = Payouts.compute(
				new PayoutInput(Policy.REORGANISATION_EARLY_RETIREMENT, 15_000_000, 36, 25, 0, true, null),
				NĐ_178_EARLY);
		assertThat(payout.terms().get(0).amount()).isEqualTo(270_000_000L);
		assertThat(payout.total()).isEqualTo(607_500_000L);
	}

	@Test
	void g3ReorganisationEarlyRetirementSevenYearsEarly() {
		Payout payout = Payouts.compute(
				new PayoutInput(Policy.REORGANISATION_EARLY_RETIREMENT, 15_000_000, 84, 25, 0, false, null),
				NĐ_178_EARLY);
		assertThat(payout.terms()).extracting(PayoutTerm::code, PayoutTerm::amount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("MONTHS_EARLY_CAPPED", 810_000_000L),
					org.assertj.core.groups.Tuple.tuple("YEARS_EARLY", 420_000_000L),
					org.assertj.core.groups.Tuple.tuple("INSURED_BASE", 75_000_000L),
					org.assertj.core.groups.Tuple.tuple("INSURED_BEYOND", 37_500_000L));
		assertThat(payout.total()).isEqualTo(1_342_500_000L);
	}

	@Test
	void g4StreamliningEarlyRetirementThreeYearsEarly() {
		Payout payout = Payouts.compute(new PayoutInput(Policy.EARLY_RETIREMENT, 12_000_000, 36, 22, 0, false, null),
				NĐ_154_EARLY);
		assertThat(payout.terms()).extracting(PayoutTerm::code, PayoutTerm::amount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("YEARS_EARLY", 180_000_000L),
					org.assertj.core.groups.Tuple.tuple("INSURED_BASE", 60_000_000L),
					org.assertj.core.groups.Tuple.tuple("INSURED_BEYOND", 12_000_000L));
		assertThat(payout.total()).isEqualTo(252_000_000L);
	}

	@Test
	void g5StreamliningResignation() {
		Payout payout = Payouts.compute(new PayoutInput(Policy.RESIGNATION, 10_000_000, 0, 8, 0, false, null),
				NĐ_154_RESIGNATION);
		assertThat(payout.terms()).extracting(PayoutTerm::code, PayoutTerm::amount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("JOB_SEARCH", 30_000_000L),
					org.assertj.core.groups.Tuple.tuple("INSURED_YEARS", 120_000_000L));
		assertThat(payout.total()).isEqualTo(150_000_000L);
	}

	@Test
	void g6VoluntaryResignationEightYearsFourMonthsCountsEightAndAHalf() {
		PayoutInput input = new PayoutInput(Policy.VOLUNTARY_RESIGNATION, 10_000_000, 0, 8, 4, false, null);
		assertThat(Payouts.insuredYears(input, NĐ_170_RESIGNATION)).isEqualByComparingTo("8.5");
		assertThat(Payouts.compute(input, NĐ_170_RESIGNATION).total()).isEqualTo(157_500_000L);
	}

	@Test
	void oddMonthsRoundToNothingHalfOrAWholeYear() {
		assertThat(years(2)).isEqualByComparingTo("8");
		assertThat(years(3)).isEqualByComparingTo("8.5");
		assertThat(years(6)).isEqualByComparingTo("8.5");
		assertThat(years(7)).isEqualByComparingTo("9");
	}

	@Test
	void shortServiceEarnsOneMonth() {
		assertThat(Payouts
			.compute(new PayoutInput(Policy.VOLUNTARY_RESIGNATION, 10_000_000, 0, 0, 8, false, null),
					NĐ_170_RESIGNATION)
			.total()).isEqualTo(10_000_000L);
	}

	@Test
	void streamliningEarlyRetirementOutsideTwoToFiveYearsNamesTheField() {
		assertThatThrownBy(() -> Payouts
			.compute(new PayoutInput(Policy.EARLY_RETIREMENT, 12_000_000, 18, 22, 0, false, null), NĐ_154_EARLY))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems().get(0).field()).isEqualTo("monthsEarly"));
	}

	@Test
	void underTwoYearsTheReorganisationPaysTheMonthsOnly() {
		Payout payout = Payouts.compute(
				new PayoutInput(Policy.REORGANISATION_EARLY_RETIREMENT, 15_000_000, 18, 25, 0, true, null),
				NĐ_178_EARLY);
		assertThat(payout.terms()).extracting(PayoutTerm::code).containsExactly("MONTHS_EARLY");
		assertThat(payout.total()).isEqualTo(270_000_000L);
	}

	private static java.math.BigDecimal years(int months) {
		return Payouts.insuredYears(new PayoutInput(Policy.VOLUNTARY_RESIGNATION, 1, 0, 8, months, false, null),
				NĐ_170_RESIGNATION);
	}

}
