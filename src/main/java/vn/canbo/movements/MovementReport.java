package vn.canbo.movements;

import java.time.LocalDate;
import java.util.Map;

/**
 * The moves that started in a period within a unit's subtree: how many of each type and
 * direction, how many rotations to a commune's Secretary or Chair, and the secondments in
 * force at the period's end ("49 rotations, 9 district cadres rotated to be commune
 * Secretary or Chair").
 *
 * @param unitId the unit; null for the user's scope
 * @param from first day
 * @param to last day
 * @param byType decisions per type
 * @param byDirection rotations per direction
 * @param rotationsToCommuneKey rotations to a commune's Secretary or Chair
 * @param downwardToCommuneKey of those, from a higher tier
 * @param people distinct people moved
 * @param secondmentsInForce secondments in force on the last day
 */
public record MovementReport(@org.jspecify.annotations.Nullable Long unitId, LocalDate from, LocalDate to,
		Map<MovementType, Long> byType, Map<Direction, Long> byDirection, long rotationsToCommuneKey,
		long downwardToCommuneKey, long people, long secondmentsInForce) {

	public long total() {
		return this.byType.values().stream().mapToLong(Long::longValue).sum();
	}

	public long count(MovementType type) {
		return this.byType.getOrDefault(type, 0L);
	}

	public long rotationCount() {
		return count(MovementType.ROTATION);
	}

	public long rotations(Direction direction) {
		return this.byDirection.getOrDefault(direction, 0L);
	}

}
