package vn.canbo.emulation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

import vn.canbo.shared.FieldProblem;
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

	static @Nullable LocalDate date(@Nullable String value, String field, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(FieldProblem.of(field, "emulation.error.date", value));
			return null;
		}
	}

	static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
