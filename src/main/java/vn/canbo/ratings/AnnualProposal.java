package vn.canbo.ratings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canbo.rules.EvaluationLevel;
import vn.canbo.work.ScoringScheme;

/**
 * The level the months propose for the year, and why it differs from what the average
 * alone gives.
 *
 * @param scoredLevel what the average of the months worked gives
 * @param proposedLevel the proposal after the rules; null when not rated
 * @param reasons the rules applied: NOT_RATED, LEAVE_CAP, MONTH_NOT_COMPLETED, DISCIPLINE
 */
public record AnnualProposal(@Nullable EvaluationLevel scoredLevel, @Nullable EvaluationLevel proposedLevel,
		List<String> reasons) {

	/**
	 * Applies the roll-up rule to a person's year.
	 * @param rule the roll-up rule
	 * @param scheme the scoring scheme whose bands apply to the average
	 * @param worked months evaluated and worked
	 * @param leave months of ordinary leave
	 * @param maternity months of maternity leave
	 * @param average the mean total of the months worked; null when none
	 * @param notCompletedMonths months rated "not completed"
	 * @param disciplined whether a discipline decision counts in the year
	 */
	public static AnnualProposal of(RollUpRule rule, ScoringScheme scheme, int worked, int leave, int maternity,
			@Nullable BigDecimal average, int notCompletedMonths, boolean disciplined) {
		List<String> reasons = new ArrayList<>();
		EvaluationLevel scored = (average != null) ? scheme.level(average) : null;
		if (disciplined) {
			reasons.add("DISCIPLINE");
			return new AnnualProposal(scored, EvaluationLevel.NOT_COMPLETED, reasons);
		}
		boolean enough = worked >= rule.minMonthsWorked() || (maternity > 0 && worked > 0);
		if (!enough || scored == null) {
			reasons.add("NOT_RATED");
			return new AnnualProposal(scored, null, reasons);
		}
		EvaluationLevel proposed = scored;
		if (leave >= rule.leaveCapMonths() && leave < rule.minMonthsWorked()
				&& proposed.isAtLeast(EvaluationLevel.GOOD)) {
			reasons.add("LEAVE_CAP");
			proposed = EvaluationLevel.COMPLETED;
		}
		if (rule.notCompletedMonthsCap() > 0 && notCompletedMonths >= rule.notCompletedMonthsCap()
				&& proposed.isAtLeast(EvaluationLevel.GOOD)) {
			reasons.add("MONTH_NOT_COMPLETED");
			proposed = EvaluationLevel.COMPLETED;
		}
		return new AnnualProposal(scored, proposed, reasons);
	}

}
