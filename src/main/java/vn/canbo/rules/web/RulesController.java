package vn.canbo.rules.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canbo.rules.NewRuleVersion;
import vn.canbo.rules.RuleKey;
import vn.canbo.rules.RuleParameter;
import vn.canbo.rules.RuleVersion;
import vn.canbo.rules.Rules;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * The rules page: each rule with its versions, validity, citation, source and whether it
 * was verified; a form per rule to add a version (nationwide administrators); and a
 * retirement-date calculator.
 */
@Controller
@RequestMapping("/rules")
class RulesController {

	private final Rules rules;

	private final RuleTexts texts;

	private final MessageSource messages;

	private final Clock clock;

	RulesController(Rules rules, RuleTexts texts, MessageSource messages, Clock clock) {
		this.rules = rules;
		this.texts = texts;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String page(@RequestParam(required = false) @Nullable String gender,
			@RequestParam(required = false) @Nullable String birthMonth,
			@RequestParam(required = false) @Nullable String birthYear, Model model, Locale locale,
			HttpServletResponse response) {
		if (gender != null) {
			model.addAttribute("calcGender", gender);
			model.addAttribute("calcBirthMonth", birthMonth);
			model.addAttribute("calcBirthYear", birthYear);
			try {
				var retirement = this.rules.retirement(gender, null, blank(birthMonth), blank(birthYear));
				model.addAttribute("retirement", retirement);
				model.addAttribute("retirementAge",
						this.texts.age(retirement.ageYears() * 12 + retirement.ageMonths(), locale));
			}
			catch (InvalidInputException ex) {
				model.addAttribute("calcErrors", errors(ex, locale));
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
		}
		return show(model, locale, null, Map.of(), Map.of());
	}

	@PostMapping("/{key}/versions")
	String add(@PathVariable RuleKey key, @RequestParam Map<String, String> form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (RuleParameter parameter : key.parameters()) {
			String value = form.get("parameters." + parameter.name());
			if (value != null) {
				parameters.put(parameter.name(), value);
			}
		}
		try {
			this.rules.add(new NewRuleVersion(key, form.get("validFrom"), form.get("citation"), form.get("sourceUrl"),
					"true".equals(form.get("confirmed")), form.get("note"), parameters));
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, locale, key, form, errors(ex, locale));
		}
		redirect.addFlashAttribute("saved", "rules.saved");
		return "redirect:/rules#rule-" + key.name();
	}

	private String show(Model model, Locale locale, @Nullable RuleKey formKey, Map<String, String> submitted,
			Map<String, String> errors) {
		LocalDate today = LocalDate.now(this.clock);
		List<Section> sections = this.rules.all().entrySet().stream().map((entry) -> {
			List<Row> rows = entry.getValue()
				.stream()
				.map((version) -> new Row(version, this.texts.summary(version, locale), version.inForceOn(today)))
				.toList();
			Map<String, String> values = new LinkedHashMap<>();
			if (entry.getKey() == formKey) {
				values.putAll(submitted);
			}
			else {
				entry.getValue()
					.stream()
					.filter((version) -> version.inForceOn(today))
					.findFirst()
					.ifPresent((current) -> current.parameters()
						.forEach((name, value) -> values.put("parameters." + name, String.valueOf(value))));
			}
			return new Section(entry.getKey(), rows, entry.getKey().parameters(), values,
					entry.getKey() == formKey ? errors : Map.of());
		}).toList();
		model.addAttribute("sections", sections);
		model.addAttribute("canChange", this.rules.canChange());
		model.addAttribute("tables", this.rules.salaryTables());
		model.addAttribute("ranksByTable", this.rules.salaryRanks()
			.stream()
			.collect(Collectors.groupingBy((rank) -> rank.table().code(), LinkedHashMap::new, Collectors.toList())));
		model.addAttribute("formKey", formKey == null ? "" : formKey.name());
		return "rules/rules";
	}

	private Map<String, String> errors(InvalidInputException ex, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.problems()
			.forEach((problem) -> errors.merge(problem.field(), this.messages.getMessage(problem, locale),
					(a, b) -> a + " " + b));
		return errors;
	}

	private static @Nullable String blank(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	/** A rule on the page: its versions, its parameters and the add form's values. */
	record Section(RuleKey key, List<Row> versions, List<RuleParameter> parameters, Map<String, String> values,
			Map<String, String> errors) {

		public boolean unconfirmedInForce() {
			return this.versions.stream().anyMatch((row) -> row.inForceToday() && !row.version().confirmed());
		}

	}

	/** A version with its summary in words. */
	record Row(RuleVersion version, String summary, boolean inForceToday) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem rulesNavigation() {
			return new NavigationItem("rules.menu", "/rules", "journal-bookmark", 80, Set.of("ADMIN", "ORG_OFFICER"),
					NavigationGroup.ADMINISTRATION);
		}

	}

}
