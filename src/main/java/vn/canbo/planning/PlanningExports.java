package vn.canbo.planning;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.canbo.documents.XlsxExport;
import vn.canbo.ui.Formats;

/**
 * The planning coverage of a subtree on a date as an Excel workbook: one sheet with a row
 * per key title of each unit (the figures), one with a row per person planned (the people
 * behind them).
 */
@Service
public class PlanningExports {

	private final MessageSource messages;

	PlanningExports(MessageSource messages) {
		this.messages = messages;
	}

	public void coverage(List<CoverageRow> rows, LocalDate asOf, Locale locale, OutputStream out) {
		Formats formats = new Formats(locale);
		try (XlsxExport export = XlsxExport.to(out)) {
			export.sheet(text("planning.coverage.sheet", locale) + " " + formats.date(asOf).replace('/', '-'),
					List.of(XlsxExport.Column.of(text("planning.column.no", locale)),
							XlsxExport.Column.of(text("planning.column.unitCode", locale)),
							XlsxExport.Column.of(text("planning.column.unit", locale), 30),
							XlsxExport.Column.of(text("planning.field.titleCode", locale), 40),
							XlsxExport.Column.of(text("planning.column.cap", locale)),
							XlsxExport.Column.of(text("planning.column.planned", locale)),
							XlsxExport.Column.of(text("planning.readiness.NOW", locale)),
							XlsxExport.Column.of(text("planning.readiness.ONE_TWO_YEARS", locale)),
							XlsxExport.Column.of(text("planning.readiness.LATER", locale))));
			int number = 0;
			for (CoverageRow row : rows) {
				export.row(++number, row.unitCode(), row.unitName(), row.titleName(), row.cap(), row.planned(),
						row.ready(Readiness.NOW), row.ready(Readiness.ONE_TWO_YEARS), row.ready(Readiness.LATER));
			}
			export.sheet(text("planning.coverage.peopleSheet", locale),
					List.of(XlsxExport.Column.of(text("planning.column.no", locale)),
							XlsxExport.Column.of(text("planning.column.unit", locale), 30),
							XlsxExport.Column.of(text("planning.field.titleCode", locale), 40),
							XlsxExport.Column.of(text("planning.field.personId", locale), 30),
							XlsxExport.Column.of(text("planning.column.gender", locale)),
							XlsxExport.Column.of(text("planning.column.birthYear", locale)),
							XlsxExport.Column.of(text("planning.field.source", locale)),
							XlsxExport.Column.of(text("planning.field.readiness", locale)),
							XlsxExport.Column.of(text("planning.field.decisionNumber", locale)),
							XlsxExport.Column.of(text("planning.field.addedOn", locale))));
			number = 0;
			for (CoverageRow row : rows) {
				for (PlanEntry entry : row.people()) {
					export.row(++number, row.unitName(), row.titleName(), entry.fullName(),
							text("FEMALE".equals(entry.gender()) ? "planning.gender.FEMALE" : "planning.gender.MALE",
									locale),
							entry.birthYear(), entry.source(), text(entry.readiness().messageKey(), locale),
							entry.decisionNumber(), entry.addedOn());
				}
			}
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
