package vn.canbo.recruitment;

/**
 * Where a recruitment plan stands, from drafted and open to applications and scores, to
 * results published and closed.
 */
public enum PlanStatus {

	DRAFT, OPEN, PUBLISHED, CLOSED;

	public String messageKey() {
		return "recruitment.planStatus." + name();
	}

}
