package vn.canbo.appointments;

import java.time.LocalDate;
import java.util.List;

/**
 * A conference (hội nghị) of a step of the procedure, held with its quorum.
 *
 * @param id the conference
 * @param caseId its case
 * @param step the step (1–5 of NĐ 170 Art. 33(2))
 * @param heldOn when
 * @param summoned how many were summoned
 * @param present how many were present
 * @param ruleVersionId the version of the procedure rule that judged it
 * @param citation that version's legal source
 * @param candidates the candidates with their votes and verdicts
 */
public record Meeting(long id, long caseId, int step, LocalDate heldOn, int summoned, int present, long ruleVersionId,
		String citation, List<Candidate> candidates) {

	public String stepKey() {
		return keyOf(this.step);
	}

	/** The message key naming a step (1–5). */
	public static String keyOf(int step) {
		return STEP_KEYS.get(Math.min(Math.max(step, 1), STEP_KEYS.size()) - 1);
	}

	private static final List<String> STEP_KEYS = List.of("appointments.step.1", "appointments.step.2",
			"appointments.step.3", "appointments.step.4", "appointments.step.5");

}
