package vn.canbo.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.canbo.rules.RuleKey;
import vn.canbo.rules.RuleVersion;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commitment and the repayment of state-funded study against the worked examples of
 * the reference (vn-legal-rules-2.md §5.7, T-1 to T-3), with the shipped rule version's
 * values (NĐ 171/2025: 3 × the study time; 1.5 % / 1 % per year of prior service).
 */
class RepaymentTests {

	static final RuleVersion RULE = new RuleVersion(1, RuleKey.TRAINING_REPAYMENT, LocalDate.of(2025, 7, 1), null,
			"Nghị định 171/2025/NĐ-CP", null, false,
			Map.of("commitmentMultiple", 3L, "reductionPermilleWomenMinorities", 15L, "reductionPermilleOthers", 10L,
					"maxAgeFirstPostgraduate", 45L),
			null, "system", Instant.EPOCH);

	/** A master's course of 24 months: 2026-09-01 to 2028-09-01. */
	static final LocalDate START = LocalDate.of(2026, 9, 1);

	static final LocalDate END = LocalDate.of(2028, 9, 1);

	@Test
	void theCommitmentIsThreeTimesTheStudyTime() {
		// T-1: 24 months of study → T1 = 72 months, served until 2034-09-01
		assertThat(Repayment.commitmentMonths(START, END, RULE)).isEqualTo(72);
		assertThat(Repayment.commitmentMonths(START, LocalDate.of(2027, 3, 1), RULE)).as("6 months → 18").isEqualTo(18);
	}

	@Test
	void leavingAfterTwoYearsOfTheCommitmentRepaysTwoThirds() {
		// T-1: F = 60 m, T1 = 72, T2 = 24 → S = 60 × (72 − 24) / 72 = 40 m (a man, Kinh,
		// no
		// prior service)
		Repayment repayment = Repayment.compute(60_000_000, null, END, 72, END.plusMonths(24),
				LeaveReason.LEFT_BEFORE_COMMITMENT, 0, false, RULE);
		assertThat(repayment.basis()).isEqualTo(Repayment.Basis.PRO_RATA);
		assertThat(repayment.monthsServed()).isEqualTo(24);
		assertThat(repayment.amount()).isEqualTo(40_000_000);
		assertThat(repayment.confirmed()).as("the formula is unconfirmed").isFalse();
	}

	@Test
	void aWomanWithTenYearsOfServiceHasFifteenPercentOff() {
		// T-2: 10 × 1.5 % = 15 % of 40 m → 34 m
		Repayment repayment = Repayment.compute(60_000_000, null, END, 72, END.plusMonths(24),
				LeaveReason.LEFT_BEFORE_COMMITMENT, 10, true, RULE);
		assertThat(repayment.beforeReduction()).isEqualTo(40_000_000);
		assertThat(repayment.reductionPermille()).isEqualTo(150);
		assertThat(repayment.amount()).isEqualTo(34_000_000);
		// a man with the same service: 10 × 1 % → 36 m
		assertThat(Repayment
			.compute(60_000_000, null, END, 72, END.plusMonths(24), LeaveReason.LEFT_BEFORE_COMMITMENT, 10, false, RULE)
			.amount()).isEqualTo(36_000_000);
	}

	@Test
	void quittingDuringTheStudyRepaysAllTheCostsPaidSoFar() {
		// T-3: quits during the course, 30 m paid so far → 30 m
		Repayment repayment = Repayment.compute(60_000_000, 30_000_000L, END, 72, LocalDate.of(2027, 9, 1),
				LeaveReason.QUIT_DURING_STUDY, 10, true, RULE);
		assertThat(repayment.basis()).isEqualTo(Repayment.Basis.FULL_COSTS);
		assertThat(repayment.amount()).isEqualTo(30_000_000);
	}

	@Test
	void servingTheWholeCommitmentOrATransferRepaysNothing() {
		assertThat(Repayment
			.compute(60_000_000, null, END, 72, END.plusMonths(72), LeaveReason.LEFT_BEFORE_COMMITMENT, 0, false, RULE)
			.amount()).isZero();
		Repayment transferred = Repayment.compute(60_000_000, null, END, 72, END.plusMonths(5),
				LeaveReason.TRANSFERRED_IN_SYSTEM, 0, false, RULE);
		assertThat(transferred.basis()).isEqualTo(Repayment.Basis.EXEMPT);
		assertThat(transferred.amount()).isZero();
		assertThat(Repayment.compute(60_000_000, null, END, 72, null, null, 0, false, RULE).basis())
			.isEqualTo(Repayment.Basis.NONE);
	}

}
