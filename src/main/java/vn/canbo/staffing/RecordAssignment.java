package vn.canbo.staffing;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.PersonnelCategory;

/**
 * Records that a person holds (or held) a title or a job position in a unit.
 *
 * @param personId the person
 * @param unitCode the unit's code
 * @param titleCode the title held, or null for a job position
 * @param jobPositionCode the job position held, or null for a title
 * @param kind primary or concurrent; primary when null
 * @param selection how the post was obtained; from the title (elected or appointed) or
 * recruited when null
 * @param category the category it counts under; the post's when null
 * @param validFrom first day held
 * @param validTo first day no longer held, if known
 * @param termEnd end of the term or appointment; first day + the title's term when null
 * @param decisionNumber the decision's number
 * @param decisionDate the decision's date
 * @param note a note
 */
public record RecordAssignment(@Nullable Long personId, @Nullable String unitCode, @Nullable String titleCode,
		@Nullable String jobPositionCode, @Nullable AssignmentKind kind, @Nullable Selection selection,
		@Nullable PersonnelCategory category, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
		@Nullable LocalDate termEnd, @Nullable String decisionNumber, @Nullable LocalDate decisionDate,
		@Nullable String note) {

}
