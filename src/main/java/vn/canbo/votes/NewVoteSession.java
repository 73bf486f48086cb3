package vn.canbo.votes;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A confidence-vote conference as entered; each missing or bad value is reported against
 * its field (and row).
 *
 * @param unitId the unit or agency holding it
 * @param heldOn when
 * @param name its name or purpose
 * @param summoned how many were summoned
 * @param present how many attended
 * @param results the ballots counted per person
 */
public record NewVoteSession(@Nullable Long unitId, @Nullable LocalDate heldOn, @Nullable String name,
		@Nullable Integer summoned, @Nullable Integer present, @Nullable List<Result> results) {

	/**
	 * The ballots counted for one person.
	 *
	 * @param personId who
	 * @param postTitle the post voted on
	 * @param high "tín nhiệm cao"
	 * @param confidence "tín nhiệm"
	 * @param low "tín nhiệm thấp"
	 * @param invalid invalid or blank
	 */
	public record Result(@Nullable Long personId, @Nullable String postTitle, @Nullable Integer high,
			@Nullable Integer confidence, @Nullable Integer low, @Nullable Integer invalid) {
	}

}
