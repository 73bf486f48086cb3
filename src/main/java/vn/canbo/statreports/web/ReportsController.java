package vn.canbo.statreports.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.statreports.ReportForm;
import vn.canbo.statreports.ReportPack;
import vn.canbo.statreports.ReportWorkbook;
import vn.canbo.statreports.StatisticalReport;
import vn.canbo.shared.NotFoundException;
import vn.canbo.statreports.StatisticalReports;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * The official report of a unit at a reference date: a preview in the form's layout (with
 * the print heading and signature), its workbook, the year's report pack, and the form
 * layouts with their sources.
 */
@Controller
@RequestMapping("/reports")
class ReportsController {

	private final StatisticalReports reports;

	private final ReportWorkbook workbook;

	private final ReportPack pack;

	private final OrgUnits orgUnits;

	ReportsController(StatisticalReports reports, ReportWorkbook workbook, ReportPack pack, OrgUnits orgUnits) {
		this.reports = reports;
		this.workbook = workbook;
		this.pack = pack;
		this.orgUnits = orgUnits;
	}

	@GetMapping
	String report(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable String form, Model model) {
		LocalDate day = (asOf != null) ? asOf : this.reports.defaultDate();
		// first: refuses staff before any unit is looked up
		List<ReportForm> forms = this.reports.forms(day);
		OrgUnitView unit = unit(unitId, day);
		model.addAttribute("asOf", day);
		model.addAttribute("unit", unit);
		model.addAttribute("unitLabel", (unit == null) ? null : this.orgUnits.label(unit));
		model.addAttribute("forms", forms);
		model.addAttribute("year", day.getYear());
		if (unit == null) {
			model.addAttribute("roots", this.orgUnits.roots(day));
			return "statreports/report";
		}
		String key = formKey(form, unit.id(), day);
		model.addAttribute("form", key);
		if (key != null) {
			StatisticalReport report = this.reports.report(unit.id(), key, day);
			model.addAttribute("report", report);
		}
		return "statreports/report";
	}

	@GetMapping("/workbook.xlsx")
	void workbook(@RequestParam long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable String form, Locale locale, HttpServletResponse response)
			throws IOException {
		LocalDate day = (asOf != null) ? asOf : this.reports.defaultDate();
		OrgUnitView unit = this.orgUnits.get(unitId, day);
		StatisticalReport report = this.reports.report(unit.id(), this.reports.formFor(unit.id(), form, day).key(),
				day);
		attachment(response, XLSX, "bao-cao-" + report.form().key() + "-" + unit.code() + "-" + day + ".xlsx");
		this.workbook.write(report, locale, response.getOutputStream());
	}

	@GetMapping("/pack.zip")
	void pack(@RequestParam long unitId, @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String form, Locale locale, HttpServletResponse response)
			throws IOException {
		int reportYear = (year != null) ? year : this.reports.defaultDate().getYear();
		ReportPack.Prepared prepared = this.pack.prepare(unitId, reportYear, blankToNull(form), locale);
		attachment(response, "application/zip", prepared.fileName());
		prepared.write(response.getOutputStream());
	}

	/** Every version of every form: its source, status, columns and their indicators. */
	@GetMapping("/forms")
	String forms(Model model) {
		model.addAttribute("versions", this.reports.versions());
		model.addAttribute("asOf", this.reports.today());
		return "statreports/forms";
	}

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static void attachment(HttpServletResponse response, String type, String fileName) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
	}

	/**
	 * The form asked for, else the one proposed for the unit; null when none is in force.
	 */
	private @Nullable String formKey(@Nullable String form, long unitId, LocalDate day) {
		String asked = blankToNull(form);
		if (asked != null) {
			return this.reports.form(asked, day).key();
		}
		return this.reports.proposedForm(unitId, day).map(ReportForm::key).orElse(null);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * The unit asked for, else the root of the user's scope; null for a nationwide user
	 * who asked for none.
	 */
	private @Nullable OrgUnitView unit(@Nullable Long unitId, LocalDate day) {
		if (unitId != null) {
			return this.orgUnits.get(unitId, day);
		}
		String path = this.orgUnits.visibleSubtree(day).pathPrefix();
		if (path.isEmpty() || "/".equals(path)) {
			return null;
		}
		String[] ids = path.substring(1, path.length() - 1).split("/");
		try {
			return this.orgUnits.get(Long.parseLong(ids[ids.length - 1]), day);
		}
		catch (NotFoundException ex) {
			// the scope's unit did not exist on the date: the page says so
			return null;
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem statReportsNavigation() {
			return new NavigationItem("statreports.menu", "/reports", "file-earmark-spreadsheet", 71,
					Set.of("ADMIN", "ORG_OFFICER", "LEADER", "VIEWER"), NavigationGroup.REPORTS);
		}

	}

}
