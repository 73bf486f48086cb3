package vn.canbo.recruitment;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.ProfessionalLevel;

/**
 * A vacancy of a plan: a job position (vị trí việc làm) whose quota exceeded its holders,
 * the places to fill, the requirements and the method.
 *
 * @param id the vacancy
 * @param version its version
 * @param planId the plan
 * @param jobPositionCode the job position's code
 * @param jobPositionName its name
 * @param rankCode the salary rank (ngạch) of the position, e.g. 01.003
 * @param rankName its name
 * @param quota the quota read from staffing
 * @param holders the holders read from staffing
 * @param seats the places to fill
 * @param minProfessionalLevel the lowest degree level
 * @param professionalFields the accepted fields ("Kế toán;Tài chính"); empty for any
 * @param method thi tuyển or xét tuyển
 * @param examForm round 2's form
 * @param roundOne whether round 1 is held
 * @param roundOneQuestions the round-1 questions
 * @param status open or filled
 */
public record VacancyView(long id, long version, long planId, String jobPositionCode, String jobPositionName,
		@Nullable String rankCode, @Nullable String rankName, int quota, int holders, int seats,
		@Nullable ProfessionalLevel minProfessionalLevel, @Nullable String professionalFields, Method method,
		ExamForm examForm, boolean roundOne, int roundOneQuestions, String status) {

	public Ranking.Conduct conduct() {
		return new Ranking.Conduct(this.method, this.examForm, this.roundOne, this.roundOneQuestions, this.seats);
	}

	public boolean filled() {
		return "FILLED".equals(this.status);
	}

}
