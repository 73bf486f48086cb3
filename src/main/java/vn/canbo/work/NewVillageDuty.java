package vn.canbo.work;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A committee member to put in charge of a village.
 *
 * @param personId the member, a person of the commune
 * @param village the village's name (thôn, bản, tổ dân phố)
 * @param validFrom the first day in charge
 */
public record NewVillageDuty(@Nullable Long personId, @Nullable String village, @Nullable LocalDate validFrom) {
}
