package vn.canbo.locality;

/** The grounds a derived verdict rests on; each has its sentence. */
public enum Why {

	NO_HOME_TOWN, TEXT_ONLY, UNKNOWN_CODE, IN_PROVINCE, OTHER_PROVINCE, SAME_UNIT, MERGED, MERGED_PARTLY, NOT_PRECISE,
	OTHER_COMMUNE;

	public String messageKey() {
		return "locality.why." + name();
	}

}
