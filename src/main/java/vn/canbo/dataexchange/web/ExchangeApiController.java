package vn.canbo.dataexchange.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.canbo.dataexchange.InvalidDossier;
import vn.canbo.dataexchange.NationalExport;
import vn.canbo.dataexchange.ValidationReport;
import vn.canbo.orgunits.OrgUnitView;

/**
 * The national-database export over HTTP: the published schema, the streamed export and
 * the validation report, scoped like the page.
 */
@RestController
@RequestMapping("/api/v1/exchange")
@Tag(name = "National database export",
		description = "Dossiers in the ten data groups of NĐ 27/2026, keyed by CCCD (field list unconfirmed)")
class ExchangeApiController {

	static final String SCHEMA_JSON = "application/schema+json";

	private final NationalExport exports;

	private final MessageSource messages;

	ExchangeApiController(NationalExport exports, MessageSource messages) {
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping("/schema.json")
	@Operation(summary = "The JSON Schema (draft 2020-12) every export validates against")
	ResponseEntity<String> schema() {
		return ResponseEntity.ok().header("Content-Type", SCHEMA_JSON + ";charset=UTF-8").body(this.exports.schema());
	}

	@GetMapping("/dossiers")
	@Operation(summary = "The dossiers of the unit's subtree (unit: its code; default the caller's scope), all or "
			+ "those changed since a day, streamed; dossiers failing the checks are left out and counted")
	void dossiers(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate changedSince,
			HttpServletResponse response) throws IOException {
		ExchangeDownloads.dossiers(this.exports, unit, changedSince, response);
	}

	@GetMapping("/validation")
	@Operation(summary = "The validation report: how many dossiers were checked and one page of those that cannot "
			+ "be exported, each with what is missing or invalid")
	Validation validation(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate changedSince,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Locale locale) {
		OrgUnitView scope = this.exports.unit(unit);
		ValidationReport report = this.exports.validate(scope.code(), changedSince, page, size);
		return new Validation(report.unitCode(), report.unitName(), report.changedSince(), report.checked(),
				report.valid(), report.invalid().total(), report.invalid().page(), report.invalid().size(),
				report.invalid()
					.items()
					.stream()
					.map((dossier) -> Invalid.of(dossier, this.messages, locale))
					.toList());
	}

	record Validation(String unit, String unitName, @Nullable LocalDate changedSince, long checked, long valid,
			long total, int page, int size, List<Invalid> items) {
	}

	record Invalid(long personId, String fullName, @Nullable String citizenId, String agencyCode,
			List<Problem> problems) {

		static Invalid of(InvalidDossier dossier, MessageSource messages, Locale locale) {
			return new Invalid(dossier.personId(), dossier.fullName(), dossier.citizenId(), dossier.agencyCode(),
					dossier.problems()
						.stream()
						.map((problem) -> new Problem(problem.path(), problem.label(),
								messages.getMessage(problem.message(), locale)))
						.toList());
		}

	}

	record Problem(String path, String field, String message) {
	}

}
