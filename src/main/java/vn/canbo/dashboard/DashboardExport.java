package vn.canbo.dashboard;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import vn.canbo.documents.XlsxExport;
import vn.canbo.documents.XlsxExport.Column;
import vn.canbo.indicators.Measurement;
import vn.canbo.orgunits.SubtreeNode;
import vn.canbo.ui.Formats;

/**
 * Writes a dashboard to one Excel workbook (xuất bảng điều hành ra Excel): a first sheet
 * naming the unit and dates, then a sheet per section with each figure on both dates and
 * the change, and for the sections shown per child unit a sheet of their branches.
 * Numbers are numbers; the "x/y (z%)" column is written by the one formatter, as on the
 * page.
 */
@Service
public class DashboardExport {

	private final DashboardTexts texts;

	DashboardExport(DashboardTexts texts) {
		this.texts = texts;
	}

	public void write(Dashboard dashboard, Locale locale, OutputStream out) {
		Formats formats = new Formats(locale);
		try (XlsxExport export = XlsxExport.to(out)) {
			export.sheet(text("dashboard.export.sheet.about", locale),
					List.of(Column.of(text("dashboard.export.item", locale), 30),
							Column.of(text("dashboard.export.value", locale), 70)));
			export.row(text("dashboard.field.unit", locale), dashboard.unitLabel());
			export.row(text("dashboard.field.asOf", locale), dashboard.asOf());
			export.row(text("dashboard.field.compareTo", locale), dashboard.compareTo());
			if (!dashboard.compared()) {
				export.row(text("dashboard.compare.title", locale), text(dashboard.compareUnavailable(), locale,
						dashboard.unit().name(), formats.date(dashboard.compareTo())));
			}
			for (Section section : dashboard.sections()) {
				writeSection(export, dashboard, section, locale, formats);
				if (section.byBranch()) {
					writeBranches(export, dashboard, section, locale);
				}
			}
		}
	}

	private void writeSection(XlsxExport export, Dashboard dashboard, Section section, Locale locale, Formats formats) {
		String now = formats.date(dashboard.asOf());
		String then = formats.date(dashboard.compareTo());
		export.sheet(text(section.labelKey(), locale),
				List.of(Column.of(text("dashboard.column.indicator", locale), 45),
						Column.of(text("dashboard.column.shown", locale) + " " + now, 24),
						Column.of(text("dashboard.column.value", locale) + " " + now, 14),
						Column.of(text("dashboard.column.denominator", locale) + " " + now, 14),
						Column.of(text("dashboard.column.percent", locale) + " " + now, 12),
						Column.of(text("dashboard.column.value", locale) + " " + then, 14),
						Column.of(text("dashboard.column.denominator", locale) + " " + then, 14),
						Column.of(text("dashboard.column.percent", locale) + " " + then, 12),
						Column.of(text("dashboard.column.change", locale), 12),
						Column.of(text("dashboard.column.pointChange", locale), 14),
						Column.of(text("dashboard.column.measure", locale), 12),
						Column.of(text("dashboard.column.definition", locale), 60)));
		for (Figure figure : section.figures()) {
			Measurement value = figure.value();
			Measurement compare = figure.compare();
			export.row(this.texts.label(figure.indicator(), locale),
					DashboardTexts.shown(value, figure.share(), formats), value.value(), value.denominator(),
					value.percent(), (compare == null) ? null : compare.value(),
					(compare == null) ? null : compare.denominator(), (compare == null) ? null : compare.percent(),
					figure.change(), figure.pointChange(), this.texts.unitOfMeasure(figure.indicator().unit(), locale),
					this.texts.definition(figure.indicator(), locale));
		}
	}

	/**
	 * The section per child unit: a row per branch (the unit's own people first), a
	 * column per figure; shares as "x/y (z%)" text beside the number of people.
	 */
	private void writeBranches(XlsxExport export, Dashboard dashboard, Section section, Locale locale) {
		List<Column> columns = new ArrayList<>();
		columns.add(Column.of(text("dashboard.column.unit", locale), 40));
		for (Figure figure : section.figures()) {
			columns.add(Column.of(this.texts.label(figure.indicator(), locale), 18));
			if (figure.share()) {
				columns.add(Column.of(this.texts.label(figure.indicator(), locale) + " (%)", 12));
			}
		}
		export.sheet(text("dashboard.export.sheet.byBranch", locale, text(section.labelKey(), locale)), columns);
		for (SubtreeNode branch : dashboard.branches()) {
			List<Object> row = new ArrayList<>();
			row.add((branch.id() == dashboard.unit().id()) ? text("dashboard.branch.own", locale, branch.name())
					: branch.name());
			for (Figure figure : section.figures()) {
				Measurement value = dashboard.branch(figure.id(), branch.id());
				row.add(value.value());
				if (figure.share()) {
					row.add(value.percent());
				}
			}
			export.row(row.toArray());
		}
		List<Object> total = new ArrayList<>();
		total.add(text("dashboard.branch.total", locale));
		for (Figure figure : section.figures()) {
			total.add(figure.value().value());
			if (figure.share()) {
				total.add(figure.value().percent());
			}
		}
		export.row(total.toArray());
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.texts.text(key, locale, arguments);
	}

}
