package vn.canbo.emulation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Records the decision on a proposed reward (or corrects it).
 *
 * @param version the version the user saw
 * @param status DECIDED or REJECTED
 * @param decisionNumber required when decided
 * @param decisionDate required when decided, not in the future
 * @param authority who decided; required when decided
 * @param note a remark
 */
public record RewardDecision(long version, @Nullable RewardStatus status, @Nullable String decisionNumber,
		@Nullable LocalDate decisionDate, @Nullable String authority, @Nullable String note) {
}
