package vn.canbo.votes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.canbo.rules.RuleVersion;

/**
 * A confidence-vote conference (hội nghị lấy phiếu tín nhiệm) with the results the user
 * may see.
 *
 * @param id the conference's number
 * @param unitId the unit or agency that held it
 * @param unitName its name
 * @param heldOn when
 * @param name its name or purpose
 * @param summoned how many were summoned
 * @param present how many attended
 * @param quorumMet whether at least the quorum fraction attended
 * @param rule the rule version applied
 * @param results the results, in the order entered
 * @param version for optimistic locking
 * @param createdBy who recorded it
 * @param createdAt when
 */
public record VoteSession(long id, long unitId, String unitName, LocalDate heldOn, String name, int summoned,
		int present, boolean quorumMet, RuleVersion rule, List<VoteOutcome> results, long version, String createdBy,
		Instant createdAt) {

	public VoteSession {
		results = List.copyOf(results);
	}

	/** How many results entail a consequence. */
	public long flagged() {
		return this.results.stream().filter(VoteOutcome::flagged).count();
	}

}
