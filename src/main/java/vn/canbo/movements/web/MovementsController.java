package vn.canbo.movements.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
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

import vn.canbo.movements.AtReturn;
import vn.canbo.movements.Direction;
import vn.canbo.movements.Eligibility;
import vn.canbo.movements.Exclusion;
import vn.canbo.movements.Movement;
import vn.canbo.movements.MovementExports;
import vn.canbo.movements.MovementFilter;
import vn.canbo.movements.MovementInput;
import vn.canbo.movements.MovementReport;
import vn.canbo.movements.MovementType;
import vn.canbo.movements.Movements;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.shared.PageResult;
import vn.canbo.ui.FormValues;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * The report of a period (counts by type and direction, each opening its people) with the
 * paged list and its export, the list of rotations and secondments ending soon, the form
 * to record a decision (with its eligibility checked and explained first), one decision
 * and the form to record its end.
 */
@Controller
@RequestMapping("/movements")
class MovementsController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final int PAGE_SIZE = 50;

	private final Movements movements;

	private final MovementExports exports;

	private final MessageSource messages;

	MovementsController(Movements movements, MovementExports exports, MessageSource messages) {
		this.movements = movements;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String direction,
			@RequestParam(defaultValue = "false") boolean toCommuneKey, @RequestParam(defaultValue = "0") int page,
			Model model) {
		MovementFilter filter = filter(unitId, from, to, type, direction, toCommuneKey);
		PageResult<Movement> result = this.movements.list(filter, page, PAGE_SIZE);
		MovementReport report = this.movements.report(unitId, filter.from(), filter.to());
		model.addAttribute("result", result);
		model.addAttribute("rows", result.items());
		model.addAttribute("report", report);
		model.addAttribute("filter", filter);
		model.addAttribute("types", MovementType.values());
		model.addAttribute("directions", Direction.values());
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitLabel", (unitId == null) ? null : this.movements.unitLabel(unitId));
		model.addAttribute("canEdit", this.movements.canEdit());
		return "movements/list";
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String direction,
			@RequestParam(defaultValue = "false") boolean toCommuneKey, Locale locale, HttpServletResponse response)
			throws IOException {
		MovementFilter filter = filter(unitId, from, to, type, direction, toCommuneKey);
		List<Movement> all = this.movements.all(filter);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("luan-chuyen-" + filter.from().format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
							+ filter.to().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx")
					.build()
					.toString());
		this.exports.list(all, locale, response.getOutputStream());
	}

	@GetMapping("/ending")
	String ending(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate day = (asOf != null) ? asOf : this.movements.today();
		PageResult<Movement> result = this.movements.endingSoon(unitId, day, page, PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("rows", result.items());
		model.addAttribute("asOf", day);
		model.addAttribute("days", Movements.ENDING_DAYS);
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitLabel", (unitId == null) ? null : this.movements.unitLabel(unitId));
		return "movements/ending";
	}

	/**
	 * The people of the user's scope whose name matches, for the form's person picker.
	 */
	@GetMapping("/people/search")
	String searchPeople(@RequestParam(defaultValue = "") String personQuery, Model model) {
		model.addAttribute("field", "personId");
		model.addAttribute("query", personQuery);
		model.addAttribute("people", this.movements.searchPeople(personQuery));
		return "layout/person-picker :: results";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) @Nullable Long personId,
			@RequestParam(required = false) @Nullable Long toUnitId, Model model) {
		requireEditor();
		Map<String, String> form = new LinkedHashMap<>();
		if (personId != null) {
			form.put("personId", String.valueOf(personId));
		}
		if (toUnitId != null) {
			form.put("toUnitId", String.valueOf(toUnitId));
		}
		form.put("type", MovementType.ROTATION.name());
		form.put("startDate", this.movements.today().toString());
		return show(form, Set.of(), Map.of(), null, model);
	}

	/**
	 * Records the decision, or with {@code check} only checks and explains its
	 * eligibility.
	 */
	@PostMapping
	String create(@RequestParam MultiValueMap<String, String> values, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		requireEditor();
		Map<String, String> form = new LinkedHashMap<>(values.toSingleValueMap());
		Set<Exclusion> exclusions = EnumSet.noneOf(Exclusion.class);
		for (String name : values.getOrDefault("exclusions", List.of())) {
			Exclusion exclusion = FormValues.choice(Exclusion.class, name);
			if (exclusion != null) {
				exclusions.add(exclusion);
			}
		}
		List<FieldProblem> problems = new ArrayList<>();
		MovementInput input = input(form, exclusions, problems);
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			if (form.containsKey("check")) {
				Eligibility eligibility = this.movements.eligibility(input);
				return show(form, exclusions, Map.of(), eligibility, model);
			}
			Movement created = this.movements.record(input);
			redirect.addFlashAttribute("saved", "movements.saved");
			return "redirect:/movements/" + created.id();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(form, exclusions, FormValues.errors(ex, this.messages, locale), null, model);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Movement movement = this.movements.get(id);
		model.addAttribute("m", movement);
		model.addAttribute("canEdit", this.movements.canEdit());
		model.addAttribute("form", Map.of("returnedOn", (movement.returnDate() != null)
				? movement.returnDate().toString() : this.movements.today().toString()));
		model.addAttribute("errors", Map.of());
		return "movements/detail";
	}

	@PostMapping("/{id}/return")
	String recordReturn(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Movement movement = this.movements.get(id);
		requireEditor();
		List<FieldProblem> problems = new ArrayList<>();
		Long version = FormValues.number(form.get("version"), "version", problems);
		LocalDate on = FormValues.date(form.get("returnedOn"), "returnedOn", problems);
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			this.movements.recordReturn(id, version, on);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("m", movement);
			model.addAttribute("canEdit", true);
			model.addAttribute("form", form);
			model.addAttribute("errors", FormValues.errors(ex, this.messages, locale));
			return "movements/detail";
		}
		catch (ConcurrentEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("m", movement);
			model.addAttribute("canEdit", true);
			model.addAttribute("form", form);
			model.addAttribute("errors", Map.of());
			model.addAttribute("problem", this.messages.getMessage("movements.conflict", null, locale));
			return "movements/detail";
		}
		redirect.addFlashAttribute("saved", "movements.returned");
		return "redirect:/movements/" + id;
	}

	private void requireEditor() {
		if (!this.movements.canEdit()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	private String show(Map<String, String> form, Set<Exclusion> exclusions, Map<String, String> errors,
			@Nullable Eligibility eligibility, Model model) {
		Long personId = FormValues.number(form.get("personId"), "personId", new ArrayList<>());
		List<Chosen> chosen = new ArrayList<>();
		if (personId != null) {
			try {
				chosen.add(new Chosen(personId, this.movements.personName(personId)));
			}
			catch (NotFoundException ex) {
				// the error names it
			}
		}
		Long unitId = FormValues.number(toUnit(form), "toUnitId", new ArrayList<>());
		String unitLabel = null;
		if (unitId != null) {
			try {
				unitLabel = this.movements.unitLabel(unitId);
			}
			catch (NotFoundException ex) {
				unitLabel = null;
			}
		}
		model.addAttribute("form", form);
		model.addAttribute("chosen", chosen);
		model.addAttribute("checkedExclusions", exclusions);
		model.addAttribute("errors", errors);
		model.addAttribute("eligibility", eligibility);
		model.addAttribute("types", MovementType.values());
		model.addAttribute("atReturns", List.of(AtReturn.RETURN_FORMER_POST, AtReturn.STAY));
		model.addAttribute("exclusions", Exclusion.values());
		model.addAttribute("titles", this.movements.titles());
		model.addAttribute("jobPositions", this.movements.jobPositions());
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitLabel", unitLabel);
		return "movements/form";
	}

	/** A person already chosen in the form. */
	record Chosen(long id, String fullName) {
	}

	static MovementInput input(Map<String, String> form, Set<Exclusion> exclusions, List<FieldProblem> problems) {
		return new MovementInput(FormValues.number(form.get("personId"), "personId", problems),
				FormValues.choice(MovementType.class, form.get("type")),
				FormValues.number(toUnit(form), "toUnitId", problems), null, form.get("toTitleCode"),
				form.get("toJobPositionCode"), form.get("decisionNumber"),
				FormValues.date(form.get("decisionDate"), "decisionDate", problems), form.get("decisionBody"),
				FormValues.date(form.get("startDate"), "startDate", problems),
				FormValues.integer(form.get("plannedMonths"), "plannedMonths", problems),
				FormValues.date(form.get("returnDate"), "returnDate", problems),
				FormValues.choice(AtReturn.class, form.get("atReturn")), form.get("specialCase"),
				FormValues.checked(form.get("nonLocalPlacement")), exclusions,
				FormValues.checked(form.get("personConsents")), form.get("note"));
	}

	/** The receiving unit: the unit picker's field, or the one the link gave. */
	static @Nullable String toUnit(Map<String, String> form) {
		String picked = form.get("unitId");
		return (picked != null && !picked.isBlank()) ? picked : form.get("toUnitId");
	}

	MovementFilter filter(@Nullable Long unitId, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable String type, @Nullable String direction, boolean toCommuneKey) {
		LocalDate today = this.movements.today();
		LocalDate first = (from != null) ? from : today.withDayOfYear(1);
		LocalDate last = (to != null) ? to : today.withDayOfYear(today.lengthOfYear());
		return new MovementFilter(unitId, first, last, FormValues.choice(MovementType.class, type),
				FormValues.choice(Direction.class, direction), toCommuneKey);
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem movementsNavigation() {
			return new NavigationItem("movements.menu", "/movements", "arrow-left-right", 64,
					Set.of("ADMIN", "ORG_OFFICER", "LEADER", "VIEWER"), NavigationGroup.PLANNING);
		}

	}

}
