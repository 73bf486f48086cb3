package vn.canbo.recruitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.canbo.people.ProfessionalLevel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked examples of vn-legal-rules-2.md §1.11, computed by hand,
 * and the eligibility conditions of Luật CBCC Art. 19.
 */
class RankingTests {

	static final ExamRule RULE = ExamRule.DECREE_170;

	static final PriorityRule PRIORITY = PriorityRule.DECREE_170;

	static final Ranking.Conduct WRITTEN = new Ranking.Conduct(Method.EXAM, ExamForm.WRITTEN, false, 60, 1);

	static final Ranking.Conduct COMBINED = new Ranking.Conduct(Method.EXAM, ExamForm.WRITTEN_INTERVIEW, false, 60, 1);

	static Ranking.Entry written(long id, String score, String priority) {
		return new Ranking.Entry(id, true, null, new BigDecimal(score), null, null, new BigDecimal(priority), null);
	}

	static Ranking.Entry combined(long id, String written, String interview) {
		return new Ranking.Entry(id, true, null, new BigDecimal(written), new BigDecimal(interview), null,
				BigDecimal.ZERO, null);
	}

	@Test
	void r1TheHigherTotalWithPriorityWins() {
		List<Verdict> verdicts = Ranking.rank(WRITTEN, List.of(written(1, "85", "5"), written(2, "88", "0")), RULE);
		assertThat(verdicts.get(0).outcome()).isEqualTo(Outcome.WINNER);
		assertThat(verdicts.get(0).total()).isEqualByComparingTo("90");
		assertThat(verdicts.get(0).reasonKey()).isEqualTo("recruitment.reason.winsOnTotal");
		assertThat(verdicts.get(0).citation()).isEqualTo("Nghị định 170/2025/NĐ-CP, Điều 10 khoản 1 điểm b");
		assertThat(verdicts.get(1).outcome()).isEqualTo(Outcome.RESERVE);
		assertThat(verdicts.get(1).total()).isEqualByComparingTo("88");
		assertThat(verdicts.get(1).rank()).isEqualTo(2);
	}

	@Test
	void r2AnEqualTotalGoesToTheHigherProfessionalScore() {
		List<Verdict> verdicts = Ranking.rank(WRITTEN, List.of(written(1, "82", "5"), written(2, "87", "0")), RULE);
		assertThat(verdicts.get(0).total()).isEqualByComparingTo("87");
		assertThat(verdicts.get(1).total()).isEqualByComparingTo("87");
		assertThat(verdicts.get(1).outcome()).isEqualTo(Outcome.WINNER);
		assertThat(verdicts.get(1).reasonKey()).isEqualTo("recruitment.reason.winsOnProfessional");
		assertThat(verdicts.get(1).citation()).endsWith("Điều 10 khoản 2 điểm a");
		assertThat(verdicts.get(0).outcome()).isEqualTo(Outcome.RESERVE);
		assertThat(verdicts.get(0).reasonKey()).isEqualTo("recruitment.reason.losesOnProfessional");
	}

	@Test
	void r3AnInterviewUnderHalfFailsDespiteTheHigherTotal() {
		List<Verdict> verdicts = Ranking.rank(COMBINED, List.of(combined(1, "80", "45"), combined(2, "60", "60")),
				RULE);
		// 0.7 × 80 + 0.3 × 45 = 56 + 13.5 = 69.50
		assertThat(verdicts.get(0).professional()).isEqualByComparingTo("69.50");
		assertThat(verdicts.get(0).outcome()).isEqualTo(Outcome.FAILED);
		assertThat(verdicts.get(0).reasonKey()).isEqualTo("recruitment.reason.interviewBelow");
		assertThat(verdicts.get(0).citation()).endsWith("Điều 10 khoản 1 điểm a");
		assertThat(verdicts.get(1).professional()).isEqualByComparingTo("60.00");
		assertThat(verdicts.get(1).outcome()).isEqualTo(Outcome.WINNER);
	}

	@Test
	void r4SeventyThirtyRoundsToTwoDecimalsAndTheWrittenScoreBreaksTheTie() {
		List<Verdict> verdicts = Ranking.rank(COMBINED, List.of(combined(1, "70", "90"), combined(2, "80", "66.67")),
				RULE);
		// 49 + 27 = 76.00; 56 + 20.001 = 76.001 → 76.00
		assertThat(verdicts.get(0).professional()).isEqualTo(new BigDecimal("76.00"));
		assertThat(verdicts.get(1).professional()).isEqualTo(new BigDecimal("76.00"));
		assertThat(verdicts.get(1).outcome()).isEqualTo(Outcome.WINNER);
		assertThat(verdicts.get(1).reasonKey()).isEqualTo("recruitment.reason.winsOnWritten");
		assertThat(verdicts.get(1).citation()).endsWith("Điều 10 khoản 2 điểm b");
		assertThat(verdicts.get(0).outcome()).isEqualTo(Outcome.RESERVE);
	}

