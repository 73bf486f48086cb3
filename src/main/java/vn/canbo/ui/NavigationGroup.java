package vn.canbo.ui;

/**
 * The menus of the top bar, by what users do, in the order shown. Each has its label
 * {@link #messageKey()}.
 */
public enum NavigationGroup {

	/** Overview: the dashboard and the user's own page. */
	OVERVIEW("nav.group.overview"),
	/** Organisation and records. */
	RECORDS("nav.group.records"),
	/** Staffing, quotas, standards, retirements and salary. */
	STAFFING("nav.group.staffing"),
	/** Work, monthly evaluation and the annual rating. */
	WORK("nav.group.work"),
	/** Succession planning, appointment and movements. */
	PLANNING("nav.group.planning"),
	/** Emulation, discipline and confidence votes. */
	RECOGNITION("nav.group.recognition"),
	/** Reports, targets and data exchange. */
	REPORTS("nav.group.reports"),
	/** Administration: accounts, rules, audit. */
	ADMINISTRATION("nav.group.administration"),
	/** The user's own items of the top bar (the inbox). */
	PERSONAL("nav.group.personal");

	private final String messageKey;

	NavigationGroup(String messageKey) {
		this.messageKey = messageKey;
	}

	/** The menu's label. */
	public String messageKey() {
		return this.messageKey;
	}

}
