package vn.canbo.ui;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers and dates are written one way, in the reader's language, and the pages use that
 * way for every figure they show in a column of numbers.
 */
class FormatsTests {

	private static final Formats VIETNAMESE = new Formats(Locale.forLanguageTag("vi"));

	private static final Formats ENGLISH = new Formats(Locale.ENGLISH);

	/** A tag right-aligned as a figure whose text is an expression. */
	private static final Pattern FIGURE_CELL = Pattern
		.compile("<[a-z]+[^>]*class=\"[^\"]*\\b(?:text-end|fs-4)\\b[^\"]*\"[^>]*\\sth:text=\"([^\"]*)\"[^>]*>");

	@Test
	void writesCountsWithThousandsSeparatorsOfTheLanguage() {
		assertThat(VIETNAMESE.count(2698)).isEqualTo("2.698");
		assertThat(VIETNAMESE.count(10684L)).isEqualTo("10.684");
		assertThat(VIETNAMESE.count(200_000)).isEqualTo("200.000");
		assertThat(ENGLISH.count(2698)).isEqualTo("2,698");
		assertThat(VIETNAMESE.count(null)).isEmpty();
	}

	@Test
	void writesDecimalsWithTheDecimalMarkOfTheLanguage() {
		assertThat(VIETNAMESE.decimal(new BigDecimal("83.74"))).isEqualTo("83,74");
		assertThat(VIETNAMESE.decimal(new BigDecimal("89.365"))).isEqualTo("89,37");
		assertThat(VIETNAMESE.decimal(new BigDecimal("1234.5"))).isEqualTo("1.234,50");
		assertThat(ENGLISH.decimal(new BigDecimal("83.74"))).isEqualTo("83.74");
		assertThat(VIETNAMESE.amount(new BigDecimal("2.00"))).isEqualTo("2");
		assertThat(VIETNAMESE.amount(new BigDecimal("1.50"))).isEqualTo("1,5");
		assertThat(VIETNAMESE.percent(new BigDecimal("90.24"))).isEqualTo("90,2%");
		assertThat(ENGLISH.percent(90.24)).isEqualTo("90.2%");
		assertThat(VIETNAMESE.signed(1534)).isEqualTo("+1.534");
		assertThat(VIETNAMESE.signed(-5)).isEqualTo("-5");
	}

	@Test
	void writesDatesDayMonthYear() {
		assertThat(VIETNAMESE.date(LocalDate.of(2026, 12, 7))).isEqualTo("07/12/2026");
		assertThat(ENGLISH.date(LocalDate.of(2026, 12, 7))).isEqualTo("07/12/2026");
		assertThat(VIETNAMESE.month(LocalDate.of(2026, 3, 1))).isEqualTo("03/2026");
		assertThat(VIETNAMESE.dateTime(LocalDateTime.of(2026, 12, 7, 14, 5))).isEqualTo("07/12/2026 14:05");
	}

	@Test
	void templatesWriteNumbersOnlyThroughTheOneFormatter() throws IOException {
		Map<String, String> elsewhere = new TreeMap<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((file) -> file.toString().endsWith(".html")).toList()) {
				String text = Files.readString(template);
				if (text.contains("#numbers.format")) {
					elsewhere.put(template + " #numbers.format", "use #fmt");
				}
				Matcher cell = FIGURE_CELL.matcher(text);
				while (cell.find()) {
					String expression = cell.group(1);
					if (expression.contains("${") && !expression.contains("#fmt.") && !expression.contains("#{")) {
						elsewhere.put(template + " " + expression, "a figure written without #fmt");
					}
				}
			}
		}
		assertThat(elsewhere).isEmpty();
	}

}
