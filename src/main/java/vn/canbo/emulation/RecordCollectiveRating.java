package vn.canbo.emulation;

import org.jspecify.annotations.Nullable;

import vn.canbo.rules.EvaluationLevel;

/**
 * Records (or corrects) a collective's rating for a year.
 *
 * @param level the level
 * @param cleanAndStrong for Party organisations; null where it does not apply
 * @param note a remark
 * @param version the version seen; null when recording the first time
 */
public record RecordCollectiveRating(@Nullable EvaluationLevel level, @Nullable Boolean cleanAndStrong,
		@Nullable String note, @Nullable Long version) {
}
