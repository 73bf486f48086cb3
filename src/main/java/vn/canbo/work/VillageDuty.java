package vn.canbo.work;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A commune committee member in charge of a village (phụ trách thôn, bản, tổ dân phố).
 *
 * @param id the duty's number
 * @param communeId the commune
 * @param village the village's name as the commune writes it
 * @param personId the member
 * @param fullName their name
 * @param validFrom the first day in charge
 * @param validTo the first day no longer in charge; null while in charge
 * @param assignedBy who assigned it
 * @param createdAt when
 */
public record VillageDuty(long id, long communeId, String village, long personId, String fullName, LocalDate validFrom,
		@Nullable LocalDate validTo, String assignedBy, Instant createdAt) {

	/** Whether the member is in charge on the day. */
	public boolean activeOn(LocalDate day) {
		return !this.validFrom.isAfter(day) && (this.validTo == null || this.validTo.isAfter(day));
	}

}
