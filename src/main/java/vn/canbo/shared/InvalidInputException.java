package vn.canbo.shared;

import java.util.List;

/**
 * An input broke one or more rules; every problem names its field. The API answers it as
 * a 422 problem with an {@code errors} list, the forms show each message next to its
 * field.
 */
public class InvalidInputException extends DomainException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super("error.invalidInput", problems.size());
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("An invalid input needs at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
