package vn.canbo.orgunits;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Create an agency or organisation inside a unit or another agency.
 *
 * @param parentId where it hangs
 * @param name its full name
 * @param type its kind (an agency type)
 * @param validFrom the day it starts to exist
 * @param code its code; blank to have one generated
 */
public record CreateAgency(long parentId, String name, UnitType type, LocalDate validFrom, @Nullable String code) {
}
