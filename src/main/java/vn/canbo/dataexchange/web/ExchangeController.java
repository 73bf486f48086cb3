package vn.canbo.dataexchange.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.canbo.dataexchange.DossierFormat;
import vn.canbo.dataexchange.InvalidDossier;
import vn.canbo.dataexchange.NationalExport;
import vn.canbo.dataexchange.ValidationReport;
import vn.canbo.documents.XlsxExport;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * The export page: choose a unit and the mode (everything, or what changed since a day),
 * see which dossiers cannot go and why, download the report and the export.
 */
@Controller
@RequestMapping("/exchange")
class ExchangeController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final int PAGE_SIZE = 50;

	private final NationalExport exports;

	private final OrgUnits orgUnits;

	private final MessageSource messages;

	ExchangeController(NationalExport exports, OrgUnits orgUnits, MessageSource messages) {
		this.exports = exports;
		this.orgUnits = orgUnits;
		this.messages = messages;
	}

	@GetMapping
	String page(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate changedSince,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable String check, Locale locale, Model model) {
		OrgUnitView unit = (unitId == null) ? this.exports.defaultUnit() : unit(unitId);
		model.addAttribute("unitId", unitId);
		model.addAttribute("changedSince", changedSince);
		model.addAttribute("today", this.orgUnits.today());
		model.addAttribute("formatName", DossierFormat.NAME);
		model.addAttribute("formatVersion", DossierFormat.VERSION);
		if (unit == null) {
			// A nationwide account chooses a unit first: the whole country is not one
			// export.
			model.addAttribute("report", null);
			model.addAttribute("unitLabel", null);
			return "dataexchange/exchange";
		}
		String query = "unitId=" + unit.id() + ((changedSince == null) ? "" : "&changedSince=" + changedSince);
		model.addAttribute("unit", unit);
		model.addAttribute("query", query);
		model.addAttribute("unitLabel", this.orgUnits.label(unit));
		if (unitId == null && changedSince == null && page == null && check == null) {
			// Checking a province reads every dossier: done when asked, not on arrival.
			model.addAttribute("report", null);
			return "dataexchange/exchange";
		}
		ValidationReport report = this.exports.validate(unit.code(), changedSince, (page == null) ? 0 : page,
				PAGE_SIZE);
		model.addAttribute("report", report);
		model.addAttribute("rows",
				report.invalid()
					.items()
					.stream()
					.map((dossier) -> new Row(dossier,
							dossier.problems()
								.stream()
								.map((problem) -> this.messages.getMessage(problem.message(), locale))
								.toList()))
					.toList());
		return "dataexchange/exchange";
	}

	@GetMapping("/dossiers.json")
	void dossiers(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate changedSince,
			HttpServletResponse response) throws IOException {
		ExchangeDownloads.dossiers(this.exports, unit(unitId).code(), changedSince, response);
	}

	/** The schema for a signed-in browser (the API's copy asks for HTTP Basic). */
	@GetMapping("/schema.json")
	ResponseEntity<String> schema() {
		return ResponseEntity.ok()
			.header("Content-Type", ExchangeApiController.SCHEMA_JSON + ";charset=UTF-8")
			.body(this.exports.schema());
	}

	@GetMapping("/validation.xlsx")
	void validation(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate changedSince,
			Locale locale, HttpServletResponse response) throws IOException {
		OrgUnitView unit = unit(unitId);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("kiem-tra-ho-so-csdlqg-" + unit.code() + ".xlsx")
					.build()
					.toString());
		try (XlsxExport sheet = XlsxExport.to(response.getOutputStream())) {
			ValidationSheet.write(sheet, this.messages, locale,
					(row) -> this.exports.forEachInvalid(unit.code(), changedSince, row));
		}
	}

	/**
	 * A dossier that cannot go, with its problems in the user's language.
	 *
	 * @param dossier the dossier
	 * @param problems what keeps it back
	 */
	record Row(InvalidDossier dossier, List<String> problems) {
	}

	/** The unit chosen (checked in scope), or the user's own scope unit. */
	private OrgUnitView unit(@Nullable Long unitId) {
		return (unitId == null) ? this.exports.unit(null)
				: this.exports.unit(this.orgUnits.get(unitId, this.orgUnits.today()).code());
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem exchangeNavigation() {
			return new NavigationItem("dataexchange.menu", "/exchange", "cloud-upload", 72,
					Set.of("ADMIN", "ORG_OFFICER"), NavigationGroup.REPORTS);
		}

	}

}
