package vn.canbo.work;

/**
 * Where a monthly plan stands: drafted by the person, submitted to the leader, approved,
 * or returned with a note to be reworked and submitted again.
 */
public enum PlanStatus {

	DRAFT, SUBMITTED, APPROVED, RETURNED;

	/** Whether the person may still add tasks and submit. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	public String messageKey() {
		return "plans.status." + name();
	}

}
