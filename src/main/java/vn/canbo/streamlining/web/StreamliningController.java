package vn.canbo.streamlining.web;

import java.io.IOException;
import java.time.LocalDate;
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

import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.streamlining.Decision;
import vn.canbo.streamlining.NewDecision;
import vn.canbo.streamlining.NewFact;
import vn.canbo.streamlining.Policy;
import vn.canbo.streamlining.Screening;
import vn.canbo.streamlining.Streamlining;
import vn.canbo.streamlining.StreamliningCase;
import vn.canbo.streamlining.StreamliningExports;
import vn.canbo.ui.FormValues;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * The screening list of a unit at a date and its export; a person's cases, exclusions and
 * declarations with the decision form; a decision with its payout breakdown; the plan of
 * a unit and year and its export.
 */
@Controller
@RequestMapping("/streamlining")
class StreamliningController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Rows on a page of the list or the plan. */
	static final int PAGE_SIZE = 50;

	private final Streamlining streamlining;

	private final StreamliningExports exports;

	private final MessageSource messages;

	StreamliningController(Streamlining streamlining, StreamliningExports exports, MessageSource messages) {
		this.streamlining = streamlining;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping
	String screening(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) Screening.@Nullable Status status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate day = (asOf == null) ? this.streamlining.today() : asOf;
		Screening screening = this.streamlining.screening(unitId, day, (status == null) ? Screening.Status.ALL : status,
				page, PAGE_SIZE);
		model.addAttribute("screening", screening);
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitLabel", screening.unitLabel());
		model.addAttribute("asOf", day);
		model.addAttribute("statuses", Screening.Status.values());
		model.addAttribute("editable", this.streamlining.canEdit());
		return "streamlining/screening";
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Locale locale, HttpServletResponse response) throws IOException {
		LocalDate day = (asOf == null) ? this.streamlining.today() : asOf;
		var people = this.streamlining.screeningList(unitId, day);
		attachment(response, "tinh-gian-" + day + ".xlsx");
		this.exports.screening(people, locale, response.getOutputStream());
	}

	@GetMapping("/persons/{id}")
	String person(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Model model) {
		return showPerson(id, asOf, model, Map.of(), Map.of(), Map.of(), Map.of());
	}

	@PostMapping("/persons/{id}/facts")
	String declare(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		NewFact input = new NewFact(form.get("kind"), FormValues.date(form.get("validFrom"), "validFrom", problems),
				FormValues.date(form.get("validTo"), "validTo", problems), form.get("note"));
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			this.streamlining.declare(id, input);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showPerson(id, null, model, form, FormValues.errors(ex, this.messages, locale), Map.of(), Map.of());
		}
		redirect.addFlashAttribute("saved", "streamlining.fact.saved");
		return "redirect:/streamlining/persons/" + id;
	}

	@PostMapping("/facts/{factId}/remove")
	String removeFact(@PathVariable long factId, RedirectAttributes redirect) {
		long personId = this.streamlining.removeFact(factId);
		redirect.addFlashAttribute("saved", "streamlining.fact.removed");
		return "redirect:/streamlining/persons/" + personId;
	}

	@PostMapping("/persons/{id}/decisions")
	String decide(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		NewDecision input = decision(form, problems);
		Decision decision;
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			decision = this.streamlining.decide(id, input);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showPerson(id, null, model, Map.of(), Map.of(), form, FormValues.errors(ex, this.messages, locale));
		}
		redirect.addFlashAttribute("saved", "streamlining.decision.saved");
		return "redirect:/streamlining/decisions/" + decision.id();
	}

	@GetMapping("/decisions/{id}")
	String decision(@PathVariable long id, Model model) {
		return showDecision(this.streamlining.decision(id), model, Map.of(), Map.of(), null);
	}

	@PostMapping("/decisions/{id}")
	String update(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Decision before = this.streamlining.decision(id);
		List<FieldProblem> problems = new ArrayList<>();
		NewDecision input = decision(form, problems);
		Long version = FormValues.number(form.get("version"), "version", problems);
		try {
			if (!problems.isEmpty() || version == null) {
				throw new InvalidInputException(problems.isEmpty()
						? List.of(FieldProblem.of("version", "streamlining.error.version")) : problems);
			}
			this.streamlining.update(id, version, input);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showDecision(before, model, form, FormValues.errors(ex, this.messages, locale), null);
		}
		catch (ConcurrentEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return showDecision(this.streamlining.decision(id), model, form, Map.of(),
					this.messages.getMessage(ex.messageKey(), null, locale));
		}
		redirect.addFlashAttribute("saved", "streamlining.decision.saved");
		return "redirect:/streamlining/decisions/" + id;
	}

	@GetMapping("/plan")
	String plan(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable Integer year, @RequestParam(defaultValue = "0") int page,
			Model model) {
		int planYear = (year == null) ? this.streamlining.today().getYear() : year;
		var plan = this.streamlining.plan(unitId, planYear, page, PAGE_SIZE);
		model.addAttribute("plan", plan);
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitLabel", plan.unitLabel());
		model.addAttribute("year", planYear);
		model.addAttribute("policies", Policy.values());
		return "streamlining/plan";
	}

	@GetMapping("/plan/export.xlsx")
	void planExport(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable Integer year, Locale locale, HttpServletResponse response)
			throws IOException {
		int planYear = (year == null) ? this.streamlining.today().getYear() : year;
		var decisions = this.streamlining.planDecisions(unitId, planYear);
		attachment(response, "ke-hoach-tinh-gian-" + planYear + ".xlsx");
		this.exports.plan(decisions, locale, response.getOutputStream());
	}

	private static void attachment(HttpServletResponse response, String name) {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
	}

	static NewDecision decision(Map<String, String> form, List<FieldProblem> problems) {
		return new NewDecision(FormValues.choice(StreamliningCase.class, form.get("caseCode")),
				FormValues.choice(Policy.class, form.get("policy")),
				FormValues.date(form.get("leaveOn"), "leaveOn", problems),
				FormValues.date(form.get("restructuringOn"), "restructuringOn", problems),
				FormValues.decimal(form.get("rankCoefficient"), "rankCoefficient", problems),
				FormValues.decimal(form.get("leadershipCoefficient"), "leadershipCoefficient", problems),
				FormValues.integer(form.get("beyondScalePercent"), "beyondScalePercent", problems),
				FormValues.number(form.get("otherAllowances"), "otherAllowances", problems),
				FormValues.integer(form.get("monthsEarly"), "monthsEarly", problems),
				FormValues.integer(form.get("insuredYears"), "insuredYears", problems),
				FormValues.integer(form.get("insuredMonths"), "insuredMonths", problems),
				FormValues.integer(form.get("severanceMonths"), "severanceMonths", problems), form.get("note"));
	}

	private String showPerson(long id, @Nullable LocalDate asOf, Model model, Map<String, String> factForm,
			Map<String, String> factErrors, Map<String, String> decisionForm, Map<String, String> decisionErrors) {
		LocalDate day = (asOf == null) ? this.streamlining.today() : asOf;
		model.addAttribute("person", this.streamlining.person(id, day));
		model.addAttribute("asOf", day);
		Map<String, String> kinds = new LinkedHashMap<>();
		Streamlining.declarableKinds().forEach((kind) -> kinds.put(kind, Streamlining.kindMessageKey(kind)));
		model.addAttribute("kinds", kinds);
		model.addAttribute("cases", StreamliningCase.values());
		model.addAttribute("policies", Policy.values());
		model.addAttribute("factForm", factForm);
		model.addAttribute("factErrors", factErrors);
		model.addAttribute("form", decisionForm);
		model.addAttribute("errors", decisionErrors);
		return "streamlining/person";
	}

	private String showDecision(Decision decision, Model model, Map<String, String> form, Map<String, String> errors,
			@Nullable String conflict) {
		model.addAttribute("decision", decision);
		if (form.isEmpty()) {
			form = values(decision);
		}
		model.addAttribute("cases", StreamliningCase.values());
		model.addAttribute("policies", Policy.values());
		model.addAttribute("editable", this.streamlining.canEdit());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		return "streamlining/decision";
	}

	/** The decision's values as its form shows them. */
	private static Map<String, String> values(Decision decision) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("caseCode", decision.caseCode().name());
		values.put("policy", decision.policy().name());
		values.put("leaveOn", decision.leaveOn().toString());
		values.put("restructuringOn",
				(decision.restructuringOn() == null) ? "" : String.valueOf(decision.restructuringOn()));
		values.put("insuredYears", String.valueOf(decision.insuredYears()));
		values.put("insuredMonths", String.valueOf(decision.insuredMonths()));
		// blank unless a retirement policy used it: a change to one computes it again
		values.put("monthsEarly", decision.policy().retirement() ? String.valueOf(decision.monthsEarly()) : "");
		values.put("severanceMonths",
				(decision.severanceMonths() == null) ? "" : String.valueOf(decision.severanceMonths()));
		values.put("rankCoefficient", decision.rankCoefficient().stripTrailingZeros().toPlainString());
		values.put("leadershipCoefficient", decision.leadershipCoefficient().stripTrailingZeros().toPlainString());
		values.put("beyondScalePercent", String.valueOf(decision.beyondScalePercent()));
		values.put("otherAllowances", String.valueOf(decision.otherAllowances()));
		values.put("note", (decision.note() == null) ? "" : decision.note());
		return values;
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem streamliningNavigation() {
			return new NavigationItem("streamlining.menu", "/streamlining", "person-dash", 42,
					Set.of("ADMIN", "ORG_OFFICER", "LEADER"), NavigationGroup.STAFFING);
		}

	}

}
