package vn.canbo.appointments.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canbo.appointments.AppointmentCase;
import vn.canbo.appointments.AppointmentExports;
import vn.canbo.appointments.AppointmentKind;
import vn.canbo.appointments.Appointments;
import vn.canbo.appointments.Candidate;
import vn.canbo.appointments.CaseStatus;
import vn.canbo.appointments.Condition;
import vn.canbo.appointments.DossierItem;
import vn.canbo.appointments.DuePost;
import vn.canbo.appointments.Meeting;
import vn.canbo.appointments.NewCase;
import vn.canbo.appointments.NewDecision;
import vn.canbo.appointments.NewMeeting;
import vn.canbo.appointments.ProcedureRule;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.DomainException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.shared.PageResult;
import vn.canbo.staffing.PostTitle;
import vn.canbo.ui.FormValues;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * The appointment cases of a unit, the form to open one, the case page that runs the
 * procedure's conferences (verdicts with their rule) and records the decision, and the
 * reappointment due list with its export.
 */
@Controller
@RequestMapping("/appointments")
class AppointmentsController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final int PAGE_SIZE = 50;

	/** The candidate lines of the conference form. */
	static final int CANDIDATE_LINES = 5;

	private final Appointments appointments;

	private final AppointmentExports exports;

	private final MessageSource messages;

	AppointmentsController(Appointments appointments, AppointmentExports exports, MessageSource messages) {
		this.appointments = appointments;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		CaseStatus chosen = FormValues.choice(CaseStatus.class, status);
		PageResult<AppointmentCase> result = this.appointments.list(unitId, chosen, from, to, page, PAGE_SIZE);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("result", result);
		model.addAttribute("rows", result.items());
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitLabel", (unitId == null) ? null : this.appointments.unitLabel(unitId));
		model.addAttribute("status", chosen);
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("canEdit", this.appointments.canEdit());
		return "appointments/list";
	}

	/** The person picker of the case and exit forms: the first matches in scope. */
	@GetMapping("/people/search")
	String searchPeople(@RequestParam(defaultValue = "") String personQuery, Model model) {
		model.addAttribute("field", "personId");
		model.addAttribute("query", personQuery);
		model.addAttribute("people", this.appointments.searchPeople(personQuery));
		return "layout/person-picker :: results";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) @Nullable Long unitId, Model model) {
		Map<String, String> form = new LinkedHashMap<>();
		Long unit = (unitId != null) ? unitId : this.appointments.scopeUnitId();
		if (unit != null) {
			form.put("unitId", String.valueOf(unit));
		}
		form.put("kind", AppointmentKind.APPOINTMENT.name());
		form.put("expectedOn", this.appointments.today().toString());
		return show(form, Map.of(), model);
	}

	@PostMapping
	String create(@RequestParam MultiValueMap<String, String> values, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> form = values.toSingleValueMap();
		List<FieldProblem> problems = new ArrayList<>();
		NewCase input = new NewCase(FormValues.number(form.get("personId"), "personId", problems),
				FormValues.number(form.get("unitId"), "unitId", problems), form.get("titleCode"),
				FormValues.choice(AppointmentKind.class, form.get("kind")),
				FormValues.date(form.get("expectedOn"), "expectedOn", problems), dossier(values.get("dossier")),
				form.get("note"));
		AppointmentCase created;
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			created = this.appointments.open(input);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(form, FormValues.errors(ex, this.messages, locale), model);
		}
		redirect.addFlashAttribute("saved", "appointments.saved");
		return "redirect:/appointments/" + created.id();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Locale locale, Model model) {
		return page(id, new LinkedHashMap<>(), Map.of(), null, locale, model);
	}

	@PostMapping("/{id}/dossier")
	String dossier(@PathVariable long id, @RequestParam MultiValueMap<String, String> values, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		Long version = FormValues.number(values.getFirst("version"), "version", problems);
		try {
			this.appointments.updateDossier(id, version, dossier(values.get("dossier")));
		}
		catch (ConcurrentEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(id, new LinkedHashMap<>(), Map.of(),
					this.messages.getMessage("appointments.conflict", null, locale), locale, model);
		}
		redirect.addFlashAttribute("saved", "appointments.saved");
		return "redirect:/appointments/" + id;
	}

	@PostMapping("/{id}/meetings")
	String meeting(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		Long version = FormValues.number(form.get("version"), "version", problems);
		List<NewMeeting.Vote> votes = new ArrayList<>();
		for (int i = 0; i < CANDIDATE_LINES; i++) {
			String at = "votes[" + i + "].";
			Long person = FormValues.number(form.get(at + "personId"), at + "personId", problems);
			Integer count = FormValues.integer(form.get(at + "votes"), at + "votes", problems);
			if (person != null || count != null) {
				votes.add(new NewMeeting.Vote(person, count));
			}
		}
		NewMeeting input = new NewMeeting(version, FormValues.integer(form.get("step"), "step", problems),
				FormValues.date(form.get("heldOn"), "heldOn", problems),
				FormValues.integer(form.get("summoned"), "summoned", problems),
				FormValues.integer(form.get("present"), "present", problems), votes);
		return submit(id, form, problems, () -> this.appointments.recordMeeting(id, input),
				"appointments.meeting.saved", locale, model, response, redirect);
	}

	@PostMapping("/{id}/decision")
	String decide(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		NewDecision input = new NewDecision(FormValues.number(form.get("version"), "version", problems),
				form.get("decisionNumber"), FormValues.date(form.get("decisionDate"), "decisionDate", problems),
				FormValues.date(form.get("effectiveOn"), "effectiveOn", problems));
		return submit(id, form, problems, () -> this.appointments.decide(id, input), "appointments.decision.saved",
				locale, model, response, redirect);
	}

	/**
	 * Runs a step of the case page's forms: the problems read from the form or the
	 * refusal answered on the page with its status, else back to the case with the saved
	 * message.
	 */
	private String submit(long id, Map<String, String> form, List<FieldProblem> problems, Runnable action, String saved,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			action.run();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(id, form, FormValues.errors(ex, this.messages, locale), null, locale, model);
		}
		catch (ConcurrentEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(id, form, Map.of(), this.messages.getMessage("appointments.conflict", null, locale), locale,
					model);
		}
		catch (OutOfScopeException | NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(id, form, Map.of(), this.messages.getMessage(ex.messageKey(), ex.messageArguments(), locale),
					locale, model);
		}
		redirect.addFlashAttribute("saved", saved);
		return "redirect:/appointments/" + id;
	}

	@GetMapping("/due")
	String due(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate day = (asOf != null) ? asOf : this.appointments.today();
		PageResult<DuePost> result = this.appointments.due(unitId, day, page, PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("rows", result.items());
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitLabel", (unitId == null) ? null : this.appointments.unitLabel(unitId));
		model.addAttribute("asOf", day);
		model.addAttribute("canEdit", this.appointments.canEdit());
		return "appointments/due";
	}

	@GetMapping("/due/export.xlsx")
	void export(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Locale locale, HttpServletResponse response) throws IOException {
		LocalDate day = (asOf != null) ? asOf : this.appointments.today();
		List<DuePost> all = this.appointments.allDue(unitId, day);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("bo-nhiem-lai-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx")
					.build()
					.toString());
		this.exports.due(all, day, locale, response.getOutputStream());
	}

	private String page(long id, Map<String, String> form, Map<String, String> errors, @Nullable String problem,
			Locale locale, Model model) {
		AppointmentCase found = this.appointments.get(id);
		List<Meeting> meetings = this.appointments.meetings(id);
		int next = this.appointments.nextStep(found, meetings);
		LocalDate today = this.appointments.today();
		if (!form.containsKey("heldOn")) {
			form.put("heldOn", today.toString());
		}
		if (!form.containsKey("votes[0].personId")) {
			form.put("votes[0].personId", String.valueOf(found.personId()));
		}
		if (!form.containsKey("decisionDate")) {
			form.put("decisionDate", today.toString());
		}
		List<MeetingRow> rows = new ArrayList<>();
		for (Meeting meeting : meetings) {
			List<CandidateRow> candidates = new ArrayList<>();
			for (Candidate candidate : meeting.candidates()) {
				candidates.add(new CandidateRow(candidate, BigDecimal.valueOf(candidate.votes() * 100L)
					.divide(BigDecimal.valueOf(meeting.summoned()), 1, RoundingMode.HALF_UP)));
			}
			rows.add(new MeetingRow(meeting, candidates));
		}
		List<ConditionRow> conditions = new ArrayList<>();
		for (Condition condition : this.appointments.conditions(id)) {
			conditions.add(new ConditionRow(condition, text(condition.required(), locale),
					text(condition.actual(), locale), text(condition.rule(), locale)));
		}
		model.addAttribute("appointment", found);
		model.addAttribute("meetings", rows);
		model.addAttribute("conditions", conditions);
		model.addAttribute("nextStep", next);
		model.addAttribute("nextStepKey", Meeting.keyOf(Math.max(next, 1)));
		model.addAttribute("ready", this.appointments.readyToDecide(found, meetings));
		model.addAttribute("lines", java.util.stream.IntStream.range(0, CANDIDATE_LINES).boxed().toList());
		model.addAttribute("dossierItems", DossierItem.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("canEdit", this.appointments.canEdit());
		model.addAttribute("rule", ruleText(today, locale));
		return "appointments/case";
	}

	/** The procedure rule in force, as a sentence with its citation. */
	private @Nullable RuleText ruleText(LocalDate day, Locale locale) {
		try {
			ProcedureRule rule = this.appointments.procedure(day);
			String summary = this.messages.getMessage("rules.summary.APPOINTMENT_PROCEDURE",
					new Object[] { rule.quorumNumerator(), rule.quorumDenominator(), rule.chosenAbovePercent(),
							rule.goOnMinPercent() },
					locale);
			return new RuleText(summary, rule.version().citation(), rule.version().confirmed());
		}
		catch (DomainException ex) {
			return null;
		}
	}

	private String text(String value, Locale locale) {
		return value.startsWith("appointments.") ? this.messages.getMessage(value, null, value, locale) : value;
	}

	private String show(Map<String, String> form, Map<String, String> errors, Model model) {
		if (!this.appointments.canEdit()) {
			throw new OutOfScopeException("error.forbidden");
		}
		List<FieldProblem> ignored = new ArrayList<>();
		Long unitId = FormValues.number(form.get("unitId"), "unitId", ignored);
		String unitLabel = null;
		if (unitId != null) {
			try {
				unitLabel = this.appointments.unitLabel(unitId);
			}
			catch (NotFoundException ex) {
				unitLabel = null;
			}
		}
		List<Chosen> chosen = new ArrayList<>();
		Long personId = FormValues.number(form.get("personId"), "personId", ignored);
		if (personId != null) {
			try {
				chosen.add(new Chosen(personId, this.appointments.personName(personId)));
			}
			catch (NotFoundException | OutOfScopeException ex) {
				// A record that is gone or outside the scope is simply not shown as
				// chosen.
			}
		}
		model.addAttribute("chosen", chosen);
		List<PostTitle> titles = this.appointments.titles()
			.stream()
			.filter((title) -> title.validOn(this.appointments.today()))
			.toList();
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitLabel", unitLabel);
		model.addAttribute("titles", titles);
		model.addAttribute("kinds", AppointmentKind.values());
		model.addAttribute("dossierItems", DossierItem.values());
		return "appointments/form";
	}

	private static List<DossierItem> dossier(@Nullable List<String> values) {
		List<DossierItem> items = new ArrayList<>();
		if (values != null) {
			for (String value : values) {
				DossierItem item = FormValues.choice(DossierItem.class, value);
				if (item != null) {
					items.add(item);
				}
			}
		}
		return items;
	}

	/** A person already chosen in a form's picker. */
	record Chosen(long id, String fullName) {
	}

	record MeetingRow(Meeting meeting, List<CandidateRow> candidates) {
	}

	record CandidateRow(Candidate candidate, BigDecimal percent) {
	}

	record ConditionRow(Condition condition, String required, String actual, String rule) {
	}

	record RuleText(String summary, String citation, boolean confirmed) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem appointmentsNavigation() {
			return new NavigationItem("appointments.menu", "/appointments", "person-badge", 30,
					Set.of("ADMIN", "ORG_OFFICER", "LEADER", "VIEWER"), NavigationGroup.PLANNING);
		}

		@Bean
		NavigationItem appointmentsDueNavigation() {
			return new NavigationItem("appointments.due.menu", "/appointments/due", "hourglass-split", 31,
					Set.of("ADMIN", "ORG_OFFICER", "LEADER", "VIEWER"), NavigationGroup.PLANNING);
		}

	}

}
