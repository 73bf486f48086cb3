package vn.canbo.recruitment;

/**
 * How a vacancy is filled, thi tuyển (competitive exam, the default) or xét tuyển
 * (selection, for the three groups of Luật CBCC Art. 20).
 */
public enum Method {

	EXAM, SELECTION;

	public String messageKey() {
		return "recruitment.method." + name();
	}

}
