package vn.canbo.recruitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.Ethnicity;
import vn.canbo.people.Gender;
import vn.canbo.people.ProfessionalLevel;

/**
 * A candidate (thí sinh) of a plan, who applied for one vacancy, with the scores entered.
 *
 * @param id the candidate
 * @param version its version
 * @param planId the plan
 * @param vacancyId the vacancy applied for
 * @param citizenId the citizen ID, the candidate's key within the plan
 * @param fullName the name
 * @param birthDate date of birth
 * @param gender sex
 * @param ethnicity ethnic group
 * @param vietnameseOnly one nationality, Vietnamese
 * @param residesInVietnam residing in Viet Nam
 * @param meetsOtherConditions no exclusion declared
 * @param professionalLevel the highest degree level
 * @param professionalField its field
 * @param priorities the priority categories claimed
 * @param insuredMonths prior insured work in matching jobs, in months
 * @param phone phone number
 * @param roundOneCorrect correct round-1 answers
 * @param written the written score
 * @param interview the interview score
 * @param oral the oral score
 * @param answer the answer after publication
 * @param answeredOn when
 * @param personId the personnel record once in post
 * @param decisionNumber the recruitment decision
 * @param startDate the first day in post
 */
public record CandidateView(long id, long version, long planId, long vacancyId, String citizenId, String fullName,
		LocalDate birthDate, Gender gender, @Nullable Ethnicity ethnicity, boolean vietnameseOnly,
		boolean residesInVietnam, boolean meetsOtherConditions, @Nullable ProfessionalLevel professionalLevel,
		@Nullable String professionalField, List<PriorityCategory> priorities, int insuredMonths,
		@Nullable String phone, @Nullable Integer roundOneCorrect, @Nullable BigDecimal written,
		@Nullable BigDecimal interview, @Nullable BigDecimal oral, @Nullable Answer answer,
		@Nullable LocalDate answeredOn, @Nullable Long personId, @Nullable String decisionNumber,
		@Nullable LocalDate startDate) {

	public CandidateView {
		priorities = List.copyOf(priorities);
	}

	public Eligibility.Facts facts() {
		return new Eligibility.Facts(this.birthDate, this.vietnameseOnly, this.residesInVietnam,
				this.meetsOtherConditions, this.professionalLevel, this.professionalField);
	}

	public boolean inPost() {
		return this.personId != null;
	}

}
