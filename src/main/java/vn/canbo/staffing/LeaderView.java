package vn.canbo.staffing;

/**
 * A person holding a leadership post (chức vụ lãnh đạo, quản lý) under a unit on a date.
 *
 * @param personId the person
 * @param fullName the name
 * @param birthYear the year of birth
 * @param age the age reached in the date's year
 * @param unitName the unit of the first leadership post
 * @param posts the leadership posts held under the unit, primary first
 */
public record LeaderView(long personId, String fullName, int birthYear, int age, String unitName, String posts) {

}
