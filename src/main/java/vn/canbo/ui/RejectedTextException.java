package vn.canbo.ui;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A text field of a request holds what no field may hold: a control character such as NUL
 * (which PostgreSQL refuses outright), or more characters than any field takes.
 */
class RejectedTextException extends RuntimeException {

	private final String field;

	private final InputText.Flaw flaw;

	private final int maxLength;

	RejectedTextException(String field, InputText.Flaw flaw) {
		this(field, flaw, InputText.MAX_LENGTH);
	}

	RejectedTextException(String field, InputText.Flaw flaw, int maxLength) {
		super("Field " + field + ": " + flaw);
		this.field = field;
		this.flaw = flaw;
		this.maxLength = maxLength;
	}

	String field() {
		return this.field;
	}

	String message(MessageSource messages, Locale locale) {
		return switch (this.flaw) {
			case CONTROL_CHARACTER -> messages.getMessage("error.text.control", new Object[] { this.field }, locale);
			case TOO_LONG ->
				messages.getMessage("error.text.tooLong", new Object[] { this.field, this.maxLength }, locale);
		};
	}

}
