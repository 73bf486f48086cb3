package vn.canbo.movements.web;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.canbo.movements.AtReturn;
import vn.canbo.movements.Direction;
import vn.canbo.movements.Eligibility;
import vn.canbo.movements.Movement;
import vn.canbo.movements.MovementFilter;
import vn.canbo.movements.MovementInput;
import vn.canbo.movements.MovementReport;
import vn.canbo.movements.MovementType;
import vn.canbo.movements.Movements;
import vn.canbo.shared.PageResult;

/** Rotation, transfer and secondment decisions over HTTP, scoped like the pages. */
@RestController
@RequestMapping("/api/v1/movements")
@Tag(name = "Movements", description = "Rotation, transfer and secondment (luân chuyển, điều động, biệt phái)")
class MovementsApiController {

	private final Movements movements;

	MovementsApiController(Movements movements) {
		this.movements = movements;
	}

	@GetMapping
	@Operation(summary = "One page of the decisions starting between from and to (default this year) whose sending or "
			+ "receiving unit lies in a unit's subtree (unitId, or unit: its code; default the caller's scope), of a "
			+ "type (ROTATION|TRANSFER|SECONDMENT), direction (DOWNWARD|UPWARD|HORIZONTAL), or only to a commune's "
			+ "Secretary or Chair (toCommuneKey=true); latest first, with the total")
	Page list(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable MovementType type,
			@RequestParam(required = false) @Nullable Direction direction,
			@RequestParam(defaultValue = "false") boolean toCommuneKey, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		LocalDate today = this.movements.today();
		MovementFilter filter = new MovementFilter(within(unitId, unit), (from != null) ? from : today.withDayOfYear(1),
				(to != null) ? to : today.withDayOfYear(today.lengthOfYear()), type, direction, toCommuneKey);
		PageResult<Movement> result = this.movements.list(filter, page, size);
		return new Page(result.total(), result.page(), result.size(), result.items());
	}

	@PostMapping
	@Operation(summary = "Record a decision {personId, type, toUnitId or toUnitCode, toTitleCode or toJobPositionCode, "
			+ "decisionNumber, decisionDate, decisionBody, startDate, plannedMonths, returnDate (first day back), "
			+ "atReturn (RETURN_FORMER_POST|STAY), specialCase, nonLocalPlacement, exclusions[], personConsents, note}: "
			+ "the post moves in staffing on startDate; administrators and organisation officers in scope; 422 with "
			+ "errors[{field, message}] naming each unmet condition")
	ResponseEntity<Movement> create(@RequestBody MovementInput input) {
		Movement created = this.movements.record(input);
		return ResponseEntity.created(URI.create("/api/v1/movements/" + created.id())).body(created);
	}

	@PostMapping("/eligibility")
	@Operation(summary = "Whether the decision of the body (as for POST) may be taken: {eligible, conditions:[{code, "
			+ "met, required, actual, rule, citation, confirmed, field}]}")
	Eligibility eligibility(@RequestBody MovementInput input) {
		return this.movements.eligibility(input);
	}

	@GetMapping("/report")
	@Operation(summary = "The counts of the decisions starting between from and to (default this year) in a unit's "
			+ "subtree: by type, rotations by direction, rotations to a commune's Secretary or Chair (and of them "
			+ "downward), people, secondments in force on the last day")
	Report report(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		LocalDate today = this.movements.today();
		MovementReport report = this.movements.report(within(unitId, unit),
				(from != null) ? from : today.withDayOfYear(1),
				(to != null) ? to : today.withDayOfYear(today.lengthOfYear()));
		return Report.of(report);
	}

	@GetMapping("/ending")
	@Operation(summary = "One page of the rotations and secondments not yet ended whose planned return falls within "
			+ "60 days of asOf (default today), soonest first, with the total")
	Page ending(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		PageResult<Movement> result = this.movements.endingSoon(within(unitId, unit),
				(asOf != null) ? asOf : this.movements.today(), page, size);
		return new Page(result.total(), result.page(), result.size(), result.items());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One decision")
	Movement get(@PathVariable long id) {
		return this.movements.get(id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Correct a decision's particulars {version, decisionNumber, decisionDate, decisionBody, "
			+ "atReturn, note}; 409 when someone saved it since")
	Movement correct(@PathVariable long id, @RequestBody Correction correction) {
		return this.movements.correct(id, correction.version(), correction.decisionNumber(), correction.decisionDate(),
				correction.decisionBody(), correction.atReturn(), correction.note());
	}

	@PostMapping("/{id}/return")
	@Operation(summary = "Record the end of a rotation or secondment {version, returnedOn (first day back)}: back to "
			+ "the former post, the stay, or the host's post ended; 409 when someone saved it since")
	Movement recordReturn(@PathVariable long id, @RequestBody Return body) {
		return this.movements.recordReturn(id, body.version(), body.returnedOn());
	}

	private @Nullable Long within(@Nullable Long unitId, @Nullable String unit) {
		return (unitId != null) ? unitId
				: (unit == null || unit.isBlank()) ? null : this.movements.unitIdForCode(unit.strip());
	}

	record Page(long total, int page, int size, List<Movement> items) {
	}

	record Correction(@Nullable Long version, @Nullable String decisionNumber, @Nullable LocalDate decisionDate,
			@Nullable String decisionBody, @Nullable AtReturn atReturn, @Nullable String note) {
	}

	record Return(@Nullable Long version, @Nullable LocalDate returnedOn) {
	}

	record Report(LocalDate from, LocalDate to, long total, long rotations, long transfers, long secondments,
			long downward, long upward, long horizontal, long rotationsToCommuneKey, long downwardToCommuneKey,
			long people, long secondmentsInForce) {

		static Report of(MovementReport report) {
			return new Report(report.from(), report.to(), report.total(), report.count(MovementType.ROTATION),
					report.count(MovementType.TRANSFER), report.count(MovementType.SECONDMENT),
					report.rotations(Direction.DOWNWARD), report.rotations(Direction.UPWARD),
					report.rotations(Direction.HORIZONTAL), report.rotationsToCommuneKey(),
					report.downwardToCommuneKey(), report.people(), report.secondmentsInForce());
		}

	}

}
