package vn.canbo.work.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.CurrentUsers;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.PageResult;
import vn.canbo.ui.FormValues;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;
import vn.canbo.work.NewTask;
import vn.canbo.work.ProgressReport;
import vn.canbo.work.TaskEvidence;
import vn.canbo.work.TaskScoring;
import vn.canbo.work.TaskStatus;
import vn.canbo.work.TaskView;
import vn.canbo.work.Tasks;

/**
 * The work pages: the month's tasks (mine, those I assigned, my unit's), the form to
 * assign one, and a task's page with its progress reports, evidence and score.
 */
@Controller
@RequestMapping("/work")
class WorkPageController {

	private static final int PAGE_SIZE = 100;

	private final Tasks tasks;

	private final OrgUnits orgUnits;

	private final CurrentUsers users;

	private final MessageSource messages;

	WorkPageController(Tasks tasks, OrgUnits orgUnits, CurrentUsers users, MessageSource messages) {
		this.tasks = tasks;
		this.orgUnits = orgUnits;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable String view,
			@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable Long parentTaskId, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Map<String, String> form = Map.of();
		if (parentTaskId != null) {
			// Passing a higher unit's task down: the new task starts as a copy of it.
			TaskView parent = this.tasks.get(parentTaskId);
			form = Map.of("parentTaskId", String.valueOf(parent.id()), "title", parent.title(), "dueOn",
					parent.dueOn().toString(), "month", parent.month().toString().substring(0, 7));
			model.addAttribute("parent", parent);
		}
		return show(month, (parentTaskId != null) ? "unit" : view, unitId, page, model, form, Map.of());
	}

	/**
	 * The person chooser's search: people of the unit's subtree the user may assign, for
	 * the chooser of the field.
	 */
	@GetMapping("/people/search")
	String searchPeople(@RequestParam long unitId, @RequestParam String field,
			@RequestParam(defaultValue = "") String personQuery, Model model) {
		model.addAttribute("field", field.replaceAll("[^A-Za-z]", ""));
		model.addAttribute("query", personQuery);
		model.addAttribute("people", this.tasks.searchAssignees(unitId, personQuery));
		return "layout/person-picker :: results";
	}

	@PostMapping("/tasks")
	String assign(@RequestParam Map<String, String> form,
			@RequestParam(name = "collaboratorIds", required = false) @Nullable List<Long> collaborators, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		NewTask command = new NewTask(FormValues.number(form.get("ownerId"), "ownerId", problems),
				(collaborators != null) ? collaborators : List.of(), form.get("title"), form.get("description"),
				FormValues.date(form.get("dueOn"), "dueOn", problems),
				FormValues.decimal(form.get("weight"), "weight", problems),
				FormValues.month(form.get("month"), "month", problems),
				FormValues.number(form.get("parentTaskId"), "parentTaskId", problems));
		try {
			TaskView task = this.tasks.assign(command, problems);
			redirect.addFlashAttribute("saved", "work.page.assigned");
			return "redirect:/work/tasks/" + task.id();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Long unit = FormValues.number(form.get("unitId"), "unitId", new ArrayList<>());
			// The form is shown where it was filled: a unit's page for a manager, one's
			// own
			// list for someone drafting their own task.
			String view = (unit != null && this.tasks.mayAssignWithin(unit)) ? "unit" : "mine";
			return show(form.get("month"), view, unit, 0, model, form, FormValues.errors(ex, this.messages, locale));
		}
	}

	private String show(@Nullable String monthText, @Nullable String viewName, @Nullable Long unitId, int page,
			Model model, Map<String, String> form, Map<String, String> errors) {
		CurrentUser user = this.users.current();
		LocalDate month = month(monthText);
		boolean readsScope = user.readsScope();
		String view = (viewName != null && Set.of("mine", "assigned", "unit").contains(viewName)) ? viewName
				: (user.personId() != null) ? "mine" : readsScope ? "unit" : "assigned";
		// boxed on both sides: a nationwide account has no scope unit, and unboxing it
		// would fail
		Long unit = (unitId != null) ? Long.valueOf(this.orgUnits.current(unitId).id()) : user.scopeUnitId();
		PageResult<TaskView> shown = switch (view) {
			case "assigned" -> this.tasks.assignedByMe(month, page, PAGE_SIZE);
			case "unit" -> (unit != null) ? this.tasks.inUnit(unit, month, page, PAGE_SIZE)
					: this.tasks.assignedByMe(month, page, PAGE_SIZE);
			default -> this.tasks.mine(month, page, PAGE_SIZE);
		};
		model.addAttribute("view", view);
		model.addAttribute("month", month);
		model.addAttribute("tasks", shown.items());
		model.addAttribute("result", shown);
		model.addAttribute("today", this.tasks.today());
		model.addAttribute("unitId", unit);
		model.addAttribute("unitLabel", (unit != null) ? this.orgUnits.label(unit, this.tasks.today()) : null);
		model.addAttribute("ownPerson", user.personId() != null);
		Long owner = FormValues.number(form.get("ownerId"), "ownerId", new ArrayList<>());
		model.addAttribute("chosenOwner",
				(unit != null && owner != null) ? this.tasks.assigneesNamed(unit, List.of(owner)) : List.of());
		model.addAttribute("chosenCollaborators", List.of());
		model.addAttribute("mayAssign", unit != null && this.tasks.mayAssignWithin(unit));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "work/tasks";
	}

