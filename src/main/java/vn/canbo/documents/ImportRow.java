package vn.canbo.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

import vn.canbo.shared.VietnameseText;

/**
 * One data row of an imported sheet. Values that cannot be read come back empty and add a
 * {@link CellProblem} to {@link #problems()}, so that an import can report every bad cell
 * instead of stopping at the first.
 */
public final class ImportRow {

	private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	/** Day first as Vietnamese users write it; ISO for exports of other systems. */
	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(strict("d/M/uuuu"), strict("d-M-uuuu"),
			strict("d.M.uuuu"), strict("uuuu-M-d"));

	private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{4})");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern NUMBER_SPACES = Pattern.compile("[\\s\\u00a0\\u202f]");

	/** Excel's escape of a character XML cannot hold (ST_Xstring): "_x0007_". */
	private static final Pattern EXCEL_ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

	/** Control characters (tabs and line breaks are spaces by then). */
	private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

	/**
	 * Characters of a cell read as text: the fields of a record are short (names,
	 * addresses, posts); a longer cell is a mistake to report, not a value to store.
	 */
	public static final int MAX_TEXT = 1000;

	private final Row row;

	private final ImportColumns columns;

	private final List<CellProblem> problems = new ArrayList<>();

	ImportRow(Row row, ImportColumns columns) {
		this.row = row;
		this.columns = columns;
	}

	/** The row number as Excel shows it (1-based). */
	public int rowNumber() {
		return this.row.getRowNum();
	}

	/**
	 * The text of the cell: NFC, trimmed, single spaces, tone marks placed as in current
	 * spelling (hoà → hòa); numbers without a trailing ".0", dates as dd/MM/yyyy. Empty
	 * when blank.
	 */
	public Optional<String> text(String column) {
		int index = index(column);
		if (formula(index)) {
			return invalid(index, "documents.import.formula");
		}
		Optional<String> text = cellText(this.row, index);
		if (text.isPresent() && CONTROL.matcher(text.get()).find()) {
			return invalid(index, "documents.import.control-characters");
		}
		if (text.isPresent() && text.get().length() > MAX_TEXT) {
			this.problems.add(new CellProblem(rowNumber(), this.columns.headers().get(index),
					"documents.import.text-too-long-cell", List.of(text.get().length(), MAX_TEXT)));
			return Optional.empty();
		}
		return text;
	}

	/**
	 * Whether the cell holds a number, whose leading zeros Excel does not keep (an ID
	 * number typed into a number cell).
	 */
	public boolean isNumber(String column) {
		Cell cell = cell(this.row, index(column));
		return cell != null && cell.getType() == CellType.NUMBER;
	}

	/**
	 * The cells of the row as text, one per header (blank ones empty), as the file has
	 * them: what an officer needs to correct a rejected row.
	 */
	public List<String> texts() {
		List<String> texts = new ArrayList<>(this.columns.headers().size());
		for (int i = 0; i < this.columns.headers().size(); i++) {
			texts.add(shown(cellText(this.row, i).orElse("")));
		}
		return texts;
	}

	/**
	 * The date of the cell: an Excel date, a serial number, or text dd/MM/yyyy, d/M/yyyy,
	 * dd-MM-yyyy, dd.MM.yyyy or yyyy-MM-dd. A plain number between 1900 and 2100 is taken
	 * for a year, which is no date here (see {@link #partialDate(String)}).
	 */
	public Optional<LocalDate> date(String column) {
		int index = index(column);
		Cell cell = cell(this.row, index);
		if (cell == null) {
			return Optional.empty();
		}
		if (formula(index)) {
			return invalid(index, "documents.import.formula");
		}
		if (cell.getType() == CellType.NUMBER) {
			if (isDateFormatted(cell) || !looksLikeYear(cell.asNumber())) {
				return Optional.of(cell.asDate().toLocalDate());
			}
			return invalid(index, "documents.import.date-invalid");
		}
		Optional<String> text = cellText(this.row, index);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		Optional<LocalDate> parsed = parseDate(text.get());
		if (parsed.isEmpty()) {
			return invalid(index, "documents.import.date-invalid");
		}
		return parsed;
	}

	/**
	 * A date, a month ("03/1985", "3-1985") or a year ("1985", also as a number) from the
	 * cell.
	 */
	public Optional<PartialDate> partialDate(String column) {
		int index = index(column);
		Cell cell = cell(this.row, index);
		if (cell == null) {
			return Optional.empty();
		}
		if (formula(index)) {
			return invalid(index, "documents.import.formula");
		}
		if (cell.getType() == CellType.NUMBER) {
			if (!isDateFormatted(cell) && looksLikeYear(cell.asNumber())) {
				return Optional.of(PartialDate.ofYear(cell.asNumber().intValueExact()));
			}
			return Optional.of(PartialDate.of(cell.asDate().toLocalDate()));
		}
		Optional<String> text = cellText(this.row, index);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		Optional<PartialDate> parsed = parsePartialDate(text.get());
		if (parsed.isEmpty()) {
			return invalid(index, "documents.import.partial-date-invalid");
		}
		return parsed;
	}

	/**
	 * The number of the cell, or of its text: spaces are dropped; with both "." and ","
	 * the later one is the decimal separator ("1.234,5" and "1,234.5"); a single "." or
	 * "," is decimal ("2,34" is a salary coefficient); repeated ones group thousands
	 * ("1.500.000").
	 */
	public Optional<BigDecimal> number(String column) {
		int index = index(column);
		Cell cell = cell(this.row, index);
		if (cell == null) {
			return Optional.empty();
		}
		if (formula(index)) {
			return invalid(index, "documents.import.formula");
		}
		if (cell.getType() == CellType.NUMBER) {
			return Optional.of(cell.asNumber());
		}
		Optional<String> text = cellText(this.row, index);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		Optional<BigDecimal> parsed = parseNumber(text.get());
		if (parsed.isEmpty()) {
			return invalid(index, "documents.import.number-invalid");
		}
		return parsed;
	}

	/** The problems found by the reads of this row so far. */
	public List<CellProblem> problems() {
		return List.copyOf(this.problems);
	}

	private int index(String column) {
		int index = this.columns.indexOf(column);
		if (index < 0) {
			throw new IllegalArgumentException("No column \"" + column + "\" in the header row "
					+ this.columns.headerRowNumber() + "; check XlsxRows.missingColumns first");
		}
		return index;
	}

	/**
	 * A formula's value is what the program that saved the file computed, if it computed
	 * it at all (generated files often hold 0): the value is asked for instead.
	 */
	private boolean formula(int index) {
		Cell cell = cell(this.row, index);
		return cell != null && cell.getType() == CellType.FORMULA;
	}

	private static String shown(String text) {
		return CONTROL.matcher(text).replaceAll("");
	}

	private <T> Optional<T> invalid(int index, String messageKey) {
		String written = shown(cellText(this.row, index).orElse(""));
		this.problems
			.add(new CellProblem(rowNumber(), this.columns.headers().get(index), messageKey, List.of(written)));
		return Optional.empty();
	}

	static Optional<String> cellText(Row row, int index) {
		Cell cell = cell(row, index);
		if (cell == null) {
			return Optional.empty();
		}
		String raw = switch (cell.getType()) {
			case NUMBER -> isDateFormatted(cell) ? SHOWN_DATE.format(cell.asDate())
					: cell.asNumber().stripTrailingZeros().toPlainString();
			case BOOLEAN -> cell.asBoolean().toString().toUpperCase(Locale.ROOT);
			case EMPTY -> null;
			default -> unescape(cell.getText());
		};
		String cleaned = VietnameseText.clean(raw);
		if (cleaned == null || cleaned.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(VietnameseText.normaliseTonePlacement(cleaned));
	}

	private static @Nullable String unescape(@Nullable String text) {
		if (text == null || text.indexOf("_x") < 0) {
			return text;
		}
		return EXCEL_ESCAPE.matcher(text)
			.replaceAll(
					(match) -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(match.group(1), 16))));
	}

	static Optional<LocalDate> parseDate(String text) {
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return Optional.of(LocalDate.parse(text, format));
			}
			catch (DateTimeParseException ex) {
				// Try the next format.
			}
		}
		return Optional.empty();
	}

	static Optional<PartialDate> parsePartialDate(String text) {
		Optional<LocalDate> date = parseDate(text);
		if (date.isPresent()) {
			return Optional.of(PartialDate.of(date.get()));
		}
		if (YEAR.matcher(text).matches()) {
			return Optional.of(PartialDate.ofYear(Integer.parseInt(text)));
		}
		Matcher monthYear = MONTH_YEAR.matcher(text);
		if (monthYear.matches()) {
			int month = Integer.parseInt(monthYear.group(1));
			if (month >= 1 && month <= 12) {
				return Optional.of(PartialDate.ofMonth(Integer.parseInt(monthYear.group(2)), month));
			}
		}
		return Optional.empty();
	}

	static Optional<BigDecimal> parseNumber(String text) {
		String digits = NUMBER_SPACES.matcher(text).replaceAll("");
		int dot = digits.lastIndexOf('.');
		int comma = digits.lastIndexOf(',');
		String plain;
		if (dot >= 0 && comma >= 0) {
			char decimal = (dot > comma) ? '.' : ',';
			char grouping = (dot > comma) ? ',' : '.';
			plain = digits.replace(String.valueOf(grouping), "").replace(decimal, '.');
		}
		else if (dot >= 0 || comma >= 0) {
			char separator = (dot >= 0) ? '.' : ',';
			long count = digits.chars().filter((ch) -> ch == separator).count();
			plain = (count == 1) ? digits.replace(separator, '.') : digits.replace(String.valueOf(separator), "");
		}
		else {
			plain = digits;
		}
		try {
			return Optional.of(new BigDecimal(plain));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static @Nullable Cell cell(Row row, int index) {
		if (index >= row.getCellCount()) {
			return null;
		}
		Cell cell = row.getCell(index);
		return (cell == null || cell.getType() == CellType.EMPTY) ? null : cell;
	}

	/** True for cells whose number format shows a day, month or year. */
	private static boolean isDateFormatted(Cell cell) {
		Integer id = cell.getDataFormatId();
		if (id != null && ((id >= 14 && id <= 17) || id == 22)) {
			return true;
		}
		if (id != null && ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))) {
			return false;
		}
		String format = cell.getDataFormatString();
		if (format == null) {
			return false;
		}
		String code = format.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "").toLowerCase(Locale.ROOT);
		return code.contains("d") || code.contains("y");
	}

	private static boolean looksLikeYear(BigDecimal number) {
		return number.stripTrailingZeros().scale() <= 0 && number.compareTo(BigDecimal.valueOf(1900)) >= 0
				&& number.compareTo(BigDecimal.valueOf(2100)) <= 0;
	}

	private static DateTimeFormatter strict(String pattern) {
		return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
	}

}
