package vn.canbo.appointments;

/** What a conference's vote means for one candidate. */
public enum Verdict {

	/** On the list the first conference approves (no vote). */
	LISTED,
	/** Above the "chosen" share of those summoned, the highest. */
	CHOSEN,
	/** Not chosen but at least the "go on" share: introduced at the next step. */
	GOES_ON,
	/** Below the "go on" share (or not the highest). */
	NOT_CHOSEN,
	/** Exactly the "chosen" share: the head decides and reports every view. */
	HEAD_DECIDES,
	/** Below it in a reappointment: reported to the competent level. */
	REPORT_UP,
	/** An opinion ballot with no pass mark (key-officials conference). */
	OPINION;

	public String messageKey() {
		return "appointments.verdict." + name();
	}

	public boolean passes() {
		return this == CHOSEN || this == HEAD_DECIDES || this == GOES_ON || this == LISTED || this == OPINION;
	}

}
