package vn.canbo.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading an official-looking sheet: a title above a merged header, blank rows, stray
 * spaces, decomposed text, old tone placement, dates in several forms and bad values.
 */
class XlsxRowsTests {

	@Test
	void findsTheHeaderBelowTheTitleAndNamesMergedCells() {
		try (XlsxRows rows = XlsxRows.open(upload(officialSheet()))) {
			assertThat(rows.headerRowNumber()).isEqualTo(3);
			assertThat(rows.headers()).containsExactly("STT", "Họ và tên", "Ngày sinh", "Quê quán", "Quê quán (2)",
					"Hệ số lương", "Năm vào ngành");
		}
	}

	@Test
	void streamsCleanTextAndSkipsBlankRows() {
		try (XlsxRows rows = XlsxRows.open(upload(officialSheet()))) {
			List<ImportRow> read = rows.rows().toList();

			assertThat(read).extracting(ImportRow::rowNumber).containsExactly(4, 6, 7, 8, 9);
			ImportRow first = read.get(0);
			assertThat(first.text("Họ và tên")).contains("Nguyễn Thị Hòa");
			assertThat(first.text("ho va ten")).contains("Nguyễn Thị Hòa");
			assertThat(first.text("Quê quán")).contains("Xã Hòa Bình");
			assertThat(first.text("Quê quán (2)")).contains("Tỉnh Điện Biên");
			assertThat(first.text("STT")).contains("1");
			assertThat(first.text("Ngày sinh")).contains("05/03/1985");
			assertThat(read.get(1).text("Họ và tên")).contains("Trần Văn Thúy");
			assertThat(read.get(1).text("Quê quán (2)")).isEmpty();
		}
	}

	@Test
	void readsDatesFromDateCellsSerialNumbersAndText() {
		try (XlsxRows rows = XlsxRows.open(upload(officialSheet()))) {
			List<ImportRow> read = rows.rows().toList();

			assertThat(read).extracting((row) -> row.date("Ngày sinh"))
				.containsExactly(java.util.Optional.of(LocalDate.of(1985, 3, 5)),
						java.util.Optional.of(LocalDate.of(1990, 3, 5)),
						java.util.Optional.of(LocalDate.of(1991, 12, 31)), java.util.Optional.empty(),
						java.util.Optional.of(LocalDate.of(1992, 3, 5)));
			assertThat(read).extracting((row) -> row.partialDate("Năm vào ngành"))
				.containsExactly(java.util.Optional.of(PartialDate.ofYear(2008)),
						java.util.Optional.of(PartialDate.ofYear(2012)),
						java.util.Optional.of(PartialDate.ofMonth(2010, 3)),
						java.util.Optional.of(PartialDate.of(LocalDate.of(2015, 9, 1))), java.util.Optional.empty());
		}
	}

	@Test
	void readsNumbersFromCellsAndText() {
		try (XlsxRows rows = XlsxRows.open(upload(officialSheet()))) {
			List<ImportRow> read = rows.rows().toList();

			assertThat(read.get(0).number("Hệ số lương").orElseThrow()).isEqualByComparingTo("2.34");
			assertThat(read.get(1).number("Hệ số lương").orElseThrow()).isEqualByComparingTo("3");
			assertThat(read.get(2).number("Hệ số lương")).isEmpty();
			assertThat(read.get(3).number("Hệ số lương").orElseThrow()).isEqualByComparingTo("1500000");
		}
	}

	@Test
	void reportsEveryBadCellWithRowColumnAndValue() {
		try (XlsxRows rows = XlsxRows.open(upload(officialSheet()))) {
			List<CellProblem> problems = rows.rows().flatMap((row) -> {
				row.date("Ngày sinh");
				row.number("Hệ số lương");
				row.partialDate("Năm vào ngành");
				return row.problems().stream();
			}).toList();

			assertThat(problems).containsExactly(
					new CellProblem(7, "Hệ số lương", "documents.import.number-invalid", List.of("hai phẩy ba")),
					new CellProblem(8, "Ngày sinh", "documents.import.date-invalid", List.of("31/02/1990")),
					new CellProblem(9, "Năm vào ngành", "documents.import.partial-date-invalid", List.of("13/2010")));
			assertThat(problems.get(1).messageArguments()).containsExactly("8", "Ngày sinh", "31/02/1990");
		}
	}

