package vn.canbo.work.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.DomainException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;

/**
 * What the plan and village pages share: reading form fields, and turning a refused
 * change into the page again with the reasons (422 naming the fields, 409 for a stale
 * version, 422 for a broken rule); scope and not-found errors go to the error page.
 */
final class PageForms {

	private PageForms() {
	}

	static @Nullable LocalDate date(@Nullable String value, String field, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(FieldProblem.of(field, "plans.error.date", value));
			return null;
		}
	}

	static @Nullable BigDecimal decimal(@Nullable String value, String field, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			problems.add(FieldProblem.of(field, "plans.error.number", value));
			return null;
		}
	}

	static @Nullable Long number(@Nullable String value, String field, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(FieldProblem.of(field, "plans.error.number", value));
			return null;
		}
	}

	/**
	 * Puts why the change was refused into the model ("errors" by field, or "problem")
	 * and sets the status; rethrows what the error page shows.
	 */
	static void refused(DomainException ex, Model model, MessageSource messages, Locale locale,
			HttpServletResponse response) {
		if (ex instanceof OutOfScopeException || ex instanceof NotFoundException) {
			throw ex;
		}
		Map<String, String> errors = new LinkedHashMap<>();
		if (ex instanceof InvalidInputException invalid) {
			invalid.problems()
				.forEach((problem) -> errors.putIfAbsent(problem.field(), messages.getMessage(problem, locale)));
		}
		else {
			model.addAttribute("problem",
					messages.getMessage(ex.messageKey(), ex.messageArguments(), ex.messageKey(), locale));
		}
		model.addAttribute("errors", errors);
		response.setStatus((ex instanceof ConcurrentEditException) ? HttpStatus.CONFLICT.value()
				: HttpStatus.UNPROCESSABLE_CONTENT.value());
	}

}
