package vn.canbo.statreports;

import java.time.LocalDate;
import java.util.List;

import vn.canbo.orgunits.OrgUnitView;

/**
 * An official report filled in for a unit at a reference date: a row per branch (the
 * unit's own people first, then each child's subtree) and the total, which is their sum
 * and the dashboard's total for each indicator.
 *
 * @param form the form version in force on the date
 * @param unit the reporting unit
 * @param unitLabel the unit with its parents, for headings
 * @param asOf the reference date ("tính đến ngày")
 * @param madeOn the day the report is made, for the signature place and date
 * @param place the place written before the date of signature (the province)
 * @param rows the branches' rows
 * @param total the total row
 * @param missing the columns with no data: no indicator, or one no module defines yet
 */
public record StatisticalReport(ReportForm form, OrgUnitView unit, String unitLabel, LocalDate asOf, LocalDate madeOn,
		String place, List<ReportRow> rows, ReportRow total, List<ReportColumn> missing) {

	public StatisticalReport {
		rows = List.copyOf(rows);
		missing = List.copyOf(missing);
	}

	public List<ReportColumn> columns() {
		return this.form.columns();
	}

	/** The column heading's cells, row by row. */
	public List<List<HeaderCell>> header() {
		return HeaderCell.of(this.form.columns());
	}

	/** Whether the column at the index (0-based) has data. */
	public boolean measured(int index) {
		return !this.missing.contains(this.form.columns().get(index));
	}

	/** The day the report is due: 28/02 of the next year for the annual report. */
	public LocalDate deadline() {
		return this.form.deadlineFor(this.asOf);
	}

	/** Whether the report is due already on the day it is made. */
	public boolean overdue() {
		return this.madeOn.isAfter(deadline());
	}

}
