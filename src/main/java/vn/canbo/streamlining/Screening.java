package vn.canbo.streamlining;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.canbo.rules.RuleVersion;
import vn.canbo.shared.PageResult;

/**
 * The screening list of a unit at a date: one page of the people with a case, and the
 * counts of the whole list (counted in SQL).
 *
 * @param unitId the unit; null for the user's whole scope
 * @param unitLabel its name
 * @param asOf the date screened
 * @param year the review year
 * @param withCase everyone with a case
 * @param excluded those of them kept off the list
 * @param people the page asked (filtered by {@code status})
 * @param status ALL, CANDIDATES or EXCLUDED
 * @param rule the screening rule in force
 */
public record Screening(@Nullable Long unitId, @Nullable String unitLabel, LocalDate asOf, int year, long withCase,
		long excluded, PageResult<ScreenedPerson> people, Status status, RuleVersion rule) {

	/** Those on the list: a case and no exclusion. */
	public long candidates() {
		return this.withCase - this.excluded;
	}

	/** Which rows a page shows. */
	public enum Status {

		ALL, CANDIDATES, EXCLUDED;

		public String messageKey() {
			return "streamlining.status." + name();
		}

	}

}
