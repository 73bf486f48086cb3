package vn.canbo.planning;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.canbo.appointments.PlanningCheck;

/**
 * Answers the appointment procedure's "planned for the title" condition from the plans
 * (the appointments module asks through its own port, so that it does not depend on
 * planning).
 */
@Component
class AppointmentPlanningCheck implements PlanningCheck {

	private final SuccessionPlans plans;

	AppointmentPlanningCheck(SuccessionPlans plans) {
		this.plans = plans;
	}

	@Override
	public boolean isPlanned(long personId, long unitId, String titleCode, LocalDate asOf) {
		return this.plans.isPlanned(personId, unitId, titleCode, asOf);
	}

}
