package vn.canbo.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * A rule of the domain was broken. Carries a message key so that the web layer can show
 * the reason in the user's language; the exception message itself is for logs.
 */
public class DomainException extends RuntimeException {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final String messageKey;

	private final Object[] arguments;

	public DomainException(String messageKey, Object... arguments) {
		super(messageKey + Arrays.toString(arguments));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	/**
	 * The arguments for the message text, dates written dd/MM/yyyy as Vietnamese users
	 * write them.
	 */
	public Object[] messageArguments() {
		Object[] readable = this.arguments.clone();
		for (int i = 0; i < readable.length; i++) {
			if (readable[i] instanceof LocalDate date) {
				readable[i] = DAY.format(date);
			}
		}
		return readable;
	}

}
