package vn.canbo.recruitment;

/** What the rules make of a candidate at the present state of the scores. */
public enum Outcome {

	/** Not eligible to apply (Luật CBCC Art. 19, the job position's conditions). */
	INELIGIBLE,
	/** Scores still to be entered. */
	PENDING,
	/** Fewer than half the round-1 questions answered correctly. */
	FAILED_ROUND_ONE,
	/** Under the pass score, or under half of one part's maximum. */
	FAILED,
	/** Within the vacancy's seats. */
	WINNER,
	/** Passed, next in line after the winners. */
	RESERVE,
	/** Tied at the last seat after every tie-break: the head of the authority decides. */
	TIE_HEAD_DECIDES,
	/** A winner who declined. */
	DECLINED,
	/** A result cancelled. */
	CANCELLED;

	public String messageKey() {
		return "recruitment.outcome." + name();
	}

}
