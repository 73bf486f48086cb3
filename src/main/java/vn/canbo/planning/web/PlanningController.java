package vn.canbo.planning.web;

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
import vn.canbo.planning.CoverageRow;
import vn.canbo.planning.Eligibility;
import vn.canbo.planning.NewPlanEntry;
import vn.canbo.planning.NewPlanningPeriod;
import vn.canbo.planning.PlanEntry;
import vn.canbo.planning.PlanningExports;
import vn.canbo.planning.PlanningPeriod;
import vn.canbo.planning.PlanningStep;
import vn.canbo.planning.Readiness;
import vn.canbo.planning.RemovalCase;
import vn.canbo.planning.SuccessionPlans;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.PageResult;
import vn.canbo.staffing.PostTitle;
import vn.canbo.ui.FormValues;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * The planning pages: the periods, a unit's plan (key titles × people planned, adding
 * with eligibility checked and removing), a person's eligibility explained, the coverage
 * report and its export, and the yearly review's proposals.
 */
@Controller
@RequestMapping("/planning")
class PlanningController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final int PAGE_SIZE = 50;

	private final SuccessionPlans plans;

	private final PlanningExports exports;

	private final MessageSource messages;

	PlanningController(SuccessionPlans plans, PlanningExports exports, MessageSource messages) {
		this.plans = plans;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping
	String periods(@RequestParam(defaultValue = "0") int page, Model model) {
		return showPeriods(page, new LinkedHashMap<>(), Map.of(), model);
	}

	private String showPeriods(int page, Map<String, String> form, Map<String, String> errors, Model model) {
		PageResult<PlanningPeriod> result = this.plans.periods(page, PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("rows", result.items());
		model.addAttribute("canEdit", this.plans.canEdit());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "planning/periods";
	}

	@PostMapping("/periods")
	String openPeriod(@RequestParam Map<String, String> form, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		NewPlanningPeriod input = new NewPlanningPeriod(FormValues.number(form.get("unitId"), "unitId", problems),
				form.get("name"), FormValues.integer(form.get("startYear"), "startYear", problems),
				FormValues.integer(form.get("endYear"), "endYear", problems),
				FormValues.date(form.get("ageReferenceDate"), "ageReferenceDate", problems),
				FormValues.date(form.get("validFrom"), "validFrom", problems),
				FormValues.date(form.get("validTo"), "validTo", problems));
		PlanningPeriod period;
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			period = this.plans.openPeriod(input);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showPeriods(0, form, FormValues.errors(ex, this.messages, locale), model);
		}
		redirect.addFlashAttribute("saved", "planning.saved.period");
		return "redirect:/planning/periods/" + period.id();
	}

	@GetMapping("/periods/{id}")
	String plan(@PathVariable long id, @RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable String q, Model model) {
		PlanningPeriod period = this.plans.period(id);
		long unit = (unitId != null) ? unitId : period.unitId();
		Map<String, String> form = new LinkedHashMap<>();
		if (q != null) {
			form.put("q", q);
		}
		return showPlan(period, unit, form, Map.of(), List.of(), model);
	}

	private String showPlan(PlanningPeriod period, long unitId, Map<String, String> form, Map<String, String> errors,
			List<String> reasons, Model model) {
		LocalDate today = this.plans.today();
		List<PlanEntry> entries = this.plans.entries(period.id(), unitId);
		List<PostTitle> titles = this.plans.keyTitles(unitId, today);
		Map<String, List<PlanEntry>> byTitle = new LinkedHashMap<>();
		titles.forEach((title) -> byTitle.put(title.code(), new ArrayList<>()));
		List<PlanEntry> removed = new ArrayList<>();
		for (PlanEntry entry : entries) {
			if (entry.removedOn() != null) {
				removed.add(entry);
			}
			else {
				byTitle.computeIfAbsent(entry.titleCode(), (code) -> new ArrayList<>()).add(entry);
			}
		}
		model.addAttribute("period", period);
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitLabel", this.plans.unitLabel(unitId));
		model.addAttribute("units", this.plans.plannedUnits(period, today));
		model.addAttribute("titles", titles);
		model.addAttribute("byTitle", byTitle);
		model.addAttribute("removed", removed);
		model.addAttribute("structure", this.plans.structure(entries, today));
		model.addAttribute("canEdit", this.plans.canEdit());
		model.addAttribute("candidates", this.plans.candidates(unitId, form.get("q")));
		model.addAttribute("steps", PlanningStep.values());
		model.addAttribute("readiness", Readiness.values());
		model.addAttribute("cases", RemovalCase.values());
		model.addAttribute("today", today);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("reasons", reasons);
		return "planning/plan";
	}

	@PostMapping("/periods/{id}/entries")
	String add(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		PlanningPeriod period = this.plans.period(id);
		List<FieldProblem> problems = new ArrayList<>();
		Long unitId = FormValues.number(form.get("unitId"), "unitId", problems);
		NewPlanEntry input = new NewPlanEntry(id, unitId, form.get("titleCode"),
				FormValues.number(form.get("personId"), "personId", problems),
				FormValues.integer(form.get("source"), "source", problems),
				FormValues.choice(PlanningStep.class, form.get("step")),
				FormValues.integer(form.get("summoned"), "summoned", problems),
				FormValues.integer(form.get("present"), "present", problems),
				FormValues.integer(form.get("votesFor"), "votesFor", problems), form.get("decisionNumber"),
				FormValues.date(form.get("decisionDate"), "decisionDate", problems), form.get("decisionBody"),
				FormValues.choice(Readiness.class, form.get("readiness")),
				FormValues.date(form.get("addedOn"), "addedOn", problems), form.get("note"));
		long unit = (unitId != null) ? unitId : period.unitId();
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			this.plans.add(input);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			List<String> reasons = ex.problems()
				.stream()
				.filter((problem) -> problem.field().equals("personId"))
				.map((problem) -> this.messages.getMessage(problem, locale))
				.toList();
			return showPlan(period, unit, form, FormValues.errors(ex, this.messages, locale), reasons, model);
		}
		redirect.addFlashAttribute("saved", "planning.saved.entry");
		return "redirect:/planning/periods/" + id + "?unitId=" + unit;
	}

	@PostMapping("/entries/{id}/remove")
	String remove(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		PlanEntry entry = this.plans.entry(id);
		PlanningPeriod period = this.plans.period(entry.periodId());
		List<FieldProblem> problems = new ArrayList<>();
		Long version = FormValues.number(form.get("version"), "version", problems);
		LocalDate on = FormValues.date(form.get("removedOn"), "removedOn", problems);
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			this.plans.remove(id, version, FormValues.choice(RemovalCase.class, form.get("removalCase")), on,
					form.get("removalDecision"));
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showPlan(period, entry.unitId(), new LinkedHashMap<>(), FormValues.errors(ex, this.messages, locale),
					List.of(), model);
		}
		catch (ConcurrentEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return showPlan(period, entry.unitId(), new LinkedHashMap<>(),
					Map.of("removal", this.messages.getMessage("planning.conflict", null, locale)), List.of(), model);
		}
		redirect.addFlashAttribute("saved", "planning.saved.removed");
		return "redirect:/planning/periods/" + period.id() + "?unitId=" + entry.unitId();
	}

	@GetMapping("/eligibility")
	String eligibility(@RequestParam long personId, @RequestParam long unitId, @RequestParam String titleCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(defaultValue = "1") int source, @RequestParam(required = false) @Nullable Long periodId,
			Model model) {
		LocalDate day = (asOf != null) ? asOf : this.plans.today();
		Eligibility eligibility = this.plans.eligibility(personId, unitId, titleCode, day, source, periodId);
		model.addAttribute("eligibility", eligibility);
		model.addAttribute("unitLabel", this.plans.unitLabel(unitId));
		model.addAttribute("periodId", periodId);
		return "planning/eligibility";
	}

	@GetMapping("/coverage")
	String coverage(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Model model) {
		LocalDate day = (asOf != null) ? asOf : this.plans.today();
		Long unit = (unitId != null) ? unitId : this.plans.scopeUnitId();
		List<CoverageRow> rows = (unit == null) ? List.of() : this.plans.coverage(unit, day);
		model.addAttribute("rows", rows);
		model.addAttribute("unitId", unit);
		model.addAttribute("unitLabel", (unit == null) ? null : this.plans.unitLabel(unit));
		model.addAttribute("asOf", day);
		model.addAttribute("covered", rows.stream().filter((row) -> row.planned() > 0).count());
		model.addAttribute("people", rows.stream().mapToInt(CoverageRow::planned).sum());
		return "planning/coverage";
	}

	@GetMapping("/coverage.xlsx")
	void coverageExport(@RequestParam long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Locale locale, HttpServletResponse response) throws IOException {
		LocalDate day = (asOf != null) ? asOf : this.plans.today();
		List<CoverageRow> rows = this.plans.coverage(unitId, day);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("quy-hoach-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx")
					.build()
					.toString());
		this.exports.coverage(rows, day, locale, response.getOutputStream());
	}

	@GetMapping("/review")
	String review(@RequestParam(required = false) @Nullable Long unitId, Model model) {
		Long unit = (unitId != null) ? unitId : this.plans.scopeUnitId();
		model.addAttribute("proposals", this.plans.proposals(unit, null));
		model.addAttribute("unitId", unit);
		model.addAttribute("unitLabel", (unit == null) ? null : this.plans.unitLabel(unit));
		model.addAttribute("canEdit", this.plans.canEdit());
		model.addAttribute("today", this.plans.today());
		return "planning/review";
	}

	@PostMapping("/review")
	String runReview(@RequestParam long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			RedirectAttributes redirect) {
		int proposed = this.plans.review(unitId, (asOf != null) ? asOf : this.plans.today());
		redirect.addFlashAttribute("proposed", proposed);
		return "redirect:/planning/review?unitId=" + unitId;
	}

	@PostMapping("/review/{id}")
	String decide(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale,
			RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		Long version = FormValues.number(form.get("version"), "version", problems);
		LocalDate on = FormValues.date(form.get("removedOn"), "removedOn", problems);
		boolean confirm = "confirm".equals(form.get("decision"));
		try {
			if (!problems.isEmpty() || version == null) {
				throw new InvalidInputException(problems);
			}
			this.plans.decide(id, version, confirm, on, form.get("removalDecision"));
			redirect.addFlashAttribute("saved", confirm ? "planning.saved.confirmed" : "planning.saved.dismissed");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem",
					String.join(" ", FormValues.errors(ex, this.messages, locale).values()));
		}
		catch (ConcurrentEditException ex) {
			redirect.addFlashAttribute("problem", this.messages.getMessage("planning.conflict", null, locale));
		}
		return "redirect:/planning/review" + ((form.get("unitId") == null || form.get("unitId").isBlank()) ? ""
				: "?unitId=" + FormValues.number(form.get("unitId"), "unitId", new ArrayList<>()));
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem planningNavigation() {
			return new NavigationItem("planning.menu", "/planning", "diagram-3", 10,
					Set.of("ADMIN", "ORG_OFFICER", "LEADER", "VIEWER"), NavigationGroup.PLANNING);
		}

		@Bean
		NavigationItem planningCoverageNavigation() {
			return new NavigationItem("planning.menu.coverage", "/planning/coverage", "grid-3x3", 20,
					Set.of("ADMIN", "ORG_OFFICER", "LEADER", "VIEWER"), NavigationGroup.PLANNING);
		}

		@Bean
		NavigationItem planningReviewNavigation() {
			return new NavigationItem("planning.menu.review", "/planning/review", "arrow-repeat", 30,
					Set.of("ADMIN", "ORG_OFFICER", "LEADER"), NavigationGroup.PLANNING);
		}

	}

}
