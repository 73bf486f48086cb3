package vn.canbo.training;

import org.jspecify.annotations.Nullable;

/**
 * A person whose development periods of a year fall short of the minimum.
 *
 * @param personId who
 * @param fullName their name
 * @param position the post written on the record
 * @param periods the periods of the courses they finished in the year
 */
public record ShortOfPeriods(long personId, String fullName, @Nullable String position, int periods) {
}
