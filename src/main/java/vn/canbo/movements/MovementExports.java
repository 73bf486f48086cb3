package vn.canbo.movements;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.canbo.documents.XlsxExport;

/** The decisions of a list as an Excel workbook, one row per decision. */
@Service
public class MovementExports {

	private final MessageSource messages;

	MovementExports(MessageSource messages) {
		this.messages = messages;
	}

	public void list(List<Movement> movements, Locale locale, OutputStream out) {
		try (XlsxExport export = XlsxExport.to(out)) {
			export.sheet(text("movements.sheet", locale),
					List.of(XlsxExport.Column.of(text("movements.column.no", locale)),
							XlsxExport.Column.of(text("movements.field.personId", locale), 30),
							XlsxExport.Column.of(text("movements.field.type", locale)),
							XlsxExport.Column.of(text("movements.column.direction", locale), 30),
							XlsxExport.Column.of(text("movements.column.fromUnit", locale), 30),
							XlsxExport.Column.of(text("movements.column.fromPost", locale), 30),
							XlsxExport.Column.of(text("movements.field.toUnitId", locale), 30),
							XlsxExport.Column.of(text("movements.column.toPost", locale), 30),
							XlsxExport.Column.of(text("movements.field.startDate", locale)),
							XlsxExport.Column.of(text("movements.field.plannedMonths", locale)),
							XlsxExport.Column.of(text("movements.column.lastDay", locale)),
							XlsxExport.Column.of(text("movements.field.atReturn", locale), 25),
							XlsxExport.Column.of(text("movements.field.returnedOn", locale)),
							XlsxExport.Column.of(text("movements.field.decisionNumber", locale)),
							XlsxExport.Column.of(text("movements.field.decisionDate", locale)),
							XlsxExport.Column.of(text("movements.field.decisionBody", locale), 30)));
			int number = 0;
			for (Movement m : movements) {
				export.row(++number, m.personName(), text(m.type().messageKey(), locale),
						text(m.direction().messageKey(), locale), m.fromUnitName(), m.fromPost(), m.toUnitName(),
						m.toPost(), m.startDate(), m.plannedMonths(), m.plannedLastDay(),
						text(m.atReturn().messageKey(), locale), m.returnedOn(), m.decisionNumber(), m.decisionDate(),
						m.decisionBody());
			}
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
