package vn.canbo.staffing;

/** The three groups of job positions of Luật Cán bộ, công chức 2025. */
public enum PositionGroup {

	/** Leadership and management (lãnh đạo, quản lý). */
	LEADERSHIP,
	/** Professional work (chuyên môn, nghiệp vụ). */
	PROFESSIONAL,
	/** Support and service (hỗ trợ, phục vụ). */
	SUPPORT

}
