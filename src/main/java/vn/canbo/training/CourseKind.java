package vn.canbo.training;

/** What a development course (khóa bồi dưỡng) is about (NĐ 171/2025 Art. 14). */
public enum CourseKind {

	/** Political theory (lý luận chính trị): sơ cấp, trung cấp, cao cấp. */
	POLITICAL_THEORY,
	/** State-management knowledge by rank (quản lý nhà nước ngạch chuyên viên…). */
	STATE_MANAGEMENT,
	/** The state-management programme for leaders of a level (Art. 15). */
	LEADERSHIP_PROGRAMME,
	/** Knowledge and skills of the job position (chuyên môn, nghiệp vụ). */
	JOB_POSITION,
	/** Defence and security (quốc phòng, an ninh). */
	DEFENCE_SECURITY,
	/** Science, technology, innovation and digital skills. */
	DIGITAL,
	/** Anything else. */
	OTHER;

	public String messageKey() {
		return "training.kind." + name();
	}

}
