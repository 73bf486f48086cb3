package vn.canbo.dataexchange;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.canbo.shared.PageResult;

/**
 * The check of a scope's dossiers before export (báo cáo kiểm tra dữ liệu): how many were
 * checked, and one page of those that cannot go, with the true number of them.
 *
 * @param unitCode the unit whose subtree was checked
 * @param unitName its name
 * @param changedSince only the dossiers changed since this day; null for all
 * @param checked how many dossiers were checked
 * @param invalid one page of the dossiers that are not exported; its total counts them
 * all
 */
public record ValidationReport(String unitCode, String unitName, @Nullable LocalDate changedSince, long checked,
		PageResult<InvalidDossier> invalid) {

	/** How many dossiers the export writes. */
	public long valid() {
		return this.checked - this.invalid.total();
	}

}
