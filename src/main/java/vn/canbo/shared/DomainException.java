package vn.canbo.shared;

import java.util.Arrays;

/**
 * A rule of the domain was broken. Carries a message key so that the web layer can show
 * the reason in the user's language; the exception message itself is for logs.
 */
public class DomainException extends RuntimeException {

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

}
