package vn.canbo.appointments.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.canbo.appointments.AppointmentCase;
import vn.canbo.appointments.Appointments;
import vn.canbo.appointments.CaseStatus;
import vn.canbo.appointments.Condition;
import vn.canbo.appointments.DuePost;
import vn.canbo.appointments.Meeting;
import vn.canbo.appointments.NewCase;
import vn.canbo.appointments.NewDecision;
import vn.canbo.appointments.NewExit;
import vn.canbo.appointments.NewMeeting;
import vn.canbo.appointments.PostExit;
import vn.canbo.shared.PageResult;

/** Appointment cases, the due list and post exits over HTTP, scoped like the pages. */
@RestController
@RequestMapping("/api/v1/appointments")
@Tag(name = "Appointments", description = "Appointment and reappointment (bổ nhiệm, bổ nhiệm lại), NĐ 170/2025")
class AppointmentsApiController {

	private final Appointments appointments;

	AppointmentsApiController(Appointments appointments) {
		this.appointments = appointments;
	}

	@GetMapping
	@Operation(summary = "One page of the cases of units in a unit's subtree (default the caller's scope), "
			+ "latest expected decision first, with their total; status OPEN, STOPPED or DECIDED")
	PageResult<AppointmentCase> list(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable CaseStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.appointments.list(unitId, status, page, size);
	}

	@PostMapping
	@Operation(summary = "Open a case {personId, unitId, titleCode, kind (APPOINTMENT|REAPPOINTMENT|NOMINATION|"
			+ "EXTENSION), expectedOn, dossier[], note}; administrators and organisation officers in scope; 422 with "
			+ "errors[{field, message}]")
	ResponseEntity<AppointmentCase> open(@RequestBody NewCase input) {
		AppointmentCase created = this.appointments.open(input);
		return ResponseEntity.created(URI.create("/api/v1/appointments/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One case with its conferences (each candidate's votes and verdict) and its conditions "
			+ "(code, met, required, actual, rule, citation)")
	CaseJson get(@PathVariable long id) {
		AppointmentCase found = this.appointments.get(id);
		List<Meeting> meetings = this.appointments.meetings(id);
		return new CaseJson(found, meetings, this.appointments.conditions(id),
				this.appointments.nextStep(found, meetings), this.appointments.readyToDecide(found, meetings));
	}

	@PostMapping("/{id}/meetings")
	@Operation(summary = "Record the conference of the next step {version, step, heldOn, summoned, present, "
			+ "votes[{personId, votes}]}; 422 without 2/3 of those summoned present; 409 on a stale version")
	Meeting meeting(@PathVariable long id, @RequestBody NewMeeting input) {
		return this.appointments.recordMeeting(id, input);
	}

	@PostMapping("/{id}/decision")
	@Operation(summary = "Record the decision {version, decisionNumber, decisionDate, effectiveOn}: creates the post "
			+ "in staffing with its term end")
	AppointmentCase decide(@PathVariable long id, @RequestBody NewDecision input) {
		return this.appointments.decide(id, input);
	}

	@GetMapping("/due")
	@Operation(summary = "One page of the appointed posts whose term ends within the reappointment notice (90 days) "
			+ "of asOf (default today), with what each calls for and their total")
	PageResult<DuePost> due(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return this.appointments.due(unitId, (asOf != null) ? asOf : this.appointments.today(), page, size);
	}

	@PostMapping("/exits")
	@Operation(summary = "Record a resignation, removal or suspension {assignmentId, kind (RESIGNATION|REMOVAL|"
			+ "SUSPENSION), reason, decisionNumber, decisionDate, effectiveOn, suspendedUntil, note}; resignation "
			+ "and removal end the post in staffing")
	ResponseEntity<PostExit> exit(@RequestBody NewExit input) {
		PostExit created = this.appointments.recordExit(input);
		return ResponseEntity.created(URI.create("/api/v1/appointments/exits/" + created.id())).body(created);
	}

	@GetMapping("/exits/{id}")
	@Operation(summary = "One resignation, removal or suspension")
	PostExit exit(@PathVariable long id) {
		return this.appointments.getExit(id);
	}

	record CaseJson(AppointmentCase appointment, List<Meeting> meetings, List<Condition> conditions, int nextStep,
			boolean readyToDecide) {
	}

}
