package vn.canbo.locality;

/**
 * A person holding a key title (chức danh chủ chốt) on a date, with whether they are
 * local to the area of the post.
 *
 * @param personId the person
 * @param fullName their name
 * @param titleCode the key title
 * @param titleName its name
 * @param postUnitName the agency (or unit) of the post
 * @param verdict local or not to the commune or province the post belongs to
 */
public record KeyLeader(long personId, String fullName, String titleCode, String titleName, String postUnitName,
		LocalityVerdict verdict) {

	public Area area() {
		return this.verdict.area();
	}

	public LocalStatus status() {
		return this.verdict.status();
	}

}
