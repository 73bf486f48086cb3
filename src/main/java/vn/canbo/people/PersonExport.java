package vn.canbo.people;

import java.io.OutputStream;

import org.springframework.stereotype.Service;

import vn.canbo.documents.XlsxExport;

/**
 * Writes a list of people to Excel (xuất danh sách ra Excel) with the columns of
 * {@link PersonSheet}, streamed row by row so that a province's list fits in constant
 * memory; the file re-imports unchanged. The ID number is only filled for users who may
 * see it.
 */
@Service
public class PersonExport {

	private final People people;

	PersonExport(People people) {
		this.people = people;
	}

	/**
	 * Fails (before anything is written) when the filter's unit lies outside the user's
	 * scope.
	 */
	public void check(PersonFilter filter) {
		this.people.search(filter, 0, 1);
	}

	/** Writes everyone the filter matches within the user's scope. */
	public void write(PersonFilter filter, OutputStream out) {
		try (XlsxExport export = XlsxExport.to(out)) {
			export.sheet("Danh sách",
					PersonSheet.columns().stream().map((column) -> XlsxExport.Column.of(column.header())).toList());
			int[] number = { 0 };
			this.people.forEachRecord(filter, (person) -> export.row(PersonSheet.row(person, ++number[0])));
		}
	}

}
