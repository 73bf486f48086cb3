package vn.canbo.emulation;

import org.jspecify.annotations.Nullable;

/**
 * Proposes a title or award for one person or one collective.
 *
 * @param personId the person (or null)
 * @param unitId the collective (or null); exactly one of the two
 * @param year the year
 * @param kind the title or award
 * @param note a remark
 */
public record NewReward(@Nullable Long personId, @Nullable Long unitId, @Nullable Integer year,
		@Nullable RewardKind kind, @Nullable String note) {
}
