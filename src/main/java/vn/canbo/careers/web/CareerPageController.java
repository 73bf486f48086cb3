package vn.canbo.careers.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canbo.careers.AdjustmentKind;
import vn.canbo.careers.CareerExports;
import vn.canbo.careers.Careers;
import vn.canbo.careers.NewSalaryAdjustment;
import vn.canbo.careers.PersonCareer;
import vn.canbo.ui.FormValues;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;

/**
 * A person's career page: retirement with the rule and facts behind it, salary step and
 * next raise, early raises and delays (and the form to record one).
 */
@Controller
@RequestMapping("/careers/persons/{id}")
class CareerPageController {

	private final Careers careers;

	private final CareerExports exports;

	private final MessageSource messages;

	CareerPageController(Careers careers, CareerExports exports, MessageSource messages) {
		this.careers = careers;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping
	String page(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Model model, Locale locale) {
		return show(id, asOf, model, locale, Map.of(), Map.of());
	}

	@PostMapping("/salary-adjustments")
	String addAdjustment(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		NewSalaryAdjustment command = new NewSalaryAdjustment(FormValues.choice(AdjustmentKind.class, form.get("kind")),
				FormValues.integer(form.get("months"), "months", problems), form.get("reason"),
				form.get("decisionNumber"), FormValues.date(form.get("decisionDate"), "decisionDate", problems),
				FormValues.date(form.get("effectiveOn"), "effectiveOn", problems));
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			this.careers.addAdjustment(id, command);
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.problems()
				.forEach((problem) -> errors.putIfAbsent(problem.field(), this.messages.getMessage(problem, locale)));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(id, null, model, locale, form, errors);
		}
		redirect.addFlashAttribute("saved", "careers.adjustment.saved");
		return "redirect:/careers/persons/" + id;
	}

	private String show(long id, @Nullable LocalDate asOf, Model model, Locale locale, Map<String, String> form,
			Map<String, String> errors) {
		LocalDate day = (asOf == null) ? this.careers.today() : asOf;
		PersonCareer career = this.careers.career(id, day);
		model.addAttribute("career", career);
		model.addAttribute("person", career.person());
		model.addAttribute("retirementAge", this.exports.age(career.person().retirement().ageYears(),
				career.person().retirement().ageMonths(), locale));
		model.addAttribute("disciplineDelays", (career.salary() == null) ? List.of()
				: this.exports.delays(career.salary().disciplineDelays(), career.salary().ratingDelays(), locale));
		model.addAttribute("kinds", AdjustmentKind.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "careers/person";
	}

}
