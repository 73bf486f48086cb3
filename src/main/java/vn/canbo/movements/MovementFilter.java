package vn.canbo.movements;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Which decisions a list shows: those starting in the period whose sending or receiving
 * unit lies in the unit's subtree (the user's scope when null), of a type, direction, or
 * to a commune's Secretary or People's Committee Chair.
 *
 * @param unitId the unit
 * @param from first start day
 * @param to last start day
 * @param type the type, or all
 * @param direction the direction, or all
 * @param toCommuneKey only moves to a commune's Party Secretary or People's Committee
 * Chair
 */
public record MovementFilter(@Nullable Long unitId, LocalDate from, LocalDate to, @Nullable MovementType type,
		@Nullable Direction direction, boolean toCommuneKey) {

}
