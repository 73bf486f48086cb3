package vn.canbo.locality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The figures of a unit's subtree on a date.
 *
 * @param unitId the unit
 * @param unitName its name
 * @param asOf the date
 * @param communes communes in the subtree on the date
 * @param communesWithNonLocal those with at least one non-local key leader
 * @param keyLeaders people holding a key title in the subtree
 * @param nonLocalKeyLeaders those of them not local to the area of their post
 * @param unknownKeyLeaders those whose status cannot be told
 * @param province the province's own key titles, when the unit is a province
 */
public record LocalitySummary(long unitId, String unitName, LocalDate asOf, long communes, long communesWithNonLocal,
		long keyLeaders, long nonLocalKeyLeaders, long unknownKeyLeaders, @Nullable AreaRow province) {

	/** The share of communes with a non-local key leader, in per cent (one decimal). */
	public @Nullable BigDecimal communeShare() {
		return (this.communes == 0) ? null : BigDecimal.valueOf(this.communesWithNonLocal * 100L)
			.divide(BigDecimal.valueOf(this.communes), 1, RoundingMode.HALF_UP);
	}

}
