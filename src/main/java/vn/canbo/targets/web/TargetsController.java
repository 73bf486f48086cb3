package vn.canbo.targets.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
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

import vn.canbo.indicators.Indicator;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.shared.PageResult;
import vn.canbo.targets.Comparison;
import vn.canbo.targets.Progress;
import vn.canbo.targets.Target;
import vn.canbo.targets.TargetExports;
import vn.canbo.targets.TargetInput;
import vn.canbo.targets.Targets;
import vn.canbo.targets.Trend;
import vn.canbo.ui.FormValues;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * The targets of a unit with their status on a date and its export, one target's progress
 * and trend, the forms to set, correct and remove one, and the summary the dashboard
 * loads.
 */
@Controller
@RequestMapping("/targets")
class TargetsController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final int PAGE_SIZE = 50;

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Targets targets;

	private final TargetExports exports;

	private final MessageSource messages;

	TargetsController(Targets targets, TargetExports exports, MessageSource messages) {
		this.targets = targets;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		LocalDate day = (asOf != null) ? asOf : this.targets.today();
		PageResult<Progress> result = this.targets.list(unitId, day, page, PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("rows", result.items());
		model.addAttribute("labels", labels(result.items().stream().map(Progress::target).toList(), locale));
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitLabel", (unitId == null) ? null : this.targets.unitLabel(unitId));
		model.addAttribute("asOf", day);
		model.addAttribute("canEdit", this.targets.canEdit());
		return "targets/list";
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Locale locale, HttpServletResponse response) throws IOException {
		LocalDate day = (asOf != null) ? asOf : this.targets.today();
		List<Progress> all = this.targets.all(unitId, day);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("chi-tieu-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx")
					.build()
					.toString());
		this.exports.list(all, day, locale, response.getOutputStream());
	}

	/**
	 * The targets binding a unit (its own and its ancestors'), measured on it: a fragment
	 * without the layout, for the dashboard to load.
	 */
	@GetMapping("/summary")
	String summary(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Locale locale, Model model) {
		LocalDate day = (asOf != null) ? asOf : this.targets.today();
		Long unit = (unitId != null) ? unitId : this.targets.scopeUnitId();
		List<Progress> rows = (unit == null) ? List.of() : this.targets.summary(unit, day);
		model.addAttribute("rows", rows);
		model.addAttribute("labels", labels(rows.stream().map(Progress::target).toList(), locale));
		model.addAttribute("unitId", unit);
		model.addAttribute("asOf", day);
		return "targets/summary :: summary";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Locale locale, Model model) {
		LocalDate day = (asOf != null) ? asOf : this.targets.today();
		Progress progress = this.targets.progress(id, day);
		Trend trend = this.targets.trend(id);
		Target target = progress.target();
		model.addAttribute("progress", progress);
		model.addAttribute("trend", trend);
		model.addAttribute("target", target);
		model.addAttribute("label", this.exports.indicatorLabel(target.indicatorId(), locale));
		model.addAttribute("definition",
				this.messages.getMessage("indicator." + target.indicatorId() + ".definition", null, "", locale));
		model.addAttribute("known", this.targets.indicator(target.indicatorId()).isPresent());
		model.addAttribute("unitLabel", this.targets.unitLabel(target.unitId()));
		model.addAttribute("zone", VIETNAM);
		model.addAttribute("asOf", day);
		model.addAttribute("canEdit", this.targets.canEdit());
		return "targets/detail";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) @Nullable Long unitId, Locale locale, Model model) {
		Map<String, String> form = new LinkedHashMap<>();
		Long unit = (unitId != null) ? unitId : this.targets.scopeUnitId();
		if (unit != null) {
			form.put("unitId", String.valueOf(unit));
		}
		form.put("comparison", Comparison.AT_LEAST.name());
		form.put("baselineDate", this.targets.today().toString());
		return show(null, form, Map.of(), null, locale, model);
	}

	@PostMapping
	String create(@RequestParam Map<String, String> form, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		TargetInput input = input(form, problems);
		Target created;
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			created = this.targets.create(input);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(null, form, FormValues.errors(ex, this.messages, locale), null, locale, model);
		}
		redirect.addFlashAttribute("saved", "targets.saved");
		return "redirect:/targets/" + created.id();
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Locale locale, Model model) {
		Target target = this.targets.get(id);
		requireEditor();
		return show(target, values(target), Map.of(), null, locale, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		TargetInput input = input(form, problems);
		Long version = FormValues.number(form.get("version"), "version", problems);
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			this.targets.update(id, version, input);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(this.targets.get(id), form, FormValues.errors(ex, this.messages, locale), null, locale, model);
		}
		catch (ConcurrentEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return show(this.targets.get(id), form, Map.of(),
					this.messages.getMessage("targets.conflict", null, locale), locale, model);
		}
		redirect.addFlashAttribute("saved", "targets.saved");
		return "redirect:/targets/" + id;
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Locale locale, Model model) {
		Target target = this.targets.get(id);
		requireEditor();
		model.addAttribute("target", target);
		model.addAttribute("label", this.exports.indicatorLabel(target.indicatorId(), locale));
		return "targets/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Target target = this.targets.get(id);
		try {
			this.targets.delete(id, version);
		}
		catch (ConcurrentEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("target", target);
			model.addAttribute("label", this.exports.indicatorLabel(target.indicatorId(), locale));
			model.addAttribute("problem", this.messages.getMessage("targets.conflict", null, locale));
			return "targets/delete";
		}
		redirect.addFlashAttribute("saved", "targets.deleted");
		return "redirect:/targets?unitId=" + target.unitId();
	}

	private void requireEditor() {
		if (!this.targets.canEdit()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	private String show(@Nullable Target target, Map<String, String> form, Map<String, String> errors,
			@Nullable String problem, Locale locale, Model model) {
		if (!this.targets.canEdit()) {
			throw new OutOfScopeException("error.forbidden");
		}
		Long unitId = FormValues.number(form.get("unitId"), "unitId", new ArrayList<>());
		String unitLabel = null;
		if (unitId != null) {
			try {
				unitLabel = this.targets.unitLabel(unitId);
			}
			catch (NotFoundException ex) {
				unitLabel = null;
			}
		}
		List<Option> options = new ArrayList<>();
		for (Indicator indicator : this.targets.indicators()) {
			options.add(
					new Option(indicator.id(), this.exports.indicatorLabel(indicator.id(), locale), indicator.share()));
		}
		model.addAttribute("target", target);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("indicators", options);
		model.addAttribute("comparisons", Comparison.values());
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitLabel", unitLabel);
		return "targets/form";
	}

	/** An indicator offered by the form. */
	record Option(String id, String label, boolean share) {
	}

	static TargetInput input(Map<String, String> form, List<FieldProblem> problems) {
		return new TargetInput(form.get("indicatorId"), FormValues.number(form.get("unitId"), "unitId", problems),
				FormValues.choice(Comparison.class, form.get("comparison")),
				FormValues.decimal(form.get("value"), "value", problems),
				FormValues.date(form.get("baselineDate"), "baselineDate", problems),
				FormValues.date(form.get("deadline"), "deadline", problems), form.get("resolutionNumber"),
				FormValues.date(form.get("resolutionDate"), "resolutionDate", problems), form.get("resolutionBody"),
				form.get("note"));
	}

	private static Map<String, String> values(Target target) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", String.valueOf(target.version()));
		form.put("indicatorId", target.indicatorId());
		form.put("unitId", String.valueOf(target.unitId()));
		form.put("comparison", target.comparison().name());
		form.put("value", target.value().stripTrailingZeros().toPlainString().replace('.', ','));
		form.put("baselineDate", target.baselineDate().toString());
		form.put("deadline", target.deadline().toString());
		form.put("resolutionNumber", target.resolutionNumber());
		form.put("resolutionDate", target.resolutionDate().toString());
		form.put("resolutionBody", target.resolutionBody());
		form.put("note", (target.note() == null) ? "" : target.note());
		return form;
	}

	/** The indicator labels of the targets, by indicator id. */
	private Map<String, String> labels(List<Target> shown, Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		shown.forEach((target) -> labels.computeIfAbsent(target.indicatorId(),
				(id) -> this.exports.indicatorLabel(id, locale)));
		return labels;
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem targetsNavigation() {
			return new NavigationItem("targets.menu", "/targets", "bullseye", 70,
					Set.of("ADMIN", "ORG_OFFICER", "LEADER", "VIEWER"), NavigationGroup.REPORTS);
		}

	}

}
