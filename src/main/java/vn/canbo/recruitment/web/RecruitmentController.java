package vn.canbo.recruitment.web;

import java.io.IOException;
import java.math.BigDecimal;
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
import vn.canbo.people.Ethnicity;
import vn.canbo.people.Gender;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.recruitment.Answer;
import vn.canbo.recruitment.CandidateImports;
import vn.canbo.recruitment.CandidateInput;
import vn.canbo.recruitment.CandidateView;
import vn.canbo.recruitment.ExamForm;
import vn.canbo.recruitment.ImportSummary;
import vn.canbo.recruitment.Method;
import vn.canbo.recruitment.PlanView;
import vn.canbo.recruitment.PriorityCategory;
import vn.canbo.recruitment.Recruitment;
import vn.canbo.recruitment.RecruitmentReports;
import vn.canbo.recruitment.Regime;
import vn.canbo.recruitment.Result;
import vn.canbo.recruitment.ScoreInput;
import vn.canbo.recruitment.VacancyInput;
import vn.canbo.recruitment.VacancyView;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.shared.PageResult;
import vn.canbo.ui.FormValues;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * The recruitment pages: the plans in scope and the form opening one from an agency's
 * vacancies, a plan with its vacancies, rules, candidates and results per vacancy, the
 * forms adding a candidate, importing candidates and scores, entering scores, publishing,
 * answering and placing a winner in post, and the plan's Excel report.
 */
