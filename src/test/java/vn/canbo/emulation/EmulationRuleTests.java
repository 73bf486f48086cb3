package vn.canbo.emulation;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.canbo.rules.EvaluationLevel;
import vn.canbo.rules.RuleKey;
import vn.canbo.rules.RuleVersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The titles proposed from a rating level and the suggested collective level. */
class EmulationRuleTests {

	static EmulationRule rule(int laoDong, int chienSi, int excellent, int good, int notCompletedMax) {
		return new EmulationRule(new RuleVersion(1, RuleKey.EMULATION_TITLES, null, null, "Luật Thi đua", null, false,
				Map.of("laoDongTienTienMinLevel", (long) laoDong, "chienSiThiDuaCoSoMinLevel", (long) chienSi,
						"collectiveExcellentPercent", (long) excellent, "collectiveGoodPercent", (long) good,
						"collectiveNotCompletedMaxPercent", (long) notCompletedMax),
				null, "system", Instant.EPOCH));
	}

	static final EmulationRule DEFAULT = rule(2, 1, 70, 50, 20);

	@Test
	void excellentGetsBothTitlesGoodOnlyTheAdvancedWorkerTitle() {
		assertThat(DEFAULT.titlesFor(EvaluationLevel.EXCELLENT)).containsExactly(RewardKind.LAO_DONG_TIEN_TIEN,
				RewardKind.CHIEN_SI_THI_DUA_CO_SO);
		assertThat(DEFAULT.titlesFor(EvaluationLevel.GOOD)).containsExactly(RewardKind.LAO_DONG_TIEN_TIEN);
		assertThat(DEFAULT.titlesFor(EvaluationLevel.COMPLETED)).isEmpty();
		assertThat(DEFAULT.titlesFor(EvaluationLevel.NOT_COMPLETED)).isEmpty();
	}

	@Test
	void theMinimumLevelsComeFromTheRuleButNotCompletedIsNeverProposed() {
		EmulationRule lenient = rule(3, 2, 70, 50, 20);
		assertThat(lenient.titlesFor(EvaluationLevel.COMPLETED)).containsExactly(RewardKind.LAO_DONG_TIEN_TIEN);
		assertThat(lenient.titlesFor(EvaluationLevel.GOOD)).containsExactly(RewardKind.LAO_DONG_TIEN_TIEN,
				RewardKind.CHIEN_SI_THI_DUA_CO_SO);
		assertThat(lenient.titlesFor(EvaluationLevel.NOT_COMPLETED)).isEmpty();
	}

	@Test
	void aCollectiveIsExcellentFromSeventyPercentGoodOrBetterWithNobodyFailing() {
		CollectiveSuggestion seventy = DEFAULT.suggest(new LevelCounts(2, 5, 3, 0));
		assertThat(seventy.level()).isEqualTo(EvaluationLevel.EXCELLENT);
		assertThat(seventy.goodOrBetterPercent()).isEqualTo(70);
		assertThat(DEFAULT.suggest(new LevelCounts(2, 4, 4, 0)).level()).isEqualTo(EvaluationLevel.GOOD);
		assertThat(DEFAULT.suggest(new LevelCounts(5, 4, 0, 1)).level()).as("one not completed")
			.isEqualTo(EvaluationLevel.COMPLETED);
	}

	@Test
	void aCollectiveFallsToNotCompletedBeyondTheShareNotCompleted() {
		assertThat(DEFAULT.suggest(new LevelCounts(0, 2, 6, 2)).level()).isEqualTo(EvaluationLevel.COMPLETED);
		CollectiveSuggestion failing = DEFAULT.suggest(new LevelCounts(0, 2, 5, 3));
		assertThat(failing.level()).isEqualTo(EvaluationLevel.NOT_COMPLETED);
		assertThat(failing.notCompletedPercent()).isEqualTo(30);
		assertThat(DEFAULT.suggest(new LevelCounts(0, 4, 5, 0)).level()).as("4 of 9 good: under half")
			.isEqualTo(EvaluationLevel.COMPLETED);
	}

	@Test
	void noSuggestionWithoutRatedMembers() {
		assertThat(DEFAULT.suggest(new LevelCounts(0, 0, 0, 0)).level()).isNull();
	}

	@Test
	void wrapsOnlyEmulationRuleVersions() {
		assertThatThrownBy(() -> new EmulationRule(new RuleVersion(1, RuleKey.BASE_SALARY, null, null, "x", null, true,
				Map.of("amount", 1L), null, "system", Instant.EPOCH)))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
