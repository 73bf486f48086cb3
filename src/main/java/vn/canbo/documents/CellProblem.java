package vn.canbo.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * A cell of an imported sheet that could not be read: the row number as Excel shows it,
 * the column header, and a message key of {@code messages/documents} whose arguments are
 * {0} row, {1} column, then {@link #arguments()} (usually the value as written).
 */
public record CellProblem(int rowNumber, String column, String messageKey, List<Object> arguments) {

	public CellProblem {
		arguments = List.copyOf(arguments);
	}

	/**
	 * The arguments for the message text; the row number as a string, so that row 12345
	 * is not written "12.345".
	 */
	public Object[] messageArguments() {
		List<Object> all = new ArrayList<>();
		all.add(Integer.toString(this.rowNumber));
		all.add(this.column);
		all.addAll(this.arguments);
		return all.toArray();
	}

}
