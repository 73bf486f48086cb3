package vn.canbo.targets;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.canbo.documents.XlsxExport;
import vn.canbo.ui.Formats;

/**
 * The targets of a list with their progress on a date, as an Excel workbook: one row per
 * target, figures as numbers (percentages with one decimal, as on the page).
 */
@Service
public class TargetExports {

	private final MessageSource messages;

	TargetExports(MessageSource messages) {
		this.messages = messages;
	}

	public void list(List<Progress> targets, LocalDate asOf, Locale locale, OutputStream out) {
		Formats formats = new Formats(locale);
		try (XlsxExport export = XlsxExport.to(out)) {
			export.sheet(text("targets.sheet", locale) + " " + formats.date(asOf).replace('/', '-'),
					List.of(XlsxExport.Column.of(text("targets.column.no", locale)),
							XlsxExport.Column.of(text("targets.field.indicatorId", locale), 40),
							XlsxExport.Column.of(text("targets.field.unitId", locale), 30),
							XlsxExport.Column.of(text("targets.field.comparison", locale)),
							XlsxExport.Column.of(text("targets.column.target", locale)),
							XlsxExport.Column.of(text("targets.column.measure", locale)),
							XlsxExport.Column.of(text("targets.field.baselineDate", locale)),
							XlsxExport.Column.of(text("targets.column.baselineValue", locale)),
							XlsxExport.Column.of(text("targets.field.deadline", locale)),
							XlsxExport.Column.of(text("targets.column.asOf", locale)),
							XlsxExport.Column.of(text("targets.column.value", locale)),
							XlsxExport.Column.of(text("targets.column.expected", locale)),
							XlsxExport.Column.of(text("targets.column.percentOfTarget", locale)),
							XlsxExport.Column.of(text("targets.column.status", locale)),
							XlsxExport.Column.of(text("targets.field.resolutionNumber", locale)),
							XlsxExport.Column.of(text("targets.field.resolutionDate", locale)),
							XlsxExport.Column.of(text("targets.field.resolutionBody", locale), 30),
							XlsxExport.Column.of(text("targets.field.note", locale), 30)));
			int number = 0;
			for (Progress progress : targets) {
				Target target = progress.target();
				boolean share = progress.share();
				export.row(++number, indicatorLabel(target.indicatorId(), locale), target.unitName(),
						text(target.comparison().messageKey(), locale), oneDecimal(target.value(), share),
						text(share ? "targets.measure.percent" : "targets.measure.count", locale),
						target.baselineDate(), oneDecimal(progress.baseline().value(), share), target.deadline(),
						progress.asOf(), oneDecimal(progress.value().value(), share),
						oneDecimal(progress.expected(), true), progress.percentOfTarget(),
						text(progress.status().messageKey(), locale), target.resolutionNumber(),
						target.resolutionDate(), target.resolutionBody(), target.note());
			}
		}
	}

	/** The indicator's label, its id when it is no longer defined. */
	public String indicatorLabel(String indicatorId, Locale locale) {
		return this.messages.getMessage("indicator." + indicatorId, null, indicatorId, locale);
	}

	private static @Nullable BigDecimal oneDecimal(@Nullable BigDecimal value, boolean share) {
		if (value == null) {
			return null;
		}
		return share ? value.setScale(1, RoundingMode.HALF_UP) : value.setScale(0, RoundingMode.HALF_UP);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
