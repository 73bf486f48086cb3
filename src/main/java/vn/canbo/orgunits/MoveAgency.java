package vn.canbo.orgunits;

import java.time.LocalDate;

/**
 * Hang an agency, with everything under it, under another parent from a date on.
 *
 * @param unitId the agency
 * @param newParentId its new parent
 * @param effectiveDate the first day under the new parent
 * @param expectedVersion the version the user saw
 */
public record MoveAgency(long unitId, long newParentId, LocalDate effectiveDate, long expectedVersion) {
}
