package vn.canbo.staffing.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.shared.PageResult;
import vn.canbo.staffing.CompliancePerson;
import vn.canbo.staffing.StaffingExport;
import vn.canbo.staffing.Standards;
import vn.canbo.staffing.Verdicts;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * Standards compliance: "x/y (z%) đạt chuẩn" per child unit and category at a date, the
 * people behind each number with the requirement they miss, and the Excel export.
 */
@Controller
@RequestMapping("/staffing/standards")
class StandardsController {

	static final int PAGE_SIZE = 50;

	private final Standards standards;

	private final StaffingExport export;

	private final StaffingPages pages;

	StandardsController(Standards standards, StaffingExport export, StaffingPages pages) {
		this.standards = standards;
		this.export = export;
		this.pages = pages;
	}

	@GetMapping
	String report(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Model model) {
		LocalDate day = this.pages.date(asOf);
		OrgUnitView unit = this.pages.unit(unitId, day);
		this.pages.describe(model, unit, day);
		if (unit != null) {
			model.addAttribute("report", this.standards.report(unit.code(), day));
		}
		return "staffing/standards";
	}

	@GetMapping("/people")
	String people(@RequestParam long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable PersonnelCategory category,
			@RequestParam(defaultValue = "false") boolean failing,
			@RequestParam(defaultValue = "false") boolean meeting, @RequestParam(defaultValue = "0") int page,
			Model model) {
		LocalDate day = this.pages.date(asOf);
		OrgUnitView unit = this.pages.unit(unitId, day);
		this.pages.describe(model, unit, day);
		Verdicts verdicts = Verdicts.of(failing, meeting);
		PageResult<CompliancePerson> result = this.standards.people(unit.code(), day, category, verdicts, page,
				PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("category", category);
		model.addAttribute("failing", verdicts == Verdicts.FAILING);
		model.addAttribute("meeting", verdicts == Verdicts.MEETING);
		return "staffing/standards-people";
	}

	@GetMapping("/export.xlsx")
	void exportReport(@RequestParam long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable PersonnelCategory category,
			@RequestParam(defaultValue = "false") boolean failing,
			@RequestParam(defaultValue = "false") boolean meeting, Locale locale, HttpServletResponse response)
			throws IOException {
		LocalDate day = this.pages.date(asOf);
		OrgUnitView unit = this.pages.unit(unitId, day);
		Downloads.xlsx(response, "dat-chuan-" + unit.code() + "-" + day + ".xlsx");
		this.export.writeCompliance(unit.code(), day, category, Verdicts.of(failing, meeting), locale,
				response.getOutputStream());
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem standardsNavigation() {
			return new NavigationItem("staffing.standards.menu", "/staffing/standards", "patch-check", 31, Set.of(),
					NavigationGroup.STAFFING);
		}

	}

}
