package vn.canbo.people;

import java.time.Instant;

/**
 * A personnel record as the current user may see it.
 *
 * @param id the record's number
 * @param version the optimistic-locking version, to send back with an edit
 * @param details the record; the sensitive parts are empty unless {@code sensitiveShown}
 * @param agencyName the name of the agency where the person works now
 * @param agencyLabel the agency with its parents, e.g. "Văn phòng HĐND và UBND — Phường
 * Mường Thanh — Tỉnh Điện Biên"
 * @param sensitiveShown whether the ID number, family, health, personal history and
 * discipline are included (they are only for roles that need them, and each view is
 * logged)
 * @param editable whether the current user may change the record
 * @param createdAt when the record was created
 * @param updatedAt when it last changed
 */
public record PersonView(long id, long version, PersonDetails details, String agencyName, String agencyLabel,
		boolean sensitiveShown, boolean editable, Instant createdAt, Instant updatedAt) {

	public String fullName() {
		return this.details.identity().fullName();
	}

}
