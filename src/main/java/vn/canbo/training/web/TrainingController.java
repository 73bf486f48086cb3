package vn.canbo.training.web;

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

import vn.canbo.people.PersonSummary;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.ReportPeriod;
import vn.canbo.training.Course;
import vn.canbo.training.CourseInput;
import vn.canbo.training.CourseKind;
import vn.canbo.training.Funding;
import vn.canbo.training.Plan;
import vn.canbo.training.Repayment;
import vn.canbo.training.ShortOfPeriods;
import vn.canbo.training.Study;
import vn.canbo.training.TrainingExports;
import vn.canbo.training.TrainingNeeds;
import vn.canbo.training.TrainingPlans;
import vn.canbo.training.TrainingRecords;
import vn.canbo.ui.FormValues;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * The training pages: a person's needs, courses and state-funded studies with the form to
 * record a course; a unit's reports (courses and levels in a period, people short of the
 * year's periods) and its export; a unit's yearly plan.
 */
@Controller
@RequestMapping("/training")
class TrainingController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final int PAGE_SIZE = 50;

	private final TrainingRecords records;

	private final TrainingNeeds needs;

	private final TrainingPlans plans;

	private final TrainingExports exports;

	private final NeedTexts texts;

	private final MessageSource messages;

	TrainingController(TrainingRecords records, TrainingNeeds needs, TrainingPlans plans, TrainingExports exports,
			NeedTexts texts, MessageSource messages) {
		this.records = records;
		this.needs = needs;
		this.plans = plans;
		this.exports = exports;
		this.texts = texts;
		this.messages = messages;
	}

	@GetMapping("/people/{id}")
	String person(@PathVariable long id, Locale locale, Model model) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("funding", Funding.STATE_BUDGET.name());
		return showPerson(id, form, Map.of(), locale, model);
	}

	@PostMapping("/people/{id}/courses")
	String record(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		CourseInput input = new CourseInput(id, FormValues.choice(CourseKind.class, form.get("kind")),
				form.get("title"), form.get("provider"), FormValues.integer(form.get("periods"), "periods", problems),
				FormValues.date(form.get("startDate"), "startDate", problems),
				FormValues.date(form.get("endDate"), "endDate", problems), form.get("certificate"),
				FormValues.choice(Funding.class, form.get("funding")),
				FormValues.choice(PoliticalTheoryLevel.class, form.get("grantsPoliticalTheory")),
				FormValues.choice(StateManagementLevel.class, form.get("grantsStateManagement")),
				FormValues.choice(ProfessionalLevel.class, form.get("grantsProfessional")), form.get("note"));
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			this.records.record(input);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showPerson(id, form, FormValues.errors(ex, this.messages, locale), locale, model);
		}
		redirect.addFlashAttribute("saved", "training.record.saved");
		return "redirect:/training/people/" + id;
	}

	private String showPerson(long id, Map<String, String> form, Map<String, String> errors, Locale locale,
			Model model) {
		PersonSummary person = this.records.person(id);
		LocalDate today = this.records.today();
		List<Study> studies = this.records.studies(id);
		Map<Long, Repayment> repayments = new LinkedHashMap<>();
		studies.forEach((study) -> repayments.put(study.id(), this.records.repayment(study.id())));
		model.addAttribute("person", person);
		model.addAttribute("needs", this.texts.show(this.needs.of(id, today), locale));
		model.addAttribute("courses", this.records.courses(id));
		model.addAttribute("studies", studies);
		model.addAttribute("repayments", repayments);
		model.addAttribute("year", today.getYear());
		model.addAttribute("periods", this.records.periodsIn(id, today.getYear()));
		model.addAttribute("minimum", this.records.annualPeriods(today));
		model.addAttribute("canEdit", this.records.canEdit());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", CourseKind.values());
		model.addAttribute("fundings", Funding.values());
		model.addAttribute("theoryLevels", List.of(PoliticalTheoryLevel.SO_CAP, PoliticalTheoryLevel.TRUNG_CAP,
				PoliticalTheoryLevel.CAO_CAP, PoliticalTheoryLevel.CU_NHAN));
		model.addAttribute("managementLevels", List.of(StateManagementLevel.CHUYEN_VIEN,
				StateManagementLevel.CHUYEN_VIEN_CHINH, StateManagementLevel.CHUYEN_VIEN_CAO_CAP));
		return "training/person";
	}

	@GetMapping("/reports")
	String reports(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Integer year, @RequestParam(defaultValue = "0") int page,
			Locale locale, Model model) {
		LocalDate today = this.records.today();
		ReportPeriod period = this.records.period(from, to);
		LocalDate start = period.from();
		LocalDate end = period.to();
		int inYear = this.records.year(year);
		Long unit = (unitId != null) ? unitId : this.records.scopeUnitId();
		model.addAttribute("unitId", unit);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("year", inYear);
		model.addAttribute("kindCounts", this.records.courseCounts(unit, start, end));
		Map<String, Long> levels = new LinkedHashMap<>();
		this.records.levelCounts(unit, start, end).forEach((key, count) -> levels.put(levelLabel(key, locale), count));
		model.addAttribute("levelCounts", levels);
		model.addAttribute("degreeCounts", this.records.degreeCounts(unit, start, end));
		PageResult<ShortOfPeriods> shortOf = this.records.shortOfPeriods(unit, inYear, page, PAGE_SIZE);
		model.addAttribute("shortOf", shortOf);
		model.addAttribute("minimum", this.records.annualPeriods(LocalDate.of(inYear, 12, 31)));
		model.addAttribute("commitments", this.records.runningCommitments(unit, today, 0, PAGE_SIZE));
		return "training/reports";
	}

	@GetMapping("/reports/export.xlsx")
	void export(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Locale locale, HttpServletResponse response) throws IOException {
		ReportPeriod period = this.records.period(from, to);
		LocalDate start = period.from();
		LocalDate end = period.to();
		Long unit = (unitId != null) ? unitId : this.records.scopeUnitId();
		List<Course> courses = this.records.allCoursesIn(unit, start, end);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("boi-duong-" + start + "-" + end + ".xlsx")
					.build()
					.toString());
		this.exports.courses(courses, locale, response.getOutputStream());
	}

	@GetMapping("/plans")
	String plan(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable Integer year, Model model) {
		Long unit = (unitId != null) ? unitId : this.records.scopeUnitId();
		int inYear = this.records.year(year);
		model.addAttribute("unitId", unit);
		model.addAttribute("year", inYear);
		model.addAttribute("plan", (unit == null) ? null : this.plans.plan(unit, inYear).orElse(null));
		model.addAttribute("canEdit", this.records.canEdit());
		return "training/plan";
	}

	@PostMapping("/plans")
	String build(@RequestParam long unitId, @RequestParam int year, Locale locale, RedirectAttributes redirect) {
		try {
			this.plans.build(unitId, year);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem",
					String.join(" ", FormValues.errors(ex, this.messages, locale).values()));
		}
		return "redirect:/training/plans?unitId=" + unitId + "&year=" + year;
	}

	/** "POLITICAL_THEORY.CAO_CAP" as "Lý luận chính trị: Cao cấp". */
	private String levelLabel(String key, Locale locale) {
		String[] parts = key.split("\\.", 2);
		String level = parts[1];
		String[] keys = switch (parts[0]) {
			case "POLITICAL_THEORY" ->
				new String[] { "training.level.POLITICAL_THEORY", PoliticalTheoryLevel.valueOf(level).messageKey() };
			case "STATE_MANAGEMENT" ->
				new String[] { "training.level.STATE_MANAGEMENT", StateManagementLevel.valueOf(level).messageKey() };
			default -> new String[] { "training.level.PROFESSIONAL", ProfessionalLevel.valueOf(level).messageKey() };
		};
		return this.messages.getMessage(keys[0], null, locale) + ": " + this.messages.getMessage(keys[1], null, locale);
	}

	static void requireEditor(TrainingRecords records) {
		if (!records.canEdit()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem trainingNavigation() {
			return new NavigationItem("training.menu", "/training/reports", "mortarboard", 60,
					Set.of("ADMIN", "ORG_OFFICER", "LEADER", "VIEWER"), NavigationGroup.STAFFING);
		}

	}

}
