package vn.canbo.recruitment;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A recruitment plan (kế hoạch tuyển dụng) of an agency for a year.
 *
 * @param id the plan
 * @param version its version, for optimistic locking
 * @param agencyId the recruiting agency
 * @param agencyCode its code
 * @param agencyName its name
 * @param year the year
 * @param asOf the day the vacancies were read from staffing
 * @param regime công chức or viên chức
 * @param status drafted, open, published, closed
 * @param decisionNumber the plan's approval decision
 * @param publishedOn the day results were published
 * @param appealUntil the last day of re-marking requests
 * @param note a note
 * @param vacancies how many vacancies
 * @param seats how many places over the vacancies
 * @param candidates how many candidates
 */
public record PlanView(long id, long version, long agencyId, String agencyCode, String agencyName, int year,
		LocalDate asOf, Regime regime, PlanStatus status, @Nullable String decisionNumber,
		@Nullable LocalDate publishedOn, @Nullable LocalDate appealUntil, @Nullable String note, long vacancies,
		long seats, long candidates) {

	/** Scores may be entered and candidates added until the results are published. */
	public boolean scoresOpen() {
		return this.status == PlanStatus.DRAFT || this.status == PlanStatus.OPEN;
	}

}
