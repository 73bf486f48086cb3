package vn.canbo.appointments;

/** Where a case stands. */
public enum CaseStatus {

	OPEN, STOPPED, DECIDED;

	public String messageKey() {
		return "appointments.status." + name();
	}

}
