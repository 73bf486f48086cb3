package vn.canbo.training;

/** Who paid for a course. */
public enum Funding {

	STATE_BUDGET, AGENCY, SELF, SPONSOR;

	public String messageKey() {
		return "training.funding." + name();
	}

}
