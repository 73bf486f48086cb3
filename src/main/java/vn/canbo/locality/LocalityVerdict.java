package vn.canbo.locality;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Whether a person is local to an area on a date (người địa phương), and why.
 *
 * @param personId the person
 * @param area the commune or province
 * @param asOf the date
 * @param status the verdict in force: the override's when there is one
 * @param derived the verdict derived from the home town
 * @param reason why the derived verdict is what it is
 * @param homeTownCode the home-town code of the record
 * @param homeTown the home town as written
 * @param override the officer's verdict in force on the date, if any
 */
public record LocalityVerdict(long personId, Area area, LocalDate asOf, LocalStatus status, LocalStatus derived,
		Reason reason, @Nullable String homeTownCode, @Nullable String homeTown, @Nullable LocalityOverride override) {

	/** The home town as written, with its code in brackets when there is one. */
	public String homeTownLabel() {
		String text = (this.homeTown == null) ? "" : this.homeTown;
		return (this.homeTownCode == null) ? text : (text + " (" + this.homeTownCode + ")").strip();
	}

	public boolean overridden() {
		return this.override != null;
	}

}
