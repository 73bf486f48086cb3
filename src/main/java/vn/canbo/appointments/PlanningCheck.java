package vn.canbo.appointments;

import java.time.LocalDate;

/**
 * Whether a person is in the succession plan (quy hoạch) for a title of a unit on a day:
 * implemented by the planning module's facade ({@code SuccessionPlans}) once merged;
 * until then no bean exists and the condition shows as not checked.
 */
public interface PlanningCheck {

	boolean isPlanned(long personId, long unitId, String titleCode, LocalDate asOf);

}
