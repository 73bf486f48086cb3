package vn.canbo.people.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.People;
import vn.canbo.people.PersonView;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;

/**
 * The one form that creates or changes a whole record. A refused save comes back as
 * typed, each reason next to its field and all of them above the form; a save of a
 * version someone else has changed meanwhile is refused and nothing is overwritten.
 */
@Controller
@RequestMapping("/people")
class PersonFormController {

	private static final String FORM = "people/form";

	private static final Pattern ROW = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

	private final People people;

	private final OrgUnits orgUnits;

	private final MessageSource messages;

	private final PersonFormOptions options;

	PersonFormController(People people, OrgUnits orgUnits, MessageSource messages, PersonFormOptions options) {
		this.people = people;
		this.orgUnits = orgUnits;
		this.messages = messages;
		this.options = options;
	}

	@GetMapping("/new")
	String newPerson(Model model, Locale locale) {
		requireEditor();
		PersonFormValues form = PersonFormValues.empty();
		form.values().put("identity.religion", "NONE");
		return show(model, locale, null, 0, form, new Problems());
	}

	@PostMapping("/new")
	String create(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
			RedirectAttributes redirect) {
		requireEditor();
		PersonFormValues form = PersonFormValues.fromRequest(request.getParameterMap());
		Problems problems = new Problems();
		PersonDetails details = bind(form, problems, locale, null);
		if (details != null) {
			try {
				PersonView created = this.people.create(details);
				redirect.addFlashAttribute("saved", "peopleui.flash.created");
				return "redirect:/people/" + created.id();
			}
			catch (InvalidInputException ex) {
				problems.addAll(ex.problems(), this.messages, locale);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return show(model, locale, null, 0, form, problems);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model, Locale locale) {
		requireEditor();
		PersonView person = this.people.get(id, "EDIT");
		return show(model, locale, person, person.version(), PersonFormValues.of(person.details()), new Problems());
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @RequestParam long version, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
		requireEditor();
		PersonFormValues form = PersonFormValues.fromRequest(request.getParameterMap());
		Problems problems = new Problems();
		PersonDetails details = bind(form, problems, locale, id);
		if (details != null) {
			try {
				this.people.update(id, version, details);
				redirect.addFlashAttribute("saved", "peopleui.flash.updated");
				return "redirect:/people/" + id;
			}
			catch (InvalidInputException ex) {
				problems.addAll(ex.problems(), this.messages, locale);
			}
			catch (ConcurrentEditException ex) {
				model.addAttribute("concurrentEdit", true);
			}
		}
		response.setStatus(model.containsAttribute("concurrentEdit") ? HttpStatus.CONFLICT.value()
				: HttpStatus.UNPROCESSABLE_CONTENT.value());
		return show(model, locale, this.people.get(id, "EDIT"), version, form, problems);
	}

	/**
	 * The record the form holds, or null with every problem found: values that do not
	 * convert, and in the same round the rules the rest of the form breaks.
	 */
	private @Nullable PersonDetails bind(PersonFormValues form, Problems problems, Locale locale, @Nullable Long id) {
		PersonFormValues.Binding binding = form.bind();
		List<FieldError> unreadable = binding.result().getFieldErrors();
		if (unreadable.isEmpty()) {
			return binding.details();
		}
		Set<String> fields = new HashSet<>();
		for (FieldError error : unreadable) {
			problems.add(error.getField(), this.messages.getMessage(mismatch(error), locale));
			fields.add(error.getField());
		}
		PersonDetails readable = form.without(fields).bind().details();
		if (readable != null) {
			this.people.problems(readable, id)
				.stream()
				.filter((problem) -> !fields.contains(problem.field()))
				.forEach((problem) -> problems.add(problem.field(), this.messages.getMessage(problem, locale)));
		}
		return null;
	}

	/** Words a value that did not convert, naming the field (and the row). */
	private DefaultMessageSourceResolvable mismatch(FieldError error) {
		String codes = String.join(" ", error.getCodes() == null ? new String[0] : error.getCodes());
		String kind = codes.contains("java.time.LocalDate") ? "date"
				: codes.contains("EducationLevel") ? "educationLevel" : codes.contains("java.math.BigDecimal")
						? "decimal"
						: codes.contains("java.lang.Integer") || codes.contains("java.lang.Long") ? "number" : "choice";
		return new DefaultMessageSourceResolvable(new String[] { "peopleui.error." + kind },
				new Object[] { label(error.getField()), String.valueOf(error.getRejectedValue()) });
	}

	/** "Họ và tên khai sinh", or "Đào tạo, bồi dưỡng, dòng 2, Từ". */
	private DefaultMessageSourceResolvable label(String path) {
		Matcher row = ROW.matcher(path);
		if (row.matches()) {
			return new DefaultMessageSourceResolvable(new String[] { "peopleui.rowField" }, new Object[] {
					new DefaultMessageSourceResolvable("people.field." + row.group(1)),
					Integer.parseInt(row.group(2)) + 1,
					new DefaultMessageSourceResolvable("peopleui.column." + row.group(1) + "." + row.group(3)) });
		}
		return new DefaultMessageSourceResolvable(new String[] { "people.field." + path }, path);
	}

	private String show(Model model, Locale locale, @Nullable PersonView person, long version, PersonFormValues form,
			Problems problems) {
		model.addAttribute("person", person);
		model.addAttribute("version", version);
		model.addAttribute("v", form.values());
		model.addAttribute("rows", form.rowCounts());
		model.addAttribute("errors", problems.byField());
		model.addAttribute("summary", problems.all());
		model.addAttribute("options", this.options.all(locale));
		model.addAttribute("agencyLabel", agencyLabel(form.values().get("employment.agencyId")));
		return FORM;
	}

	private @Nullable String agencyLabel(@Nullable String agencyId) {
		if (agencyId == null || agencyId.isBlank()) {
			return null;
		}
		try {
			return this.orgUnits.label(this.orgUnits.current(Long.parseLong(agencyId.strip())));
		}
		catch (NumberFormatException | NotFoundException | OutOfScopeException ex) {
			return null;
		}
	}

	private void requireEditor() {
		if (!this.people.canEdit()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	/** The reasons a save was refused, by field path and in order. */
	static final class Problems {

		private final Map<String, List<String>> byField = new LinkedHashMap<>();

		private final List<String> all = new ArrayList<>();

		void add(String field, String message) {
			this.byField.computeIfAbsent(field, (key) -> new ArrayList<>()).add(message);
			this.all.add(message);
		}

		void addAll(List<FieldProblem> problems, MessageSource messages, Locale locale) {
			problems.forEach((problem) -> add(problem.field(), messages.getMessage(problem, locale)));
		}

		boolean isEmpty() {
			return this.all.isEmpty();
		}

		Map<String, List<String>> byField() {
			return this.byField;
		}

		List<String> all() {
			return this.all;
		}

	}

}
