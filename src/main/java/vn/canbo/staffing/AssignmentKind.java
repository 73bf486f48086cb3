package vn.canbo.staffing;

/** Whether a post is the person's main one or held beside it (kiêm nhiệm). */
public enum AssignmentKind {

	/** The person's main post or job position; one at a time, it counts against quota. */
	PRIMARY,
	/** A concurrent post (kiêm nhiệm), e.g. the second key title under nhất thể hóa. */
	CONCURRENT

}
