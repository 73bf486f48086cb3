package vn.canbo.appointments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An appointment case (hồ sơ, quy trình bổ nhiệm): a person proposed for a title of a
 * unit, by kind, with its dossier and, once decided, the decision.
 *
 * @param id the case
 * @param version its version, for edits
 * @param personId the person proposed
 * @param personName their name
 * @param unitId the unit
 * @param unitName its name
 * @param titleCode the staffing title's code
 * @param titleName its name
 * @param kind appointment, reappointment, nomination or extension
 * @param status open, stopped or decided
 * @param expectedOn the expected decision date (the age condition's reference date)
 * @param dossier the dossier items received
 * @param decisionNumber the decision's number, once decided
 * @param decisionDate its date
 * @param effectiveOn when the post starts (or is extended)
 * @param termEnd when the term ends
 * @param assignmentId the post created in staffing
 * @param note a note
 * @param updatedBy who changed it last
 * @param updatedAt when
 */
public record AppointmentCase(long id, long version, long personId, String personName, long unitId, String unitName,
		String titleCode, String titleName, AppointmentKind kind, CaseStatus status, LocalDate expectedOn,
		List<DossierItem> dossier, @Nullable String decisionNumber, @Nullable LocalDate decisionDate,
		@Nullable LocalDate effectiveOn, @Nullable LocalDate termEnd, @Nullable Long assignmentId,
		@Nullable String note, String updatedBy, Instant updatedAt) {

	public AppointmentCase {
		dossier = List.copyOf(dossier);
	}

}
