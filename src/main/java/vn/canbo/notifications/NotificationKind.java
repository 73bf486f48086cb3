package vn.canbo.notifications;

/** What a notification is about; the inbox shows its label and icon. */
public enum NotificationKind {

	PLAN_TO_APPROVE("clipboard-check"), PLAN_DECIDED("clipboard2-check"), TASK_ASSIGNED("list-task"),
	TASK_OVERDUE("alarm"), SCORING_DUE("star-half"), MONTH_CLOSING("calendar-event"), MONTH_CLOSED("calendar-check"),
	MONTH_REOPENED("calendar-x"), RATING_TO_DECIDE("award"), OTHER("info-circle");

	private final String icon;

	NotificationKind(String icon) {
		this.icon = icon;
	}

	/** A Bootstrap Icons name. */
	public String icon() {
		return this.icon;
	}

	public String messageKey() {
		return "notifications.kind." + name();
	}

}
