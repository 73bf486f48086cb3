package vn.canbo.locality;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.canbo.documents.XlsxExport;
import vn.canbo.ui.Formats;

/**
 * The non-local key-leader lists as Excel workbooks: the communes with their counts, and
 * the key leaders with their verdict and its grounds.
 */
@Service
public class LocalityExports {

	private final MessageSource messages;

	LocalityExports(MessageSource messages) {
		this.messages = messages;
	}

	public void communes(List<AreaRow> rows, LocalDate asOf, Locale locale, OutputStream out) {
		Formats formats = new Formats(locale);
		try (XlsxExport export = XlsxExport.to(out)) {
			export.sheet(text("locality.sheet.communes", locale) + " " + formats.date(asOf).replace('/', '-'),
					List.of(XlsxExport.Column.of(text("locality.col.no", locale)),
							XlsxExport.Column.of(text("locality.col.code", locale)),
							XlsxExport.Column.of(text("locality.col.commune", locale), 40),
							XlsxExport.Column.of(text("locality.col.keyLeaders", locale)),
							XlsxExport.Column.of(text("locality.col.nonLocal", locale)),
							XlsxExport.Column.of(text("locality.col.unknown", locale)),
							XlsxExport.Column.of(text("locality.col.has", locale))));
			int number = 0;
			for (AreaRow row : rows) {
				export.row(++number, row.area().code(), row.area().name(), row.keyLeaders(), row.nonLocal(),
						row.unknown(), text(row.hasNonLocal() ? "locality.yes" : "locality.no", locale));
			}
		}
	}

	public void keyLeaders(List<KeyLeader> leaders, LocalDate asOf, Locale locale, OutputStream out) {
		Formats formats = new Formats(locale);
		try (XlsxExport export = XlsxExport.to(out)) {
			export.sheet(text("locality.sheet.keyLeaders", locale) + " " + formats.date(asOf).replace('/', '-'),
					List.of(XlsxExport.Column.of(text("locality.col.no", locale)),
							XlsxExport.Column.of(text("locality.col.name", locale), 30),
							XlsxExport.Column.of(text("locality.col.title", locale), 40),
							XlsxExport.Column.of(text("locality.col.postUnit", locale), 30),
							XlsxExport.Column.of(text("locality.col.area", locale), 30),
							XlsxExport.Column.of(text("locality.col.homeTown", locale), 30),
							XlsxExport.Column.of(text("locality.col.status", locale)),
							XlsxExport.Column.of(text("locality.col.why", locale), 60)));
			int number = 0;
			for (KeyLeader leader : leaders) {
				LocalityVerdict verdict = leader.verdict();
				export.row(++number, leader.fullName(), leader.titleName(), leader.postUnitName(),
						verdict.area().name(), verdict.homeTownLabel(), text(verdict.status().messageKey(), locale),
						why(verdict, locale));
			}
		}
	}

	/** The grounds of a verdict as a sentence: the override's, or the home town's. */
	public String why(LocalityVerdict verdict, Locale locale) {
		String derived = this.messages.getMessage(verdict.reason().key(), verdict.reason().args().toArray(),
				verdict.reason().key(), locale);
		LocalityOverride override = verdict.override();
		if (override == null) {
			return derived;
		}
		return this.messages.getMessage("locality.verdict.overridden", new Object[] {
				new Formats(locale).date(override.validFrom()), override.reason(), override.createdBy() }, locale) + " "
				+ derived;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
