package vn.canbo.recruitment;

import java.util.List;

/**
 * A candidate of a vacancy with the rules' verdict and, when ineligible, every condition
 * missed.
 *
 * @param candidate the candidate
 * @param verdict the verdict
 * @param ineligibility the conditions missed
 */
public record Result(CandidateView candidate, Verdict verdict, List<Eligibility.Reason> ineligibility) {

	public Result {
		ineligibility = List.copyOf(ineligibility);
	}

}
