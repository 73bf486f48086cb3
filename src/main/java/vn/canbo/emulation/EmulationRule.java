package vn.canbo.emulation;

import java.util.ArrayList;
import java.util.List;

import vn.canbo.rules.EvaluationLevel;
import vn.canbo.rules.RuleKey;
import vn.canbo.rules.RuleVersion;

/**
 * One version of {@link RuleKey#EMULATION_TITLES}: the minimum annual level for the
 * titles proposed from ratings, and the thresholds of the suggested collective level.
 */
public record EmulationRule(RuleVersion version) {

	public EmulationRule {
		if (version.key() != RuleKey.EMULATION_TITLES) {
			throw new IllegalArgumentException("Not an emulation rule: " + version.key());
		}
	}

	/** The minimum level code (1 excellent … 3 completed) of Lao động tiên tiến. */
	public int laoDongTienTienMinLevel() {
		return (int) this.version.parameter("laoDongTienTienMinLevel");
	}

	/** The minimum level code of Chiến sĩ thi đua cơ sở. */
	public int chienSiThiDuaCoSoMinLevel() {
		return (int) this.version.parameter("chienSiThiDuaCoSoMinLevel");
	}

	public int collectiveExcellentPercent() {
		return (int) this.version.parameter("collectiveExcellentPercent");
	}

	public int collectiveGoodPercent() {
		return (int) this.version.parameter("collectiveGoodPercent");
	}

	public int collectiveNotCompletedMaxPercent() {
		return (int) this.version.parameter("collectiveNotCompletedMaxPercent");
	}

	/**
	 * The titles a person rated at the level is proposed for. Nobody rated not completed
	 * is proposed, whatever the settings: that rating already reflects discipline.
	 */
	public List<RewardKind> titlesFor(EvaluationLevel level) {
		List<RewardKind> titles = new ArrayList<>();
		if (level == EvaluationLevel.NOT_COMPLETED) {
			return titles;
		}
		if (level.atLeast(laoDongTienTienMinLevel())) {
			titles.add(RewardKind.LAO_DONG_TIEN_TIEN);
		}
		if (level.atLeast(chienSiThiDuaCoSoMinLevel())) {
			titles.add(RewardKind.CHIEN_SI_THI_DUA_CO_SO);
		}
		return titles;
	}

	/** The level the members' approved ratings suggest for their collective. */
	public CollectiveSuggestion suggest(LevelCounts members) {
		return CollectiveSuggestion.of(members, this);
	}

}
