package vn.canbo.planning;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.canbo.discipline.DisciplineRecord;
import vn.canbo.discipline.Disciplines;
import vn.canbo.notifications.NotificationKind;
import vn.canbo.notifications.Notifications;
import vn.canbo.security.Role;
import vn.canbo.shared.DataChanged;

/**
 * Proposes the removal of a planned person as soon as a discipline decision about them is
 * recorded (QĐ 377 Art. 29: removed at once), and tells the organisation officers over
 * the unit of the plan.
 */
@Component
class PlanningCauses {

	private static final Logger log = LoggerFactory.getLogger(PlanningCauses.class);

	private final SuccessionPlans plans;

	private final PlanningStore store;

	private final Notifications notifications;

	PlanningCauses(SuccessionPlans plans, PlanningStore store, Notifications notifications) {
		this.plans = plans;
		this.store = store;
		this.notifications = notifications;
	}

	@EventListener
	void on(DataChanged event) {
		if (!Disciplines.AUDIT_TYPE.equals(event.entityType()) || event.action() != DataChanged.Action.CREATE
				|| !(event.after() instanceof DisciplineRecord record)) {
			return;
		}
		LocalDate today = this.plans.today();
		LocalDate day = record.effectiveOn().isAfter(today) ? record.effectiveOn() : today;
		List<PlanEntry> planned = this.store.activeEntriesOf(record.personId(), day);
		if (planned.isEmpty()) {
			return;
		}
		this.plans.reviewPeople(List.of(record.personId()), day);
		for (PlanEntry entry : planned) {
			List<String> officers = this.notifications.accountsOver(entry.unitId(), day, Role.ORG_OFFICER, Role.ADMIN);
			try {
				this.notifications.send(officers, NotificationKind.OTHER, "planning.notify.disciplined",
						List.of(entry.fullName(), record.decisionNumber()), "/planning/review?unitId=" + entry.unitId(),
						"PLANNING_DISCIPLINED:entry-" + entry.id() + ":record-" + record.id());
			}
			catch (RuntimeException ex) {
				log.warn("Could not notify the officers of plan entry {}", entry.id(), ex);
			}
		}
	}

}
