package vn.canbo.ratings;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canbo.rules.EvaluationLevel;

/**
 * A person's annual rating as proposed, decided and approved.
 *
 * @param id its number
 * @param version the version an edit must carry back
 * @param personId whose
 * @param fullName their name
 * @param agencyId their agency
 * @param agencyName its name
 * @param year the year
 * @param taskGroup the group the quota counts in
 * @param monthsEvaluated months worked and evaluated
 * @param monthsLeave months of leave
 * @param monthsMaternity months of maternity leave
 * @param average mean total of the months worked
 * @param scoredLevel what the average gives
 * @param proposedLevel the proposal after the rules; null: not rated
 * @param reasons the rules applied
 * @param disciplineNote the discipline that forced "not completed"
 * @param excellentKept the leader's choice under the quota; null: not decided
 * @param level the level after the quota; null while a choice is pending or not rated
 * @param status PROPOSED or APPROVED
 */
public record RatingView(long id, long version, long personId, String fullName, long agencyId, String agencyName,
		int year, String taskGroup, int monthsEvaluated, int monthsLeave, int monthsMaternity,
		@Nullable BigDecimal average, @Nullable EvaluationLevel scoredLevel, @Nullable EvaluationLevel proposedLevel,
		List<String> reasons, @Nullable String disciplineNote, @Nullable Boolean excellentKept,
		@Nullable EvaluationLevel level, String status) {

	/** An excellent proposal waiting for the leader's choice. */
	public boolean pendingChoice() {
		return this.proposedLevel == EvaluationLevel.EXCELLENT && this.excellentKept == null && this.level == null;
	}

}
