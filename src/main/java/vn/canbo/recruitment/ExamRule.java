package vn.canbo.recruitment;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.canbo.rules.RuleVersion;

/**
 * The figures of the exam (NĐ 170 Art. 9, 10, 12) in force on a day, with their source.
 *
 * @param roundOnePassPercent the share of round-1 questions to answer correctly
 * @param writtenWeightPercent the written part's weight where written and interview
 * combine
 * @param interviewWeightPercent the interview's weight
 * @param passScore the lowest professional score of a winner
 * @param partMinPercent the lowest share of each part's maximum (100) of a winner
 * @param decimals the decimals the combined score is rounded to
 * @param citation the legal source
 * @param confirmed whether the figures were checked against the text
 */
public record ExamRule(int roundOnePassPercent, int writtenWeightPercent, int interviewWeightPercent, int passScore,
		int partMinPercent, int decimals, String citation, boolean confirmed) {

	/** The figures of NĐ 170/2025 (50 %, 70/30, 50 points, 50 %, 2 decimals). */
	public static final ExamRule DECREE_170 = new ExamRule(50, 70, 30, 50, 50, 2,
			"Nghị định 170/2025/NĐ-CP, Điều 9, Điều 10, Điều 12", true);

	static ExamRule of(RuleVersion version) {
		return new ExamRule((int) version.parameter("roundOnePassPercent"),
				(int) version.parameter("writtenWeightPercent"), (int) version.parameter("interviewWeightPercent"),
				(int) version.parameter("passScore"), (int) version.parameter("partMinPercent"),
				(int) version.parameter("decimals"), version.citation(), version.confirmed());
	}

	/** Whether the correct answers reach the pass share of the questions (30 of 60). */
	public boolean passesRoundOne(int correct, int questions) {
		return correct * 100L >= (long) this.roundOnePassPercent * questions;
	}

	/** 70 % written + 30 % interview, rounded half up to the rule's decimals. */
	public BigDecimal combine(BigDecimal written, BigDecimal interview) {
		return written.multiply(BigDecimal.valueOf(this.writtenWeightPercent))
			.add(interview.multiply(BigDecimal.valueOf(this.interviewWeightPercent)))
			.divide(BigDecimal.valueOf(100))
			.setScale(this.decimals, RoundingMode.HALF_UP);
	}

	/** The lowest score of one part (out of 100). */
	public BigDecimal partMinimum() {
		return BigDecimal.valueOf(this.partMinPercent);
	}

}
