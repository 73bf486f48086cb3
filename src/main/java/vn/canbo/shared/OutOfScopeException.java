package vn.canbo.shared;

/**
 * The current user asked for something outside the organisation subtree their account is
 * bound to, or beyond what their role allows.
 */
public class OutOfScopeException extends DomainException {

	public OutOfScopeException() {
		super("error.outOfScope");
	}

	public OutOfScopeException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
