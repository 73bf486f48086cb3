package vn.canbo.unitstandards;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Where a unit stands against its standards: both area and population below 50% (the
 * articles' units that must be merged), both below 100%, some standard not met, all met,
 * or not known (a figure missing, or no figure required).
 */
public enum Band {

	BELOW_50, BELOW_100, NOT_MET, MEETS, UNKNOWN;

	public String messageKey() {
		return "unitstandards.band." + name();
	}

	/** The band of the shares of area and population (percent; null when unknown). */
	static Band of(@Nullable BigDecimal area, @Nullable BigDecimal population) {
		BigDecimal fifty = BigDecimal.valueOf(50);
		BigDecimal hundred = BigDecimal.valueOf(100);
		if (area != null && population != null) {
			if (area.compareTo(fifty) < 0 && population.compareTo(fifty) < 0) {
				return BELOW_50;
			}
			if (area.compareTo(hundred) < 0 && population.compareTo(hundred) < 0) {
				return BELOW_100;
			}
		}
		if ((area != null && area.compareTo(hundred) < 0)
				|| (population != null && population.compareTo(hundred) < 0)) {
			return NOT_MET;
		}
		return (area != null && population != null) ? MEETS : UNKNOWN;
	}

}
