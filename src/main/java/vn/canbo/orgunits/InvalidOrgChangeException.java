package vn.canbo.orgunits;

import vn.canbo.shared.DomainException;

/**
 * A change to the tree that the rules do not allow; the message key names the field and
 * reason.
 */
public class InvalidOrgChangeException extends DomainException {

	private final String field;

	InvalidOrgChangeException(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
	}

	/** The form field or API property at fault. */
	public String field() {
		return this.field;
	}

}
