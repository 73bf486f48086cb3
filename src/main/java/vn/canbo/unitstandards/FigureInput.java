package vn.canbo.unitstandards;

import org.jspecify.annotations.Nullable;

/**
 * A user's figure for a unit, as typed: text, so that each bad value is reported against
 * its field.
 *
 * @param areaKm2 the natural area in km² ({@code 12,5} or {@code 12.5})
 * @param population the population (persons, digits)
 * @param kind the kind (blank: derived from the unit's type)
 * @param validFrom first day in force
 * @param source where the figure comes from (a decision, a statistics yearbook…)
 * @param sourceDate the date of the source
 * @param note a remark
 */
public record FigureInput(@Nullable String areaKm2, @Nullable String population, @Nullable String kind,
		@Nullable String validFrom, @Nullable String source, @Nullable String sourceDate, @Nullable String note) {

}
