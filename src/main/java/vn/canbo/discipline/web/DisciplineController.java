package vn.canbo.discipline.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
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

import vn.canbo.discipline.DisciplineExports;
import vn.canbo.discipline.DisciplineForm;
import vn.canbo.discipline.DisciplineRecord;
import vn.canbo.discipline.DisciplineReport;
import vn.canbo.discipline.DisciplineSystem;
import vn.canbo.discipline.Disciplines;
import vn.canbo.discipline.NewDiscipline;
import vn.canbo.discipline.PersonDiscipline;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.ReportPeriod;
import vn.canbo.ui.FormValues;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * The "disciplined in N years" report of a unit with the decisions behind it and its
 * export; a person's decisions with their effects, and the forms to record and cancel
 * one.
 */
@Controller
@RequestMapping("/discipline")
class DisciplineController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Rows shown on a page; the export holds them all. */
	static final int SHOWN = 500;

	private final Disciplines disciplines;

	private final DisciplineExports exports;

	private final MessageSource messages;

	DisciplineController(Disciplines disciplines, DisciplineExports exports, MessageSource messages) {
		this.disciplines = disciplines;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping
	String report(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable DisciplineForm form,
			@RequestParam(defaultValue = "false") boolean people, Model model) {
		ReportPeriod period = ReportPeriod.lastCalendarYears(from, to, this.disciplines.today(),
				Disciplines.DEFAULT_YEARS);
		DisciplineReport report = this.disciplines.report(unitId, period.from(), period.to());
		List<DisciplineReport.Entry> listed = report.decisions()
			.stream()
			.filter((entry) -> year == null || entry.record().effectiveOn().getYear() == year)
			.filter((entry) -> form == null || entry.record().form() == form)
			.toList();
		if (people) {
			// One line per person, their latest decision (the list is latest first): the
			// people the report's "people" column counts.
			Set<Long> seen = new HashSet<>();
			listed = listed.stream().filter((entry) -> seen.add(entry.record().personId())).toList();
		}
		model.addAttribute("people", people);
		model.addAttribute("report", report);
		model.addAttribute("listed", listed);
		model.addAttribute("shown", listed.subList(0, Math.min(SHOWN, listed.size())));
		model.addAttribute("year", year);
		model.addAttribute("form", form);
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitLabel", (unitId == null) ? null : this.disciplines.unitLabel(unitId));
		model.addAttribute("from", period.from());
		model.addAttribute("to", period.to());
		model.addAttribute("query",
				"from=" + period.from() + "&to=" + period.to() + ((unitId == null) ? "" : "&unitId=" + unitId));
		return "discipline/report";
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Locale locale, HttpServletResponse response) throws IOException {
		ReportPeriod period = ReportPeriod.lastCalendarYears(from, to, this.disciplines.today(),
				Disciplines.DEFAULT_YEARS);
		DisciplineReport report = this.disciplines.report(unitId, period.from(), period.to());
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("ky-luat-" + period.from().format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
							+ period.to().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx")
					.build()
					.toString());
		this.exports.report(report, locale, response.getOutputStream());
	}

	@GetMapping("/persons/{id}")
	String person(@PathVariable long id, Model model) {
		return show(id, model, Map.of(), Map.of());
	}

	@PostMapping("/persons/{id}")
	String add(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		NewDiscipline input = new NewDiscipline(FormValues.choice(DisciplineSystem.class, form.get("system")),
				FormValues.choice(DisciplineForm.class, form.get("form")), form.get("violation"),
				form.get("decisionNumber"), form.get("authority"),
				FormValues.date(form.get("decisionDate"), "decisionDate", problems),
				FormValues.date(form.get("effectiveOn"), "effectiveOn", problems),
				"on".equals(form.get("dutyRelated")) || "true".equals(form.get("dutyRelated")),
				FormValues.integer(form.get("countedYear"), "countedYear", problems));
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			this.disciplines.record(id, input);
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.problems()
				.forEach((problem) -> errors.putIfAbsent(problem.field(), this.messages.getMessage(problem, locale)));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(id, model, form, errors);
		}
		redirect.addFlashAttribute("saved", "discipline.saved");
		return "redirect:/discipline/persons/" + id;
	}

	@PostMapping("/records/{recordId}/cancel")
	String cancel(@PathVariable long recordId, @RequestParam long version,
			@RequestParam(required = false) @Nullable String reason, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		DisciplineRecord record = this.disciplines.get(recordId);
		try {
			this.disciplines.cancel(recordId, version, reason);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("cancelError", this.messages.getMessage(ex.problems().get(0), locale));
			model.addAttribute("cancelRecordId", recordId);
			return show(record.personId(), model, Map.of(), Map.of());
		}
		catch (ConcurrentEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("cancelError", this.messages.getMessage(ex.messageKey(), null, locale));
			model.addAttribute("cancelRecordId", recordId);
			return show(record.personId(), model, Map.of(), Map.of());
		}
		redirect.addFlashAttribute("saved", "discipline.cancelled");
		return "redirect:/discipline/persons/" + record.personId();
	}

	private String show(long id, Model model, Map<String, String> form, Map<String, String> errors) {
		PersonDiscipline discipline = this.disciplines.forPerson(id, "PAGE");
		model.addAttribute("discipline", discipline);
		model.addAttribute("person", discipline.person());
		model.addAttribute("today", this.disciplines.today());
		model.addAttribute("systems", DisciplineSystem.values());
		model.addAttribute("forms", DisciplineForm.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "discipline/person";
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem disciplineNavigation() {
			return new NavigationItem("discipline.menu", "/discipline", "exclamation-octagon", 60,
					Set.of("ADMIN", "ORG_OFFICER", "LEADER"), NavigationGroup.RECOGNITION);
		}

	}

}
