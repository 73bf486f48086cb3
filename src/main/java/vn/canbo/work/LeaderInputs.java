package vn.canbo.work;

import java.math.BigDecimal;

/**
 * The extra criteria of a leader or manager (NĐ 335/2025): directing, organising, guiding
 * and inspecting subordinates' work and the ability to organise implementation, each in
 * percent as the evaluator judged them; and the result of the unit they lead (the share
 * of its tasks completed), which counts in full when everyone they manage is rated
 * "completed" or better and at the partial rate when anyone is "not completed".
 *
 * @param directing percent for directing and inspecting subordinates' work
 * @param organising percent for organising implementation
 * @param unitCompletion percent of the unit's task units completed this month
 * @param anySubordinateNotCompleted whether a subordinate's month is "not completed"
 */
public record LeaderInputs(BigDecimal directing, BigDecimal organising, BigDecimal unitCompletion,
		boolean anySubordinateNotCompleted) {
}
