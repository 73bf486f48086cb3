package vn.canbo.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.security.CurrentUsers;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;

/**
 * Yearly training plans per unit, built from the needs of its cán bộ, công chức and viên
 * chức on the plan's first day (or today when the year has begun): one line per need, in
 * the quarter it is due (standards gaps in the second quarter, the yearly periods in the
 * third, the standards of planned titles in the fourth). A recorded course completes the
 * person's open lines of its kind in the year of its end.
 */
@Service
@Transactional(readOnly = true)
public class TrainingPlans {

	/** The entity type of plans in the audit trail. */
	public static final String AUDIT_TYPE = "TrainingPlan";

	private final TrainingPlanStore store;

	private final TrainingRecords records;

	private final TrainingNeeds needs;

	private final OrgUnits orgUnits;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TrainingPlans(TrainingPlanStore store, TrainingRecords records, TrainingNeeds needs, OrgUnits orgUnits,
			CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.records = records;
		this.needs = needs;
		this.orgUnits = orgUnits;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	/** The unit's plan of the year, if built; the unit must be in scope. */
	public java.util.Optional<Plan> plan(long unitId, int year) {
		this.records.within(unitId);
		return this.store.find(unitId, year);
	}

	/**
	 * Builds the unit's plan of the year from the needs; officers and administrators in
	 * scope; one plan per unit and year; audited.
	 */
	@Transactional
	public Plan build(long unitId, int year) {
		if (!this.records.canEdit()) {
			throw new OutOfScopeException("error.forbidden");
		}
		if (year < 2000 || year > 2100) {
			throw new InvalidInputException(List.of(FieldProblem.of("year", "training.error.year.range")));
		}
		OrgUnitView unit = this.orgUnits.current(unitId);
		if (this.store.find(unitId, year).isPresent()) {
			throw new InvalidInputException(List.of(FieldProblem.of("year", "training.error.plan.exists", year)));
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate day = (today.getYear() == year) ? today : LocalDate.of(year, 1, 1);
		long planId = this.store.insert(unitId, year, this.currentUsers.current().username(), this.clock.instant());
		int lines = 0;
		for (long person : this.store.developedPeople(this.records.within(unitId))) {
			for (Need need : this.needs.of(person, day)) {
				String kind = (need.kind() != null) ? need.kind().name() : "DEGREE";
				this.store.insertLine(planId, person, need.code(), kind, quarter(need, year));
				lines++;
			}
		}
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("unitId", unitId);
		snapshot.put("year", year);
		snapshot.put("lines", lines);
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(planId), DataChanged.Action.CREATE, null,
				snapshot, unit.path()));
		return this.store.find(unitId, year).orElseThrow();
	}

	private static int quarter(Need need, int year) {
		if (need.due() != null && need.due().getYear() == year) {
			return Math.max(1, (need.due().getMonthValue() + 2) / 3 - 1);
		}
		return switch (need.source()) {
			case STANDARD_GAP -> 2;
			case ANNUAL_DEVELOPMENT -> 3;
			case PLANNED_TITLE, LEADER_PROGRAMME -> 4;
		};
	}

}