@Controller
@RequestMapping("/recruitment")
class RecruitmentController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Recruitment recruitment;

	private final CandidateImports imports;

	private final RecruitmentReports reports;

	private final OrgUnits orgUnits;

	private final MessageSource messages;

	RecruitmentController(Recruitment recruitment, CandidateImports imports, RecruitmentReports reports,
			OrgUnits orgUnits, MessageSource messages) {
		this.recruitment = recruitment;
		this.imports = imports;
		this.reports = reports;
		this.orgUnits = orgUnits;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable Integer year, @RequestParam(defaultValue = "0") int page,
			Model model) {
		PageResult<PlanView> result = this.recruitment.plans(unitId, year, page, 50);
		model.addAttribute("result", result);
		model.addAttribute("rows", result.items());
		model.addAttribute("unitId", unitId);
		model.addAttribute("year", year);
		model.addAttribute("canEdit", this.recruitment.canEdit());
		model.addAttribute("form", Map.of("year", String.valueOf(this.recruitment.today().getYear()), "asOf",
				this.recruitment.today().toString()));
		model.addAttribute("errors", Map.of());
		return "recruitment/list";
	}

	@PostMapping
	String create(@RequestParam Map<String, String> form, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		Integer year = FormValues.integer(form.get("year"), "year", problems);
		LocalDate asOf = FormValues.date(form.get("asOf"), "asOf", problems);
		String code = form.getOrDefault("agencyCode", "").strip();
		PlanView plan;
		try {
			if (code.isEmpty()) {
				problems.add(FieldProblem.of("agencyCode", "recruitment.error.required"));
			}
			if (year == null && problems.stream().noneMatch((problem) -> problem.field().equals("year"))) {
				problems.add(FieldProblem.of("year", "recruitment.error.required"));
			}
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			long agencyId = this.orgUnits.getByCode(code, this.recruitment.today()).id();
			plan = this.recruitment.createPlan(agencyId, java.util.Objects.requireNonNull(year), asOf,
					FormValues.choice(Regime.class, form.get("regime")), form.get("note"));
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			PageResult<PlanView> result = this.recruitment.plans(null, null, 0, 50);
			model.addAttribute("result", result);
			model.addAttribute("rows", result.items());
			model.addAttribute("canEdit", this.recruitment.canEdit());
			model.addAttribute("form", form);
			model.addAttribute("errors", FormValues.errors(ex, this.messages, locale));
			return "recruitment/list";
		}
		redirect.addFlashAttribute("saved", "recruitment.saved.plan");
		return "redirect:/recruitment/" + plan.id();
	}

	/**
	 * The recruits in post in a unit's subtree from 1 January to the date: the people
	 * behind the figures.
	 */
	@GetMapping("/recruits")
	String recruits(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(defaultValue = "false") boolean university, Model model) {
		LocalDate day = (asOf != null) ? asOf : this.recruitment.today();
		model.addAttribute("rows", this.reports.recruits(unitId, LocalDate.of(day.getYear(), 1, 1), day, university));
		model.addAttribute("asOf", day);
		model.addAttribute("university", university);
		return "recruitment/recruits";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		return show(id, model, Map.of(), null);
	}

	private String show(long id, Model model, Map<String, String> errors, @Nullable ImportSummary summary) {
		PlanView plan = this.recruitment.plan(id);
		List<VacancyView> vacancies = this.recruitment.vacancies(id);
		Map<Long, List<Result>> results = new LinkedHashMap<>();
		vacancies.forEach((vacancy) -> results.put(vacancy.id(), this.recruitment.results(vacancy.id())));
		model.addAttribute("plan", plan);
		model.addAttribute("vacancies", vacancies);
		model.addAttribute("results", results);
		model.addAttribute("rules", this.recruitment.rulesOf(id));
		model.addAttribute("canEdit", this.recruitment.canEdit());
		model.addAttribute("errors", errors);
		model.addAttribute("summary", summary);
		model.addAttribute("priorities", PriorityCategory.values());
		model.addAttribute("levels", ProfessionalLevel.values());
		model.addAttribute("ethnicities", Ethnicity.values());
		model.addAttribute("today", this.recruitment.today());
		model.addAttribute("placements", this.recruitment.placements(id));
		model.addAttribute("nobody", List.of());
		return "recruitment/plan";
	}

	/** The form changing a vacancy's places, requirements, rank and method. */
	@GetMapping("/vacancies/{vacancyId}/edit")
	String editVacancy(@PathVariable long vacancyId, Model model) {
		VacancyView vacancy = this.recruitment.vacancy(vacancyId);
		requireEditor();
		return vacancyForm(vacancy, values(vacancy), Map.of(), null, model);
	}

	@PostMapping("/vacancies/{vacancyId}/edit")
	String changeVacancy(@PathVariable long vacancyId, @RequestParam Map<String, String> form, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		VacancyView vacancy = this.recruitment.vacancy(vacancyId);
		List<FieldProblem> problems = new ArrayList<>();
		Integer seats = FormValues.integer(form.get("seats"), "seats", problems);
		Integer questions = FormValues.integer(form.get("roundOneQuestions"), "roundOneQuestions", problems);
		try {
			long version = checkedVersion(form, problems);
			this.recruitment.changeVacancy(vacancyId, version,
					new VacancyInput(seats,
							FormValues.choice(ProfessionalLevel.class, form.get("minProfessionalLevel")),
							form.get("professionalFields"), form.get("rankCode"),
							FormValues.choice(Method.class, form.get("method")),
							FormValues.choice(ExamForm.class, form.get("examForm")),
							FormValues.checked(form.get("roundOne")), questions));
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return vacancyForm(vacancy, form, FormValues.errors(ex, this.messages, locale), null, model);
		}
		catch (ConcurrentEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return vacancyForm(vacancy, form, Map.of(),
					this.messages.getMessage("recruitment.vacancy.conflict", null, locale), model);
		}
		redirect.addFlashAttribute("saved", "recruitment.saved.vacancy");
		return "redirect:/recruitment/" + vacancy.planId() + "#vacancy-" + vacancy.jobPositionCode();
	}

	private String vacancyForm(VacancyView vacancy, Map<String, String> form, Map<String, String> errors,
			@Nullable String problem, Model model) {
		model.addAttribute("plan", this.recruitment.requireOpenPlan(vacancy.planId()));
		model.addAttribute("vacancy", vacancy);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("levels", ProfessionalLevel.values());
		model.addAttribute("methods", Method.values());
		model.addAttribute("forms", ExamForm.values());
		model.addAttribute("ranks", this.recruitment.ranks());
		return "recruitment/vacancy";
	}

	private static Map<String, String> values(VacancyView vacancy) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", String.valueOf(vacancy.version()));
		form.put("seats", String.valueOf(vacancy.seats()));
		form.put("minProfessionalLevel",
				(vacancy.minProfessionalLevel() == null) ? "" : vacancy.minProfessionalLevel().name());
		form.put("professionalFields", (vacancy.professionalFields() == null) ? "" : vacancy.professionalFields());
		form.put("rankCode", (vacancy.rankCode() == null) ? "" : vacancy.rankCode());
		form.put("method", vacancy.method().name());
		form.put("examForm", vacancy.examForm().name());
		form.put("roundOne", String.valueOf(vacancy.roundOne()));
		form.put("roundOneQuestions", String.valueOf(vacancy.roundOneQuestions()));
		return form;
	}

	private void requireEditor() {
		if (!this.recruitment.canEdit()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	/** The person picker's results: an existing record to place a winner in. */
	@GetMapping("/people/search")
	String searchPeople(@RequestParam(defaultValue = "") String personQuery, Model model) {
		model.addAttribute("field", "personId");
		model.addAttribute("query", personQuery);
		model.addAttribute("people", this.recruitment.searchPeople(personQuery));
		return "layout/person-picker :: results";
	}

	@PostMapping("/{id}/candidates")
	String addCandidate(@PathVariable long id, @RequestParam Map<String, String> form,
			@RequestParam(required = false) @Nullable List<String> priority, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate birth = FormValues.date(form.get("birthDate"), "birthDate", problems);
		Integer insured = FormValues.integer(form.get("insuredMonths"), "insuredMonths", problems);
		List<PriorityCategory> categories = new ArrayList<>();
		if (priority != null) {
			priority.forEach((value) -> {
				PriorityCategory category = FormValues.choice(PriorityCategory.class, value);
				if (category != null) {
					categories.add(category);
				}
			});
		}
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			this.recruitment.addCandidate(id,
					new CandidateInput(form.get("jobPositionCode"), form.get("citizenId"), form.get("fullName"), birth,
							FormValues.choice(Gender.class, form.get("gender")),
							FormValues.choice(Ethnicity.class, form.get("ethnicity")),
							!"false".equals(form.get("vietnameseOnly")), !"false".equals(form.get("residesInVietnam")),
							!"false".equals(form.get("meetsOtherConditions")),
							FormValues.choice(ProfessionalLevel.class, form.get("professionalLevel")),
							form.get("professionalField"), categories, insured, form.get("phone")));
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(id, model, FormValues.errors(ex, this.messages, locale), null);
		}
		redirect.addFlashAttribute("saved", "recruitment.saved.candidate");
		return "redirect:/recruitment/" + id;
	}

	@PostMapping("/{id}/import")
	String importCandidates(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, Locale locale, Model model) throws IOException {
		ImportSummary summary = this.imports.run(id, file.getInputStream(), dryRun, locale);
		return show(id, model, Map.of(), summary);
	}

	@GetMapping("/template.xlsx")
	void template(HttpServletResponse response) throws IOException {
		this.recruitment.plans(null, null, 0, 1);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("mau-thi-sinh.xlsx").build().toString());
		this.imports.template(response.getOutputStream());
	}

	@PostMapping("/candidates/{candidateId}/scores")
	String scores(@PathVariable long candidateId, @RequestParam Map<String, String> form, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CandidateView candidate = this.recruitment.candidate(candidateId);
		List<FieldProblem> problems = new ArrayList<>();
		Integer roundOne = FormValues.integer(form.get("roundOneCorrect"), "roundOneCorrect", problems);
		BigDecimal written = FormValues.decimal(form.get("written"), "written", problems);
		BigDecimal interview = FormValues.decimal(form.get("interview"), "interview", problems);
		BigDecimal oral = FormValues.decimal(form.get("oral"), "oral", problems);
		try {
			long version = checkedVersion(form, problems);
			this.recruitment.enterScores(candidateId, version, new ScoreInput(roundOne, written, interview, oral));
		}
		catch (InvalidInputException | ConcurrentEditException ex) {
			return refused(ex, candidate.planId(), locale, model, response);
		}
		redirect.addFlashAttribute("saved", "recruitment.saved.scores");
		return "redirect:/recruitment/" + candidate.planId() + "#candidate-" + candidateId;
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate on = FormValues.date(form.get("publishedOn"), "publishedOn", problems);
		try {
			long version = checkedVersion(form, problems);
			this.recruitment.publish(id, version, on, form.get("decisionNumber"));
		}
		catch (InvalidInputException | ConcurrentEditException ex) {
			return refused(ex, id, locale, model, response);
		}
		redirect.addFlashAttribute("saved", "recruitment.saved.published");
		return "redirect:/recruitment/" + id;
	}

	@PostMapping("/candidates/{candidateId}/answer")
	String answer(@PathVariable long candidateId, @RequestParam Map<String, String> form, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CandidateView candidate = this.recruitment.candidate(candidateId);
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate on = FormValues.date(form.get("answeredOn"), "answeredOn", problems);
		try {
			long version = checkedVersion(form, problems);
			this.recruitment.answer(candidateId, version, FormValues.choice(Answer.class, form.get("answer")), on);
		}
		catch (InvalidInputException | ConcurrentEditException ex) {
			return refused(ex, candidate.planId(), locale, model, response);
		}
		redirect.addFlashAttribute("saved", "recruitment.saved.answer");
		return "redirect:/recruitment/" + candidate.planId();
	}

	@PostMapping("/candidates/{candidateId}/post")
	String placeInPost(@PathVariable long candidateId, @RequestParam Map<String, String> form, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		CandidateView candidate = this.recruitment.candidate(candidateId);
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate decisionDate = FormValues.date(form.get("decisionDate"), "decisionDate", problems);
		LocalDate startDate = FormValues.date(form.get("startDate"), "startDate", problems);
		// The form's person picker names its field after the candidate (one picker per
		// winner).
		Long personId = FormValues.number(form.getOrDefault("personId-" + candidateId, form.get("personId")),
				"personId", problems);
		try {
			long version = checkedVersion(form, problems);
			this.recruitment.placeInPost(candidateId, version, form.get("decisionNumber"), decisionDate, startDate,
					personId);
		}
		catch (InvalidInputException | ConcurrentEditException ex) {
			return refused(ex, candidate.planId(), locale, model, response);
		}
		redirect.addFlashAttribute("saved", "recruitment.saved.post");
		return "redirect:/recruitment/" + candidate.planId();
	}

	/**
	 * The version a form was read at, once its other values parsed; a bad value or a
	 * missing version is refused naming its field.
	 */
	private static long checkedVersion(Map<String, String> form, List<FieldProblem> problems) {
		Long version = FormValues.number(form.get("version"), "version", problems);
		if (version == null && problems.stream().noneMatch((problem) -> problem.field().equals("version"))) {
			problems.add(FieldProblem.of("version", "recruitment.error.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return java.util.Objects.requireNonNull(version);
	}

	/**
	 * The plan's page again with why a form was refused: the fields' problems (422) or a
	 * stale version (409).
	 */
	private String refused(RuntimeException ex, long planId, Locale locale, Model model, HttpServletResponse response) {
		if (ex instanceof InvalidInputException invalid) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(planId, model, FormValues.errors(invalid, this.messages, locale), null);
		}
		response.setStatus(HttpStatus.CONFLICT.value());
		return show(planId, model, Map.of("version", this.messages.getMessage("recruitment.conflict", null, locale)),
				null);
	}

	@GetMapping("/{id}/report.xlsx")
	void report(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
		PlanView plan = this.recruitment.plan(id);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("tuyen-dung-" + plan.agencyCode() + "-" + plan.year() + ".xlsx")
					.build()
					.toString());
		this.reports.plan(id, locale, response.getOutputStream());
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem recruitmentNavigation() {
			return new NavigationItem("recruitment.menu", "/recruitment", "person-plus", 40,
					Set.of("ADMIN", "ORG_OFFICER", "LEADER", "VIEWER"), NavigationGroup.STAFFING);
		}

	}

}
