package vn.canbo.work.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.DomainException;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;

/**
 * What the plan and village pages share: turning a refused change into the page again
 * with the reasons (422 naming the fields, 409 for a stale version, 422 for a broken
 * rule); scope and not-found errors go to the error page.
 */
final class PageForms {

	private PageForms() {
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
