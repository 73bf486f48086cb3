package vn.canbo.locality.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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

import vn.canbo.locality.AreaRow;
import vn.canbo.locality.KeyLeader;
import vn.canbo.locality.LocalStatus;
import vn.canbo.locality.Locality;
import vn.canbo.locality.LocalityExports;
import vn.canbo.locality.LocalityVerdict;
import vn.canbo.locality.OverrideInput;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.PageResult;
import vn.canbo.ui.FormValues;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * The figures of a unit with its communes (with or without a non-local key leader), the
 * key leaders with their verdicts, their exports, and one person's verdict with the form
 * to override it.
 */
@Controller
@RequestMapping("/locality")
class LocalityController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final int PAGE_SIZE = 50;

	private final Locality locality;

	private final LocalityExports exports;

	private final MessageSource messages;

	LocalityController(Locality locality, LocalityExports exports, MessageSource messages) {
		this.locality = locality;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping({ "", "/communes" })
	String communes(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable Boolean withNonLocal, @RequestParam(defaultValue = "0") int page,
			Model model) {
		LocalDate day = LocalityParams.day(asOf, this.locality);
		Long unit = (unitId != null) ? unitId : this.locality.scopeUnitId();
		model.addAttribute("asOf", day);
		model.addAttribute("unitId", unit);
		model.addAttribute("withNonLocal", withNonLocal);
		if (unit != null) {
			PageResult<AreaRow> result = this.locality.communes(unit, day, withNonLocal, page, PAGE_SIZE);
			model.addAttribute("unitLabel", this.locality.unitLabel(unit, day));
			model.addAttribute("summary", this.locality.summary(unit, day));
			model.addAttribute("result", result);
			model.addAttribute("rows", result.items());
		}
		return "locality/communes";
	}

	@GetMapping("/communes.xlsx")
	void exportCommunes(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable Boolean withNonLocal, Locale locale, HttpServletResponse response)
			throws IOException {
		LocalDate day = LocalityParams.day(asOf, this.locality);
		List<AreaRow> rows = this.locality.allCommunes(LocalityParams.unit(unitId, null, day, this.locality), day,
				withNonLocal);
		attachment(response, "xa-co-can-bo-khong-phai-nguoi-dia-phuong-", day);
		this.exports.communes(rows, day, locale, response.getOutputStream());
	}

	@GetMapping("/key-leaders")
	String keyLeaders(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable String status, @RequestParam(defaultValue = "0") int page,
			Locale locale, Model model) {
		LocalDate day = LocalityParams.day(asOf, this.locality);
		Long unit = (unitId != null) ? unitId : this.locality.scopeUnitId();
		LocalStatus chosen = LocalityParams.status(status);
		model.addAttribute("asOf", day);
		model.addAttribute("unitId", unit);
		model.addAttribute("status", chosen);
		model.addAttribute("statuses", LocalStatus.values());
		if (unit != null) {
			PageResult<KeyLeader> result = this.locality.keyLeaders(unit, day, chosen, page, PAGE_SIZE);
			model.addAttribute("unitLabel", this.locality.unitLabel(unit, day));
			model.addAttribute("result", result);
			model.addAttribute("rows", result.items());
			model.addAttribute("why",
					result.items().stream().map((leader) -> this.exports.why(leader.verdict(), locale)).toList());
		}
		return "locality/key-leaders";
	}

	@GetMapping("/key-leaders.xlsx")
	void exportKeyLeaders(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable String status, Locale locale, HttpServletResponse response)
			throws IOException {
		LocalDate day = LocalityParams.day(asOf, this.locality);
		List<KeyLeader> rows = this.locality.allKeyLeaders(LocalityParams.unit(unitId, null, day, this.locality), day,
				LocalityParams.status(status));
		attachment(response, "can-bo-chu-chot-", day);
		this.exports.keyLeaders(rows, day, locale, response.getOutputStream());
	}

	@GetMapping("/persons/{id}")
	String person(@PathVariable long id, @RequestParam long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Locale locale, Model model) {
		LocalDate day = LocalityParams.day(asOf, this.locality);
		return show(id, unitId, day, Map.of("validFrom", day.toString()), Map.of(), null, locale, model);
	}

	@PostMapping("/persons/{id}/overrides")
	String override(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		Long unitId = FormValues.number(form.get("unitId"), "areaUnitId", problems);
		LocalDate from = FormValues.date(form.get("validFrom"), "validFrom", problems);
		String local = form.get("local");
		Boolean isLocal = (local == null || local.isBlank()) ? null : Boolean.valueOf("true".equals(local));
		LocalDate asOf = FormValues.date(form.get("asOf"), "asOf", new ArrayList<>());
		LocalDate day = LocalityParams.day(asOf, this.locality);
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			long area = this.locality.verdict(id, unitId, day).area().id();
			this.locality.createOverride(new OverrideInput(id, area, isLocal, form.get("reason"), from));
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			if (unitId == null) {
				throw ex;
			}
			return show(id, unitId, day, form, FormValues.errors(ex, this.messages, locale), null, locale, model);
		}
		redirect.addFlashAttribute("saved", "locality.override.saved");
		return "redirect:/locality/persons/" + id + "?unitId=" + unitId + "&asOf=" + day;
	}

	@PostMapping("/overrides/{id}/delete")
	String deleteOverride(@PathVariable long id, @RequestParam long version, @RequestParam long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		LocalDate day = LocalityParams.day(asOf, this.locality);
		long personId = this.locality.override(id).personId();
		try {
			this.locality.deleteOverride(id, version);
		}
		catch (ConcurrentEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return show(personId, unitId, day, Map.of("validFrom", day.toString()), Map.of(),
					this.messages.getMessage("locality.override.conflict", null, locale), locale, model);
		}
		redirect.addFlashAttribute("saved", "locality.override.deleted");
		return "redirect:/locality/persons/" + personId + "?unitId=" + unitId + "&asOf=" + day;
	}

	private String show(long personId, long unitId, LocalDate day, Map<String, String> form, Map<String, String> errors,
			@Nullable String problem, Locale locale, Model model) {
		LocalityVerdict verdict = this.locality.verdict(personId, unitId, day);
		model.addAttribute("verdict", verdict);
		model.addAttribute("why", this.exports.why(verdict, locale));
		model.addAttribute("derivedWhy", this.messages.getMessage(verdict.reason().key(),
				verdict.reason().args().toArray(), verdict.reason().key(), locale));
		model.addAttribute("overrides", this.locality.overridesOf(personId));
		model.addAttribute("personId", personId);
		model.addAttribute("unitId", unitId);
		model.addAttribute("asOf", day);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("canEdit", this.locality.canEdit());
		return "locality/person";
	}

	private static void attachment(HttpServletResponse response, String name, LocalDate day) {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(name + day.format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx")
					.build()
					.toString());
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem localityNavigation() {
			return new NavigationItem("locality.menu", "/locality", "geo-alt", 60,
					Set.of("ADMIN", "ORG_OFFICER", "LEADER", "VIEWER"), NavigationGroup.PLANNING);
		}

	}

}
