package vn.canbo.discipline;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.canbo.documents.XlsxExport;

/**
 * The "disciplined in N years" report as an Excel workbook: the counts per year and form,
 * and the decisions behind them.
 */
@Service
public class DisciplineExports {

	private final MessageSource messages;

	DisciplineExports(MessageSource messages) {
		this.messages = messages;
	}

	public void report(DisciplineReport report, Locale locale, OutputStream out) {
		try (XlsxExport export = XlsxExport.to(out)) {
			export.sheet(text("discipline.sheet.decisions", locale),
					List.of(XlsxExport.Column.of(text("discipline.column.no", locale)),
							XlsxExport.Column.of(text("discipline.column.name", locale), 28),
							XlsxExport.Column.of(text("discipline.column.category", locale)),
							XlsxExport.Column.of(text("discipline.column.position", locale), 24),
							XlsxExport.Column.of(text("discipline.column.agency", locale), 30),
							XlsxExport.Column.of(text("discipline.field.system", locale)),
							XlsxExport.Column.of(text("discipline.field.form", locale)),
							XlsxExport.Column.of(text("discipline.field.decisionNumber", locale)),
							XlsxExport.Column.of(text("discipline.field.authority", locale), 24),
							XlsxExport.Column.of(text("discipline.field.decisionDate", locale)),
							XlsxExport.Column.of(text("discipline.field.effectiveOn", locale)),
							XlsxExport.Column.of(text("discipline.column.lapsesOn", locale)),
							XlsxExport.Column.of(text("discipline.field.dutyRelated", locale)),
							XlsxExport.Column.of(text("discipline.column.evaluationYear", locale)),
							XlsxExport.Column.of(text("discipline.field.violation", locale), 40)));
			int number = 0;
			for (DisciplineReport.Entry entry : report.decisions()) {
				DisciplineRecord record = entry.record();
				DisciplinedPerson person = entry.person();
				export.row(++number, person.fullName(), text(person.category().messageKey(), locale), person.position(),
						person.agencyName(), text(record.system().messageKey(), locale),
						text(record.form().messageKey(), locale), record.decisionNumber(), record.authority(),
						record.decisionDate(), record.effectiveOn(), record.lapsesOn(),
						text(record.dutyRelated() ? "discipline.yes" : "discipline.no", locale),
						record.evaluationYear(), record.violation());
			}
			List<XlsxExport.Column> counts = new ArrayList<>();
			counts.add(XlsxExport.Column.of(text("discipline.column.year", locale)));
			counts.add(XlsxExport.Column.of(text("discipline.column.people", locale)));
			counts.add(XlsxExport.Column.of(text("discipline.column.decisions", locale)));
			report.forms().forEach((form) -> counts.add(XlsxExport.Column.of(text(form.messageKey(), locale))));
			export.sheet(text("discipline.sheet.counts", locale), counts);
			for (DisciplineReport.Line line : report.years()) {
				row(export, String.valueOf(line.year()), line, report);
			}
			row(export, text("discipline.report.total", locale), report.total(), report);
		}
	}

	private static void row(XlsxExport export, String label, DisciplineReport.Line line, DisciplineReport report) {
		List<Object> values = new ArrayList<>();
		values.add(label);
		values.add(line.people());
		values.add(line.decisions());
		report.forms().forEach((form) -> values.add(line.count(form)));
		export.row(values.toArray());
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
