package vn.canbo.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A streaming Excel (.xlsx) writer with constant memory: only the last 100 rows stay in
 * the heap, the rest goes to compressed temporary files that are deleted at close. Sheets
 * get a bold, frozen header row with an auto-filter; dates are real Excel dates shown
 * dd/mm/yyyy.
 */
public final class XlsxExport implements AutoCloseable {

	private static final int WINDOW = 100;

	/**
	 * Rows whose text widths decide the column widths; later rows are already flushed.
	 */
	private static final int WIDTH_SAMPLE = WINDOW;

	private static final int MAX_WIDTH_CHARS = 60;

	/** Rows below the header that a drop-down covers. */
	private static final int CHOICE_ROWS = 10_000;

	private final OutputStream out;

	private final SXSSFWorkbook workbook;

	private final CellStyle headerStyle;

	private final CellStyle dateStyle;

	private final CellStyle dateTimeStyle;

	private final CellStyle decimalStyle;

	private @Nullable SXSSFSheet sheet;

	private List<Column> columns = List.of();

	private int[] widths = new int[0];

	private int nextRow;

	private boolean closed;

	private XlsxExport(OutputStream out) {
		this.out = out;
		this.workbook = new SXSSFWorkbook(WINDOW);
		this.workbook.setCompressTempFiles(true);
		Font bold = this.workbook.createFont();
		bold.setBold(true);
		this.headerStyle = this.workbook.createCellStyle();
		this.headerStyle.setFont(bold);
		this.headerStyle.setWrapText(true);
		this.dateStyle = this.workbook.createCellStyle();
		this.dateStyle.setDataFormat(this.workbook.createDataFormat().getFormat("dd/mm/yyyy"));
		this.dateTimeStyle = this.workbook.createCellStyle();
		this.dateTimeStyle.setDataFormat(this.workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
		// Two places with grouping; Excel shows the reader's own decimal mark, as the
		// pages do (ui.Formats). Whole numbers stay plain: years and codes are numbers
		// too.
		this.decimalStyle = this.workbook.createCellStyle();
		this.decimalStyle.setDataFormat(this.workbook.createDataFormat().getFormat("#,##0.00"));
	}

	/**
	 * Starts a workbook that is written to the stream at {@link #close()}; the stream
	 * itself is left open for its owner.
	 */
	public static XlsxExport to(OutputStream out) {
		return new XlsxExport(out);
	}

	/**
	 * Starts a new sheet with its header row; the name is made safe for Excel (at most 31
	 * characters, no {@code []:*?/\}).
	 */
	public XlsxExport sheet(String name, List<Column> columns) {
		checkOpen();
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("A sheet needs at least one column");
		}
		finishSheet();
		SXSSFSheet created = this.workbook.createSheet(sheetName(name));
		this.sheet = created;
		this.columns = List.copyOf(columns);
		this.widths = new int[columns.size()];
		SXSSFRow header = created.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(compose(columns.get(i).header()));
			cell.setCellStyle(this.headerStyle);
			this.widths[i] = columns.get(i).header().length();
		}
		created.createFreezePane(0, 1);
		this.nextRow = 1;
		return this;
	}

	/**
	 * Offers a drop-down on a column of the current sheet, below its header: the values
	 * listed in another sheet of the workbook (written before or after), column
	 * {@code listColumn} (0-based) from its second row, {@code count} of them. Other
	 * values are warned about, not refused, since an import may accept more spellings.
	 */
	public XlsxExport choices(int column, String listSheet, int listColumn, int count) {
		checkOpen();
		SXSSFSheet current = this.sheet;
		if (current == null) {
			throw new IllegalStateException("Call sheet(…) before choices(…)");
		}
		String letter = CellReference.convertNumToColString(listColumn);
		String range = "'" + sheetName(listSheet).replace("'", "''") + "'!$" + letter + "$2:$" + letter + "$"
				+ (count + 1);
		DataValidationHelper helper = current.getDataValidationHelper();
		DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
				new CellRangeAddressList(1, CHOICE_ROWS, column, column));
		validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
		validation.setShowErrorBox(true);
		validation.setSuppressDropDownArrow(true);
		current.addValidationData(validation);
		return this;
	}

	/**
	 * The name a sheet gets: Vietnamese as given (NFC, Excel takes Unicode), made safe
	 * for Excel: at most 31 characters, no {@code []:*?/\}. Every sheet CanBo writes is
	 * named here.
	 */
	public static String sheetName(String name) {
		return WorkbookUtil.createSafeSheetName(compose(name));
	}

	/**
	 * Appends a row: {@link CharSequence} as text (NFC), {@link Number} as a number,
	 * {@link LocalDate} and {@link LocalDateTime} as Excel dates, {@link Boolean} as a
	 * boolean, null as an empty cell, anything else by its {@code toString()}.
	 */
	public XlsxExport row(@Nullable Object... values) {
		checkOpen();
		SXSSFSheet current = this.sheet;
		if (current == null) {
			throw new IllegalStateException("Call sheet(…) before row(…)");
		}
		if (values.length > this.columns.size()) {
			throw new IllegalArgumentException(
					"Row has " + values.length + " values for " + this.columns.size() + " columns");
		}
		SXSSFRow row = current.createRow(this.nextRow);
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			if (value != null) {
				int shown = write(row.createCell(i), value);
				if (this.nextRow <= WIDTH_SAMPLE) {
					this.widths[i] = Math.max(this.widths[i], shown);
				}
			}
		}
		this.nextRow++;
		return this;
	}

	/** Writes the workbook to the stream and deletes the temporary files. */
	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			finishSheet();
			this.workbook.write(this.out);
			this.out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			closeWorkbook();
		}
	}

	/** The number of characters the value shows, for the column width. */
	private int write(Cell cell, Object value) {
		if (value instanceof CharSequence text) {
			String composed = compose(text.toString());
			cell.setCellValue(composed);
			return composed.length();
		}
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
			if ((number instanceof java.math.BigDecimal decimal && decimal.scale() > 0) || number instanceof Double
					|| number instanceof Float) {
				cell.setCellStyle(this.decimalStyle);
			}
			return number.toString().length();
		}
		if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(this.dateStyle);
			return 10;
		}
		if (value instanceof LocalDateTime dateTime) {
			cell.setCellValue(dateTime);
			cell.setCellStyle(this.dateTimeStyle);
			return 16;
		}
		if (value instanceof Boolean bool) {
			cell.setCellValue(bool);
			return 5;
		}
		return write(cell, value.toString());
	}

	private void finishSheet() {
		SXSSFSheet current = this.sheet;
		if (current == null) {
			return;
		}
		for (int i = 0; i < this.columns.size(); i++) {
			Integer fixed = this.columns.get(i).width();
			int chars = (fixed != null) ? fixed : Math.min(MAX_WIDTH_CHARS, this.widths[i] + 2);
			// Excel measures widths in 1/256 of a character.
			current.setColumnWidth(i, Math.max(6, chars) * 256);
		}
		current.setAutoFilter(new CellRangeAddress(0, Math.max(0, this.nextRow - 1), 0, this.columns.size() - 1));
		this.sheet = null;
	}

	private void closeWorkbook() {
		try {
			this.workbook.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.workbook.dispose();
		}
	}

	private void checkOpen() {
		if (this.closed) {
			throw new IllegalStateException("The export is closed");
		}
	}

	private static String compose(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/**
	 * A column of an exported sheet: its header and, when null, a width from the header
	 * and the first rows.
	 */
	public record Column(String header, @Nullable Integer width) {

		/** A column sized from its header and the first rows. */
		public static Column of(String header) {
			return new Column(header, null);
		}

		/** A column of a fixed width in characters. */
		public static Column of(String header, int width) {
			return new Column(header, width);
		}

	}

}
