package vn.canbo.ui;

/**
 * The menus of the top bar, by what users do, in the order shown. Each has the message
 * {@code nav.group.<name in lower camel case>}.
 */
public enum NavigationGroup {

	/** Overview: the dashboard and the user's own page. */
	OVERVIEW,
	/** Organisation and records. */
	RECORDS,
	/** Staffing, quotas, standards, retirements and salary. */
	STAFFING,
	/** Work, monthly evaluation and the annual rating. */
	WORK,
	/** Succession planning, appointment and movements. */
	PLANNING,
	/** Emulation, discipline and confidence votes. */
	RECOGNITION,
	/** Reports, targets and data exchange. */
	REPORTS,
	/** Administration: accounts, rules, audit. */
	ADMINISTRATION,
	/** The user's own items of the top bar (the inbox). */
	PERSONAL

}
