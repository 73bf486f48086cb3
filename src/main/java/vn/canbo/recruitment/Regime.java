package vn.canbo.recruitment;

/**
 * The regime a plan recruits under, công chức (NĐ 170/2025) or viên chức (NĐ 115/2020 as
 * amended).
 */
public enum Regime {

	CIVIL_SERVANT, PUBLIC_EMPLOYEE;

	public String messageKey() {
		return "recruitment.regime." + name();
	}

}
