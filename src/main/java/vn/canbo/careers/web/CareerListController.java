package vn.canbo.careers.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

import vn.canbo.careers.CareerExports;
import vn.canbo.careers.Careers;
import vn.canbo.careers.DueRaise;
import vn.canbo.careers.RetirementOverview;
import vn.canbo.careers.RetiringPerson;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.ReportPeriod;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * The retirement and raise lists of a unit's subtree for a period, and their Excel
 * exports.
 */
@Controller
@RequestMapping("/careers")
class CareerListController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/**
	 * Rows on a page; the figures and the export hold them all (each row is computed from
	 * the rules, so the whole list is computed anyway).
	 */
	static final int PAGE_SIZE = 100;

	private final Careers careers;

	private final CareerExports exports;

	CareerListController(Careers careers, CareerExports exports) {
		this.careers = careers;
		this.exports = exports;
	}

	@GetMapping("/retirements")
	String retirements(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		ReportPeriod period = ReportPeriod.nextTwelveMonths(from, to, this.careers.today());
		RetirementOverview overview = this.careers.retirements(unitId, period.from(), period.to());
		PageResult<RetiringPerson> shown = PageResult.of(overview.people(), page, PAGE_SIZE);
		model.addAttribute("overview", overview);
		model.addAttribute("shown", shown);
		filters(model, unitId, period);
		Map<Long, String> ages = new HashMap<>();
		shown.items()
			.forEach((person) -> ages.put(person.personId(),
					this.exports.age(person.retirement().ageYears(), person.retirement().ageMonths(), locale)));
		model.addAttribute("ages", ages);
		return "careers/retirements";
	}

	@GetMapping("/retirements/export.xlsx")
	void exportRetirements(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Locale locale, HttpServletResponse response) throws IOException {
		ReportPeriod period = ReportPeriod.nextTwelveMonths(from, to, this.careers.today());
		RetirementOverview overview = this.careers.retirements(unitId, period.from(), period.to());
		attachment(response, "danh-sach-nghi-huu", period);
		this.exports.retirements(overview.people(), locale, response.getOutputStream());
	}

	@GetMapping("/raises")
	String raises(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		ReportPeriod period = ReportPeriod.nextTwelveMonths(from, to, this.careers.today());
		List<DueRaise> raises = this.careers.salaryRaises(unitId, period.from(), period.to());
		PageResult<DueRaise> shown = PageResult.of(raises, page, PAGE_SIZE);
		model.addAttribute("raises", raises);
		model.addAttribute("shown", shown);
		Map<Long, List<String>> delayTexts = new HashMap<>();
		shown.items()
			.forEach((raise) -> delayTexts.put(raise.personId(),
					this.exports.delays(raise.disciplineDelays(), raise.ratingDelays(), locale)));
		model.addAttribute("delayTexts", delayTexts);
		filters(model, unitId, period);
		return "careers/raises";
	}

	@GetMapping("/raises/export.xlsx")
	void exportRaises(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Locale locale, HttpServletResponse response) throws IOException {
		ReportPeriod period = ReportPeriod.nextTwelveMonths(from, to, this.careers.today());
		List<DueRaise> raises = this.careers.salaryRaises(unitId, period.from(), period.to());
		attachment(response, "danh-sach-nang-luong", period);
		this.exports.raises(raises, locale, response.getOutputStream());
	}

	private void filters(Model model, @Nullable Long unitId, ReportPeriod period) {
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitLabel", (unitId == null) ? null : this.careers.unitLabel(unitId));
		model.addAttribute("from", period.from());
		model.addAttribute("to", period.to());
		model.addAttribute("query",
				"from=" + period.from() + "&to=" + period.to() + ((unitId == null) ? "" : "&unitId=" + unitId));
	}

	private static void attachment(HttpServletResponse response, String name, ReportPeriod period) {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(name + "-" + period.from().format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
							+ period.to().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx")
					.build()
					.toString());
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem retirementsNavigation() {
			return new NavigationItem("careers.menu.retirements", "/careers/retirements", "hourglass-split", 40,
					Set.of("ADMIN", "ORG_OFFICER", "LEADER", "VIEWER"), NavigationGroup.STAFFING);
		}

		@Bean
		NavigationItem raisesNavigation() {
			return new NavigationItem("careers.menu.raises", "/careers/raises", "graph-up-arrow", 41,
					Set.of("ADMIN", "ORG_OFFICER", "LEADER", "VIEWER"), NavigationGroup.STAFFING);
		}

	}

}
