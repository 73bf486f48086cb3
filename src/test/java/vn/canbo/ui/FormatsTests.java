package vn.canbo.ui;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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
	void writesInstantsAsVietnamsClocksShowThem() {
		assertThat(VIETNAMESE.dateTime(java.time.Instant.parse("2026-12-07T07:05:00Z"))).isEqualTo("07/12/2026 14:05");
		assertThat(VIETNAMESE.date(java.time.Instant.parse("2026-12-07T18:00:00Z"))).isEqualTo("08/12/2026");
		assertThat(VIETNAMESE.moment(LocalDateTime.of(2026, 12, 7, 14, 5, 9))).isEqualTo("07/12/2026 14:05:09");
		assertThat(VIETNAMESE.reference(LocalDate.of(2026, 12, 31))).isEqualTo("31/12/2026");
		assertThat(VIETNAMESE.reference("01/01/2026 – 31/12/2026")).isEqualTo("01/01/2026 – 31/12/2026");
	}

	/**
	 * Dates in pages go through {@code #fmt} too: Thymeleaf's own {@code #temporals},
	 * {@code #dates} and {@code #numbers} formatting writes them another way (and an
	 * instant in the server's zone). Only the machine form {@code yyyy-MM} of a month,
	 * for addresses and month fields, may be written with {@code #temporals}.
	 */
	@Test
	void templatesWriteDatesOnlyThroughTheOneFormatter() throws IOException {
		Pattern elsewhere = Pattern
			.compile("#temporals\\.format\\((?![^']*'yyyy-MM')|#dates\\.format|#numbers\\.format");
		Map<String, String> found = new TreeMap<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((file) -> file.toString().endsWith(".html")).toList()) {
				List<String> lines = Files.readAllLines(template);
				for (int i = 0; i < lines.size(); i++) {
					Matcher match = elsewhere.matcher(lines.get(i));
					if (match.find()) {
						found.put(template + ":" + (i + 1), lines.get(i).strip());
					}
				}
			}
		}
		assertThat(found).as("use #fmt.date, #fmt.month, #fmt.dateTime, #fmt.count…").isEmpty();
	}

	/**
	 * Java code writes numbers for people through {@link Formats} too, so that pages,
	 * exports, résumés and messages agree: no {@code DecimalFormat}, {@code NumberFormat}
	 * or {@code String.format} of decimals or grouped numbers elsewhere. Day patterns are
	 * listed while the modules below {@code ui} (which cannot see it) and messages built
	 * before this rule keep their own; the list may only shrink.
	 */
	@Test
	void javaWritesNumbersOnlyThroughTheOneFormatter() throws IOException {
		Pattern numbers = Pattern.compile(
				"new DecimalFormat|NumberFormat\\.get\\w*Instance|\"[^\"]*%[-+ 0#]*,?\\d*\\.\\d+f[^\"]*\"|\"[^\"]*%,\\d*d[^\"]*\"");
		Pattern days = Pattern.compile("DateTimeFormatter\\.ofPattern\\(\"[^\"]*(dd|MM)[^\"]*\"\\)");
		Map<String, String> found = new TreeMap<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((file) -> file.toString().endsWith(".java")).toList()) {
				String name = source.toString().replace('\\', '/');
				if (name.endsWith("/ui/Formats.java")) {
					continue;
				}
				String text = Files.readString(source);
				Matcher number = numbers.matcher(text);
				while (number.find()) {
					found.put(name + " " + number.group(), "write numbers with ui.Formats");
				}
				if (days.matcher(text).find()
						&& !OWN_DAY_PATTERNS.contains(name.substring(name.indexOf("vn/canbo/")))) {
					found.put(name, "write dates with ui.Formats");
				}
			}
		}
		assertThat(found).isEmpty();
	}

	/** Code that still writes days with a pattern of its own (same dd/MM/yyyy form). */
	private static final java.util.Set<String> OWN_DAY_PATTERNS = java.util.Set.of(
			// shared and documents lie below ui and cannot use it
			"vn/canbo/shared/DomainException.java", "vn/canbo/documents/ImportRow.java",
			// reading typed dates, not writing them
			"vn/canbo/rules/Rules.java", "vn/canbo/people/web/PersonFormValues.java",
			// message arguments and document texts written before the one formatter
			"vn/canbo/discipline/DisciplineEffects.java", "vn/canbo/discipline/Disciplines.java",
			"vn/canbo/careers/Careers.java", "vn/canbo/work/WorkNotices.java",
			"vn/canbo/work/web/PlanPageController.java", "vn/canbo/work/web/VillagePageController.java",
			"vn/canbo/work/MonthlyPlans.java", "vn/canbo/work/VillageDuties.java",
			"vn/canbo/people/web/PersonRecordController.java", "vn/canbo/people/ResumeContent.java");

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
