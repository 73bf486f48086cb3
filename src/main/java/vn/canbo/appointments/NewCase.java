package vn.canbo.appointments;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A case to open.
 *
 * @param personId the person proposed
 * @param unitId the unit
 * @param titleCode the staffing title
 * @param kind the kind
 * @param expectedOn the expected decision date
 * @param dossier the dossier items received so far
 * @param note a note
 */
public record NewCase(@Nullable Long personId, @Nullable Long unitId, @Nullable String titleCode,
		@Nullable AppointmentKind kind, @Nullable LocalDate expectedOn, @Nullable List<DossierItem> dossier,
		@Nullable String note) {

}
