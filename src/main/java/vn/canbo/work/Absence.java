package vn.canbo.work;

/**
 * Legal leave covering a month: ordinary leave counts toward the "absent 3 to under 6
 * months" rule; maternity leave does not (the year is rated on the time worked).
 */
public enum Absence {

	LEAVE, MATERNITY;

	public String messageKey() {
		return "work.absence." + name();
	}

}
