package vn.canbo.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;

/**
 * Files sent to imports by mistake or in malice, generated in the test (nothing big is
 * committed): zip bombs written as raw deflate blocks so that gigabytes cost a second, a
 * sheet of millions of rows written as streamed XML, and files that are no .xlsx at all.
 */
public final class HostileWorkbooks {

	private static final String CONTENT_TYPES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
			<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
			<Default Extension="xml" ContentType="application/xml"/>\
			<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
			<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
			<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
			<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
			</Types>""";

	private static final String ROOT_RELS = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
			<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
			</Relationships>""";

	private static final String WORKBOOK = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
			xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
			<sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>""";

	private static final String WORKBOOK_RELS = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
			<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
			<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
			<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
			</Relationships>""";

	private static final String SHEET_START = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""";

	private static final String SHEET_END = "</sheetData></worksheet>";

	private static final String SST_START = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""";

	private static final String STYLES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
			<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>\
			<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>""";

	private static final String HEADER_ROW = "<row r=\"1\">" + inline("A1", "Họ và tên") + inline("B1", "Ngày sinh")
			+ inline("C1", "Giới tính") + "</row>";

	private HostileWorkbooks() {
	}

	/**
	 * A workbook of about 2 MB whose shared strings part holds one string of 2 GiB: every
	 * cell of the sheet refers to it.
	 */
	public static byte[] sharedStringBomb() {
		String sheet = SHEET_START + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>0</v></c>"
				+ "<c r=\"C1\" t=\"s\"><v>0</v></c></row>" + SHEET_END;
		Part strings = new Part(SST_START + "<si><t>", mebibytesOfA(), 2048, "</t></si></sst>");
		return workbook(Part.of(sheet), strings);
	}

	/** A workbook whose only data cell is an inline string of 1 GiB. */
	public static byte[] hugeCellBomb() {
		Part sheet = new Part(SHEET_START + HEADER_ROW + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>",
				mebibytesOfA(), 1024, "</t></is></c></row>" + SHEET_END);
		return workbook(sheet, Part.of(SST_START + "</sst>"));
	}

	/**
	 * A sheet of plausible, varied rows (a name, a birth date, a sex) below its header:
	 * the same block of a thousand rows repeated, each deflated on its own, so that five
	 * million rows cost a second to write and make a file of about 25 MB, as one that
	 * held a server for 17 minutes.
	 */
	public static byte[] manyRows(int rows) {
		String[] names = { "Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thu Dung", "Vũ Đức Em" };
		StringBuilder strings = new StringBuilder(SST_START);
		for (String text : List.of("Họ và tên", "Ngày sinh", "Giới tính", "Nam", "Nữ")) {
			strings.append("<si><t>").append(text).append("</t></si>");
		}
		for (String name : names) {
			strings.append("<si><t>").append(name).append("</t></si>");
		}
		strings.append("</sst>");
		// Up to 10,000 rows in one block, more in blocks of a thousand.
		int blockRows = (rows <= 10_000) ? rows : 1000;
		StringBuilder block = new StringBuilder();
		Random random = new Random(5);
		for (int r = 0; r < blockRows; r++) {
			block.append("<row><c t=\"s\"><v>")
				.append(5 + random.nextInt(names.length))
				.append("</v></c><c s=\"1\"><v>")
				.append(22000 + random.nextInt(16000))
				.append("</v></c><c t=\"s\"><v>")
				.append(3 + random.nextInt(2))
				.append("</v></c></row>");
		}
		String header = "<row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c><c t=\"s\"><v>2</v></c></row>";
		Part sheet = new Part(SHEET_START + header, bytes(block.toString()), rows / blockRows, SHEET_END);
		return workbook(sheet, Part.of(strings.toString()));
	}

	/**
	 * A small sheet whose second row has a cell of the given length, not compressible.
	 */
	public static byte[] longCell(int length) {
		Random random = new Random(7);
		char[] text = new char[length];
		for (int i = 0; i < length; i++) {
			text[i] = (char) ('a' + random.nextInt(26));
		}
		return plainSheet(HEADER_ROW + "<row r=\"2\">" + inline("A2", new String(text)) + "</row>");
	}

	/** A small sheet with a cell in column XFD, the last Excel has. */
	public static byte[] farColumn() {
		return plainSheet(HEADER_ROW + "<row r=\"2\">" + inline("A2", "Nguyễn Văn A") + inline("XFD2", "x") + "</row>");
	}

	/** The first half of a valid workbook, as an interrupted upload leaves it. */
	public static byte[] truncated(byte[] workbook) {
		return Arrays.copyOf(workbook, workbook.length / 2);
	}

	/** A small PDF. */
	public static byte[] pdf() {
		return bytes("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
	}

	/** Bytes of no format. */
	public static byte[] randomBytes() {
		byte[] bytes = new byte[64 * 1024];
		new Random(11).nextBytes(bytes);
		return bytes;
	}

	/** An Excel 97–2003 workbook, as a renamed .xls arrives. */
	public static byte[] xls() {
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			var row = workbook.createSheet("Danh sách").createRow(0);
			row.createCell(0).setCellValue("Họ và tên");
			row.createCell(1).setCellValue("Ngày sinh");
			row.createCell(2).setCellValue("Giới tính");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] plainSheet(String rows) {
		return workbook(Part.of(SHEET_START + rows + SHEET_END), Part.of(SST_START + "</sst>"));
	}

	/** A workbook of one sheet with its shared strings and styles. */
	private static byte[] workbook(Part sheet, Part strings) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
			Part.of(CONTENT_TYPES).write(zip, "[Content_Types].xml");
			Part.of(ROOT_RELS).write(zip, "_rels/.rels");
			Part.of(WORKBOOK).write(zip, "xl/workbook.xml");
			Part.of(WORKBOOK_RELS).write(zip, "xl/_rels/workbook.xml.rels");
			Part.of(STYLES).write(zip, "xl/styles.xml");
			sheet.write(zip, "xl/worksheets/sheet1.xml");
			strings.write(zip, "xl/sharedStrings.xml");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] mebibytesOfA() {
		byte[] block = new byte[1 << 20];
		Arrays.fill(block, (byte) 'A');
		return block;
	}

	private static String inline(String reference, String text) {
		return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A part written as raw deflate data: its start, a block repeated, its end. Each is
	 * deflated with a full flush (which resets the dictionary), so the compressed block
	 * is simply repeated: gigabytes cost the time of one block.
	 */
	private record Part(String start, byte[] block, int repeats, String end) {

		static Part of(String content) {
			return new Part(content, new byte[0], 0, "");
		}

		void write(ZipArchiveOutputStream zip, String name) throws IOException {
			byte[] head = deflate(bytes(this.start), false);
			byte[] middle = deflate(this.block, false);
			byte[] tail = deflate(bytes(this.end), true);
			CRC32 crc = new CRC32();
			crc.update(bytes(this.start));
			for (int i = 0; i < this.repeats; i++) {
				crc.update(this.block);
			}
			crc.update(bytes(this.end));
			ZipArchiveEntry entry = new ZipArchiveEntry(name);
			entry.setMethod(ZipArchiveEntry.DEFLATED);
			entry.setSize(bytes(this.start).length + (long) this.repeats * this.block.length + bytes(this.end).length);
			entry.setCompressedSize(head.length + (long) this.repeats * middle.length + tail.length);
			entry.setCrc(crc.getValue());
			List<InputStream> parts = new ArrayList<>();
			parts.add(new ByteArrayInputStream(head));
			for (int i = 0; i < this.repeats; i++) {
				parts.add(new ByteArrayInputStream(middle));
			}
			parts.add(new ByteArrayInputStream(tail));
			zip.addRawArchiveEntry(entry, new SequenceInputStream(Collections.enumeration(parts)));
		}

		/** Deflated with a full flush, or as the last block when finishing. */
		private static byte[] deflate(byte[] input, boolean finish) {
			Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
			deflater.setInput(input);
			if (finish) {
				deflater.finish();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[64 * 1024];
			while (true) {
				int length = deflater.deflate(buffer, 0, buffer.length,
						finish ? Deflater.NO_FLUSH : Deflater.FULL_FLUSH);
				out.write(buffer, 0, length);
				if (finish ? deflater.finished() : length < buffer.length) {
					break;
				}
			}
			deflater.end();
			return out.toByteArray();
		}

	}

}