	@Test
	void r4bRoundingIsHalfUp() {
		// 0.7 × 71 + 0.3 × 50.05 = 49.7 + 15.015 = 64.715 → 64.72
		assertThat(RULE.combine(new BigDecimal("71"), new BigDecimal("50.05"))).isEqualTo(new BigDecimal("64.72"));
	}

	@Test
	void r5RoundOnePassesAtHalfTheQuestions() {
		Ranking.Conduct withRoundOne = new Ranking.Conduct(Method.EXAM, ExamForm.WRITTEN, true, 60, 1);
		Ranking.Entry c = new Ranking.Entry(1, true, 30, new BigDecimal("70"), null, null, BigDecimal.ZERO, null);
		Ranking.Entry d = new Ranking.Entry(2, true, 29, null, null, null, BigDecimal.ZERO, null);
		List<Verdict> verdicts = Ranking.rank(withRoundOne, List.of(c, d), RULE);
		assertThat(verdicts.get(0).outcome()).isEqualTo(Outcome.WINNER);
		assertThat(verdicts.get(1).outcome()).isEqualTo(Outcome.FAILED_ROUND_ONE);
		assertThat(verdicts.get(1).reasonArguments()).containsExactly(29, 60, 50);
		assertThat(verdicts.get(1).citation()).contains("Điều 9 khoản 2 điểm a");
	}

	@Test
	void r6OnlyTheHighestPriorityCounts() {
		assertThat(PRIORITY.points(Set.of(PriorityCategory.ETHNIC_MINORITY, PriorityCategory.MILITARY_SERVICE)))
			.isEqualByComparingTo("5");
		assertThat(PRIORITY.points(Set.of(PriorityCategory.HERO_OR_WAR_INVALID, PriorityCategory.ETHNIC_MINORITY)))
			.isEqualByComparingTo("7.5");
		assertThat(PRIORITY.points(Set.of(PriorityCategory.TRADE_UNION_OFFICER))).isEqualByComparingTo("1.5");
		assertThat(PRIORITY.points(Set.of())).isEqualByComparingTo("0");
	}

	@Test
	void r7SelectionTiesGoToTheHigherRoundTwoScore() {
		Ranking.Conduct selection = new Ranking.Conduct(Method.SELECTION, ExamForm.ORAL, false, 60, 1);
		Ranking.Entry a = new Ranking.Entry(1, true, null, null, null, new BigDecimal("70"), new BigDecimal("5"), null);
		Ranking.Entry b = new Ranking.Entry(2, true, null, null, null, new BigDecimal("75"), BigDecimal.ZERO, null);
		List<Verdict> verdicts = Ranking.rank(selection, List.of(a, b), RULE);
		assertThat(verdicts.get(1).outcome()).isEqualTo(Outcome.WINNER);
		assertThat(verdicts.get(1).citation()).isEqualTo("Nghị định 170/2025/NĐ-CP, Điều 12 khoản 2");
		assertThat(verdicts.get(0).outcome()).isEqualTo(Outcome.RESERVE);
	}

	@Test
	void r9AWinnerCancelledLeavesTheSeatToTheNextAndTheirTieIsBrokenByTheDecree() {
		Ranking.Entry a = new Ranking.Entry(1, true, null, new BigDecimal("90"), null, null, BigDecimal.ZERO,
				Answer.CANCELLED);
		// the next two tie on total 80: B 75 + 5, C 80 + 0 → C (higher professional
		// score)
		Ranking.Entry b = written(2, "75", "5");
		Ranking.Entry c = written(3, "80", "0");
		List<Verdict> verdicts = Ranking.rank(WRITTEN, List.of(a, b, c), RULE);
		assertThat(verdicts.get(0).outcome()).isEqualTo(Outcome.CANCELLED);
		assertThat(verdicts.get(2).outcome()).isEqualTo(Outcome.WINNER);
		assertThat(verdicts.get(2).citation()).endsWith("Điều 10 khoản 2 điểm a");
		assertThat(verdicts.get(1).outcome()).isEqualTo(Outcome.RESERVE);
	}

