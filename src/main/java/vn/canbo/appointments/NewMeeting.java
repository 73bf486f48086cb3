package vn.canbo.appointments;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A conference to record on a case.
 *
 * @param version the case's version read
 * @param step the step
 * @param heldOn when
 * @param summoned how many were summoned
 * @param present how many were present
 * @param votes the candidates and their votes
 */
public record NewMeeting(@Nullable Long version, @Nullable Integer step, @Nullable LocalDate heldOn,
		@Nullable Integer summoned, @Nullable Integer present, @Nullable List<Vote> votes) {

	/**
	 * @param personId the candidate
	 * @param votes their votes (0 at the first step, which only lists)
	 */
	public record Vote(@Nullable Long personId, @Nullable Integer votes) {
	}

}
