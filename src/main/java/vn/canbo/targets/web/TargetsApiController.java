package vn.canbo.targets.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.canbo.shared.PageResult;
import vn.canbo.targets.Comparison;
import vn.canbo.targets.Progress;
import vn.canbo.targets.Target;
import vn.canbo.targets.TargetInput;
import vn.canbo.targets.TargetStatus;
import vn.canbo.targets.Targets;

/** Targets over HTTP, scoped like the pages. */
@RestController
@RequestMapping("/api/v1/targets")
@Tag(name = "Targets", description = "Targets (chỉ tiêu) set by resolutions and their progress at any date")
class TargetsApiController {

	private final Targets targets;

	TargetsApiController(Targets targets) {
		this.targets = targets;
	}

	@GetMapping
	@Operation(summary = "One page of the targets set for units in a unit's subtree (unitId, or unit: its code; "
			+ "default the caller's scope), soonest deadline first, each with its progress at asOf (default today), "
			+ "and their total")
	TargetPage list(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		Long within = (unitId != null) ? unitId
				: (unit == null || unit.isBlank()) ? null : this.targets.unitIdForCode(unit.strip());
		PageResult<Progress> result = this.targets.list(within, (asOf != null) ? asOf : this.targets.today(), page,
				size);
		return new TargetPage(result.total(), result.page(), result.size(),
				result.items()
					.stream()
					.map((progress) -> new Row(TargetJson.of(progress.target()), ProgressJson.of(progress)))
					.toList());
	}

	@PostMapping
	@Operation(summary = "Set a target {indicatorId, unitId, comparison (AT_LEAST|AT_MOST), value (a percentage for a "
			+ "share indicator, a whole count otherwise), baselineDate (default today), deadline, resolutionNumber, "
			+ "resolutionDate, resolutionBody, note}; administrators and organisation officers in scope; 422 with "
			+ "errors[{field, message}]")
	ResponseEntity<TargetJson> create(@RequestBody TargetInput input) {
		Target created = this.targets.create(input);
		return ResponseEntity.created(URI.create("/api/v1/targets/" + created.id())).body(TargetJson.of(created));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One target")
	TargetJson get(@PathVariable long id) {
		return TargetJson.of(this.targets.get(id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Correct a target: the fields of POST plus the version read; 409 when someone saved it since")
	TargetJson update(@PathVariable long id, @RequestBody Edit edit) {
		return TargetJson.of(this.targets.update(id, edit.version(), edit.input()));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Remove a target at the version read; 409 when someone saved it since")
	ResponseEntity<Void> delete(@PathVariable long id, @RequestParam long version) {
		this.targets.delete(id, version);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/progress")
	@Operation(summary = "The target's progress at asOf (default today): the value (with its count and denominator "
			+ "for a share), the value at the baseline, the straight line's value, the percentage of the target "
			+ "reached and the status ACHIEVED, ON_TRACK, BEHIND, MISSED or NO_DATA")
	ProgressJson progress(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		return ProgressJson.of(this.targets.progress(id, (asOf != null) ? asOf : this.targets.today()));
	}

	record TargetPage(long total, int page, int size, List<Row> items) {
	}

	record Row(TargetJson target, ProgressJson progress) {
	}

	record Edit(@Nullable Long version, @Nullable String indicatorId, @Nullable Long unitId,
			@Nullable Comparison comparison, @Nullable BigDecimal value, @Nullable LocalDate baselineDate,
			@Nullable LocalDate deadline, @Nullable String resolutionNumber, @Nullable LocalDate resolutionDate,
			@Nullable String resolutionBody, @Nullable String note) {

		TargetInput input() {
			return new TargetInput(this.indicatorId, this.unitId, this.comparison, this.value, this.baselineDate,
					this.deadline, this.resolutionNumber, this.resolutionDate, this.resolutionBody, this.note);
		}

	}

	record TargetJson(long id, long version, String indicatorId, long unitId, String unitCode, String unitName,
			Comparison comparison, BigDecimal value, LocalDate baselineDate, LocalDate deadline,
			String resolutionNumber, LocalDate resolutionDate, String resolutionBody, @Nullable String note) {

		static TargetJson of(Target target) {
			return new TargetJson(target.id(), target.version(), target.indicatorId(), target.unitId(),
					target.unitCode(), target.unitName(), target.comparison(), target.value(), target.baselineDate(),
					target.deadline(), target.resolutionNumber(), target.resolutionDate(), target.resolutionBody(),
					target.note());
		}

	}

	record ProgressJson(long targetId, long unitId, LocalDate asOf, boolean share, @Nullable BigDecimal value,
			long count, @Nullable Long denominator, @Nullable BigDecimal baselineValue, @Nullable BigDecimal expected,
			@Nullable BigDecimal percentOfTarget, TargetStatus status) {

		static ProgressJson of(Progress progress) {
			return new ProgressJson(progress.target().id(), progress.unitId(), progress.asOf(), progress.share(),
					round(progress.value().value()), progress.value().count(), progress.value().denominator(),
					round(progress.baseline().value()), round(progress.expected()), progress.percentOfTarget(),
					progress.status());
		}

		private static @Nullable BigDecimal round(@Nullable BigDecimal value) {
			return (value == null) ? null : value.setScale(1, java.math.RoundingMode.HALF_UP);
		}

	}

}
