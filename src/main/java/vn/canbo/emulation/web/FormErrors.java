package vn.canbo.emulation.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.canbo.shared.InvalidInputException;

/** Turns refused input into messages naming the field, and parses form values. */
final class FormErrors {

	private FormErrors() {
	}

	static List<String> messages(InvalidInputException ex, MessageSource messages, Locale locale) {
		return ex.problems()
			.stream()
			.map((problem) -> messages.getMessage("emulation.field." + problem.field(), null, problem.field(), locale)
					+ ": " + messages.getMessage(problem, locale))
			.toList();
	}

}
