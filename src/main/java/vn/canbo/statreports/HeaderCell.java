package vn.canbo.statreports;

import java.util.ArrayList;
import java.util.List;

/**
 * A cell of a form's multi-row column heading, with the rows and columns it spans; the
 * workbook merges them and the page writes them as {@code rowspan} and {@code colspan}.
 *
 * @param text the heading
 * @param row its first heading row, from 0
 * @param column its first data column, from 0
 * @param rowSpan the heading rows it covers
 * @param colSpan the data columns it covers
 */
public record HeaderCell(String text, int row, int column, int rowSpan, int colSpan) {

	/**
	 * The heading cells of the columns, row by row: a group over its consecutive columns,
	 * a subgroup under it, and each column's label down to the last heading row.
	 * @param columns the form's columns
	 * @return per heading row, its cells from left to right
	 */
	public static List<List<HeaderCell>> of(List<ReportColumn> columns) {
		int depth = columns.stream().mapToInt((column) -> column.headings().size()).max().orElse(1);
		List<List<HeaderCell>> rows = new ArrayList<>();
		for (int row = 0; row < depth; row++) {
			rows.add(new ArrayList<>());
		}
		for (int i = 0; i < columns.size(); i++) {
			List<String> headings = columns.get(i).headings();
			for (int level = 0; level < headings.size(); level++) {
				boolean label = level == headings.size() - 1;
				if (!label && i > 0 && samePrefix(columns.get(i - 1).headings(), headings, level)) {
					continue;
				}
				int span = 1;
				if (!label) {
					while (i + span < columns.size() && samePrefix(columns.get(i + span).headings(), headings, level)) {
						span++;
					}
				}
				rows.get(level).add(new HeaderCell(headings.get(level), level, i, label ? depth - level : 1, span));
			}
		}
		return rows;
	}

	/**
	 * Whether the other column shares this one's headings down to the level, as a group
	 * (not as its own label).
	 */
	private static boolean samePrefix(List<String> other, List<String> headings, int level) {
		if (other.size() - 1 <= level) {
			return false;
		}
		return other.subList(0, level + 1).equals(headings.subList(0, level + 1));
	}

}
