package vn.canbo.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.canbo.documents.XlsxExport.Column;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxExportTests {

	static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);

	@TempDir
	Path folder;

	@Test
	void streamsAHundredThousandRowsThatReadBack() throws IOException {
		Path file = this.folder.resolve("large.xlsx");
		List<Column> columns = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			columns.add(Column.of("Cột " + i));
		}
		try (OutputStream out = Files.newOutputStream(file); XlsxExport export = XlsxExport.to(out)) {
			export.sheet("Danh sách", columns);
			for (int i = 0; i < 100_000; i++) {
				export.row("Nguyễn Thị Hằng " + i, i, FIRST_DAY.plusDays(i % 20_000), i % 2 == 0, null, "Điện Biên",
						BigDecimal.valueOf(i, 2), "x", "y", "z");
			}
		}

		try (InputStream in = Files.newInputStream(file);
				ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
			Sheet sheet = workbook.getFirstSheet();
			assertThat(sheet.getName()).isEqualTo("Danh sách");
			AtomicLong count = new AtomicLong();
			List<Row> checked = new ArrayList<>();
			try (var rows = sheet.openStream()) {
				rows.forEach((row) -> {
					count.incrementAndGet();
					if (row.getRowNum() == 1 || row.getRowNum() == 12_346) {
						checked.add(row);
					}
				});
			}
			assertThat(count.get()).isEqualTo(100_001);
			Row header = checked.get(0);
			assertThat(header.getCellText(0)).isEqualTo("Cột 1");
			Row sample = checked.get(1);
			assertThat(sample.getCellText(0)).isEqualTo("Nguyễn Thị Hằng 12344");
			assertThat(sample.getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("12344");
			assertThat(sample.getCell(2).getDataFormatString()).isEqualTo("dd/mm/yyyy");
			assertThat(sample.getCellAsDate(2).orElseThrow().toLocalDate()).isEqualTo(FIRST_DAY.plusDays(12344));
			assertThat(sample.getCellAsBoolean(3)).contains(true);
			assertThat(sample.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("123.44");
		}
	}

	@Test
	void writesSeveralSheetsAndComposesDecomposedText() throws IOException {
		Path file = this.folder.resolve("sheets.xlsx");
		String decomposed = java.text.Normalizer.normalize("Hằng", java.text.Normalizer.Form.NFD);
		try (OutputStream out = Files.newOutputStream(file); XlsxExport export = XlsxExport.to(out)) {
			export.sheet("Một/Hai?", List.of(Column.of("Tên"), Column.of("Ghi chú", 40))).row(decomposed, null);
			export.sheet("Trống", List.of(Column.of("Tên")));
		}

		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
			assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Một Hai ", "Trống");
			assertThat(XlsxExport.sheetName("Chức danh còn trống: [tổng] theo *đơn vị* \\ năm"))
				.isEqualTo("Chức danh còn trống   tổng  the")
				.hasSize(31);
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(2);
			assertThat(rows.get(1).getCellText(0)).isEqualTo("Hằng");
		}
	}

	@Test
	void refusesRowsBeforeASheetAndAfterClose() {
		XlsxExport export = XlsxExport.to(OutputStream.nullOutputStream());
		assertThatThrownBy(() -> export.row("a")).isInstanceOf(IllegalStateException.class);
		export.sheet("S", List.of(Column.of("A")));
		assertThatThrownBy(() -> export.row("a", "b")).isInstanceOf(IllegalArgumentException.class);
		export.close();
		assertThatThrownBy(() -> export.row("a")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void writesDecimalsWithTwoPlacesAndGroupingAndWholeNumbersPlain() throws IOException {
		Path file = this.folder.resolve("figures.xlsx");
		try (OutputStream out = Files.newOutputStream(file); XlsxExport export = XlsxExport.to(out)) {
			export.sheet("Số liệu", List.of(Column.of("Năm"), Column.of("Điểm"), Column.of("Hệ số")))
				.row(1985, new BigDecimal("83.74"), new BigDecimal("2.00"));
		}

		try (InputStream in = Files.newInputStream(file);
				ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
			List<Row> rows;
			try (var stream = workbook.getFirstSheet().openStream()) {
				rows = stream.toList();
			}
			Row row = rows.get(1);
			assertThat(row.getCell(0).getDataFormatString()).isNotEqualTo("#,##0.00");
			assertThat(row.getCellAsNumber(0).orElseThrow()).isEqualByComparingTo("1985");
			assertThat(row.getCell(1).getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(row.getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("83.74");
			assertThat(row.getCell(2).getDataFormatString()).isEqualTo("#,##0.00");
		}
	}

}
