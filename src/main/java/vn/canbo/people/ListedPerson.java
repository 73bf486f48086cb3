package vn.canbo.people;

/**
 * A whole record as a list export writes it: the details and where the person works.
 *
 * @param id the record's number
 * @param details the record; without the sensitive parts unless the user may see them
 * @param agencyCode the code of the agency where the person works
 * @param agencyName its name
 */
public record ListedPerson(long id, PersonDetails details, String agencyCode, String agencyName) {
}
