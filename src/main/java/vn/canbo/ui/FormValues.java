package vn.canbo.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;

/**
 * Reads the text of HTML form fields into values; a value that does not parse becomes a
 * problem naming the field, in Vietnamese, collected with the others of the form. Blank
 * is null: whether a field is required is the facade's rule.
 */
public final class FormValues {

	private FormValues() {
	}

	public static @Nullable LocalDate date(@Nullable String value, String field, List<FieldProblem> problems) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(FieldProblem.of(field, "form.error.date", value));
			return null;
		}
	}

	/**
	 * A month, as its first day (how every module keeps a month): written yyyy-MM (the
	 * value of an input of type month), or an ISO date of the month (any day counts as
	 * its month). The one reader of a month's text, for forms, links and the API alike.
	 */
	public static @Nullable LocalDate month(@Nullable String value, String field, List<FieldProblem> problems) {
		if (blank(value)) {
			return null;
		}
		String text = value.strip();
		try {
			return (text.length() > 7) ? LocalDate.parse(text).withDayOfMonth(1) : YearMonth.parse(text).atDay(1);
		}
		catch (DateTimeParseException ex) {
			problems.add(FieldProblem.of(field, "form.error.month", value));
			return null;
		}
	}

	public static @Nullable Integer integer(@Nullable String value, String field, List<FieldProblem> problems) {
		if (blank(value)) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(FieldProblem.of(field, "form.error.integer", value));
			return null;
		}
	}

	public static @Nullable Long number(@Nullable String value, String field, List<FieldProblem> problems) {
		if (blank(value)) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(FieldProblem.of(field, "form.error.integer", value));
			return null;
		}
	}

	/** A decimal written with a point or, as Vietnamese users do, a comma. */
	public static @Nullable BigDecimal decimal(@Nullable String value, String field, List<FieldProblem> problems) {
		if (blank(value)) {
			return null;
		}
		try {
			return new BigDecimal(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			problems.add(FieldProblem.of(field, "form.error.decimal", value));
			return null;
		}
	}

	/**
	 * The constant named by the value; null when blank or unknown (lists offer only known
	 * ones).
	 */
	public static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public static boolean checked(@Nullable String value) {
		return "on".equals(value) || "true".equals(value);
	}

	/** The first message for each field, in the user's language, to show next to it. */
	public static Map<String, String> errors(InvalidInputException ex, MessageSource messages, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.problems().forEach((problem) -> errors.putIfAbsent(problem.field(), messages.getMessage(problem, locale)));
		return errors;
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
