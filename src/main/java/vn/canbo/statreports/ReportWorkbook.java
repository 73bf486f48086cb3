package vn.canbo.statreports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.canbo.documents.XlsxExport;
import vn.canbo.indicators.Indicator;
import vn.canbo.indicators.Indicators;
import vn.canbo.ui.Formats;

/**
 * Writes a filled-in report as an Excel workbook in the official layout: the form's code
 * and instrument top left, reporting and receiving units top right, the title and
 * reference date, the multi-row merged column headings with the column numbers, the total
 * row and a row per unit (figures as numbers), the signature block, and a notes sheet
 * with the layout's source, what is unconfirmed and which columns have no data. A report
 * has a row per child unit, so the whole workbook is built in memory (unlike the
 * streaming {@link XlsxExport} of person lists).
 */
@Component
public class ReportWorkbook {

	/** Columns before the figures: number and unit name. */
	static final int LEAD = 2;

	/** The first row of the column headings. */
	static final int HEADER_ROW = 7;

	private final MessageSource messages;

	private final Indicators indicators;

	ReportWorkbook(MessageSource messages, Indicators indicators) {
		this.messages = messages;
		this.indicators = indicators;
	}

	/** Writes the workbook to the stream, left open for its owner. */
	public void write(StatisticalReport report, Locale locale, OutputStream out) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			writeForm(workbook, styles, report, locale);
			writeNotes(workbook, styles, report, locale);
			workbook.write(out);
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void writeForm(XSSFWorkbook workbook, Styles styles, StatisticalReport report, Locale locale) {
		Sheet sheet = workbook.createSheet(XlsxExport.sheetName(report.form().key()));
		List<ReportColumn> columns = report.columns();
		int last = LEAD + columns.size() - 1;
		int rightFrom = Math.max(LEAD + 1, last - 7);
		Formats formats = new Formats(locale);
		text(sheet, 0, 0, Math.min(rightFrom - 1, 5), text("statreports.sheet.formCode", locale, report.form().code()),
				styles.bold);
		text(sheet, 1, 0, Math.min(rightFrom - 1, 5),
				text("statreports.sheet.issuedWith", locale, report.form().instrument()), styles.italic);
		text(sheet, 0, rightFrom, last, text("statreports.sheet.reportingUnit", locale, report.unit().name()),
				styles.bold);
		text(sheet, 1, rightFrom, last, text("statreports.sheet.receivingUnit", locale, report.form().receivingUnit()),
				styles.bold);
		text(sheet, 3, 0, last, report.form().title().toUpperCase(Locale.forLanguageTag("vi")), styles.title);
		text(sheet, 4, 0, last, text("statreports.sheet.asOf", locale, formats.date(report.asOf())),
				styles.centeredItalic);
		if (!report.form().confirmed()) {
			text(sheet, 5, 0, last, text("statreports.sheet.unconfirmed", locale), styles.warning);
		}
		List<List<HeaderCell>> header = report.header();
		int depth = header.size();
		headerCell(sheet, styles, HEADER_ROW, 0, depth, 1, text("statreports.column.number", locale));
		headerCell(sheet, styles, HEADER_ROW, 1, depth, 1, text("statreports.column.unit", locale));
		for (List<HeaderCell> row : header) {
			for (HeaderCell cell : row) {
				headerCell(sheet, styles, HEADER_ROW + cell.row(), LEAD + cell.column(), cell.rowSpan(), cell.colSpan(),
						cell.text());
			}
		}
		int numbers = HEADER_ROW + depth;
		Row numberRow = sheet.createRow(numbers);
		setText(numberRow, 0, "A", styles.columnNumber);
		setText(numberRow, 1, "B", styles.columnNumber);
		for (int i = 0; i < columns.size(); i++) {
			setText(numberRow, LEAD + i, "(" + columns.get(i).number() + ")", styles.columnNumber);
		}
		int next = numbers + 1;
		writeRow(sheet.createRow(next++), styles, report, null, text("statreports.row.total", locale), report.total(),
				true, locale);
		int number = 0;
		for (ReportRow row : report.rows()) {
			String name = row.own() ? text("statreports.row.own", locale, row.name()) : row.name();
			writeRow(sheet.createRow(next++), styles, report, ++number, name, row, false, locale);
		}
		writeSignature(sheet, styles, report, next + 1, last, locale);
		sheet.setColumnWidth(0, 6 * 256);
		sheet.setColumnWidth(1, 42 * 256);
		for (int i = 0; i < columns.size(); i++) {
			sheet.setColumnWidth(LEAD + i, 10 * 256);
		}
		sheet.createFreezePane(LEAD, numbers + 1);
		sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, numbers, -1, -1));
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
	}

	private void writeRow(Row row, Styles styles, StatisticalReport report, @Nullable Integer number, String name,
			ReportRow values, boolean total, Locale locale) {
		if (number != null) {
			Cell cell = row.createCell(0);
			cell.setCellValue(number);
			cell.setCellStyle(styles.number);
		}
		else {
			row.createCell(0).setCellStyle(styles.totalNumber);
		}
		setText(row, 1, name, total ? styles.totalName : styles.name);
		for (int i = 0; i < report.columns().size(); i++) {
			Cell cell = row.createCell(LEAD + i);
			Long value = values.value(i);
			if (value == null) {
				cell.setCellStyle(styles.noData);
				if (total) {
					cell.setCellValue(compose(text("statreports.noData", locale)));
				}
			}
			else {
				cell.setCellValue(value);
				cell.setCellStyle(total ? styles.totalNumber : styles.number);
			}
		}
	}

	private void writeSignature(Sheet sheet, Styles styles, StatisticalReport report, int first, int last,
			Locale locale) {
		int middle = LEAD + Math.max(0, (last - LEAD) / 2);
		String date = text("statreports.sheet.placeDate", locale, report.place(), day(report.madeOn().getDayOfMonth()),
				day(report.madeOn().getMonthValue()), String.valueOf(report.madeOn().getYear()));
		text(sheet, first, middle + 1, last, date, styles.centeredItalic);
		text(sheet, first + 1, 0, middle, text("statreports.sheet.preparer", locale), styles.centeredBold);
		text(sheet, first + 1, middle + 1, last, text("statreports.sheet.head", locale), styles.centeredBold);
		text(sheet, first + 2, 0, middle, text("statreports.sheet.preparerSigns", locale), styles.centeredItalic);
		text(sheet, first + 2, middle + 1, last, text("statreports.sheet.headSigns", locale), styles.centeredItalic);
	}

	private void writeNotes(XSSFWorkbook workbook, Styles styles, StatisticalReport report, Locale locale) {
		Sheet sheet = workbook.createSheet(XlsxExport.sheetName(text("statreports.notes.sheet", locale)));
		ReportForm form = report.form();
		Formats formats = new Formats(locale);
		int[] next = { 0 };
		note(sheet, styles, next, text("statreports.notes.form", locale), form.code() + " — " + form.title());
		note(sheet, styles, next, text("statreports.notes.instrument", locale), form.instrument());
		note(sheet, styles, next, text("statreports.notes.status", locale), form.instrumentStatus());
		note(sheet, styles, next, text("statreports.notes.layout", locale),
				text(form.confirmed() ? "statreports.confirmed" : "statreports.unconfirmed", locale));
		note(sheet, styles, next, text("statreports.notes.validFrom", locale), formats.date(form.validFrom()));
		note(sheet, styles, next, text("statreports.notes.citation", locale), form.citation());
		note(sheet, styles, next, text("statreports.notes.source", locale),
				(form.sourceUrl() != null) ? form.sourceUrl() : "");
		note(sheet, styles, next, text("statreports.notes.asOf", locale), formats.date(report.asOf()));
		note(sheet, styles, next, text("statreports.notes.deadline", locale),
				formats.date(report.deadline()) + " — " + form.deadlineNote());
		if (form.note() != null) {
			note(sheet, styles, next, text("statreports.notes.note", locale), form.note());
		}
		note(sheet, styles, next, text("statreports.notes.figures", locale),
				text("statreports.notes.figuresText", locale));
		next[0]++;
		setText(sheet.createRow(next[0]++), 0, text("statreports.notes.missing", locale), styles.bold);
		if (report.missing().isEmpty()) {
			setText(sheet.createRow(next[0]++), 0, text("statreports.notes.noneMissing", locale), styles.plain);
		}
		for (ReportColumn column : report.missing()) {
			String why = (column.indicatorId() == null) ? text("statreports.notes.noIndicator", locale)
					: text("statreports.notes.undefinedIndicator", locale, column.indicatorId());
			if (column.note() != null) {
				why = why + " — " + column.note();
			}
			note(sheet, styles, next, text("statreports.notes.columnName", locale, column.number(), column.fullLabel()),
					why);
		}
		next[0]++;
		setText(sheet.createRow(next[0]++), 0, text("statreports.notes.mapping", locale), styles.bold);
		for (int i = 0; i < report.columns().size(); i++) {
			ReportColumn column = report.columns().get(i);
			if (report.measured(i)) {
				note(sheet, styles, next,
						text("statreports.notes.columnName", locale, column.number(), column.fullLabel()),
						column.indicatorId() + " — " + indicatorLabel(column.indicatorId(), locale));
			}
		}
		sheet.setColumnWidth(0, 48 * 256);
		sheet.setColumnWidth(1, 110 * 256);
	}

	/** The indicator's label from its module's bundle, its id when it has none. */
	private String indicatorLabel(@Nullable String id, Locale locale) {
		if (id == null) {
			return "";
		}
		String key = this.indicators.find(id).map(Indicator::labelKey).orElse(id);
		return this.messages.getMessage(key, null, id, locale);
	}

	private void note(Sheet sheet, Styles styles, int[] next, String label, String value) {
		Row row = sheet.createRow(next[0]++);
		setText(row, 0, label, styles.bold);
		setText(row, 1, value, styles.wrapped);
	}

	private static void text(Sheet sheet, int rowIndex, int from, int to, String value, CellStyle style) {
		Row row = (sheet.getRow(rowIndex) != null) ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
		setText(row, from, value, style);
		if (to > from) {
			sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, from, to));
		}
	}

	private static void headerCell(Sheet sheet, Styles styles, int rowIndex, int column, int rowSpan, int colSpan,
			String value) {
		for (int r = rowIndex; r < rowIndex + rowSpan; r++) {
			Row row = (sheet.getRow(r) != null) ? sheet.getRow(r) : sheet.createRow(r);
			for (int c = column; c < column + colSpan; c++) {
				row.createCell(c).setCellStyle(styles.header);
			}
		}
		sheet.getRow(rowIndex).getCell(column).setCellValue(compose(value));
		if (rowSpan > 1 || colSpan > 1) {
			CellRangeAddress region = new CellRangeAddress(rowIndex, rowIndex + rowSpan - 1, column,
					column + colSpan - 1);
			sheet.addMergedRegion(region);
			RegionUtil.setBorderTop(BorderStyle.THIN, region, sheet);
			RegionUtil.setBorderBottom(BorderStyle.THIN, region, sheet);
			RegionUtil.setBorderLeft(BorderStyle.THIN, region, sheet);
			RegionUtil.setBorderRight(BorderStyle.THIN, region, sheet);
		}
	}

	private static void setText(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(compose(value));
		cell.setCellStyle(style);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private static String day(int value) {
		return (value < 10) ? "0" + value : String.valueOf(value);
	}

	private static String compose(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/** The workbook's cell styles, made once (a workbook holds at most 64,000). */
	private static final class Styles {

		final CellStyle plain;

		final CellStyle wrapped;

		final CellStyle bold;

		final CellStyle italic;

		final CellStyle centeredItalic;

		final CellStyle centeredBold;

		final CellStyle title;

		final CellStyle warning;

		final CellStyle header;

		final CellStyle columnNumber;

		final CellStyle name;

		final CellStyle totalName;

		final CellStyle number;

		final CellStyle totalNumber;

		final CellStyle noData;

		Styles(XSSFWorkbook workbook) {
			Font boldFont = workbook.createFont();
			boldFont.setBold(true);
			Font italicFont = workbook.createFont();
			italicFont.setItalic(true);
			Font titleFont = workbook.createFont();
			titleFont.setBold(true);
			titleFont.setFontHeightInPoints((short) 14);
			Font warningFont = workbook.createFont();
			warningFont.setItalic(true);
			warningFont.setColor(IndexedColors.DARK_RED.getIndex());
			short integer = workbook.createDataFormat().getFormat("#,##0");
			this.plain = workbook.createCellStyle();
			this.wrapped = workbook.createCellStyle();
			this.wrapped.setWrapText(true);
			this.wrapped.setVerticalAlignment(VerticalAlignment.TOP);
			this.bold = workbook.createCellStyle();
			this.bold.setFont(boldFont);
			this.bold.setVerticalAlignment(VerticalAlignment.TOP);
			this.italic = workbook.createCellStyle();
			this.italic.setFont(italicFont);
			this.centeredItalic = workbook.createCellStyle();
			this.centeredItalic.setFont(italicFont);
			this.centeredItalic.setAlignment(HorizontalAlignment.CENTER);
			this.centeredBold = workbook.createCellStyle();
			this.centeredBold.setFont(boldFont);
			this.centeredBold.setAlignment(HorizontalAlignment.CENTER);
			this.title = workbook.createCellStyle();
			this.title.setFont(titleFont);
			this.title.setAlignment(HorizontalAlignment.CENTER);
			this.warning = workbook.createCellStyle();
			this.warning.setFont(warningFont);
			this.warning.setAlignment(HorizontalAlignment.CENTER);
			this.header = bordered(workbook);
			this.header.setFont(boldFont);
			this.header.setWrapText(true);
			this.header.setAlignment(HorizontalAlignment.CENTER);
			this.header.setVerticalAlignment(VerticalAlignment.CENTER);
			this.columnNumber = bordered(workbook);
			this.columnNumber.setFont(italicFont);
			this.columnNumber.setAlignment(HorizontalAlignment.CENTER);
			this.name = bordered(workbook);
			this.name.setWrapText(true);
			this.totalName = bordered(workbook);
			this.totalName.setFont(boldFont);
			this.number = bordered(workbook);
			this.number.setDataFormat(integer);
			this.totalNumber = bordered(workbook);
			this.totalNumber.setDataFormat(integer);
			this.totalNumber.setFont(boldFont);
			this.noData = bordered(workbook);
			this.noData.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			this.noData.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.noData.setWrapText(true);
			this.noData.setFont(italicFont);
		}

		private static CellStyle bordered(XSSFWorkbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}

	}

}