	@GetMapping("/tasks/{id}")
	String task(@PathVariable long id, Model model) {
		return showTask(this.tasks.get(id), model, Map.of(), Map.of(), null);
	}

	@PostMapping("/tasks/{id}/progress")
	String progress(@PathVariable long id, @RequestParam Map<String, String> form,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		List<FieldProblem> problems = new ArrayList<>();
		long version = Objects.requireNonNullElse(FormValues.number(form.get("version"), "version", problems), 0L);
		boolean withFile = file != null && !file.isEmpty();
		ProgressReport report = new ProgressReport(FormValues.integer(form.get("progress"), "progress", problems),
				form.get("note"), FormValues.checked(form.get("done")),
				FormValues.date(form.get("completedOn"), "completedOn", problems),
				withFile ? file.getOriginalFilename() : null, withFile ? file.getContentType() : null,
				withFile ? file.getBytes() : null);
		return change(id, "progress", form, problems, () -> this.tasks.report(id, version, report), locale, model,
				response, redirect);
	}

	@PostMapping("/tasks/{id}/score")
	String score(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		long version = Objects.requireNonNullElse(FormValues.number(form.get("version"), "version", problems), 0L);
		TaskScoring scoring = new TaskScoring(version,
				FormValues.decimal(form.get("completedUnits"), "completedUnits", problems),
				FormValues.integer(form.get("majorErrors"), "majorErrors", problems),
				FormValues.integer(form.get("excusedErrors"), "excusedErrors", problems),
				FormValues.integer(form.get("delays"), "delays", problems),
				FormValues.integer(form.get("excusedDelays"), "excusedDelays", problems), form.get("scoreNote"));
		return change(id, "score", form, problems, () -> this.tasks.score(id, scoring), locale, model, response,
				redirect);
	}

	@PostMapping("/tasks/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		this.tasks.cancel(id, version);
		redirect.addFlashAttribute("saved", "work.page.cancelled");
		return "redirect:/work/tasks/" + id;
	}

	@GetMapping("/tasks/{id}/evidence/{updateId}")
	void evidence(@PathVariable long id, @PathVariable long updateId, HttpServletResponse response) throws IOException {
		TaskEvidence evidence = this.tasks.evidence(id, updateId);
		// Served as a download, never inline: the file is whatever the reporter uploaded.
		response.setContentType("application/octet-stream");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(evidence.fileName(), StandardCharsets.UTF_8)
					.build()
					.toString());
		response.setContentLength(evidence.content().length);
		response.getOutputStream().write(evidence.content());
	}

	private String change(long id, String formName, Map<String, String> form, List<FieldProblem> problems,
			Runnable action, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			action.run();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showTask(this.tasks.get(id), model, form, FormValues.errors(ex, this.messages, locale), formName);
		}
		catch (ConcurrentEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			return showTask(this.tasks.get(id), model, form, Map.of(), formName);
		}
		redirect.addFlashAttribute("saved", "work.page.saved." + formName);
		return "redirect:/work/tasks/" + id;
	}

	private String showTask(TaskView task, Model model, Map<String, String> form, Map<String, String> errors,
			@Nullable String openForm) {
		model.addAttribute("task", task);
		model.addAttribute("collaborators", this.tasks.collaboratorNames(task));
		model.addAttribute("today", this.tasks.today());
		model.addAttribute("mayReport", this.tasks.mayReport(task));
		model.addAttribute("mayScore", this.tasks.canScore(task));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("openForm", openForm);
		model.addAttribute("losses", this.tasks.losses(task));
		model.addAttribute("derived", this.tasks.derived(task.id()));
		CurrentUser user = this.users.current();
		Long scope = user.scopeUnitId();
		model.addAttribute("mayDerive", !task.monthClosed() && task.status() == TaskStatus.OPEN
				&& user.isPerson(task.ownerId()) && scope != null && this.tasks.mayAssignWithin(scope));
		return "work/task";
	}

	private LocalDate month(@Nullable String text) {
		return Months.orThisMonth(text, this.tasks.today());
	}

	@Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		NavigationItem workNavigationItem() {
			return new NavigationItem("work.menu", "/work", "list-check", 50, Set.of(), NavigationGroup.WORK);
		}

		@Bean
		NavigationItem monthsNavigationItem() {
			return new NavigationItem("work.months.menu", "/work/months", "calendar-check", 52,
					Set.of("ADMIN", "ORG_OFFICER", "LEADER", "VIEWER"), NavigationGroup.WORK);
		}

	}

}
