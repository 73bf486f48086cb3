package vn.canbo.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PDFs with Vietnamese text, read back with PDFBox: the text survives in NFC, the fonts
 * are embedded, pages are numbered.
 */
@SpringBootTest
class PdfDocumentsTests {

	static final String TITLE = "Sơ yếu lý lịch — Nguyễn Thị Hằng";

	static final String VOWELS = "àáảãạ ăằắẳẵặ âầấẩẫậ èéẻẽẹ êềếểễệ ìíỉĩị òóỏõọ ôồốổỗộ ơờớởỡợ ùúủũụ ưừứửữự ỳýỷỹỵ đĐ";

	@Autowired
	PdfDocuments pdfs;

	@Test
	void rendersVietnameseTextThatReadsBackInComposedForm() throws IOException {
		byte[] pdf = this.pdfs.render("documents/sample", sampleModel(), Locale.forLanguageTag("vi"));
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/documents-sample.pdf"), pdf);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			// Lines may break anywhere inside the long vowel list.
			assertThat(text.replaceAll("\\s+", " ")).contains(TITLE, "Điện Biên Phủ", "Đặng Hữu Phước",
					"Ngô Thị Ánh Tuyết", VOWELS, "Trang chủ");
			assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			assertThat(text).contains("Trang 1 / 2", "Trang 2 / 2");
			assertThat(fontsOf(document)).isNotEmpty()
				.allSatisfy((font) -> assertThat(font.isEmbedded()).as(font.getName()).isTrue())
				.extracting(PDFont::getName)
				.anySatisfy((name) -> assertThat(name).endsWith("NotoSans-Bold"))
				.anySatisfy((name) -> assertThat(name).endsWith("NotoSans-BoldItalic"));
		}
	}

	@Test
	void labelsPagesInTheRequestedLanguage() throws IOException {
		byte[] pdf = this.pdfs.render("documents/sample", sampleModel(), Locale.ENGLISH);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Page 1 / 2", "Home");
		}
	}

	@Test
	void rendersPlainXhtmlWithTheShippedFonts() throws IOException {
		byte[] pdf = this.pdfs
			.renderHtml("<html><body><p style=\"font-family: serif\">Ngô Thị Ánh Tuyết</p></body></html>");

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Ngô Thị Ánh Tuyết", "Trang 1 / 1");
			assertThat(fontsOf(document)).allSatisfy((font) -> assertThat(font.isEmbedded()).isTrue());
		}
	}

	private static Map<String, Object> sampleModel() {
		// One name arrives decomposed (as pasted from some macOS sources) and must print
		// composed.
		String decomposed = Normalizer.normalize("Nguyễn Thị Hằng", Normalizer.Form.NFD);
		return Map.of("title", "Sơ yếu lý lịch — " + decomposed, "vowels", VOWELS, "people",
				List.of(List.of("Đặng Hữu Phước", "Điện Biên Phủ"), List.of("Ngô Thị Ánh Tuyết", "Hòa Bình")));
	}

	/**
	 * The fonts that draw text (the operands of Tf). openhtmltopdf also lists the base-14
	 * fonts of its fallback chain in the page resources, unused.
	 */
	private static List<PDFont> fontsOf(PDDocument document) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : document.getPages()) {
			List<Object> tokens = new PDFStreamParser(page).parse();
			for (int i = 2; i < tokens.size(); i++) {
				if (tokens.get(i) instanceof Operator operator && operator.getName().equals("Tf")
						&& tokens.get(i - 2) instanceof COSName name) {
					fonts.add(page.getResources().getFont(name));
				}
			}
		}
		return fonts;
	}

}
