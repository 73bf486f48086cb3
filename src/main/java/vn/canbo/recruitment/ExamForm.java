package vn.canbo.recruitment;

/**
 * The form of round 2 (thi nghiệp vụ chuyên ngành), written, written and interview
 * (70/30), or oral (vấn đáp, also for xét tuyển).
 */
public enum ExamForm {

	WRITTEN, WRITTEN_INTERVIEW, ORAL;

	public String messageKey() {
		return "recruitment.examForm." + name();
	}

}
