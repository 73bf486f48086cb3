package vn.canbo.recruitment;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The scores of a candidate, each out of 100 (round 1: correct answers).
 *
 * @param roundOneCorrect correct round-1 answers
 * @param written the written score
 * @param interview the interview score
 * @param oral the oral (vấn đáp) score
 */
public record ScoreInput(@Nullable Integer roundOneCorrect, @Nullable BigDecimal written,
		@Nullable BigDecimal interview, @Nullable BigDecimal oral) {

}
