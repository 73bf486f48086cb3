package vn.canbo.work.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.work.MonthlyPlan;
import vn.canbo.work.MonthlyPlans;
import vn.canbo.work.NewVillageDuty;
import vn.canbo.work.PlanBoard;
import vn.canbo.work.PlanStatus;
import vn.canbo.work.VillageDuties;
import vn.canbo.work.VillageDuty;

/** Monthly plans and village duty over HTTP, scoped like the facades. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Plans", description = "Monthly plans (submit, approve, return) and committee members' village duty")
class PlansApiController {

	private final MonthlyPlans plans;

	private final VillageDuties villages;

	private final OrgUnits orgUnits;

	PlansApiController(MonthlyPlans plans, VillageDuties villages, OrgUnits orgUnits) {
		this.plans = plans;
		this.villages = villages;
		this.orgUnits = orgUnits;
	}

	@GetMapping("/persons/{id}/plans/{month}")
	@Operation(summary = "A person's plan of a month (yyyy-MM or yyyy-MM-01): status, version and the tasks they own, "
			+ "carried-over and self-drafted ones flagged")
	MonthlyPlan plan(@PathVariable long id, @PathVariable String month) {
		return this.plans.plan(id, month(month));
	}

	@PostMapping("/persons/{id}/plans/{month}/submit")
	@Operation(summary = "Submit one's own plan (draft or returned) for approval: version as read, optional note; "
			+ "409 on a stale version")
	MonthlyPlan submit(@PathVariable long id, @PathVariable String month, @RequestBody Decision body) {
		return this.plans.submit(id, month(month), body.version(), body.note());
	}

	@PostMapping("/persons/{id}/plans/{month}/approve")
	@Operation(summary = "Approve a submitted plan (a leader of the scope, never one's own); the approver becomes "
			+ "the assigner and scorer of the tasks the person drafted")
	MonthlyPlan approve(@PathVariable long id, @PathVariable String month, @RequestBody Decision body) {
		return this.plans.approve(id, month(month), body.version(), body.note());
	}

	@PostMapping("/persons/{id}/plans/{month}/return")
	@Operation(summary = "Return a submitted plan with a note (required) to be reworked")
	MonthlyPlan returnPlan(@PathVariable long id, @PathVariable String month, @RequestBody Decision body) {
		return this.plans.returnPlan(id, month(month), body.version(), body.note());
	}

	@GetMapping("/org-units/{code}/plans/{month}")
	@Operation(summary = "One page of the plans of a unit's people for the month (people.total: how many in all): "
			+ "status, tasks, weight, carried-over tasks; counts per status over the unit; "
			+ "status=DRAFT|SUBMITTED|APPROVED|RETURNED filters (DRAFT includes plans not started)")
	PlanBoard board(@PathVariable String code, @PathVariable String month,
			@RequestParam(required = false) @Nullable PlanStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		return this.plans.board(unit(code), month(month), status, page, size);
	}

	@GetMapping("/org-units/{code}/villages")
	@Operation(summary = "A commune's village duties, those in charge today first")
	List<VillageDuty> villages(@PathVariable String code) {
		return this.villages.duties(unit(code));
	}

	@PostMapping("/org-units/{code}/villages")
	@Operation(summary = "Put a person of the commune in charge of a village (leaders, organisation officers, "
			+ "administrators); 422 with errors[{field, message}]")
	ResponseEntity<VillageDuty> assign(@PathVariable String code, @RequestBody NewVillageDuty body) {
		VillageDuty duty = this.villages.assign(unit(code), body);
		return ResponseEntity.created(URI.create("/api/v1/org-units/" + code.strip() + "/villages")).body(duty);
	}

	@PostMapping("/village-duties/{id}/end")
	@Operation(summary = "End a village duty: validTo is the first day the member is no longer in charge")
	VillageDuty end(@PathVariable long id, @RequestBody Ending body) {
		return this.villages.end(id, body.validTo());
	}

	@PostMapping("/org-units/{code}/villages/tasks/{month}")
	@Operation(summary = "Create the month's task of every duty in charge that month (once; a second call creates "
			+ "only the missing ones); the caller becomes their assigner and scorer")
	VillageDuties.Created villageTasks(@PathVariable String code, @PathVariable String month) {
		return this.villages.createMonthTasks(unit(code), month(month));
	}

	private long unit(String code) {
		return this.orgUnits.idForCode(code.strip(), this.plans.today());
	}

	private LocalDate month(String text) {
		return Months.parse(text, this.plans.today());
	}

	record Decision(long version, @Nullable String note) {
	}

	record Ending(@Nullable LocalDate validTo) {
	}

}
