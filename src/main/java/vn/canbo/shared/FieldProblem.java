package vn.canbo.shared;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * What is wrong with one field of an input: the field's name (a property path such as
 * {@code identity.citizenId} or {@code trainings[2].from}), and the reason as a message
 * key with its arguments, so that each channel (form, API, import report) words it in the
 * user's language next to the right field, column or row.
 *
 * @param field the property path of the field at fault
 * @param messageKey the reason
 * @param arguments the reason's arguments (may themselves be resolvable messages)
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) implements MessageSourceResolvable {

	public FieldProblem {
		arguments = List.copyOf(arguments);
	}

	public static FieldProblem of(String field, String messageKey, Object... arguments) {
		return new FieldProblem(field, messageKey, List.of(arguments));
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.messageKey };
	}

	@Override
	public Object[] getArguments() {
		return new DomainException(this.messageKey, this.arguments.toArray()).messageArguments();
	}

	@Override
	public String getDefaultMessage() {
		return this.messageKey;
	}

}
