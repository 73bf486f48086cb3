package vn.canbo.emulation;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.canbo.documents.XlsxExport;

/** The people behind a number of the emulation report as an Excel workbook. */
@Service
public class EmulationExports {

	private final MessageSource messages;

	EmulationExports(MessageSource messages) {
		this.messages = messages;
	}

	public void entries(List<EmulationEntry> entries, Locale locale, OutputStream out) {
		try (XlsxExport export = XlsxExport.to(out)) {
			export.sheet(text("emulation.people.sheet", locale),
					Arrays
						.stream(new String[] { "emulation.column.no", "emulation.column.name",
								"emulation.column.agency", "emulation.column.level", "emulation.column.kind",
								"emulation.column.decisionNumber", "emulation.column.decisionDate" })
						.map((key) -> XlsxExport.Column.of(text(key, locale)))
						.toList());
			int number = 0;
			for (EmulationEntry entry : entries) {
				export.row(++number, entry.name(), entry.agencyName(),
						(entry.level() == null) ? null : text(entry.level().messageKey(), locale),
						(entry.kind() == null) ? null : text(entry.kind().messageKey(), locale), entry.decisionNumber(),
						entry.decisionDate());
			}
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
