package vn.canbo.work.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
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
import vn.canbo.work.NewVillageDuty;
import vn.canbo.work.VillageDuties;
import vn.canbo.work.VillageDuty;
import vn.canbo.ui.FormValues;

/**
 * A commune's village duties: who is in charge of which village, the form to assign a
 * member and to end a duty, and the button that creates the month's village tasks.
 */
@Controller
@RequestMapping("/work/villages")
class VillagePageController {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	private final VillageDuties villages;

	private final MessageSource messages;

	VillagePageController(VillageDuties villages, MessageSource messages) {
		this.villages = villages;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Long unitId, Model model) {
		return show((unitId != null) ? unitId : this.villages.defaultCommune(), model);
	}

	@PostMapping
	String assign(@RequestParam Map<String, String> form, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		Long unitId = FormValues.number(form.get("unitId"), "unitId", problems);
		if (unitId == null) {
			throw new InvalidInputException(List.of(FieldProblem.of("unitId", "plans.error.village.commune")));
		}
		Long personId = FormValues.number(form.get("personId"), "personId", problems);
		LocalDate validFrom = FormValues.date(form.get("validFrom"), "validFrom", problems);
		try {
			try {
				this.villages.assign(unitId, new NewVillageDuty(personId, form.get("village"), validFrom));
			}
			catch (InvalidInputException ex) {
				// what could not be read comes first: it explains the field better
				problems.addAll(ex.problems());
				throw new InvalidInputException(problems);
			}
		}
		catch (DomainException ex) {
			PageForms.refused(ex, model, this.messages, locale, response);
			model.addAttribute("form", form);
			return show(unitId, model);
		}
		redirect.addFlashAttribute("saved", this.messages.getMessage("plans.village.assigned", null, locale));
		return "redirect:/work/villages?unitId=" + unitId;
	}

	@PostMapping("/{id}/end")
	String end(@PathVariable long id, @RequestParam(required = false) @Nullable String validTo, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate to = FormValues.date(validTo, "validTo", problems);
		VillageDuty ended;
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			ended = this.villages.end(id, to);
		}
		catch (DomainException ex) {
			long commune = this.villages.duty(id).communeId();
			PageForms.refused(ex, model, this.messages, locale, response);
			model.addAttribute("endDutyId", id);
			return show(commune, model);
		}
		redirect.addFlashAttribute("saved", this.messages.getMessage("plans.village.ended", null, locale));
		return "redirect:/work/villages?unitId=" + ended.communeId();
	}

	@PostMapping("/tasks")
	String createTasks(@RequestParam long unitId, @RequestParam(required = false) @Nullable String month, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		VillageDuties.Created created;
		LocalDate first = Months.parse(month, this.villages.today());
		try {
			created = this.villages.createMonthTasks(unitId, first);
		}
		catch (DomainException ex) {
			PageForms.refused(ex, model, this.messages, locale, response);
			return show(unitId, model);
		}
		redirect.addFlashAttribute("saved", this.messages.getMessage("plans.village.tasksCreated",
				new Object[] { created.created(), first.format(MONTH), created.existing(), created.locked() }, locale));
		return "redirect:/work/villages?unitId=" + unitId;
	}

	private String show(@Nullable Long unitId, Model model) {
		model.addAttribute("unitId", unitId);
		model.addAttribute("today", this.villages.today());
		model.addAttribute("month", this.villages.today().withDayOfMonth(1));
		if (unitId != null) {
			model.addAttribute("unitLabel", this.villages.unitLabel(unitId));
			model.addAttribute("duties", this.villages.duties(unitId));
			boolean mayAssign = this.villages.mayAssign(unitId);
			model.addAttribute("mayAssign", mayAssign);
			model.addAttribute("mayCreateTasks", this.villages.mayCreateTasks(unitId));
			model.addAttribute("members", mayAssign ? this.villages.members(unitId) : List.of());
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
		}
		return "work/villages";
	}

}
