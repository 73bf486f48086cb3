package vn.canbo.recruitment;

/**
 * The answer to a published result, the winner accepting or declining, or the result
 * cancelled (dossier not completed, fraud, not reporting to work).
 */
public enum Answer {

	ACCEPTED, DECLINED, CANCELLED;

	public String messageKey() {
		return "recruitment.answer." + name();
	}

}
