package vn.canbo.statreports;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.canbo.documents.PdfDocuments;
import vn.canbo.indicators.Indicator;
import vn.canbo.indicators.IndicatorReport;
import vn.canbo.indicators.Indicators;
import vn.canbo.indicators.Measurement;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonExport;
import vn.canbo.people.PersonFilter;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.ui.Formats;

/**
 * The report pack of a year (bộ báo cáo năm) for a unit: one .zip with the official form
 * at 31/12 of the year, the indicator table (the dashboard printed) at 31/12 of the year
 * against the year before as a PDF, and the lists of the people behind the main figures
 * from the people export.
 */
@Component
public class ReportPack {

	/** The years a pack may be asked for: the data starts long after 1990. */
	static final int FIRST_YEAR = 1990;

	private final StatisticalReports reports;

	private final ReportWorkbook workbook;

	private final Indicators indicators;

	private final PdfDocuments pdfs;

	private final PersonExport people;

	private final MessageSource messages;

	ReportPack(StatisticalReports reports, ReportWorkbook workbook, Indicators indicators, PdfDocuments pdfs,
			PersonExport people, MessageSource messages) {
		this.reports = reports;
		this.workbook = workbook;
		this.indicators = indicators;
		this.pdfs = pdfs;
		this.people = people;
		this.messages = messages;
	}

	/**
	 * Makes everything but the people lists, checking the unit, the year and the user's
	 * scope before anything is sent; {@link Prepared#write(OutputStream)} then streams
	 * the zip.
	 * @param unitId the unit
	 * @param year the reference year (31/12)
	 * @param formKey the form; null for the one proposed for the unit
	 * @param locale the language of the texts around the figures
	 * @return the pack, ready to write
	 */
	public Prepared prepare(long unitId, int year, @Nullable String formKey, Locale locale) {
		if (year < FIRST_YEAR || year > this.reports.today().getYear() + 1) {
			throw new InvalidInputException(List.of(FieldProblem.of("year", "statreports.error.year", FIRST_YEAR,
					String.valueOf(this.reports.today().getYear() + 1))));
		}
		LocalDate asOf = LocalDate.of(year, 12, 31);
		String key = (formKey != null) ? formKey
				: this.reports.proposedForm(unitId, asOf)
					.map(ReportForm::key)
					.orElseThrow(() -> new InvalidInputException(
							List.of(FieldProblem.of("year", "statreports.error.noFormInYear", year))));
		StatisticalReport report = this.reports.report(unitId, key, asOf);
		ByteArrayOutputStream form = new ByteArrayOutputStream();
		this.workbook.write(report, locale, form);
		List<PeopleList> lists = peopleLists(report.unit().id(), asOf, locale);
		lists.forEach((list) -> this.people.check(list.filter()));
		byte[] pdf = indicatorTable(report, lists, locale);
		return new Prepared(report, form.toByteArray(), pdf, lists);
	}

	/**
	 * The lists of people in the pack, at the reference date (the people in post then, as
	 * the figures count them): everyone, then the main figures' people.
	 */
	private List<PeopleList> peopleLists(long unitId, LocalDate asOf, Locale locale) {
		List<PeopleList> lists = new ArrayList<>();
		lists.add(new PeopleList("tat-ca", text("statreports.pack.list.all", locale),
				new PersonFilter(unitId, null, null, null, null, null, null, null, null, null, null, null, null)
					.withAsOf(asOf)));
		lists.add(new PeopleList("nu", text("statreports.pack.list.women", locale), new PersonFilter(unitId, null, null,
				Gender.FEMALE, null, null, null, null, null, null, null, null, null)
			.withAsOf(asOf)));
		lists.add(new PeopleList("dan-toc-thieu-so", text("statreports.pack.list.minorities", locale),
				new PersonFilter(unitId, null, null, null, null, null, null, true, null, null, null, null, null)
					.withAsOf(asOf)));
		lists.add(new PeopleList("dang-vien", text("statreports.pack.list.partyMembers", locale),
				new PersonFilter(unitId, null, null, null, null, null, null, null, null, null, null, true, null)
					.withAsOf(asOf)));
		return lists;
	}

