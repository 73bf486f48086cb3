package vn.canbo.emulation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canbo.emulation.Emulation;
import vn.canbo.emulation.RecordCollectiveRating;
import vn.canbo.rules.EvaluationLevel;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.ui.FormValues;

/** A unit's collective rating for a year: the suggestion and the form to record it. */
@Controller
@RequestMapping("/emulation/collective")
class CollectivePageController {

	private final Emulation emulation;

	private final MessageSource messages;

	CollectivePageController(Emulation emulation, MessageSource messages) {
		this.emulation = emulation;
		this.messages = messages;
	}

	@GetMapping
	String page(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable Integer year, Model model) {
		return show(unitId, (year == null) ? this.emulation.defaultYear() : year, model, List.of());
	}

	@PostMapping
	String record(@RequestParam long unitId, @RequestParam int year, @RequestParam Map<String, String> form,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		String clean = form.get("cleanAndStrong");
		List<FieldProblem> problems = new ArrayList<>();
		Long version = FormValues.number(form.get("version"), "version", problems);
		RecordCollectiveRating command = new RecordCollectiveRating(
				FormValues.choice(EvaluationLevel.class, form.get("level")),
				(clean == null || clean.isBlank()) ? null : Boolean.valueOf(clean), form.get("note"), version);
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			this.emulation.recordCollective(unitId, year, command);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(unitId, year, model, FormErrors.messages(ex, this.messages, locale));
		}
		redirect.addFlashAttribute("saved", this.messages.getMessage("emulation.collective.saved", null, locale));
		return "redirect:/emulation/collective?" + Filters.query(unitId, year);
	}

	private String show(@Nullable Long unitId, int year, Model model, List<String> errors) {
		model.addAttribute("sheet", (unitId == null) ? null : this.emulation.collective(unitId, year));
		model.addAttribute("rule", this.emulation.rule(year));
		model.addAttribute("levels", EvaluationLevel.values());
		model.addAttribute("errors", errors);
		Filters.add(model, this.emulation, unitId, year);
		return "emulation/collective";
	}

}
