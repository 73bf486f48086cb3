package vn.canbo.orgunits;

import java.time.LocalDate;

/**
 * Dissolve an agency, with everything under it, from a date on (it stays in the history).
 *
 * @param unitId the agency
 * @param effectiveDate the first day it no longer exists
 * @param expectedVersion the version the user saw
 */
public record CloseAgency(long unitId, LocalDate effectiveDate, long expectedVersion) {
}
