package vn.canbo.emulation;

import org.jspecify.annotations.Nullable;

/**
 * A unit's collective rating for a year as the page and API show it: the recorded rating
 * (if any), the suggestion from the members' approved ratings, and whether the user may
 * record it.
 *
 * @param unitId the unit
 * @param unitCode its code
 * @param unitLabel its label
 * @param year the year
 * @param rating the recorded rating, or null
 * @param suggestion the suggestion
 * @param canRecord whether the user may record it
 */
public record CollectiveSheet(long unitId, String unitCode, String unitLabel, int year,
		@Nullable CollectiveRating rating, CollectiveSuggestion suggestion, boolean canRecord) {
}
