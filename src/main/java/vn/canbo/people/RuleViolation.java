package vn.canbo.people;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;

/**
 * One broken rule of a checked value: a message key of {@code messages/peoplerules} and
 * its arguments, which may themselves be resolvable (a gender label).
 *
 * @param messageKey the message naming the field and the problem
 * @param arguments the message arguments, already formatted as text or resolvable
 */
public record RuleViolation(String messageKey, List<Object> arguments) implements MessageSourceResolvable {

	public RuleViolation {
		arguments = List.copyOf(arguments);
	}

	public static RuleViolation of(String messageKey, Object... arguments) {
		return new RuleViolation(messageKey, List.of(arguments));
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.messageKey };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.toArray();
	}

	@Override
	public @Nullable String getDefaultMessage() {
		return null;
	}

}
