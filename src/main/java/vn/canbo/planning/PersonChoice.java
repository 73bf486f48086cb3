package vn.canbo.planning;

/**
 * A person offered by the plan's form.
 *
 * @param id the record
 * @param fullName the name
 */
public record PersonChoice(long id, String fullName) {
}