	@Test
	void aWinnerDecliningGivesTheSeatToTheNextInLine() {
		Ranking.Entry a = new Ranking.Entry(1, true, null, new BigDecimal("90"), null, null, BigDecimal.ZERO,
				Answer.DECLINED);
		List<Verdict> verdicts = Ranking.rank(WRITTEN, List.of(a, written(2, "70", "0"), written(3, "60", "0")), RULE);
		assertThat(verdicts.get(0).outcome()).isEqualTo(Outcome.DECLINED);
		assertThat(verdicts.get(1).outcome()).isEqualTo(Outcome.WINNER);
		assertThat(verdicts.get(1).rank()).isEqualTo(1);
		assertThat(verdicts.get(2).outcome()).isEqualTo(Outcome.RESERVE);
	}

	@Test
	void aFullTieAtTheLastSeatWaitsForTheHead() {
		List<Verdict> verdicts = Ranking.rank(WRITTEN, List.of(written(1, "70", "0"), written(2, "70", "0")), RULE);
		assertThat(verdicts).extracting(Verdict::outcome)
			.containsExactly(Outcome.TIE_HEAD_DECIDES, Outcome.TIE_HEAD_DECIDES);
		assertThat(verdicts.get(0).citation()).endsWith("Điều 10 khoản 2 điểm c");
		assertThat(verdicts.get(0).rank()).isEqualTo(1);
	}

	@Test
	void underFiftyFailsAndMissingScoresWait() {
		List<Verdict> verdicts = Ranking.rank(WRITTEN, List.of(written(1, "49.99", "7.5"),
				new Ranking.Entry(2, true, null, null, null, null, BigDecimal.ZERO, null)), RULE);
		assertThat(verdicts.get(0).outcome()).isEqualTo(Outcome.FAILED);
		assertThat(verdicts.get(0).reasonKey()).isEqualTo("recruitment.reason.belowPass");
		assertThat(verdicts.get(1).outcome()).isEqualTo(Outcome.PENDING);
	}

	@Test
	void aFieldThatDoesNotMatchTheJobPositionIsIneligibleWithTheReason() {
		LocalDate day = LocalDate.of(2026, 3, 1);
		Eligibility.Facts lawyer = new Eligibility.Facts(LocalDate.of(2000, 5, 1), true, true, true,
				ProfessionalLevel.DAI_HOC, "Luật kinh tế");
		List<Eligibility.Reason> reasons = Eligibility.check(lawyer, ProfessionalLevel.DAI_HOC,
				"Kế toán;Tài chính;Kiểm toán", 18, day);
		assertThat(reasons).singleElement().satisfies((reason) -> {
			assertThat(reason.messageKey()).isEqualTo("recruitment.eligibility.field");
			assertThat(reason.arguments()).containsExactly("Luật kinh tế", "Kế toán, Tài chính, Kiểm toán");
			assertThat(reason.citation()).contains("Điều 19 khoản 1 điểm e");
		});
		Eligibility.Facts accountant = new Eligibility.Facts(LocalDate.of(2000, 5, 1), true, true, true,
				ProfessionalLevel.THAC_SI, "ke toan doanh nghiep");
		assertThat(Eligibility.check(accountant, ProfessionalLevel.DAI_HOC, "Kế toán;Tài chính", 18, day)).isEmpty();
	}

	@Test
	void theAgeIsCountedOnThePlansDayAndEachConditionIsNamed() {
		// born 2/3/2008: 17 on 1/3/2026, 18 the day after
		Eligibility.Facts young = new Eligibility.Facts(LocalDate.of(2008, 3, 2), false, true, false,
				ProfessionalLevel.CAO_DANG, null);
		List<Eligibility.Reason> reasons = Eligibility.check(young, ProfessionalLevel.DAI_HOC, null, 18,
				LocalDate.of(2026, 3, 1));
		assertThat(reasons).extracting(Eligibility.Reason::messageKey)
			.containsExactly("recruitment.eligibility.nationality", "recruitment.eligibility.age",
					"recruitment.eligibility.other", "recruitment.eligibility.level");
		assertThat(reasons.get(1).arguments()).containsExactly(17, 18, LocalDate.of(2026, 3, 1));
		assertThat(Eligibility.check(new Eligibility.Facts(LocalDate.of(2008, 3, 2), true, true, true, null, null),
				null, null, 18, LocalDate.of(2026, 3, 2)))
			.isEmpty();
	}

	@Test
	void appealsRunFiveWorkingDays() {
		// published Thursday 4/6/2026: Fri 5, Mon 8, Tue 9, Wed 10, Thu 11
		assertThat(Recruitment.addWorkingDays(LocalDate.of(2026, 6, 4), 5)).isEqualTo(LocalDate.of(2026, 6, 11));
	}

}
