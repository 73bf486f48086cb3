package vn.canbo.emulation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import vn.canbo.rules.EvaluationLevel;

/**
 * A collective's rating for a year (xếp loại tập thể), and for Party organisations
 * whether it is "trong sạch vững mạnh" (clean and strong).
 *
 * @param id the identifier
 * @param version the optimistic-locking version
 * @param unitId the collective
 * @param year the year
 * @param level the level decided
 * @param cleanAndStrong for Party organisations; null where it does not apply
 * @param suggestedLevel what the members' ratings suggested when it was recorded
 * @param note a remark
 * @param decidedBy who recorded it
 * @param decidedAt when
 */
public record CollectiveRating(long id, long version, long unitId, int year, EvaluationLevel level,
		@Nullable Boolean cleanAndStrong, @Nullable EvaluationLevel suggestedLevel, @Nullable String note,
		String decidedBy, Instant decidedAt) {
}
