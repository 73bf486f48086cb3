package vn.canbo.appointments;

/**
 * A candidate's result at a conference.
 *
 * @param personId the candidate
 * @param name their name
 * @param votes the votes for them
 * @param verdict what the votes mean under the rule
 */
public record Candidate(long personId, String name, int votes, Verdict verdict) {

}
