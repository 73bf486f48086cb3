package vn.canbo.locality;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An officer's verdict as entered.
 *
 * @param personId the person
 * @param areaUnitId the commune or province
 * @param local whether local
 * @param reason why (required)
 * @param validFrom from when
 */
public record OverrideInput(@Nullable Long personId, @Nullable Long areaUnitId, @Nullable Boolean local,
		@Nullable String reason, @Nullable LocalDate validFrom) {

}
