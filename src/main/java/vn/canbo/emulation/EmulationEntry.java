package vn.canbo.emulation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.canbo.rules.EvaluationLevel;

/**
 * One row behind a number of the emulation report: a person rated at a level, or a person
 * or collective rewarded with a kind.
 *
 * @param personId the person; null for a collective
 * @param unitId the collective; null for a person
 * @param name the person's or collective's name
 * @param agencyName the unit counted under
 * @param level the approved annual level (rating lists)
 * @param kind the reward (reward lists)
 * @param decisionNumber the reward's decision number
 * @param decisionDate the reward's decision date
 */
public record EmulationEntry(@Nullable Long personId, @Nullable Long unitId, String name, String agencyName,
		@Nullable EvaluationLevel level, @Nullable RewardKind kind, @Nullable String decisionNumber,
		@Nullable LocalDate decisionDate) {
}