	@Test
	void mapsFieldsOntoTheHeadersOfAUsersSheet() {
		XlsxRows.Options options = XlsxRows.Options.defaults()
			.withColumns(Map.of("fullName", "HO VA TEN", "birthDate", "Ngày sinh", "unit", "Đơn vị"));
		try (XlsxRows rows = XlsxRows.open(upload(officialSheet()), options)) {
			assertThat(rows.missingColumns("fullName", "birthDate", "unit"))
				.containsExactly(new CellProblem(3, "Đơn vị", "documents.import.column-missing", List.of()));
			ImportRow first = rows.rows().findFirst().orElseThrow();
			assertThat(first.text("fullName")).contains("Nguyễn Thị Hòa");
			assertThat(first.date("birthDate")).contains(LocalDate.of(1985, 3, 5));
			assertThatThrownBy(() -> first.text("unit")).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void picksASheetByNameWithoutDiacritics() {
		try (XlsxRows rows = XlsxRows.open(upload(officialSheet()), XlsxRows.Options.defaults().withSheet("phu luc"))) {
			assertThat(rows.headerRowNumber()).isEqualTo(1);
			assertThat(rows.rows().map((row) -> row.text("Mã").orElseThrow())).containsExactly("A1");
		}
	}

	@Test
	void rejectsFilesWithoutSheetHeaderOrWorkbook() {
		assertThatThrownBy(() -> XlsxRows.open(upload(officialSheet()), XlsxRows.Options.defaults().withSheet("Khác")))
			.isInstanceOf(XlsxImportException.class)
			.extracting((ex) -> ((XlsxImportException) ex).messageKey())
			.isEqualTo("documents.import.sheet-missing");
		assertThatThrownBy(() -> XlsxRows.open(upload(officialSheet()),
				XlsxRows.Options.defaults().withSheet("Phụ lục").withMinimumHeaderCells(4)))
			.extracting((ex) -> ((XlsxImportException) ex).messageKey())
			.isEqualTo("documents.import.header-missing");
		assertThatThrownBy(() -> XlsxRows.open(upload(new ByteArrayInputStream("STT;Họ và tên".getBytes()))))
			.extracting((ex) -> ((XlsxImportException) ex).messageKey())
			.isEqualTo("documents.import.file-unreadable");
	}

	private static final UploadedSheets UPLOADS = new UploadedSheets(ImportLimits.defaults(), Clock.systemUTC());

	@AfterAll
	static void deleteUploads() {
		UPLOADS.deleteAll();
	}

	/** The file as an import takes it in, checked against the default limits. */
	static UploadedSheet upload(InputStream in) {
		return UPLOADS.accept(in, "xlsx-rows-tests");
	}

	@Test
	void refusesFormulasControlCharactersAndOverLongTextCellByCell() {
		byte[] file;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Danh sách");
			row(sheet, 0, "Họ và tên", "Nơi ở", "Hệ số lương");
			// POI writes a control character as "?"; Excel writes its escape.
			row(sheet, 1, "Nguyễn Văn_x0007_ A", "Tổ_x0000_ 5", "2,34");
			Row formulas = row(sheet, 2, "Trần Văn B", "x".repeat(ImportRow.MAX_TEXT + 1));
			formulas.createCell(2).setCellFormula("2+0.34");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			file = out.toByteArray();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		try (XlsxRows rows = XlsxRows.open(upload(new ByteArrayInputStream(file)))) {
			List<ImportRow> read = rows.rows().toList();
			ImportRow control = read.get(0);
			assertThat(control.text("Họ và tên")).isEmpty();
			assertThat(control.text("Nơi ở")).isEmpty();
			assertThat(control.problems()).extracting(CellProblem::messageKey)
				.containsExactly("documents.import.control-characters", "documents.import.control-characters");
			assertThat(control.problems().get(0).arguments()).containsExactly("Nguyễn Văn A");
			ImportRow formula = read.get(1);
			assertThat(formula.number("Hệ số lương")).isEmpty();
			assertThat(formula.text("Nơi ở")).isEmpty();
			assertThat(formula.problems()).extracting(CellProblem::messageKey)
				.containsExactly("documents.import.formula", "documents.import.text-too-long-cell");
		}
	}

	/** A sheet laid out as provinces send them, built with POI as Excel would save it. */
	static ByteArrayInputStream officialSheet() {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			Sheet sheet = workbook.createSheet("Nhân sự");
			row(sheet, 0, "DANH SÁCH CÁN BỘ, CÔNG CHỨC");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
			row(sheet, 2, "STT", " Họ và   tên ", "Ngày sinh", "Quê quán", null, "Hệ số lương", "Năm vào ngành");
			sheet.addMergedRegion(new CellRangeAddress(2, 2, 3, 4));
			Row first = row(sheet, 3, 1, nfd("  Nguyễn   Thị Hoà "), null, "Xã Hoà Bình", "Tỉnh Điện Biên", "2,34",
					"2008");
			Cell birth = first.createCell(2);
			birth.setCellValue(LocalDate.of(1985, 3, 5));
			birth.setCellStyle(dateStyle);
			row(sheet, 4, null, "   ", null);
			row(sheet, 5, 2, "Trần Văn Thuý", "5/3/1990", "Phường Thuỵ Khuê", null, 3, 2012);
			row(sheet, 6, 3, "Lê Văn Khoa", "1991-12-31", "", "", "hai phẩy ba", "03/2010");
			row(sheet, 7, 4, "Phạm Thị Loan", "31/02/1990", "", "", "1.500.000", "01/09/2015");
			// A serial number without a date format, as left by a copy without formats.
			row(sheet, 8, 5, "Đỗ Văn Tuấn", 33668, "", "", "", "13/2010");
			Sheet appendix = workbook.createSheet("Phụ lục");
			row(appendix, 0, "Mã", "Tên", "Ghi chú");
			row(appendix, 1, "A1", "Một", "");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return new ByteArrayInputStream(out.toByteArray());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static Row row(Sheet sheet, int index, Object... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof String text) {
				row.createCell(i).setCellValue(text);
			}
			else if (values[i] instanceof Number number) {
				row.createCell(i).setCellValue(number.doubleValue());
			}
		}
		return row;
	}

	private static String nfd(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD);
	}

}
