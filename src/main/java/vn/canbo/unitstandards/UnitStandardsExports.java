package vn.canbo.unitstandards;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.canbo.documents.XlsxExport;
import vn.canbo.ui.Formats;

/** The list of communes against their standards as an Excel workbook. */
@Service
public class UnitStandardsExports {

	private final MessageSource messages;

	UnitStandardsExports(MessageSource messages) {
		this.messages = messages;
	}

	public void units(List<UnitRow> rows, String unitLabel, LocalDate asOf, Locale locale, OutputStream out) {
		Formats formats = new Formats(locale);
		try (XlsxExport export = XlsxExport.to(out)) {
			export.sheet(text("unitstandards.sheet", locale) + " " + formats.date(asOf).replace('/', '-'),
					List.of(XlsxExport.Column.of(text("unitstandards.col.no", locale)),
							XlsxExport.Column.of(text("unitstandards.col.code", locale)),
							XlsxExport.Column.of(text("unitstandards.col.unit", locale), 36),
							XlsxExport.Column.of(text("unitstandards.col.kind", locale), 18),
							XlsxExport.Column.of(text("unitstandards.col.area", locale)),
							XlsxExport.Column.of(text("unitstandards.col.requiredArea", locale)),
							XlsxExport.Column.of(text("unitstandards.col.areaPercent", locale)),
							XlsxExport.Column.of(text("unitstandards.col.population", locale)),
							XlsxExport.Column.of(text("unitstandards.col.requiredPopulation", locale)),
							XlsxExport.Column.of(text("unitstandards.col.populationPercent", locale)),
							XlsxExport.Column.of(text("unitstandards.col.quality", locale)),
							XlsxExport.Column.of(text("unitstandards.col.band", locale), 30)));
			int number = 0;
			for (UnitRow row : rows) {
				export.row(++number, row.code(), row.name(), text(row.kind().messageKey(), locale), row.areaKm2(),
						row.requiredArea(), row.areaPercent(), row.population(), row.requiredPopulation(),
						row.populationPercent(), text("unitstandards.quality." + row.quality(), locale),
						text(row.band().messageKey(), locale));
			}
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
