/**
 * Appointment, reappointment and nomination (bổ nhiệm, bổ nhiệm lại, giới thiệu ứng cử)
 * under NĐ 170/2025/NĐ-CP: a case per person and title, the five-step procedure with each
 * conference's quorum and votes judged by dated rules, the conditions explained (age,
 * planning, dossier), the decision that creates the post in staffing, the reappointment
 * due list, and resignations, removals and suspensions (see
 * docs/decisions/030-appointment-and-reappointment.md).
 */
@ApplicationModule(allowedDependencies = { "shared", "ui", "security", "orgunits", "people", "rules", "staffing",
		"indicators", "notifications", "documents" })
@NullMarked
package vn.canbo.appointments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
