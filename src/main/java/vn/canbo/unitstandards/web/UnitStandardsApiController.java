package vn.canbo.unitstandards.web;

import java.math.BigDecimal;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.unitstandards.Analysis;
import vn.canbo.unitstandards.Band;
import vn.canbo.unitstandards.Figure;
import vn.canbo.unitstandards.FigureInput;
import vn.canbo.unitstandards.MergeSimulation;
import vn.canbo.unitstandards.Requirement;
import vn.canbo.unitstandards.UnitRow;
import vn.canbo.unitstandards.UnitStandards;

/** The unit standards over HTTP, scoped like the pages. */
@RestController
@Tag(name = "Unit standards", description = "Communes and provinces against the standards (tiêu chuẩn ĐVHC)")
class UnitStandardsApiController {

	private final UnitStandards standards;

	UnitStandardsApiController(UnitStandards standards) {
		this.standards = standards;
	}

	@GetMapping("/api/v1/org-units/{code}/unit-standards")
	@Operation(summary = "A commune or province against the standards in force at asOf (default today): kind, "
			+ "figures and their quality, each requirement with the share reached, the rule and its citation")
	AnalysisJson analysis(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		return AnalysisJson.of(this.standards.analyse(code, day(asOf)));
	}

	@GetMapping("/api/v1/org-units/{code}/unit-figures")
	@Operation(summary = "Every figure of the unit (the shared data's and users' corrections), latest first")
	List<FigureJson> figures(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		return this.standards.figuresOf(code, day(asOf)).stream().map(FigureJson::of).toList();
	}

	@PostMapping("/api/v1/org-units/{code}/unit-figures")
	@Operation(summary = "Correct the figures {areaKm2, population, kind, validFrom, source, sourceDate, note} from "
			+ "a date; administrators and organisation officers in scope; audited; 422 with errors[{field, message}]")
	ResponseEntity<FigureJson> correct(@PathVariable String code, @RequestBody FigureInput input) {
		Figure created = this.standards.correct(code, input);
		return ResponseEntity.created(URI.create("/api/v1/org-units/" + code + "/unit-figures"))
			.body(FigureJson.of(created));
	}

	@GetMapping("/api/v1/unit-standards/units")
	@Operation(summary = "The communes of a unit (code; default the caller's scope) at asOf against their standards: "
			+ "counts per band and one page of those below (below=BELOW_50|BELOW_100|NOT_MET|MEETS|UNKNOWN)")
	ListJson units(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable Band below, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		LocalDate day = day(asOf);
		UnitStandards.UnitList list = this.standards.list(unitId(unit, day), day, below, page, size);
		return new ListJson(list.all(), list.notMet(), list.below100(), list.below50(), list.page().total(),
				list.page().page(), list.page().size(), list.page().items().stream().map(RowJson::of).toList());
	}

	@GetMapping("/api/v1/unit-standards/merge")
	@Operation(summary = "Simulate merging the units (codes, two or more) at asOf: combined area and population "
			+ "against the standard of the kind, staff and quota, and the surplus against newQuota")
	MergeJson merge(@RequestParam(required = false) @Nullable List<String> codes,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable Long newQuota) {
		MergeSimulation merge = this.standards.simulate((codes == null) ? List.of() : codes, day(asOf),
				UnitParams.kind(kind), newQuota);
		return MergeJson.of(merge);
	}

	private LocalDate day(@Nullable LocalDate asOf) {
		return (asOf != null) ? asOf : this.standards.today();
	}

	private long unitId(@Nullable String code, LocalDate day) {
		if (code != null && !code.isBlank()) {
			return this.standards.unit(code, day).id();
		}
		Long scope = this.standards.scopeUnitId();
		if (scope == null) {
			throw new InvalidInputException(List.of(FieldProblem.of("unit", "unitstandards.error.unit")));
		}
		return scope;
	}

	record RequirementJson(String code, BigDecimal required, @Nullable BigDecimal actual, @Nullable BigDecimal percent,
			@Nullable Boolean met, String rule, String citation) {

		static RequirementJson of(Requirement r) {
			return new RequirementJson(r.code(), r.required(), r.actual(), r.percent(), r.met(), r.rule(),
					r.citation());
		}

	}

	record AnalysisJson(String kind, @Nullable BigDecimal areaKm2, @Nullable Integer population, String figuresQuality,
			List<RequirementJson> requirements, @Nullable Boolean meets) {

		static AnalysisJson of(Analysis a) {
			return new AnalysisJson(a.kind().json(), a.areaKm2(), a.population(), a.figuresQuality(),
					a.requirements().stream().map(RequirementJson::of).toList(), a.meets());
		}

	}

	record FigureJson(long id, String unitCode, LocalDate validFrom, @Nullable BigDecimal areaKm2,
			@Nullable Integer population, String quality, @Nullable String flags, @Nullable String kind, String source,
			@Nullable LocalDate sourceDate, @Nullable String note, String createdBy) {

		static FigureJson of(Figure f) {
			return new FigureJson(f.id(), f.unitCode(), f.validFrom(), f.areaKm2(), f.population(), f.quality(),
					f.flags(), (f.kind() == null) ? null : f.kind().json(), f.source(), f.sourceDate(), f.note(),
					f.createdBy());
		}

	}

	record RowJson(String code, String name, String kind, @Nullable BigDecimal areaKm2, @Nullable Integer population,
			String figuresQuality, @Nullable BigDecimal areaPercent, @Nullable BigDecimal populationPercent,
			String band) {

		static RowJson of(UnitRow r) {
			return new RowJson(r.code(), r.name(), r.kind().json(), r.areaKm2(), r.population(), r.quality(),
					r.areaPercent(), r.populationPercent(), r.band().name());
		}

	}

	record ListJson(long units, long notMet, long below100, long below50, long total, int page, int size,
			List<RowJson> items) {

	}

	record MemberJson(String code, String name, String kind, @Nullable BigDecimal areaKm2, @Nullable Integer population,
			String figuresQuality, @Nullable Boolean meets, long headcount, @Nullable Long quota) {

	}

	record KeyTitleJson(String code, String name, long slots, long holders, long surplus) {

	}

	record MergeJson(LocalDate asOf, String kind, List<MemberJson> units, @Nullable BigDecimal areaKm2,
			@Nullable Integer population, String figuresQuality, List<RequirementJson> requirements,
			@Nullable Boolean meetsFigures, boolean exempt, @Nullable Boolean meets, long headcount,
			@Nullable Long quota, @Nullable Long newQuota, @Nullable Long surplus, List<KeyTitleJson> keyTitles) {

		static MergeJson of(MergeSimulation m) {
			return new MergeJson(m.asOf(), m.kind().json(),
					m.units()
						.stream()
						.map((u) -> new MemberJson(u.analysis().code(), u.analysis().name(), u.analysis().kind().json(),
								u.analysis().areaKm2(), u.analysis().population(), u.analysis().figuresQuality(),
								u.analysis().meets(), u.headcount(), u.quota()))
						.toList(),
					m.areaKm2(), m.population(), m.figuresQuality(),
					m.requirements().stream().map(RequirementJson::of).toList(), m.meetsFigures(), m.exempt(),
					m.meets(), m.headcount(), m.quota(), m.newQuota(), m.surplus(),
					m.keyTitles()
						.stream()
						.map((t) -> new KeyTitleJson(t.code(), t.name(), t.slots(), t.holders(), t.surplus()))
						.toList());
		}

	}

}
