package vn.canbo.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders Thymeleaf templates to PDF (A4, "Trang X / Y" page numbers) with the Noto Sans
 * fonts shipped in the application, so that every Vietnamese letter is drawn the same on
 * every server.
 */
@Component
public class PdfDocuments {

	/** The family that the default style sheet uses; templates may name it too. */
	public static final String FONT_FAMILY = "Noto Sans";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final Pattern HEAD = Pattern.compile("<head(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);

	private static final Pattern HTML = Pattern.compile("<html(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);

	private static final List<String> GENERIC_FAMILIES = List.of("serif", "sans-serif", "monospace");

	private static final String PAGE_PLACEHOLDER = "\u0000page\u0000";

	private static final String PAGES_PLACEHOLDER = "\u0000pages\u0000";

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final List<ShippedFont> fonts;

	public PdfDocuments(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
		this.fonts = List.of(new ShippedFont("NotoSans-Regular.ttf", 400, FontStyle.NORMAL),
				new ShippedFont("NotoSans-Bold.ttf", 700, FontStyle.NORMAL),
				new ShippedFont("NotoSans-Italic.ttf", 400, FontStyle.ITALIC),
				new ShippedFont("NotoSans-BoldItalic.ttf", 700, FontStyle.ITALIC));
	}

	/**
	 * Renders a template (a name as for a page, e.g. {@code documents/sample} or
	 * {@code people/resume-2c}) with the model in the given language. The template must
	 * be well-formed XHTML (close every element: {@code <br/>
	 * }, {@code <meta .../>}).
	 */
	public byte[] render(String template, Map<String, Object> model, Locale locale) {
		String xhtml = this.templates.process(template, new Context(locale, model));
		return toPdf(xhtml, locale);
	}

	/** Renders ready XHTML with the Vietnamese page labels. */
	public byte[] renderHtml(String xhtml) {
		return toPdf(xhtml, VIETNAMESE);
	}

	private byte[] toPdf(String xhtml, Locale locale) {
		// PDFBox does no mark positioning: decomposed tone marks would overlap their
		// letters.
		String composed = Normalizer.normalize(withDefaultStyle(xhtml, locale), Normalizer.Form.NFC);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		for (ShippedFont font : this.fonts) {
			builder.useFont(font::open, FONT_FAMILY, font.weight(), font.style(), true);
			// The generic families would otherwise fall back to the base-14 fonts, which
			// have
			// no Vietnamese letters and are not embedded.
			for (String generic : GENERIC_FAMILIES) {
				builder.useFont(font::open, generic, font.weight(), font.style(), true);
			}
		}
		builder.withHtmlContent(composed, null);
		builder.toStream(pdf);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

	/**
	 * Puts the house style first in the head, so that a template's own rules win: A4, the
	 * margins of administrative documents (Decree 30/2020/NĐ-CP: left 30 mm, right 15 mm,
	 * top and bottom 20 mm) and the page number at the bottom.
	 */
	private String withDefaultStyle(String xhtml, Locale locale) {
		String style = "<style type=\"text/css\">@page { size: A4; margin: 20mm 15mm 20mm 30mm; "
				+ "@bottom-center { content: " + pageNumberContent(locale) + "; font-family: '" + FONT_FAMILY
				+ "'; font-size: 9pt; } } html, body { font-family: '" + FONT_FAMILY + "'; font-size: 12pt; }</style>";
		Matcher head = HEAD.matcher(xhtml);
		if (head.find()) {
			return xhtml.substring(0, head.end()) + style + xhtml.substring(head.end());
		}
		Matcher html = HTML.matcher(xhtml);
		if (html.find()) {
			return xhtml.substring(0, html.end()) + "<head>" + style + "</head>" + xhtml.substring(html.end());
		}
		throw new IllegalArgumentException("Not an XHTML document: no <html> element");
	}

	/** "Trang {0} / {1}" from the messages as CSS content with the page counters. */
	private String pageNumberContent(Locale locale) {
		String label = this.messages.getMessage("documents.pdf.page-number",
				new Object[] { PAGE_PLACEHOLDER, PAGES_PLACEHOLDER }, locale);
		String quoted = "\"" + label.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		return quoted.replace(PAGE_PLACEHOLDER, "\" counter(page) \"")
			.replace(PAGES_PLACEHOLDER, "\" counter(pages) \"");
	}

	private record ShippedFont(String file, int weight, FontStyle style, byte[] bytes) {

		ShippedFont(String file, int weight, FontStyle style) {
			this(file, weight, style, read(file));
		}

		InputStream open() {
			return new ByteArrayInputStream(this.bytes);
		}

		private static byte[] read(String file) {
			try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Font missing from the application: " + file, ex);
			}
		}

	}

}
