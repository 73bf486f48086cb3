package vn.canbo.planning.web;

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

import vn.canbo.planning.CoverageRow;
import vn.canbo.planning.Eligibility;
import vn.canbo.planning.EligibilityCondition;
import vn.canbo.planning.NewPlanEntry;
import vn.canbo.planning.PlanEntry;
import vn.canbo.planning.PlanningPeriod;
import vn.canbo.planning.SuccessionPlans;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.PageResult;

/** Succession planning over HTTP, scoped like the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Planning", description = "Succession planning (quy hoạch cán bộ): periods, people planned, eligibility "
		+ "explained and coverage")
class PlanningApiController {

	private final SuccessionPlans plans;

	PlanningApiController(SuccessionPlans plans) {
		this.plans = plans;
	}

	@GetMapping("/persons/{id}/planning-eligibility")
	@Operation(summary = "Whether the person may be planned for the title (titleCode) of the unit (unitCode) at asOf "
			+ "(default today) as source 1 or 2 (default 1), every condition with what it requires, what the records "
			+ "show, its rule version and citation; the caps counted in periodId, else in the period in force above "
			+ "the unit")
	EligibilityJson eligibility(@PathVariable long id, @RequestParam(required = false) @Nullable String titleCode,
			@RequestParam(required = false) @Nullable String unitCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(defaultValue = "1") int source, @RequestParam(required = false) @Nullable Long periodId) {
		List<FieldProblem> problems = new java.util.ArrayList<>();
		if (titleCode == null || titleCode.isBlank()) {
			problems.add(FieldProblem.of("titleCode", "planning.error.title.required"));
		}
		if (unitCode == null || unitCode.isBlank()) {
			problems.add(FieldProblem.of("unitCode", "planning.error.unit.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		long unitId = this.plans.unitIdForCode(unitCode.strip());
		Eligibility eligibility = this.plans.eligibility(id, unitId, titleCode.strip(),
				(asOf != null) ? asOf : this.plans.today(), source, periodId);
		return new EligibilityJson(eligibility.personId(), eligibility.fullName(), unitCode.strip(),
				eligibility.titleCode(), eligibility.titleName(), eligibility.asOf(), eligibility.source(),
				eligibility.eligible(), eligibility.conditions().stream().map(ConditionJson::of).toList());
	}

	@GetMapping("/planning/periods")
	@Operation(summary = "One page of the planning periods of managing units in the caller's scope, latest first")
	PeriodPage periods(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		PageResult<PlanningPeriod> result = this.plans.periods(page, size);
		return new PeriodPage(result.total(), result.page(), result.size(), result.items());
	}

	@GetMapping("/planning/periods/{id}/entries")
	@Operation(
			summary = "The people planned in the period (of one unit when unitId is given), those still planned first")
	List<PlanEntry> entries(@PathVariable long id, @RequestParam(required = false) @Nullable Long unitId) {
		return this.plans.entries(id, unitId);
	}

	@PostMapping("/planning/entries")
	@Operation(summary = "Adds a person to the plan of a title; an ineligible person is refused with each condition "
			+ "not met against the field personId")
	ResponseEntity<PlanEntry> add(@RequestBody NewPlanEntry input) {
		PlanEntry added = this.plans.add(input);
		return ResponseEntity.created(URI.create("/api/v1/planning/periods/" + added.periodId() + "/entries"))
			.body(added);
	}

	@GetMapping("/planning/coverage")
	@Operation(summary = "The coverage of every key title of every administrative unit under the unit (unit: its code) "
			+ "at asOf (default today), with the people planned")
	List<CoverageRow> coverage(@RequestParam String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		return this.plans.coverage(this.plans.unitIdForCode(unit.strip()), (asOf != null) ? asOf : this.plans.today());
	}

	record EligibilityJson(long personId, String fullName, String unitCode, String titleCode, String titleName,
			LocalDate asOf, int source, boolean eligible, List<ConditionJson> conditions) {
	}

	record ConditionJson(String code, boolean met, String required, String actual, String rule, String citation,
			boolean confirmed) {

		static ConditionJson of(EligibilityCondition condition) {
			return new ConditionJson(condition.code().name(), condition.met(), condition.required(), condition.actual(),
					condition.rule(), condition.citation(), condition.confirmed());
		}

	}

	record PeriodPage(long total, int page, int size, List<PlanningPeriod> items) {
	}

}
