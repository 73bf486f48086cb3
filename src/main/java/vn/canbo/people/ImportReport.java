package vn.canbo.people;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an import of a personnel sheet did, or in a dry run would do: the counts, the
 * warnings, every problem of every rejected row (row number as Excel shows it, the column
 * header, a Vietnamese message), the first rows' verdicts, and, when a batch failed,
 * which rows were written before it.
 *
 * @param dryRun whether nothing was written
 * @param imported rows that created (or would create) a record
 * @param updated rows that changed (or would change) a record
 * @param unchanged rows equal to the stored record
 * @param rejected rows not imported
 * @param warnings rows imported with a caveat (e.g. matched by name and birth date)
 * @param errors the problems of the rejected rows and of a failed batch
 * @param rows the verdicts of the first {@value PersonImports#SHOWN_ROWS} data rows
 * @param failure when a batch failed: the rows written before it and why it failed; null
 * when the import ran to its end
 */
public record ImportReport(boolean dryRun, int imported, int updated, int unchanged, int rejected,
		List<Message> warnings, List<Message> errors, List<RowVerdict> rows, @Nullable Failure failure) {

	/** A message about a cell (or a row, when the column is empty). */
	public record Message(int row, String column, String message) {
	}

	/** What happened to a data row. */
	public enum Verdict {

		NEW, UPDATE, UNCHANGED, REJECTED

	}

	/**
	 * One row's verdict with the name it holds and its problems, for the report table.
	 */
	public record RowVerdict(int row, @Nullable String fullName, Verdict verdict, List<String> messages) {
	}

	/**
	 * A batch whose write failed and was rolled back entirely; the import stopped there.
	 *
	 * @param firstRow the first sheet row of the failed batch
	 * @param lastRow its last row
	 * @param appliedThroughRow the last sheet row written before it (0: none)
	 * @param message why it failed
	 */
	public record Failure(int firstRow, int lastRow, int appliedThroughRow, String message) {
	}

}
