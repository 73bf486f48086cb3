package vn.canbo.work;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What the evaluator gives a person's month.
 *
 * @param version the evaluation version it was read at (0 when there is none yet)
 * @param general general-criteria points
 * @param bonus bonus points (schemes with a bonus only)
 * @param directing a leader's directing percent (default: the unit's on-time share)
 * @param organising a leader's organising percent (default: the unit's on-time share)
 * @param automaticCase an automatic "not completed" case
 * @param automaticNote the conclusion it rests on
 * @param absence legal leave covering the month
 * @param note remark
 */
public record EvaluationInput(long version, @Nullable BigDecimal general, @Nullable BigDecimal bonus,
		@Nullable BigDecimal directing, @Nullable BigDecimal organising, @Nullable AutomaticCase automaticCase,
		@Nullable String automaticNote, @Nullable Absence absence, @Nullable String note) {
}
