package vn.canbo.emulation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The counts of a unit's subtree (the user's whole scope when the unit is null) for a
 * year: approved annual ratings per level and rewards per kind.
 *
 * @param unitId the unit, or null
 * @param year the year
 * @param ratings approved annual ratings per level
 * @param rewards rewards per kind, decided and still proposed
 */
public record EmulationReport(@Nullable Long unitId, int year, LevelCounts ratings, List<KindCount> rewards) {

	public EmulationReport {
		rewards = List.copyOf(rewards);
	}

	/** Rewards of one kind: decided and still proposed. */
	public record KindCount(RewardKind kind, long decided, long proposed) {
	}

}
