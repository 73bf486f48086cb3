package vn.canbo.staffing;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.PersonnelCategory;

/**
 * A person's post or job position in a unit over a period (quá trình giữ chức vụ, vị trí
 * việc làm).
 *
 * @param id the assignment
 * @param version its version, for edits
 * @param personId the person
 * @param personName the person's name
 * @param unitId the unit where the post is held
 * @param unitCode its code
 * @param unitName its name
 * @param titleCode the title's code, or null for a job position
 * @param jobPositionCode the job position's code, or null for a title
 * @param postName the title's or job position's name
 * @param keyTitle whether the title is a key title
 * @param kind primary or concurrent
 * @param selection elected, appointed, designated or recruited
 * @param category the category it counts under
 * @param validFrom first day held
 * @param validTo first day no longer held; null while held
 * @param termEnd when the term or the five-year appointment ends
 * @param decisionNumber the decision's number
 * @param decisionDate the decision's date
 * @param note a note
 */
public record AssignmentView(long id, long version, long personId, String personName, long unitId, String unitCode,
		String unitName, @Nullable String titleCode, @Nullable String jobPositionCode, String postName,
		boolean keyTitle, AssignmentKind kind, Selection selection, PersonnelCategory category, LocalDate validFrom,
		@Nullable LocalDate validTo, @Nullable LocalDate termEnd, @Nullable String decisionNumber,
		@Nullable LocalDate decisionDate, @Nullable String note) {

	public boolean heldOn(LocalDate day) {
		return !this.validFrom.isAfter(day) && (this.validTo == null || this.validTo.isAfter(day));
	}

}
