package vn.canbo.security;

import java.util.List;

import vn.canbo.shared.DomainException;

/**
 * An account command carried invalid data; lists every offending field with a message key
 * so that forms can show the reason next to the field.
 */
public class InvalidUserAccountException extends DomainException {

	private final List<FieldProblem> problems;

	InvalidUserAccountException(List<FieldProblem> problems) {
		super(problems.get(0).messageKey(), problems.get(0).arguments());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

	/**
	 * One invalid field.
	 *
	 * @param field the command component (and form field) name, e.g. {@code username}
	 * @param messageKey the message that names the field and the rule
	 * @param arguments the message arguments
	 */
	public record FieldProblem(String field, String messageKey, Object... arguments) {

	}

}
