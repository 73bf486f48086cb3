package vn.canbo.planning;

/**
 * The steps of the planning procedure (HD 45 Appendix 2A, 3A, 3B; the steps are
 * UNCONFIRMED and modelled on the appointment procedure of NĐ 170/2025 Art. 33).
 */
public enum PlanningStep {

	/** Hội nghị lãnh đạo lần 1 (thảo luận). */
	LEADERSHIP_DISCUSSION,
	/** Hội nghị cán bộ chủ chốt (lấy phiếu giới thiệu). */
	KEY_OFFICIALS,
	/** Hội nghị lãnh đạo mở rộng (lấy phiếu). */
	EXTENDED_LEADERSHIP,
	/** Hội nghị lãnh đạo lần 2 (biểu quyết). */
	LEADERSHIP_VOTE,
	/** Quyết định phê duyệt của cấp có thẩm quyền. */
	APPROVAL;

	public String messageKey() {
		return "planning.step." + name();
	}

}
