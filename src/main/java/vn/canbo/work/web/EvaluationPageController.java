package vn.canbo.work.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.rules.EvaluationLevel;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.CurrentUsers;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.DomainException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.ui.FormValues;
import vn.canbo.work.Absence;
import vn.canbo.work.AutomaticCase;
import vn.canbo.work.EvaluationInput;
import vn.canbo.work.EvaluationRow;
import vn.canbo.work.ClosingPreview;
import vn.canbo.work.Evaluations;
import vn.canbo.work.MonthStage;
import vn.canbo.work.MonthStatus;
import vn.canbo.work.PersonMonth;

/**
 * The month pages: a unit's board (who is scored, closing and reopening with a reason)
 * and a person's month showing every point lost, with the self-assessment and the
 * evaluator's forms.
 */
@Controller
@RequestMapping("/work")
class EvaluationPageController {

	private static final int PAGE_SIZE = 100;

	private final Evaluations evaluations;

	private final OrgUnits orgUnits;

	private final CurrentUsers users;

	private final MessageSource messages;

	EvaluationPageController(Evaluations evaluations, OrgUnits orgUnits, CurrentUsers users, MessageSource messages) {
		this.evaluations = evaluations;
		this.orgUnits = orgUnits;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/months")
	String board(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable String stage, @RequestParam(defaultValue = "0") int page,
			Model model) {
		// An unknown stage lists everyone, as a hand-edited month shows this month.
		model.addAttribute("stage", FormValues.choice(MonthStage.class, stage));
		return showBoard(unitId, month(month), page, model, Map.of(), Map.of());
	}

	/**
	 * Closes the month once the closer has seen what it locks: without {@code confirmed}
	 * the board comes back with the counts and a confirm button.
	 */
	@PostMapping("/months/close")
	String close(@RequestParam long unitId, @RequestParam String month,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		LocalDate first = month(month);
		if (!confirmed) {
			ClosingPreview preview = this.evaluations.closingPreview(unitId, first);
			String board = showBoard(unitId, first, 0, model, Map.of(), Map.of());
			model.addAttribute("preview", preview);
			return board;
		}
		try {
			int people = this.evaluations.close(unitId, first);
			redirect.addFlashAttribute("closed", people);
		}
		catch (OutOfScopeException | NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showBoard(unitId, first, 0, model, Map.of(),
					Map.of("close", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale)));
		}
		return "redirect:/work/months?unitId=" + unitId + "&month=" + text(first);
	}

	@PostMapping("/months/reopen")
	String reopen(@RequestParam long unitId, @RequestParam String month,
			@RequestParam(required = false) @Nullable String reason, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		LocalDate first = month(month);
		try {
			this.evaluations.reopen(unitId, first, reason);
			redirect.addFlashAttribute("reopened", true);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showBoard(unitId, first, 0, model, Map.of("reason", (reason != null) ? reason : ""),
					FormValues.errors(ex, this.messages, locale));
		}
		catch (OutOfScopeException | NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showBoard(unitId, first, 0, model, Map.of(),
					Map.of("reason", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale)));
		}
		return "redirect:/work/months?unitId=" + unitId + "&month=" + text(first);
	}

	private String showBoard(@Nullable Long unitId, LocalDate month, int page, Model model, Map<String, String> form,
			Map<String, String> errors) {
		CurrentUser user = this.users.current();
		Long unit = (unitId != null) ? unitId : user.scopeUnitId();
		model.addAttribute("month", month);
		model.addAttribute("unitId", unit);
		model.addAttribute("stages", MonthStage.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		if (unit == null) {
			model.addAttribute("status", null);
			return "work/months";
		}
		MonthStage stage = (MonthStage) model.getAttribute("stage");
		MonthStatus status = this.evaluations.status(unit, month, stage, page, PAGE_SIZE);
		model.addAttribute("status", status);
		model.addAttribute("unitLabel", this.orgUnits.label(unit, this.evaluations.today()));
		model.addAttribute("mayClose", this.evaluations.mayClose(unit));
		return "work/months";
	}

	@GetMapping("/me/months/{month}")
	String mine(@PathVariable String month) {
		Long person = this.users.current().personId();
		if (person == null) {
			throw new NotFoundException("work.error.noRecord");
		}
		return "redirect:/work/persons/" + person + "/months/" + text(month(month));
	}

	@GetMapping("/persons/{id}/months/{month}")
	String person(@PathVariable long id, @PathVariable String month, Model model) {
		return showPerson(this.evaluations.month(id, month(month)), model, Map.of(), Map.of(), null);
	}

	@PostMapping("/persons/{id}/months/{month}/self")
	String assessSelf(@PathVariable long id, @PathVariable String month, @RequestParam Map<String, String> form,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		LocalDate first = month(month);
		List<FieldProblem> problems = new ArrayList<>();
		var general = FormValues.decimal(form.get("selfGeneral"), "selfGeneral", problems);
		return save(id, first, "self", form, problems,
				() -> this.evaluations.assessSelf(id, first, general, form.get("selfNote")), model, locale, response,
				redirect);
	}

	@PostMapping("/persons/{id}/months/{month}")
	String evaluate(@PathVariable long id, @PathVariable String month, @RequestParam Map<String, String> form,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		LocalDate first = month(month);
		List<FieldProblem> problems = new ArrayList<>();
		EvaluationInput input = new EvaluationInput(
				Objects.requireNonNullElse(FormValues.number(form.get("version"), "version", problems), 0L),
				FormValues.decimal(form.get("general"), "general", problems),
				FormValues.decimal(form.get("bonus"), "bonus", problems),
				FormValues.decimal(form.get("directing"), "directing", problems),
				FormValues.decimal(form.get("organising"), "organising", problems),
				FormValues.choice(AutomaticCase.class, form.get("automaticCase")), form.get("automaticNote"),
				FormValues.choice(Absence.class, form.get("absence")), form.get("note"));
		return save(id, first, "evaluate", form, problems, () -> this.evaluations.evaluate(id, first, input), model,
				locale, response, redirect);
	}

	private String save(long id, LocalDate month, String formName, Map<String, String> form,
			List<FieldProblem> problems, Runnable action, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			action.run();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showPerson(this.evaluations.month(id, month), model, form,
					FormValues.errors(ex, this.messages, locale), formName);
		}
		catch (ConcurrentEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			return showPerson(this.evaluations.month(id, month), model, form, Map.of(), formName);
		}
		redirect.addFlashAttribute("saved", "work.page.saved." + formName);
		return "redirect:/work/persons/" + id + "/months/" + text(month);
	}

	private String showPerson(PersonMonth person, Model model, Map<String, String> form, Map<String, String> errors,
			@Nullable String openForm) {
		EvaluationRow row = person.evaluation();
		model.addAttribute("person", person);
		model.addAttribute("row", row);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("openForm", openForm);
		model.addAttribute("automaticCases", AutomaticCase.values());
		model.addAttribute("absences", Absence.values());
		model.addAttribute("bands", List.of(person.scheme().minimum(EvaluationLevel.EXCELLENT),
				person.scheme().minimum(EvaluationLevel.GOOD), person.scheme().minimum(EvaluationLevel.COMPLETED)));
		return "work/person-month";
	}

	private LocalDate month(@Nullable String text) {
		return Months.orThisMonth(text, this.evaluations.today());
	}

	private static String text(LocalDate month) {
		return month.toString().substring(0, 7);
	}

}
