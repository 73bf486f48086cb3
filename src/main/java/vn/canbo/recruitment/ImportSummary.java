package vn.canbo.recruitment;

import java.util.List;

/**
 * What an import of candidates did, or in a dry run would do.
 *
 * @param dryRun whether nothing was written
 * @param created rows that added (or would add) a candidate
 * @param updated rows that changed (or would change) one
 * @param unchanged rows equal to the stored candidate
 * @param rejected rows not imported
 * @param problems every problem of every rejected row, in Vietnamese (or the reader's
 * language), naming the row and the column
 */
public record ImportSummary(boolean dryRun, int created, int updated, int unchanged, int rejected,
		List<Problem> problems) {

	public ImportSummary {
		problems = List.copyOf(problems);
	}

	/** A problem of a cell (or of the row when the column is empty). */
	public record Problem(int row, String column, String message) {
	}

}