	/**
	 * Every indicator at the date and a year before, grouped as the dashboard shows them.
	 */
	private byte[] indicatorTable(StatisticalReport report, List<PeopleList> lists, Locale locale) {
		LocalDate asOf = report.asOf();
		LocalDate before = asOf.minusYears(1);
		IndicatorReport now = this.indicators.measure(report.unit().id(), asOf, null);
		IndicatorReport then = earlier(report.unit().id(), before);
		Formats formats = new Formats(locale);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Indicator indicator : now.indicators()) {
			Measurement value = now.total(indicator.id());
			Measurement previous = (then != null) ? then.total(indicator.id()) : null;
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("label", this.messages.getMessage(indicator.labelKey(), null, indicator.id(), locale));
			row.put("value", shown(value, formats));
			row.put("previous", (previous != null) ? shown(previous, formats) : "—");
			row.put("change", (previous != null) ? formats.signed(value.value() - previous.value()) : "—");
			row.put("link", (indicator.people() != null) ? indicator.people().href(report.unit().id(), asOf) : "");
			rows.add(row);
		}
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("report", report);
		model.put("rows", rows);
		model.put("lists",
				lists.stream().map((list) -> Map.of("file", list.fileIn(report), "title", list.title())).toList());
		model.put("asOfText", formats.date(asOf));
		model.put("beforeText", formats.date(before));
		model.put("beforeMissing", then == null);
		model.put("deadlineText", formats.date(report.deadline()));
		model.put("madeOnText", formats.date(report.madeOn()));
		return this.pdfs.render("statreports/pack-indicators", model, locale);
	}

	/**
	 * The unit a year earlier; null when it did not exist then (a unit of the reform).
	 */
	private @Nullable IndicatorReport earlier(long unitId, LocalDate before) {
		try {
			return this.indicators.measure(unitId, before, null);
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	private static String shown(Measurement value, Formats formats) {
		if (value.denominator() == null) {
			return formats.count(value.value());
		}
		String share = formats.count(value.value()) + "/" + formats.count(value.denominator());
		return (value.percent() != null) ? share + " (" + formats.percent(value.percent()) + ")" : share;
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/** A list of people in the pack: its file name, title and filter. */
	record PeopleList(String file, String title, PersonFilter filter) {

		/** Its path in the zip. */
		String fileIn(StatisticalReport report) {
			return "3-danh-sach/" + this.file + "-" + report.unit().code() + ".xlsx";
		}

	}

	/** A pack made and checked, to be streamed as a zip. */
	public final class Prepared {

		private final StatisticalReport report;

		private final byte[] form;

		private final byte[] pdf;

		private final List<PeopleList> lists;

		Prepared(StatisticalReport report, byte[] form, byte[] pdf, List<PeopleList> lists) {
			this.report = report;
			this.form = form;
			this.pdf = pdf;
			this.lists = lists;
		}

		public StatisticalReport report() {
			return this.report;
		}

		/** The zip's file name: {@code bo-bao-cao-<unit>-<year>.zip}. */
		public String fileName() {
			return "bo-bao-cao-" + this.report.unit().code() + "-" + this.report.asOf().getYear() + ".zip";
		}

		/** Writes the zip; the stream is left open for its owner. */
		public void write(OutputStream out) {
			String suffix = this.report.unit().code() + "-" + this.report.asOf();
			try {
				ZipOutputStream zip = new ZipOutputStream(new KeptOpen(out));
				entry(zip, "1-bieu-" + this.report.form().key() + "-" + suffix + ".xlsx", this.form);
				entry(zip, "2-chi-tieu-" + suffix + ".pdf", this.pdf);
				for (PeopleList list : this.lists) {
					zip.putNextEntry(new ZipEntry(list.fileIn(this.report)));
					ReportPack.this.people.write(list.filter(), new KeptOpen(zip));
					zip.closeEntry();
				}
				zip.finish();
				zip.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
			zip.closeEntry();
		}

	}

	/** A stream whose close only flushes: the zip entry or the response stays open. */
	private static final class KeptOpen extends FilterOutputStream {

		KeptOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
