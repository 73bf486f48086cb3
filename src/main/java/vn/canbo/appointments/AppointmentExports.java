package vn.canbo.appointments;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.canbo.documents.XlsxExport;
import vn.canbo.ui.Formats;

/** The reappointment due list as an Excel workbook, one row per post. */
@Service
public class AppointmentExports {

	private final MessageSource messages;

	AppointmentExports(MessageSource messages) {
		this.messages = messages;
	}

	public void due(List<DuePost> posts, LocalDate asOf, Locale locale, OutputStream out) {
		Formats formats = new Formats(locale);
		try (XlsxExport export = XlsxExport.to(out)) {
			export.sheet(text("appointments.due.sheet", locale) + " " + formats.date(asOf).replace('/', '-'),
					List.of(XlsxExport.Column.of(text("appointments.column.no", locale)),
							XlsxExport.Column.of(text("appointments.column.person", locale), 30),
							XlsxExport.Column.of(text("appointments.column.unit", locale), 30),
							XlsxExport.Column.of(text("appointments.column.title", locale), 40),
							XlsxExport.Column.of(text("appointments.column.validFrom", locale)),
							XlsxExport.Column.of(text("appointments.column.termEnd", locale)),
							XlsxExport.Column.of(text("appointments.column.daysLeft", locale)),
							XlsxExport.Column.of(text("appointments.column.retirement", locale)),
							XlsxExport.Column.of(text("appointments.column.monthsToRetirement", locale)),
							XlsxExport.Column.of(text("appointments.column.action", locale), 40)));
			int number = 0;
			for (DuePost post : posts) {
				export.row(++number, post.personName(), post.unitName(), post.titleName(), post.validFrom(),
						post.termEnd(), post.daysLeft(), post.retirementDate(), post.monthsToRetirement(),
						text(post.action().messageKey(), locale));
			}
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
