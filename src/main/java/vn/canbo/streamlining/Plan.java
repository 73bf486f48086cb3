package vn.canbo.streamlining;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.canbo.shared.PageResult;

/**
 * The streamlining plan of a unit and year: a page of its decisions and the figures of
 * the whole plan, counted in SQL.
 *
 * @param unitId the unit; null for the user's whole scope
 * @param unitLabel its name
 * @param year the year
 * @param decisions the page asked
 * @param count decisions in the plan
 * @param total the sum of the payouts in đồng
 * @param byPolicy decisions per policy
 */
public record Plan(@Nullable Long unitId, @Nullable String unitLabel, int year, PageResult<Decision> decisions,
		long count, long total, Map<Policy, Long> byPolicy) {

	public Plan {
		byPolicy = Map.copyOf(byPolicy);
	}

}
