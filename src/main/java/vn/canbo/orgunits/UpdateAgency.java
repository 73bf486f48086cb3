package vn.canbo.orgunits;

/**
 * Correct an agency's name or kind.
 *
 * @param unitId the agency
 * @param name its full name
 * @param type its kind
 * @param expectedVersion the version the user saw
 */
public record UpdateAgency(long unitId, String name, UnitType type, long expectedVersion) {
}
