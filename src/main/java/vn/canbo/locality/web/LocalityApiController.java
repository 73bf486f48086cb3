package vn.canbo.locality.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.canbo.locality.AreaRow;
import vn.canbo.locality.KeyLeader;
import vn.canbo.locality.Locality;
import vn.canbo.locality.LocalityExports;
import vn.canbo.locality.LocalityOverride;
import vn.canbo.locality.LocalitySummary;
import vn.canbo.locality.LocalityVerdict;
import vn.canbo.locality.OverrideInput;
import vn.canbo.shared.PageResult;

/** Non-local key leaders over HTTP, scoped like the pages. */
@RestController
@Tag(name = "Locality", description = "Non-local key leaders (bố trí cán bộ không phải người địa phương)")
class LocalityApiController {

	private final Locality locality;

	private final LocalityExports exports;

	LocalityApiController(Locality locality, LocalityExports exports) {
		this.locality = locality;
		this.exports = exports;
	}

	@GetMapping("/api/v1/locality/summary")
	@Operation(summary = "The figures of a unit's subtree (unitId, or unit: its code; default the caller's scope) at "
			+ "asOf (default today): communes with a non-local key leader among all, key leaders, non-local ones")
	SummaryJson summary(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		LocalDate day = LocalityParams.day(asOf, this.locality);
		LocalitySummary summary = this.locality.summary(LocalityParams.unit(unitId, unit, day, this.locality), day);
		return new SummaryJson(summary.unitId(), summary.unitName(), summary.asOf(), summary.communes(),
				summary.communesWithNonLocal(), summary.communeShare(), summary.keyLeaders(),
				summary.nonLocalKeyLeaders(), summary.unknownKeyLeaders(),
				(summary.province() == null) ? null : summary.province().hasNonLocal());
	}

	@GetMapping("/api/v1/locality/communes")
	@Operation(summary = "One page of the communes of a unit's subtree at asOf, with their key leaders, non-local "
			+ "ones and whether at least one is non-local (withNonLocal=true|false filters), and the total")
	Page<CommuneJson> communes(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable Boolean withNonLocal, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		LocalDate day = LocalityParams.day(asOf, this.locality);
		PageResult<AreaRow> result = this.locality.communes(LocalityParams.unit(unitId, unit, day, this.locality), day,
				withNonLocal, page, size);
		return new Page<>(result.total(), result.page(), result.size(),
				result.items()
					.stream()
					.map((row) -> new CommuneJson(row.area().id(), row.area().code(), row.area().name(),
							row.keyLeaders(), row.nonLocal(), row.unknown(), row.hasNonLocal()))
					.toList());
	}

	@GetMapping("/api/v1/locality/key-leaders")
	@Operation(summary = "One page of the key title holders of a unit's subtree at asOf, each with whether local to "
			+ "the commune or province of the post and why (status=LOCAL|NON_LOCAL|UNKNOWN filters), and the total")
	Page<LeaderJson> keyLeaders(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable String status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Locale locale) {
		LocalDate day = LocalityParams.day(asOf, this.locality);
		PageResult<KeyLeader> result = this.locality.keyLeaders(LocalityParams.unit(unitId, unit, day, this.locality),
				day, LocalityParams.status(status), page, size);
		return new Page<>(result.total(), result.page(), result.size(),
				result.items()
					.stream()
					.map((leader) -> new LeaderJson(leader.personId(), leader.fullName(), leader.titleCode(),
							leader.titleName(), leader.postUnitName(), verdict(leader.verdict(), locale)))
					.toList());
	}

	@GetMapping("/api/v1/persons/{id}/locality")
	@Operation(summary = "Whether the person is local to a unit's commune or province (unitId or unit: its code) at "
			+ "asOf, derived from the home-town code and the 2025 merges or overridden, and why")
	VerdictJson verdict(@PathVariable long id, @RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Locale locale) {
		LocalDate day = LocalityParams.day(asOf, this.locality);
		return verdict(this.locality.verdict(id, LocalityParams.unit(unitId, unit, day, this.locality), day), locale);
	}

	@PostMapping("/api/v1/locality/overrides")
	@Operation(summary = "Override the verdict {personId, areaUnitId (commune or province), local, reason, validFrom}; "
			+ "administrators and organisation officers in scope; 422 with errors[{field, message}]")
	ResponseEntity<OverrideJson> create(@RequestBody OverrideInput input) {
		LocalityOverride created = this.locality.createOverride(input);
		return ResponseEntity.created(URI.create("/api/v1/locality/overrides/" + created.id()))
			.body(OverrideJson.of(created));
	}

	@GetMapping("/api/v1/locality/overrides/{id}")
	@Operation(summary = "One override")
	OverrideJson get(@PathVariable long id) {
		return OverrideJson.of(this.locality.override(id));
	}

	@PutMapping("/api/v1/locality/overrides/{id}")
	@Operation(summary = "Correct an override {local, reason, validFrom} at the version read (?version=); 409 when "
			+ "someone saved it since")
	OverrideJson update(@PathVariable long id, @RequestParam(required = false) @Nullable Long version,
			@RequestBody OverrideInput input) {
		return OverrideJson.of(this.locality.updateOverride(id, version, input));
	}

	@DeleteMapping("/api/v1/locality/overrides/{id}")
	@Operation(summary = "Remove an override at the version read; 409 when someone saved it since")
	ResponseEntity<Void> delete(@PathVariable long id, @RequestParam long version) {
		this.locality.deleteOverride(id, version);
		return ResponseEntity.noContent().build();
	}

	private VerdictJson verdict(LocalityVerdict verdict, Locale locale) {
		return new VerdictJson(verdict.personId(), verdict.area().id(), verdict.area().code(), verdict.area().name(),
				verdict.asOf(), verdict.status().name(), verdict.derived().name(), verdict.reason().key(),
				this.exports.why(verdict, locale), verdict.homeTownCode(), verdict.homeTown(),
				(verdict.override() == null) ? null : OverrideJson.of(verdict.override()));
	}

	record Page<T>(long total, int page, int size, List<T> items) {

	}

	record SummaryJson(long unitId, String unitName, LocalDate asOf, long communes, long communesWithNonLocal,
			@Nullable BigDecimal communeSharePercent, long keyLeaders, long nonLocalKeyLeaders, long unknownKeyLeaders,
			@Nullable Boolean provinceHasNonLocal) {

	}

	record CommuneJson(long unitId, String code, String name, long keyLeaders, long nonLocal, long unknown,
			boolean hasNonLocal) {

	}

	record LeaderJson(long personId, String fullName, String titleCode, String titleName, String postUnit,
			VerdictJson verdict) {

	}

	record VerdictJson(long personId, long areaUnitId, String areaCode, String areaName, LocalDate asOf, String status,
			String derived, String reason, String explanation, @Nullable String homeTownCode, @Nullable String homeTown,
			@Nullable OverrideJson override) {

	}

	record OverrideJson(long id, long version, long personId, long areaUnitId, boolean local, String reason,
			LocalDate validFrom, String createdBy) {

		static OverrideJson of(LocalityOverride o) {
			return new OverrideJson(o.id(), o.version(), o.personId(), o.areaUnitId(), o.local(), o.reason(),
					o.validFrom(), o.createdBy());
		}

	}

}
