package vn.canbo.appointments.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canbo.appointments.Appointments;
import vn.canbo.appointments.ExitKind;
import vn.canbo.appointments.NewExit;
import vn.canbo.appointments.PostExit;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.shared.PageResult;
import vn.canbo.staffing.AssignmentView;
import vn.canbo.ui.FormValues;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * Resignations, removals and suspensions (từ chức, miễn nhiệm, tạm đình chỉ): the list of
 * those recorded in scope, and the form that records one against a leadership post the
 * person holds, each case named as the decree lists it; a resignation or removal ends the
 * post in staffing on its date.
 */
@Controller
@RequestMapping("/appointments/exits")
class AppointmentExitsController {

	static final int PAGE_SIZE = 50;

	private final Appointments appointments;

	private final MessageSource messages;

	AppointmentExitsController(Appointments appointments, MessageSource messages) {
		this.appointments = appointments;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable String kind, @RequestParam(defaultValue = "0") int page,
			Model model) {
		ExitKind chosen = FormValues.choice(ExitKind.class, kind);
		PageResult<PostExit> result = this.appointments.exits(unitId, chosen, page, PAGE_SIZE);
		model.addAttribute("result", result);
		// A page's exits often share units: each unit's label is read once.
		Map<Long, String> unitLabels = new HashMap<>();
		model.addAttribute("rows",
				result.items()
					.stream()
					.map((exit) -> new Line(exit, this.appointments.titleName(exit.titleCode()),
							unitLabels.computeIfAbsent(exit.unitId(), this.appointments::unitLabel)))
					.toList());
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitLabel", (unitId == null) ? null : this.appointments.unitLabel(unitId));
		model.addAttribute("kind", chosen);
		model.addAttribute("kinds", ExitKind.values());
		model.addAttribute("canEdit", this.appointments.canEdit());
		return "appointments/exits";
	}

	/** The form: first the person, then the post they hold and the decision. */
	@GetMapping("/new")
	String newForm(@RequestParam(required = false) @Nullable String personId, Model model) {
		requireEditor();
		Map<String, String> form = new LinkedHashMap<>();
		if (personId != null) {
			form.put("personId", personId);
		}
		String today = this.appointments.today().toString();
		form.put("decisionDate", today);
		form.put("effectiveOn", today);
		return show(form, Map.of(), model);
	}

	@PostMapping
	String record(@RequestParam Map<String, String> form, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		requireEditor();
		List<FieldProblem> problems = new ArrayList<>();
		String[] chosenCase = exitCase(form.get("exitCase"));
		NewExit input = new NewExit(FormValues.number(form.get("assignmentId"), "assignmentId", problems),
				FormValues.choice(ExitKind.class, chosenCase[0]), chosenCase[1], form.get("decisionNumber"),
				FormValues.date(form.get("decisionDate"), "decisionDate", problems),
				FormValues.date(form.get("effectiveOn"), "effectiveOn", problems),
				FormValues.date(form.get("suspendedUntil"), "suspendedUntil", problems), form.get("note"));
		PostExit recorded;
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			recorded = this.appointments.recordExit(input);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(form, FormValues.errors(ex, this.messages, locale), model);
		}
		redirect.addFlashAttribute("saved", "appointments.exits.saved");
		redirect.addFlashAttribute("savedId", recorded.id());
		return "redirect:/appointments/exits";
	}

	/**
	 * The kind and case of one choice {@code KIND:CASE}: the form offers the cases
	 * grouped by kind, so that a case of another kind cannot be chosen.
	 */
	private static @Nullable String[] exitCase(@Nullable String value) {
		if (value == null || value.indexOf(':') < 0) {
			return new @Nullable String[] { null, null };
		}
		return value.split(":", 2);
	}

	private String show(Map<String, String> form, Map<String, String> errors, Model model) {
		List<FieldProblem> ignored = new ArrayList<>();
		Long personId = FormValues.number(form.get("personId"), "personId", ignored);
		LocalDate today = this.appointments.today();
		List<AppointmentsController.Chosen> chosen = new ArrayList<>();
		List<AssignmentView> posts = List.of();
		if (personId != null) {
			chosen.add(new AppointmentsController.Chosen(personId, this.appointments.personName(personId)));
			posts = this.appointments.titledPosts(personId, today);
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("chosen", chosen);
		model.addAttribute("posts", posts);
		model.addAttribute("kinds", ExitKind.values());
		return "appointments/exit-form";
	}

	private void requireEditor() {
		if (!this.appointments.canEdit()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	/** A row of the list: the exit with its title's and unit's names. */
	record Line(PostExit exit, String titleName, String unitLabel) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		NavigationItem appointmentExitsNavigation() {
			return new NavigationItem("appointments.exits.menu", "/appointments/exits", "box-arrow-right", 32,
					Set.of("ADMIN", "ORG_OFFICER", "LEADER", "VIEWER"), NavigationGroup.PLANNING);
		}

	}

}
