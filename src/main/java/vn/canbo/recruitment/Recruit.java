package vn.canbo.recruitment;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.ProfessionalLevel;

/**
 * A person recruited and in post: one of the people behind the recruitment figures.
 *
 * @param candidateId the candidate
 * @param personId the personnel record
 * @param fullName the name
 * @param agencyName the recruiting agency
 * @param jobPositionName the job position
 * @param level the degree level
 * @param field its field
 * @param method thi tuyển or xét tuyển
 * @param decisionNumber the recruitment decision
 * @param startDate the first day in post
 */
public record Recruit(long candidateId, long personId, String fullName, String agencyName, String jobPositionName,
		@Nullable ProfessionalLevel level, @Nullable String field, Method method, @Nullable String decisionNumber,
		LocalDate startDate) {

	public boolean university() {
		return this.level != null && this.level.atLeast(ProfessionalLevel.DAI_HOC);
	}

}
