package vn.canbo.unitstandards.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.ui.FormValues;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;
import vn.canbo.unitstandards.Analysis;
import vn.canbo.unitstandards.Band;
import vn.canbo.unitstandards.FigureInput;
import vn.canbo.unitstandards.UnitKind;
import vn.canbo.unitstandards.UnitStandards;
import vn.canbo.unitstandards.UnitStandardsExports;

/**
 * The communes of a unit against their standards (with the counts below 50% and 100%) and
 * their export, one unit's analysis with its figures and the form to correct them, and
 * the merge simulation.
 */
@Controller
@RequestMapping("/unit-standards")
class UnitStandardsController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final int PAGE_SIZE = 50;

	private final UnitStandards standards;

	private final UnitStandardsExports exports;

	private final MessageSource messages;

	UnitStandardsController(UnitStandards standards, UnitStandardsExports exports, MessageSource messages) {
		this.standards = standards;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable Band below, @RequestParam(defaultValue = "0") int page,
			Model model) {
		LocalDate day = day(asOf);
		Long unit = (unitId != null) ? unitId : this.standards.scopeUnitId();
		model.addAttribute("asOf", day);
		model.addAttribute("unitId", unit);
		model.addAttribute("below", below);
		model.addAttribute("bands", List.of(Band.BELOW_50, Band.BELOW_100, Band.NOT_MET, Band.MEETS, Band.UNKNOWN));
		if (unit != null) {
			OrgUnitView view = this.standards.unit(unit, day);
			UnitStandards.UnitList list = this.standards.list(unit, day, below, page, PAGE_SIZE);
			model.addAttribute("unitLabel", this.standards.label(unit, day));
			model.addAttribute("unit", this.standards.analyse(view.code(), day));
			model.addAttribute("list", list);
			model.addAttribute("result", list.page());
			model.addAttribute("rows", list.page().items());
		}
		return "unitstandards/list";
	}

	@GetMapping("/units.xlsx")
	void export(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable Band below, Locale locale, HttpServletResponse response)
			throws IOException {
		LocalDate day = day(asOf);
		Long unit = (unitId != null) ? unitId : this.standards.scopeUnitId();
		if (unit == null) {
			throw new InvalidInputException(
					List.of(vn.canbo.shared.FieldProblem.of("unitId", "unitstandards.error.unit")));
		}
		var rows = this.standards.allRows(unit, day, below);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("tieu-chuan-don-vi-hanh-chinh-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx")
					.build()
					.toString());
		this.exports.units(rows, this.standards.label(unit, day), day, locale, response.getOutputStream());
	}

	@GetMapping("/units/{code}")
	String unit(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Model model) {
		LocalDate day = day(asOf);
		// the form starts from the figures in force, to be corrected
		Analysis current = this.standards.analyse(code, day);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("validFrom", day.toString());
		form.put("areaKm2", (current.areaKm2() == null) ? "" : current.areaKm2().toPlainString());
		form.put("population", (current.population() == null) ? "" : current.population().toString());
		form.put("kind", current.kindSet() ? current.kind().name() : "");
		return show(code, day, form, Map.of(), model);
	}

	@PostMapping("/units/{code}/figures")
	String correct(@PathVariable String code, @RequestParam Map<String, String> form, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		LocalDate day = FormValues.date(form.get("asOf"), "asOf", new ArrayList<>());
		LocalDate shown = day(day);
		try {
			this.standards.correct(code, new FigureInput(form.get("areaKm2"), form.get("population"), form.get("kind"),
					form.get("validFrom"), form.get("source"), form.get("sourceDate"), form.get("note")));
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(code, shown, form, FormValues.errors(ex, this.messages, locale), model);
		}
		redirect.addFlashAttribute("saved", "unitstandards.figure.saved");
		return "redirect:/unit-standards/units/" + code + "?asOf=" + shown;
	}

	@GetMapping("/merge")
	String merge(@RequestParam(required = false) @Nullable List<String> codes,
			@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable String remove,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable Long newQuota, Locale locale, Model model) {
		LocalDate day = day(asOf);
		Map<String, String> chosen = new LinkedHashMap<>();
		List<String> wanted = new ArrayList<>((codes == null) ? List.of() : codes);
		if (unitId != null) {
			wanted.add(this.standards.unit(unitId, day).code());
		}
		for (String code : wanted) {
			if (code != null && !code.isBlank() && !code.strip().equals(remove)) {
				OrgUnitView unit = this.standards.unit(code, day);
				chosen.put(unit.code(), this.standards.label(unit.id(), day));
			}
		}
		model.addAttribute("asOf", day);
		model.addAttribute("chosen", chosen);
		model.addAttribute("kind", UnitParams.kind(kind));
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("newQuota", newQuota);
		if (chosen.size() >= 2) {
			try {
				model.addAttribute("merge",
						this.standards.simulate(List.copyOf(chosen.keySet()), day, UnitParams.kind(kind), newQuota));
			}
			catch (InvalidInputException ex) {
				model.addAttribute("errors", FormValues.errors(ex, this.messages, locale));
			}
		}
		return "unitstandards/merge";
	}

	private String show(String code, LocalDate day, Map<String, String> form, Map<String, String> errors, Model model) {
		Analysis analysis = this.standards.analyse(code, day);
		model.addAttribute("analysis", analysis);
		model.addAttribute("unitLabel", this.standards.label(analysis.unitId(), day));
		model.addAttribute("figures", this.standards.figuresOf(code, day));
		model.addAttribute("asOf", day);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("canEdit", this.standards.canEdit());
		model.addAttribute("kinds",
				List.of(UnitKind.values())
					.stream()
					.filter((kind) -> kind.isProvince() == analysis.kind().isProvince())
					.toList());
		return "unitstandards/unit";
	}

	private LocalDate day(@Nullable LocalDate asOf) {
		return (asOf != null) ? asOf : this.standards.today();
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem unitStandardsNavigation() {
			return new NavigationItem("unitstandards.menu", "/unit-standards", "rulers", 45,
					Set.of("ADMIN", "ORG_OFFICER", "LEADER", "VIEWER"), NavigationGroup.STAFFING);
		}

	}

}
