package vn.canbo.work;

/** Where a task stands: open, done, cancelled, or carried over into the next month. */
public enum TaskStatus {

	OPEN, DONE, CANCELLED, CARRIED;

	public String messageKey() {
		return "work.status." + name();
	}

}
