package vn.canbo.emulation;

import org.jspecify.annotations.Nullable;

import vn.canbo.rules.EvaluationLevel;

/**
 * The collective level suggested by the members' approved annual ratings (the officer or
 * leader decides): excellent when at least the excellent share of members is rated good
 * or better and none is rated not completed; good likewise with the good share; completed
 * while the share not completed stays within its maximum; not completed otherwise. No
 * suggestion without rated members.
 *
 * @param members the members' counts per level
 * @param level the suggested level; null when nobody is rated
 * @param goodOrBetterPercent the share rated good or better, in percent (rounded down)
 * @param notCompletedPercent the share rated not completed, in percent (rounded up)
 * @param rule the rule version applied
 */
public record CollectiveSuggestion(LevelCounts members, @Nullable EvaluationLevel level, long goodOrBetterPercent,
		long notCompletedPercent, EmulationRule rule) {

	static CollectiveSuggestion of(LevelCounts members, EmulationRule rule) {
		long total = members.total();
		if (total == 0) {
			return new CollectiveSuggestion(members, null, 0, 0, rule);
		}
		// Compared in whole numbers: 100 * part >= percent * total avoids rounding.
		boolean noneFailed = members.notCompleted() == 0;
		EvaluationLevel level;
		if (noneFailed && 100 * members.goodOrBetter() >= rule.collectiveExcellentPercent() * total) {
			level = EvaluationLevel.EXCELLENT;
		}
		else if (noneFailed && 100 * members.goodOrBetter() >= rule.collectiveGoodPercent() * total) {
			level = EvaluationLevel.GOOD;
		}
		else if (100 * members.notCompleted() <= rule.collectiveNotCompletedMaxPercent() * total) {
			level = EvaluationLevel.COMPLETED;
		}
		else {
			level = EvaluationLevel.NOT_COMPLETED;
		}
		return new CollectiveSuggestion(members, level, 100 * members.goodOrBetter() / total,
				(100 * members.notCompleted() + total - 1) / total, rule);
	}

}
