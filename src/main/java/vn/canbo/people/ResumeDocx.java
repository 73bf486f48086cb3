package vn.canbo.people;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

import org.springframework.context.MessageSource;

/**
 * Writes the 2C résumé as a Word document that users go on editing: the numbered items as
 * text on dotted tab leaders, the histories as real tables whose header rows repeat on
 * each page, A4 with the margins of administrative documents and page numbers in the
 * footer.
 */
class ResumeDocx {

	/** The font of Vietnamese administrative documents (Decree 30/2020/NĐ-CP). */
	private static final String FONT = "Times New Roman";

	private static final int BODY_SIZE = 12;

	private static final int TABLE_SIZE = 11;

	private static final int TWIPS_PER_MM = 1440 * 10 / 254;

	private static final int PAGE_WIDTH = 11906;

	private static final int LEFT_MARGIN = 30 * TWIPS_PER_MM;

	private static final int RIGHT_MARGIN = 15 * TWIPS_PER_MM;

	/** The width of the text between the margins. */
	private static final int TEXT_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN;

	private final MessageSource messages;

	private final Locale locale;

	ResumeDocx(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	byte[] write(ResumeContent content) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			setUp(document);
			header(document, content);
			for (ResumeContent.Line line : content.items().subList(5, content.items().size())) {
				line(document::createParagraph, line, TEXT_WIDTH);
			}
			heading(document, "27) " + message("resume.item.training") + ":", null);
			table(document,
					List.of("resume.column.institution", "resume.column.field", "resume.column.period",
							"resume.column.mode", "resume.column.qualification"),
					new int[] { 23, 21, 21, 14, 21 }, content.trainings());
			heading(document, "28) " + message("resume.item.work") + ":", null);
			table(document, List.of("resume.column.workPeriod", "resume.column.workDescription"), new int[] { 24, 76 },
					content.work());
			heading(document, "29) " + message("resume.item.personalHistory") + ":", null);
			for (ResumeContent.Line line : content.personalHistory()) {
				line(document::createParagraph, line, TEXT_WIDTH);
			}
			heading(document, "30) " + message("resume.item.family") + ":", null);
			List<String> familyColumns = List.of("resume.column.relation", "resume.column.relativeName",
					"resume.column.relativeBirthYear", "resume.column.relativeDetails");
			int[] familyWidths = { 14, 22, 10, 54 };
			heading(document, "a) " + message("resume.item.family.own") + ":",
					content.ownFamily().withheld() ? content.withheld() : null);
			table(document, familyColumns, familyWidths, content.ownFamily());
			heading(document, "b) " + message("resume.item.family.spouse") + ":",
					content.spouseFamily().withheld() ? content.withheld() : null);
			table(document, familyColumns, familyWidths, content.spouseFamily());
			heading(document, "31) " + message("resume.item.salary") + ":", null);
			for (ResumeContent.Table group : content.salary()) {
				salary(document, group);
			}
			heading(document, "32) " + message("resume.item.assessment") + ":", null);
			for (int i = 0; i < 4; i++) {
				XWPFParagraph blank = document.createParagraph();
				tabs(blank, TEXT_WIDTH, 1);
				blank.createRun().addTab();
			}
			signatures(document);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A4 portrait, margins of Decree 30/2020/NĐ-CP, the font, "Trang X / Y" below. */
	private void setUp(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
		margins.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
		margins.setLeft(BigInteger.valueOf(LEFT_MARGIN));
		margins.setRight(BigInteger.valueOf(RIGHT_MARGIN));
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		document.createStyles().setDefaultFonts(fonts);
		XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph numbers = footer.createParagraph();
		numbers.setAlignment(ParagraphAlignment.CENTER);
		run(numbers, message("resume.docx.pageNumber") + " ", false, false, 10);
		field(numbers, "PAGE");
		run(numbers, " / ", false, false, 10);
		field(numbers, "NUMPAGES");
	}

	private void header(XWPFDocument document, ResumeContent content) {
		XWPFParagraph form = document.createParagraph();
		form.setAlignment(ParagraphAlignment.RIGHT);
		run(form, message("resume.form"), true, false, BODY_SIZE);
		XWPFParagraph issued = document.createParagraph();
		issued.setAlignment(ParagraphAlignment.RIGHT);
		run(issued, "(" + message("resume.form.issuedBy") + ")", false, true, 9);
		line(document::createParagraph, ResumeContent.Line
			.of(new ResumeContent.Field(message("resume.header.managingAuthority") + ":", content.managingAuthority())),
				TEXT_WIDTH);
		line(document::createParagraph,
				ResumeContent.Line
					.of(new ResumeContent.Field(message("resume.header.employingUnit") + ":", content.employingUnit())),
				TEXT_WIDTH);
		XWPFParagraph staff = document.createParagraph();
		staff.setIndentationLeft(TEXT_WIDTH * 45 / 100);
		run(staff, message("people.field.employment.staffCode") + ": ", false, false, BODY_SIZE);
		run(staff, content.staffCode(), false, false, BODY_SIZE);
		tabs(staff, TEXT_WIDTH * 55 / 100, 1);
		staff.createRun().addTab();

		int photoWidth = 45 * TWIPS_PER_MM;
		XWPFTable top = document.createTable(1, 2);
		noBorders(top);
		XWPFTableCell photoCell = top.getRow(0).getCell(0);
		XWPFTableCell titleCell = top.getRow(0).getCell(1);
		photoCell.setWidth(String.valueOf(photoWidth));
		titleCell.setWidth(String.valueOf(TEXT_WIDTH - photoWidth));
		XWPFParagraph frame = photoCell.getParagraphs().get(0);
		frame.setAlignment(ParagraphAlignment.CENTER);
		if (content.photo() != null) {
			picture(frame, content.photo());
		}
		else {
			for (Borders side : new Borders[] { Borders.SINGLE }) {
				frame.setBorderTop(side);
				frame.setBorderBottom(side);
				frame.setBorderLeft(side);
				frame.setBorderRight(side);
			}
			XWPFRun blank = run(frame, "", false, false, 9);
			for (int i = 0; i < 5; i++) {
				blank.addBreak();
			}
			XWPFRun label = run(frame, message("resume.header.photo"), false, false, 9);
			for (int i = 0; i < 5; i++) {
				label.addBreak();
			}
		}
		XWPFParagraph title = titleCell.getParagraphs().get(0);
		title.setAlignment(ParagraphAlignment.CENTER);
		title.setSpacingAfter(200);
		run(title, message("resume.title"), true, false, 14);
		for (ResumeContent.Line line : content.items().subList(0, 5)) {
			line(titleCell::addParagraph, line, TEXT_WIDTH - photoWidth - 200);
		}
	}

	/**
	 * A line of the form: each label followed by its value and dots up to the next field
	 * (a left tab stop with a dotted leader), or a long label with the value on the line
	 * below.
	 */
	private void line(Supplier<XWPFParagraph> paragraphs, ResumeContent.Line line, int width) {
		if (line.block()) {
			for (ResumeContent.Field field : line.fields()) {
				XWPFParagraph label = spaced(paragraphs.get());
				run(label, field.label(), false, false, BODY_SIZE);
				XWPFParagraph value = paragraphs.get();
				tabs(value, width, 1);
				run(value, field.value(), false, false, BODY_SIZE);
				note(value, line);
				value.createRun().addTab();
			}
			return;
		}
		XWPFParagraph paragraph = spaced(paragraphs.get());
		tabs(paragraph, width, line.fields().size());
		for (int i = 0; i < line.fields().size(); i++) {
			ResumeContent.Field field = line.fields().get(i);
			run(paragraph, (i == 0 ? "" : " ") + field.label() + " ", false, false, BODY_SIZE);
			run(paragraph, field.value(), i == 0 && field.label().startsWith("1)"), false, BODY_SIZE);
			if (i == line.fields().size() - 1) {
				note(paragraph, line);
			}
			paragraph.createRun().addTab();
		}
	}

	private void note(XWPFParagraph paragraph, ResumeContent.Line line) {
		if (line.withheld()) {
			run(paragraph, " " + message("resume.withheld"), false, true, 10);
		}
	}

	private void heading(XWPFDocument document, String text, @Nullable String note) {
		XWPFParagraph heading = document.createParagraph();
		heading.setSpacingBefore(160);
		heading.setKeepNext(true);
		run(heading, text, false, false, BODY_SIZE);
		if (note != null) {
			run(heading, " " + note, false, true, 10);
		}
	}

	/** A table whose header row repeats on every page and whose rows do not split. */
	private void table(XWPFDocument document, List<String> columns, int[] percents, ResumeContent.Table table) {
		int rows = Math.max(table.rows().size(), 1);
		XWPFTable grid = document.createTable(rows + 1, columns.size());
		grid.setTableAlignment(TableRowAlign.CENTER);
		XWPFTableRow head = grid.getRow(0);
		head.setRepeatHeader(true);
		head.setCantSplitRow(true);
		for (int column = 0; column < columns.size(); column++) {
			XWPFTableCell cell = head.getCell(column);
			cell.setWidth(String.valueOf(TEXT_WIDTH * percents[column] / 100));
			XWPFParagraph paragraph = cell.getParagraphs().get(0);
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			run(paragraph, message(columns.get(column)), true, false, TABLE_SIZE);
		}
		for (int row = 0; row < table.rows().size(); row++) {
			XWPFTableRow line = grid.getRow(row + 1);
			line.setCantSplitRow(true);
			for (int column = 0; column < columns.size(); column++) {
				XWPFTableCell cell = line.getCell(column);
				cell.setWidth(String.valueOf(TEXT_WIDTH * percents[column] / 100));
				run(cell.getParagraphs().get(0), table.rows().get(row).get(column), false, false, TABLE_SIZE);
			}
		}
	}

	/** One group of item 31: three rows, month/year, rank code/step and coefficient. */
	private void salary(XWPFDocument document, ResumeContent.Table group) {
		int columns = group.rows().get(0).size();
		XWPFTable grid = document.createTable(group.rows().size(), columns);
		int first = 30 * TWIPS_PER_MM;
		for (int row = 0; row < group.rows().size(); row++) {
			XWPFTableRow line = grid.getRow(row);
			line.setCantSplitRow(true);
			for (int column = 0; column < columns; column++) {
				XWPFTableCell cell = line.getCell(column);
				cell.setWidth(String.valueOf(column == 0 ? first : (TEXT_WIDTH - first) / (columns - 1)));
				XWPFParagraph paragraph = cell.getParagraphs().get(0);
				paragraph.setAlignment(column == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
				paragraph.setKeepNext(row < group.rows().size() - 1);
				run(paragraph, group.rows().get(row).get(column), column == 0, false, TABLE_SIZE);
			}
		}
		document.createParagraph();
	}

	private void signatures(XWPFDocument document) {
		document.createParagraph();
		XWPFTable table = document.createTable(1, 2);
		noBorders(table);
		String[][] blocks = { { "resume.sign.declarant", "resume.sign.declarant.oath", "resume.sign.declarant.hint" },
				{ "resume.sign.head", "resume.sign.head.hint" } };
		for (int column = 0; column < 2; column++) {
			XWPFTableCell cell = table.getRow(0).getCell(column);
			cell.setWidth(String.valueOf(TEXT_WIDTH / 2));
			XWPFParagraph place = cell.getParagraphs().get(0);
			place.setAlignment(ParagraphAlignment.CENTER);
			run(place, message("resume.place"), false, true, BODY_SIZE);
			String[] keys = blocks[column];
			for (int i = 0; i < keys.length; i++) {
				XWPFParagraph paragraph = cell.addParagraph();
				paragraph.setAlignment(ParagraphAlignment.CENTER);
				run(paragraph, message(keys[i]), i == 0, i > 0, i == 0 ? BODY_SIZE : 11);
			}
		}
	}

	private void picture(XWPFParagraph paragraph, PersonPhoto photo) {
		PictureType type = photo.contentType().equals("image/png") ? PictureType.PNG : PictureType.JPEG;
		try {
			paragraph.createRun()
				.addPicture(new ByteArrayInputStream(photo.content()), type, "photo", Units.toEMU(113.4),
						Units.toEMU(170.1));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InvalidFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Tab stops with dotted leaders that share the width among the fields of a line, the
	 * last one at the right edge.
	 */
	private static void tabs(XWPFParagraph paragraph, int width, int fields) {
		CTTabs tabs = paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetTabs()
				? paragraph.getCTP().getPPr().getTabs()
				: (paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr())
					.addNewTabs();
		for (int i = 1; i <= fields; i++) {
			CTTabStop stop = tabs.addNewTab();
			stop.setVal(i == fields ? STTabJc.RIGHT : STTabJc.LEFT);
			stop.setLeader(STTabTlc.DOT);
			stop.setPos(BigInteger.valueOf((long) width * i / fields - (i == fields ? 0 : 100)));
		}
	}

	private static void field(XWPFParagraph paragraph, String instruction) {
		CTSimpleField field = paragraph.getCTP().addNewFldSimple();
		field.setInstr(instruction);
		field.addNewR().addNewT().setStringValue("1");
	}

	private static XWPFParagraph spaced(XWPFParagraph paragraph) {
		paragraph.setSpacingBefore(60);
		paragraph.setSpacingAfter(0);
		return paragraph;
	}

	private static void noBorders(XWPFTable table) {
		table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setItalic(italic);
		run.setFontFamily(FONT);
		run.setFontSize(size);
		return run;
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, this.locale);
	}

}
