package vn.canbo.statreports.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.canbo.statreports.ReportColumn;
import vn.canbo.statreports.ReportForm;
import vn.canbo.statreports.ReportWorkbook;
import vn.canbo.statreports.StatisticalReport;
import vn.canbo.statreports.StatisticalReports;

/**
 * The report API: the forms with their versions and columns, and a unit's report as a
 * workbook in the official layout.
 */
@RestController
@RequestMapping("/api/v1")
class ReportsApiController {

	private final StatisticalReports reports;

	private final ReportWorkbook workbook;

	ReportsApiController(StatisticalReports reports, ReportWorkbook workbook) {
		this.reports = reports;
		this.workbook = workbook;
	}

	/**
	 * Every version of every form (or those in force on {@code asOf}), each column with
	 * its indicator and whether anything measures it.
	 */
	@GetMapping("/reports/forms")
	List<FormVersion> forms(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		List<ReportForm> forms = (asOf != null) ? this.reports.forms(asOf) : this.reports.versions();
		return forms.stream()
			.map((form) -> new FormVersion(form,
					form.columns()
						.stream()
						.map((column) -> new Column(column, this.reports.measured(column)))
						.toList()))
			.toList();
	}

	/** The unit's report at the date (default 31/12 of last year) as an .xlsx. */
	@GetMapping("/org-units/{code}/reports/{form}.xlsx")
	void workbook(@PathVariable String code, @PathVariable String form,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Locale locale, HttpServletResponse response) throws IOException {
		LocalDate day = (asOf != null) ? asOf : this.reports.defaultDate();
		StatisticalReport report = this.reports.report(code, form, day);
		ReportsController.attachment(response, ReportsController.XLSX,
				"bao-cao-" + report.form().key() + "-" + code + "-" + day + ".xlsx");
		this.workbook.write(report, locale, response.getOutputStream());
	}

	/** A form version as the API gives it. */
	record FormVersion(String key, String code, LocalDate validFrom, @Nullable LocalDate validTo, String title,
			String appliesTo, String receivingUnit, String instrument, String instrumentStatus, boolean confirmed,
			String citation, @Nullable String sourceUrl, String deadline, boolean deadlineConfirmed,
			String deadlineNote, @Nullable String note, List<Column> columns) {

		FormVersion(ReportForm form, List<Column> columns) {
			this(form.key(), form.code(), form.validFrom(), form.validTo(), form.title(), form.appliesTo(),
					form.receivingUnit(), form.instrument(), form.instrumentStatus(), form.confirmed(), form.citation(),
					form.sourceUrl(), String.format("--%02d-%02d", form.deadlineMonth(), form.deadlineDay()),
					form.deadlineConfirmed(), form.deadlineNote(), form.note(), columns);
		}

	}

	/**
	 * A column as the API gives it; {@code hasData} false: shown as "chưa có dữ liệu".
	 */
	record Column(int number, @Nullable String group, @Nullable String subgroup, String label,
			@Nullable String indicatorId, boolean hasData, @Nullable String note) {

		Column(ReportColumn column, boolean hasData) {
			this(column.number(), column.group(), column.subgroup(), column.label(), column.indicatorId(), hasData,
					column.note());
		}

	}

}
