package vn.canbo.work.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canbo.shared.DomainException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;
import vn.canbo.work.MonthlyPlans;
import vn.canbo.work.PlanStatus;
import vn.canbo.ui.FormValues;

/**
 * Monthly plans: the signed-in person's own plan with the form to add their own tasks and
 * submit it; a unit's board of people and plan statuses; a person's plan with approve and
 * return for the leader.
 */
@Controller
@RequestMapping("/work/plans")
class PlanPageController {

	private static final int PAGE_SIZE = 100;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	/** Times are shown as Vietnam's clocks show them. */
	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final MonthlyPlans plans;

	private final MessageSource messages;

	PlanPageController(MonthlyPlans plans, MessageSource messages) {
		this.plans = plans;
		this.messages = messages;
	}

	@GetMapping
	String mine(@RequestParam(required = false) @Nullable String month, Model model) {
		return showMine(month(month), model);
	}

	@PostMapping("/tasks")
	String addTask(@RequestParam Map<String, String> form, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		LocalDate month = month(form.get("month"));
		Long me = requirePerson();
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate dueOn = FormValues.date(form.get("dueOn"), "dueOn", problems);
		BigDecimal weight = FormValues.decimal(form.get("weight"), "weight", problems);
		// An unreadable weight is sent as 0 and an unreadable date as none, which the
		// plan refuses too: nothing is saved, and every field's problem is reported.
		boolean unreadableWeight = problems.stream().anyMatch((problem) -> problem.field().equals("weight"));
		try {
			try {
				this.plans.addTask(me, month, form.get("title"), form.get("description"), dueOn,
						unreadableWeight ? BigDecimal.ZERO : weight);
			}
			catch (InvalidInputException ex) {
				problems.addAll(ex.problems());
			}
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
		}
		catch (DomainException ex) {
			PageForms.refused(ex, model, this.messages, locale, response);
			model.addAttribute("form", form);
			return showMine(month, model);
		}
		redirect.addFlashAttribute("saved", this.messages.getMessage("plans.task.added", null, locale));
		return "redirect:/work/plans?month=" + month;
	}

	@PostMapping("/submit")
	String submit(@RequestParam(required = false) @Nullable String month, @RequestParam long version,
			@RequestParam(required = false) @Nullable String note, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		LocalDate first = month(month);
		Long me = requirePerson();
		try {
			this.plans.submit(me, first, version, note);
		}
		catch (DomainException ex) {
			PageForms.refused(ex, model, this.messages, locale, response);
			return showMine(first, model);
		}
		redirect.addFlashAttribute("saved",
				this.messages.getMessage("plans.submitted", new Object[] { first.format(MONTH) }, locale));
		return "redirect:/work/plans?month=" + first;
	}

	@GetMapping("/unit")
	String board(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable PlanStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		LocalDate first = month(month);
		if (!this.plans.readsUnits()) {
			throw new OutOfScopeException("work.error.ownOnly");
		}
		Long unit = (unitId != null) ? unitId : this.plans.defaultUnit();
		model.addAttribute("month", first);
		model.addAttribute("status", status);
		model.addAttribute("statuses", PlanStatus.values());
		model.addAttribute("unitId", unit);
		model.addAttribute("unitLabel", (unit != null) ? this.plans.unitLabel(unit) : null);
		model.addAttribute("board", (unit != null) ? this.plans.board(unit, first, status, page, PAGE_SIZE) : null);
		model.addAttribute("zone", VIETNAM);
		return "work/plans/unit";
	}

	@GetMapping("/persons/{id}")
	String person(@PathVariable long id, @RequestParam(required = false) @Nullable String month, Model model) {
		return show(id, month(month), model);
	}

	@PostMapping("/persons/{id}/approve")
	String approve(@PathVariable long id, @RequestParam(required = false) @Nullable String month,
			@RequestParam long version, @RequestParam(required = false) @Nullable String note, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return decide(id, month, note, "approve", (first) -> this.plans.approve(id, first, version, note), model,
				locale, response, redirect);
	}

	@PostMapping("/persons/{id}/return")
	String returnPlan(@PathVariable long id, @RequestParam(required = false) @Nullable String month,
			@RequestParam long version, @RequestParam(required = false) @Nullable String note, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return decide(id, month, note, "return", (first) -> this.plans.returnPlan(id, first, version, note), model,
				locale, response, redirect);
	}

	/** Approves or returns a plan; a refusal shows the plan again with the reason. */
	private String decide(long id, @Nullable String month, @Nullable String note, String action,
			Consumer<LocalDate> decision, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		LocalDate first = month(month);
		try {
			decision.accept(first);
		}
		catch (DomainException ex) {
			PageForms.refused(ex, model, this.messages, locale, response);
			model.addAttribute("decision", action);
			model.addAttribute("decisionNote", note);
			return show(id, first, model);
		}
		String done = action.equals("approve") ? "plans.approved" : "plans.returned";
		redirect.addFlashAttribute("saved", this.messages.getMessage(done, null, locale));
		return "redirect:/work/plans/persons/" + id + "?month=" + first;
	}

	private String showMine(LocalDate month, Model model) {
		Long me = this.plans.myPersonId();
		if (me == null) {
			model.addAttribute("month", month);
			model.addAttribute("readsUnits", this.plans.readsUnits());
			return "work/plans/plan";
		}
		return show(me, month, model);
	}

	private String show(long personId, LocalDate month, Model model) {
		model.addAttribute("plan", this.plans.plan(personId, month));
		model.addAttribute("month", month);
		model.addAttribute("today", this.plans.today());
		model.addAttribute("readsUnits", this.plans.readsUnits());
		model.addAttribute("zone", VIETNAM);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
		}
		return "work/plans/plan";
	}

	private Long requirePerson() {
		Long me = this.plans.myPersonId();
		if (me == null) {
			throw new OutOfScopeException("plans.error.noRecord");
		}
		return me;
	}

	private LocalDate month(@Nullable String text) {
		return Months.parse(text, this.plans.today());
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem plansNavigation() {
			return new NavigationItem("plans.menu", "/work/plans", "calendar3", 51, Set.of(), NavigationGroup.WORK);
		}

	}

}
