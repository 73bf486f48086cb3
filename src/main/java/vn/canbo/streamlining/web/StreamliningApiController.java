package vn.canbo.streamlining.web;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.canbo.streamlining.Decision;
import vn.canbo.streamlining.NewDecision;
import vn.canbo.streamlining.NewFact;
import vn.canbo.streamlining.Plan;
import vn.canbo.streamlining.Screening;
import vn.canbo.streamlining.Streamlining;
import vn.canbo.streamlining.StreamliningFact;

/** Streamlining over HTTP, scoped like the pages. */
@RestController
@RequestMapping("/api/v1/streamlining")
@Tag(name = "Streamlining",
		description = "Streamlining (tinh giản biên chế, NĐ 154/2025): screening, plans, decisions and payouts")
class StreamliningApiController {

	private final Streamlining streamlining;

	StreamliningApiController(Streamlining streamlining) {
		this.streamlining = streamlining;
	}

	@GetMapping("/screening")
	@Operation(summary = "The screening list of a unit (code; the user's scope when absent) at a date: each person "
			+ "with a case, their cases and the exclusions that keep them off the list, each with its rule; "
			+ "counts of the whole list and one page (status ALL, CANDIDATES or EXCLUDED)")
	Screening screening(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) Screening.@Nullable Status status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		Long unitId = (unit == null || unit.isBlank()) ? null : this.streamlining.unitIdForCode(unit.strip());
		return this.streamlining.screening(unitId, (asOf == null) ? this.streamlining.today() : asOf,
				(status == null) ? Screening.Status.ALL : status, page, size);
	}

	@GetMapping("/plans/{year}")
	@Operation(summary = "The plan of a unit (code; the user's scope when absent) for a year: the decisions with "
			+ "their payouts, counts and the total per policy")
	Plan plan(@PathVariable int year, @RequestParam(required = false) @Nullable String unit,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		Long unitId = (unit == null || unit.isBlank()) ? null : this.streamlining.unitIdForCode(unit.strip());
		return this.streamlining.plan(unitId, year, page, size);
	}

	@GetMapping("/decisions/{id}")
	@Operation(summary = "A decision with the terms of the salary and of the payout, each with its rule")
	Decision decision(@PathVariable long id) {
		return this.streamlining.decision(id);
	}

	@PostMapping("/persons/{id}/decisions")
	@Operation(summary = "Record the decision about a person (case, policy, leaveOn, insured years…); the salary "
			+ "from the person's history unless given; 422 with errors[{field, message}]")
	ResponseEntity<Decision> decide(@PathVariable long id, @RequestBody NewDecision input) {
		Decision decision = this.streamlining.decide(id, input);
		return ResponseEntity.created(URI.create("/api/v1/streamlining/decisions/" + decision.id())).body(decision);
	}

	@PutMapping("/decisions/{id}")
	@Operation(summary = "Correct a decision: {version, decision: {...}}; 409 when someone saved it since")
	Decision update(@PathVariable long id, @Valid @RequestBody Edit edit) {
		return this.streamlining.update(id, edit.version(), edit.decision());
	}

	@PostMapping("/persons/{id}/facts")
	@Operation(summary = "Declare what the records do not hold: a case (SURPLUS_REORGANISATION, …) or an exclusion "
			+ "(PREGNANCY, YOUNG_CHILD with the child's birth date, INVESTIGATION, …) with its dates")
	ResponseEntity<StreamliningFact> declare(@PathVariable long id, @RequestBody NewFact input) {
		StreamliningFact fact = this.streamlining.declare(id, input);
		return ResponseEntity.created(URI.create("/api/v1/streamlining/persons/" + id + "/facts")).body(fact);
	}

	/** A correction at the version read. */
	record Edit(@NotNull Long version, @NotNull NewDecision decision) {

	}

}
