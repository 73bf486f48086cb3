package vn.canbo.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

import vn.canbo.shared.VietnameseText;

/**
 * Streams the rows of an Excel (.xlsx) sheet for an import: finds the header row below
 * any title rows, skips blank rows, and gives each row's cells as clean NFC text, dates
 * and numbers by column name.
 *
 * <p>
 * The header row is the first of the first {@value #HEADER_SEARCH_ROWS} rows with at
 * least {@link Options#minimumHeaderCells()} non-blank cells. A merged header cell
 * arrives as its value followed by blank cells (the reader does not see merged regions),
 * so a blank header cell between named ones takes the name of the nearest named cell to
 * its left with a counter: "Quê quán", "Quê quán (2)", "Quê quán (3)". A repeated header
 * gets the same counter. Blank header cells after the last named one are ignored.
 */
public final class XlsxRows implements AutoCloseable {

	/** Official sheets put a few title rows above the header, never this many. */
	public static final int HEADER_SEARCH_ROWS = 10;

	private final UploadedSheet upload;

	private final ReadableWorkbook workbook;

	private final Stream<Row> sheetRows;

	private final Iterator<Row> remaining;

	private final ImportColumns columns;

	private XlsxRows(UploadedSheet upload, ReadableWorkbook workbook, Stream<Row> sheetRows, Iterator<Row> remaining,
			ImportColumns columns) {
		this.upload = upload;
		this.workbook = workbook;
		this.sheetRows = sheetRows;
		this.remaining = remaining;
		this.columns = columns;
	}

	/** Opens the first sheet with the default options. */
	public static XlsxRows open(UploadedSheet upload) {
		return open(upload, Options.defaults());
	}

	/**
	 * Opens the sheet of an upload (which passed the {@link ImportLimits} when it was
	 * accepted) and reads up to its header row.
	 * @throws XlsxImportException when the file is no .xlsx, has no such sheet, or no
	 * header row, or the upload is no longer kept
	 */
	public static XlsxRows open(UploadedSheet upload, Options options) {
		Path file = upload.acquire();
		ReadableWorkbook workbook;
		try {
			workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
		}
		catch (IOException | ExcelReaderException | IllegalArgumentException ex) {
			upload.release();
			throw new XlsxImportException("documents.import.file-unreadable");
		}
		try {
			Sheet sheet = pickSheet(workbook, options.sheet());
			Stream<Row> rows = sheet.openStream();
			Iterator<Row> iterator = rows.iterator();
			while (iterator.hasNext()) {
				Row row = iterator.next();
				if (row.getRowNum() > HEADER_SEARCH_ROWS) {
					break;
				}
				List<String> texts = headerTexts(row);
				if (texts.stream().filter((text) -> !text.isEmpty()).count() >= options.minimumHeaderCells()) {
					return new XlsxRows(upload, workbook, rows, iterator,
							new ImportColumns(row.getRowNum(), namedHeaders(texts), options.columns()));
				}
			}
			rows.close();
			throw new XlsxImportException("documents.import.header-missing", sheet.getName(),
					options.minimumHeaderCells(), HEADER_SEARCH_ROWS);
		}
		catch (IOException | ExcelReaderException ex) {
			closeQuietly(workbook);
			upload.release();
			throw new XlsxImportException("documents.import.file-unreadable");
		}
		catch (RuntimeException ex) {
			closeQuietly(workbook);
			upload.release();
			throw ex;
		}
	}

	/** The row number of the header as Excel shows it. */
	public int headerRowNumber() {
		return this.columns.headerRowNumber();
	}

	/**
	 * The column headers, cleaned, with blank (merged) cells named as described above.
	 */
	public List<String> headers() {
		return this.columns.headers();
	}

	/**
	 * A problem for each column (a field of the mapping or a header name) that the header
	 * row lacks, to check before reading rows.
	 */
	public List<CellProblem> missingColumns(String... columns) {
		List<CellProblem> missing = new ArrayList<>();
		for (String column : columns) {
			if (this.columns.indexOf(column) < 0) {
				missing.add(new CellProblem(headerRowNumber(), this.columns.headerFor(column),
						"documents.import.column-missing", List.of()));
			}
		}
		return missing;
	}

	/**
	 * The data rows below the header, blank rows skipped, read lazily from the file; can
	 * be consumed once.
	 */
	public Stream<ImportRow> rows() {
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this.remaining, Spliterator.ORDERED), false)
			.filter((row) -> !isBlank(row))
			.map((row) -> new ImportRow(row, this.columns));
	}

	@Override
	public void close() {
		try {
			this.sheetRows.close();
			this.workbook.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.upload.release();
		}
	}

	private static Sheet pickSheet(ReadableWorkbook workbook, @Nullable String name) {
		if (name == null) {
			return workbook.getFirstSheet();
		}
		return workbook.getSheets()
			.filter((sheet) -> VietnameseText.searchKey(sheet.getName()).equals(VietnameseText.searchKey(name)))
			.findFirst()
			.orElseThrow(() -> new XlsxImportException("documents.import.sheet-missing", name));
	}

	private static List<String> headerTexts(Row row) {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < row.getCellCount(); i++) {
			texts.add(ImportRow.cellText(row, i).orElse(""));
		}
		return texts;
	}

	private static List<String> namedHeaders(List<String> texts) {
		int last = texts.size() - 1;
		while (last >= 0 && texts.get(last).isEmpty()) {
			last--;
		}
		List<String> headers = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		String left = "";
		for (int i = 0; i <= last; i++) {
			String text = texts.get(i);
			String base = text.isEmpty() ? left : text;
			left = base;
			int occurrence = seen.merge(VietnameseText.searchKey(base), 1, Integer::sum);
			headers.add((occurrence == 1) ? base : base + " (" + occurrence + ")");
		}
		return headers;
	}

	private static boolean isBlank(Row row) {
		for (int i = 0; i < row.getCellCount(); i++) {
			if (ImportRow.cellText(row, i).isPresent()) {
				return false;
			}
		}
		return true;
	}

	private static void closeQuietly(ReadableWorkbook workbook) {
		try {
			workbook.close();
		}
		catch (IOException ex) {
			// The import already failed; the reason for that is what the user needs.
		}
	}

	/**
	 * How to read a sheet: which sheet (null: the first), how many non-blank cells make
	 * the header row, and an optional mapping from field names to the headers of a user's
	 * own sheet.
	 */
	public record Options(@Nullable String sheet, int minimumHeaderCells, Map<String, String> columns) {

		public Options {
			if (minimumHeaderCells < 1) {
				throw new IllegalArgumentException("minimumHeaderCells must be at least 1");
			}
			columns = Map.copyOf(columns);
		}

		/** The first sheet, a header of at least 3 cells, no mapping. */
		public static Options defaults() {
			return new Options(null, 3, Map.of());
		}

		/** The same options for the sheet of that name (diacritics and case ignored). */
		public Options withSheet(String name) {
			return new Options(name, this.minimumHeaderCells, this.columns);
		}

		/** The same options with another header threshold. */
		public Options withMinimumHeaderCells(int cells) {
			return new Options(this.sheet, cells, this.columns);
		}

		/** The same options with a mapping from field name to header. */
		public Options withColumns(Map<String, String> fieldToHeader) {
			return new Options(this.sheet, this.minimumHeaderCells, fieldToHeader);
		}

	}

}
