package vn.canbo.votes;

import org.jspecify.annotations.Nullable;

/**
 * Someone working in a unit, offered as a line of the form that records a conference.
 *
 * @param personId who
 * @param fullName their name
 * @param position their post today
 */
public record VoteCandidate(long personId, String fullName, @Nullable String position) {
}
