package vn.canbo.shared;

/**
 * Something asked for by its identifier does not exist (or did not exist at the date
 * asked). The message key and arguments give the Vietnamese text shown to the user.
 */
public class NotFoundException extends DomainException {

	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
