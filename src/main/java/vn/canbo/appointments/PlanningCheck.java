package vn.canbo.appointments;

import java.time.LocalDate;

/**
 * Whether a person is in the succession plan (quy hoạch) for a title of a unit on a day:
 * the port through which the appointment procedure asks, answered by the planning module
 * from its plans; were no module to answer, the condition shows as not checked.
 */
public interface PlanningCheck {

	boolean isPlanned(long personId, long unitId, String titleCode, LocalDate asOf);

}
