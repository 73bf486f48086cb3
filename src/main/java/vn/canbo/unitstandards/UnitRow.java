package vn.canbo.unitstandards;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A commune of a list against its standards, as computed in SQL.
 *
 * @param unitId the unit
 * @param code its code
 * @param name its name
 * @param kind the kind that picked the standard
 * @param areaKm2 its area; null when unknown
 * @param population its population; null when unknown
 * @param quality the figure's quality; {@code missing} when there is none
 * @param requiredArea the area required (km²); null when none
 * @param requiredPopulation the population required; null when none
 * @param areaPercent area as a share of the required one, in percent
 * @param populationPercent population as a share of the required one
 * @param band how far below the standards
 */
public record UnitRow(long unitId, String code, String name, UnitKind kind, @Nullable BigDecimal areaKm2,
		@Nullable Integer population, String quality, @Nullable BigDecimal requiredArea,
		@Nullable Long requiredPopulation, @Nullable BigDecimal areaPercent, @Nullable BigDecimal populationPercent,
		Band band) {

}
