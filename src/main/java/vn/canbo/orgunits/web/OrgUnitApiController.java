package vn.canbo.orgunits.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.canbo.orgunits.OrgLevel;
import vn.canbo.orgunits.OrgUnitFilter;
import vn.canbo.orgunits.OrgUnitHistory;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.Succession;
import vn.canbo.shared.PageResult;

/**
 * The organisation tree over HTTP: units as of a date, one unit, and its reorganisation
 * history.
 */
@RestController
@RequestMapping("/api/v1/org-units")
@Tag(name = "Org units", description = "Administrative units and agencies, as of any date")
class OrgUnitApiController {

	private final OrgUnits orgUnits;

	OrgUnitApiController(OrgUnits orgUnits) {
		this.orgUnits = orgUnits;
	}

	@GetMapping
	@Operation(summary = "Units valid on a date, filtered by tier, parent or name; paged, with the total")
	Page list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Parameter(
					description = "PROVINCE, DISTRICT, COMMUNE or AGENCY") @Nullable OrgLevel type,
			@RequestParam(required = false) @Parameter(description = "Code of the parent unit") @Nullable String parent,
			@RequestParam(required = false) @Parameter(
					description = "Name, with or without diacritics, or a code") @Nullable String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		LocalDate date = asOf == null ? this.orgUnits.today() : asOf;
		Long parentId = parent == null || parent.isBlank() ? null : this.orgUnits.getByCode(parent.strip(), date).id();
		PageResult<OrgUnitView> result = this.orgUnits
			.list(OrgUnitFilter.asOf(date).level(type).parent(parentId).text(q), page, size);
		return new Page(result.total(), result.page(), result.size(), result.items().stream().map(Unit::of).toList());
	}

	@GetMapping("/{code}")
	@Operation(summary = "The unit holding the code on a date")
	Unit one(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		return Unit.of(this.orgUnits.getByCode(code, asOf == null ? this.orgUnits.today() : asOf));
	}

	@GetMapping("/{code}/history")
	@Operation(summary = "Where the unit hung over time, the units merged into it and the units it went into")
	History history(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Parameter(
					description = "Which unit, when the code was reused") @Nullable LocalDate asOf) {
		OrgUnitHistory history = this.orgUnits
			.history(this.orgUnits.idForCode(code, asOf == null ? this.orgUnits.today() : asOf));
		OrgUnitView unit = history.unit();
		return new History(unit.code(), unit.name(), unit.level(), unit.type().name(), unit.validFrom(), unit.validTo(),
				history.placements()
					.stream()
					.map((p) -> new Placement(p.parentCode(), p.parentName(), p.validFrom(), p.validTo()))
					.toList(),
				history.predecessors().stream().map(Link::of).toList(),
				history.successors().stream().map(Link::of).toList());
	}

	record Page(long total, int page, int size, List<Unit> items) {
	}

	record Unit(long id, String code, String name, OrgLevel type, String unitType, @Nullable String parentCode,
			@Nullable LocalDate validFrom, @Nullable LocalDate validTo) {

		static Unit of(OrgUnitView view) {
			return new Unit(view.id(), view.code(), view.name(), view.level(), view.type().name(), view.parentCode(),
					view.validFrom(), view.validTo());
		}

	}

	record History(String code, String name, OrgLevel type, String unitType, @Nullable LocalDate validFrom,
			@Nullable LocalDate validTo, List<Placement> placements, List<Link> predecessors, List<Link> successors) {
	}

	record Placement(@Nullable String parentCode, @Nullable String parentName, @Nullable LocalDate validFrom,
			@Nullable LocalDate validTo) {
	}

	record Link(String code, String name, String type, LocalDate date) {

		static Link of(Succession succession) {
			return new Link(succession.code(), succession.name(), succession.kind().apiValue(),
					succession.effectiveDate());
		}

	}

}
