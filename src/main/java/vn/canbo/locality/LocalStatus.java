package vn.canbo.locality;

/**
 * Whether a person is local to an area (người địa phương), or whether it cannot be told.
 */
public enum LocalStatus {

	LOCAL, NON_LOCAL, UNKNOWN;

	public String messageKey() {
		return "locality.status." + name();
	}

}
