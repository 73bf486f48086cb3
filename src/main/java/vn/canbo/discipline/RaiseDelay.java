package vn.canbo.discipline;

import java.time.LocalDate;

import vn.canbo.rules.RuleVersion;

/**
 * A state discipline decision that delays the person's next salary raise (kéo dài thời
 * gian nâng bậc lương do bị kỷ luật, TT 08/2013/TT-BNV Điều 2 khoản 3), for the careers
 * outlook.
 *
 * @param decisionId the decision's record
 * @param personId whose
 * @param form the form of discipline
 * @param decisionNumber the decision's number
 * @param decisionDate when it was signed
 * @param effectiveOn when it took effect: the raise whose wait holds this day is delayed
 * @param months how long the delay is for the person's category
 * @param rule the {@code DISCIPLINE_EFFECTS} version the months come from
 */
public record RaiseDelay(long decisionId, long personId, DisciplineForm form, String decisionNumber,
		LocalDate decisionDate, LocalDate effectiveOn, int months, RuleVersion rule) {
}
