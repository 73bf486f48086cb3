package vn.canbo.work;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import vn.canbo.rules.EvaluationLevel;
import vn.canbo.rules.RuleKey;
import vn.canbo.rules.RuleVersion;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly score of NĐ 335/2025 on examples computed by hand (the working is in each
 * test's comments): quantity, quality and timeliness with deductions, a leader's unit
 * result at the partial rate, each band boundary and each automatic case.
 */
class MonthlyScoreTests {

	static final ScoringScheme NATIONAL = scheme(25, 25);

	/** The national scheme's points and bands with other deductions. */
	static ScoringScheme scheme(long errorDeductionPercent, long delayDeductionPercent) {
		return new ScoringScheme(new RuleVersion(1, RuleKey.EVALUATION_SCHEME, LocalDate.of(2026, 1, 1), null,
				"Nghị định 335/2025/NĐ-CP", null, false,
				Map.of("generalMax", 30L, "taskMax", 70L, "bonusMax", 0L, "excellentMin", 90L, "goodMin", 70L,
						"completedMin", 50L, "errorDeductionPercent", errorDeductionPercent, "delayDeductionPercent",
						delayDeductionPercent, "unitResultFullPercent", 100L, "unitResultPartialPercent", 50L),
				null, "test", Instant.EPOCH));
	}

	static TaskFacts task(String weight, String completed, int errors, int excusedErrors, int delays,
			int excusedDelays) {
		return new TaskFacts(new BigDecimal(weight), new BigDecimal(completed), errors, excusedErrors, delays,
				excusedDelays);
	}

	static BigDecimal points(String value) {
		return new BigDecimal(value);
	}

	@Test
	void nonLeaderWithAnErrorAndTwoLateTasks() {
		// T1 weight 2, done, 1 major error: quality 2 x 0.75 = 1.5, on time 2
		// T2 weight 1, done, 1 delay: quality 1, on time 1 x 0.75 = 0.75
		// T3 weight 1, half done, 1 delay: quality 0.5, on time 0.5 x 0.75 = 0.375
		// T4 weight 1, done, 1 delay excused: quality 1, on time 1
		// quantity 4.5/5 = 90%; quality 4/5 = 80%; timeliness 4.125/5 = 82.5%
		// tasks (90 + 80 + 82.5) / 3 = 84.1667%; points 84.1667 x 0.7 = 58.92; + 26 =
		// 84.92
		MonthlyScore score = MonthlyScore.of(NATIONAL, List.of(task("2", "2", 1, 0, 0, 0), task("1", "1", 0, 0, 1, 0),
				task("1", "0.5", 0, 0, 1, 0), task("1", "1", 0, 0, 1, 1)), points("26"), null, null, null);
		assertThat(score.quantity()).isEqualByComparingTo("90");
		assertThat(score.quality()).isEqualByComparingTo("80");
		assertThat(score.timeliness()).isEqualByComparingTo("82.50");
		assertThat(score.taskPercent()).isEqualByComparingTo("84.17");
		assertThat(score.taskPoints()).isEqualByComparingTo("58.92");
		assertThat(score.total()).isEqualByComparingTo("84.92");
		assertThat(score.level()).isEqualTo(EvaluationLevel.GOOD);
		assertThat(score.directing()).isNull();
	}

	@Test
	void leaderWithASubordinateNotCompletedCountsTheUnitResultAtHalf() {
		// own tasks: weight 2 done; weight 2 done with 1 delay (on time 1.5)
		// quantity 100, quality 100, timeliness 3.5/4 = 87.5
		// directing 90, organising 80, unit 96% completed x 50% = 48
		// (100 + 100 + 87.5 + 90 + 48 + 80) / 6 = 84.25; x 0.7 = 58.975 -> 58.98; + 28 =
		// 86.98
		List<TaskFacts> tasks = List.of(task("2", "2", 0, 0, 0, 0), task("2", "2", 0, 0, 1, 0));
		MonthlyScore partial = MonthlyScore.of(NATIONAL, tasks, points("28"), null,
				new LeaderInputs(points("90"), points("80"), points("96"), true), null);
		assertThat(partial.unitResult()).isEqualByComparingTo("48");
		assertThat(partial.taskPercent()).isEqualByComparingTo("84.25");
		assertThat(partial.taskPoints()).isEqualByComparingTo("58.98");
		assertThat(partial.total()).isEqualByComparingTo("86.98");
		assertThat(partial.level()).isEqualTo(EvaluationLevel.GOOD);
		// everyone completed: unit 96; 553.5 / 6 = 92.25; x 0.7 = 64.575 -> 64.58; + 28 =
		// 92.58
		MonthlyScore full = MonthlyScore.of(NATIONAL, tasks, points("28"), null,
				new LeaderInputs(points("90"), points("80"), points("96"), false), null);
		assertThat(full.unitResult()).isEqualByComparingTo("96");
		assertThat(full.total()).isEqualByComparingTo("92.58");
		assertThat(full.level()).isEqualTo(EvaluationLevel.EXCELLENT);
	}

	@ParameterizedTest
	@CsvSource({ "20, EXCELLENT", "19.99, GOOD", "0, GOOD" })
	void perfectTasksWithGeneralPoints(String general, EvaluationLevel expected) {
		// all tasks done on time without errors: 100% -> 70 task points
		MonthlyScore score = MonthlyScore.of(NATIONAL, List.of(task("3", "3", 0, 0, 0, 0)), points(general), null, null,
				null);
		assertThat(score.taskPoints()).isEqualByComparingTo("70");
		assertThat(score.level()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "100, EXCELLENT", "90, EXCELLENT", "89.99, GOOD", "70, GOOD", "69.99, COMPLETED", "50, COMPLETED",
			"49.99, NOT_COMPLETED", "0, NOT_COMPLETED" })
	void bandsIncludeTheirLowerBound(String total, EvaluationLevel expected) {
		assertThat(NATIONAL.level(points(total))).isEqualTo(expected);
	}

	@ParameterizedTest
	@EnumSource(AutomaticCase.class)
	void anAutomaticCaseIsNotCompletedWhateverTheScore(AutomaticCase automatic) {
		MonthlyScore score = MonthlyScore.of(NATIONAL, List.of(task("1", "1", 0, 0, 0, 0)), points("30"), null, null,
				automatic);
		assertThat(score.total()).isEqualByComparingTo("100");
		assertThat(score.level()).isEqualTo(EvaluationLevel.NOT_COMPLETED);
		assertThat(score.automaticCase()).isEqualTo(automatic);
	}

	@Test
	void deductionsStopAtNothingLeft() {
		// 5 major errors x 25% would be 125%: the product's quality points are simply
		// gone
		MonthlyScore score = MonthlyScore.of(NATIONAL, List.of(task("1", "1", 5, 0, 4, 0)), points("30"), null, null,
				null);
		assertThat(score.quality()).isEqualByComparingTo("0");
		assertThat(score.timeliness()).isEqualByComparingTo("0");
		// (100 + 0 + 0) / 3 = 33.33%; x 0.7 = 23.33; + 30 = 53.33
		assertThat(score.total()).isEqualByComparingTo("53.33");
		assertThat(score.level()).isEqualTo(EvaluationLevel.COMPLETED);
	}

	@Test
	void withoutTasksOrGeneralPointsThereIsNoTotalYet() {
		assertThat(MonthlyScore.of(NATIONAL, List.of(), points("30"), null, null, null).level()).isNull();
		MonthlyScore unscored = MonthlyScore.of(NATIONAL, List.of(task("1", "1", 0, 0, 0, 0)), null, null, null, null);
		assertThat(unscored.taskPoints()).isEqualByComparingTo("70");
		assertThat(unscored.total()).isNull();
		assertThat(unscored.level()).isNull();
	}

	@Test
	void theHanoiSchemeAddsBonusPoints() {
		ScoringScheme hanoi = new ScoringScheme(new RuleVersion(2, RuleKey.EVALUATION_SCHEME_HANOI, null, null,
				"Quy định 3814-QĐ/TU", null, false,
				Map.of("generalMax", 20L, "taskMax", 70L, "bonusMax", 10L, "excellentMin", 90L, "goodMin", 70L,
						"completedMin", 50L, "errorDeductionPercent", 25L, "delayDeductionPercent", 25L,
						"unitResultFullPercent", 100L, "unitResultPartialPercent", 50L),
				null, "test", Instant.EPOCH));
		// quantity 100, quality 100, timeliness 75 -> 91.67% -> 64.17; + 18 + 8 = 90.17
		MonthlyScore score = MonthlyScore.of(hanoi, List.of(task("1", "1", 0, 0, 1, 0)), points("18"), points("8"),
				null, null);
		assertThat(score.taskPoints()).isEqualByComparingTo("64.17");
		assertThat(score.total()).isEqualByComparingTo("90.17");
		assertThat(score.level()).isEqualTo(EvaluationLevel.EXCELLENT);
	}

}
