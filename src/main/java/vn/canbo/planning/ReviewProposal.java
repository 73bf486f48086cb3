package vn.canbo.planning;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A removal the yearly review (rà soát quy hoạch) proposes because its cause was recorded
 * elsewhere; the officer confirms it (the person leaves the plan) or dismisses it.
 *
 * @param id the proposal
 * @param version for optimistic locking
 * @param entryId the plan entry
 * @param entryVersion its version
 * @param removalCase the cause
 * @param detectedOn when it was found
 * @param detail what was found
 * @param status PROPOSED, CONFIRMED or DISMISSED
 * @param decidedBy who decided
 * @param personId who
 * @param fullName their name
 * @param unitId the unit of the title
 * @param unitName its name
 * @param titleCode the title
 */
public record ReviewProposal(long id, long version, long entryId, long entryVersion, RemovalCase removalCase,
		LocalDate detectedOn, String detail, String status, @Nullable String decidedBy, long personId, String fullName,
		long unitId, String unitName, String titleCode) {

}
