package vn.canbo.staffing.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.PageResult;
import vn.canbo.staffing.Assignments;
import vn.canbo.staffing.HolderFilter;
import vn.canbo.staffing.LeaderAgeBand;
import vn.canbo.staffing.Leaders;
import vn.canbo.staffing.PostCatalogue;
import vn.canbo.staffing.SetQuota;
import vn.canbo.staffing.Staffing;
import vn.canbo.staffing.StaffingReport;
import vn.canbo.staffing.StaffingExport;
import vn.canbo.ui.FormValues;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * The staffing report of a unit at a date (headcount against quota, job positions, vacant
 * titles), the people behind each number, its Excel export, and the unit's quotas.
 */
@Controller
@RequestMapping("/staffing")
class StaffingController {

	private static final int PAGE_SIZE = 100;

	private final Staffing staffing;

	private final Assignments assignments;

	private final PostCatalogue catalogue;

	private final StaffingExport export;

	private final StaffingPages pages;

	private final Leaders leaders;

	StaffingController(Staffing staffing, Assignments assignments, PostCatalogue catalogue, StaffingExport export,
			StaffingPages pages, Leaders leaders) {
		this.leaders = leaders;
		this.staffing = staffing;
		this.assignments = assignments;
		this.catalogue = catalogue;
		this.export = export;
		this.pages = pages;
	}

	@GetMapping
	String report(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate day = this.pages.date(asOf);
		OrgUnitView unit = this.pages.unit(unitId, day);
		this.pages.describe(model, unit, day);
		if (unit != null) {
			StaffingReport report = this.staffing.report(unit.code(), day);
			model.addAttribute("report", report);
			model.addAttribute("vacancies", PageResult.of(report.vacancies(), page, PAGE_SIZE));
		}
		return "staffing/report";
	}

	@GetMapping("/export.xlsx")
	void exportReport(@RequestParam long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Locale locale, HttpServletResponse response) throws IOException {
		LocalDate day = this.pages.date(asOf);
		OrgUnitView unit = this.pages.unit(unitId, day);
		this.staffing.report(unit.code(), day);
		Downloads.xlsx(response, "bien-che-" + unit.code() + "-" + day + ".xlsx");
		this.export.writeStaffing(unit.code(), day, locale, response.getOutputStream());
	}

	/**
	 * Who holds a primary or concurrent post under the unit on the date: the people
	 * behind a headcount.
	 */
	@GetMapping("/holders")
	String holders(@RequestParam long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable PersonnelCategory category,
			@RequestParam(required = false) @Nullable String jobPosition,
			@RequestParam(required = false) @Nullable String title, @RequestParam(defaultValue = "0") int page,
			Model model) {
		LocalDate day = this.pages.date(asOf);
		OrgUnitView unit = this.pages.unit(unitId, day);
		this.pages.describe(model, unit, day);
		model.addAttribute("result", this.assignments.holders(unit.code(), day,
				new HolderFilter(category, jobPosition, title), page, PAGE_SIZE));
		model.addAttribute("category", category);
		return "staffing/holders";
	}

	/**
	 * Who holds a leadership post under the unit on the date, of an age group when given:
	 * the people behind the leaders' indicators (trẻ hóa).
	 */
	@GetMapping("/leaders")
	String leaders(@RequestParam long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable LeaderAgeBand age, @RequestParam(defaultValue = "0") int page,
			Model model) {
		LocalDate day = this.pages.date(asOf);
		OrgUnitView unit = this.pages.unit(unitId, day);
		this.pages.describe(model, unit, day);
		model.addAttribute("result", this.leaders.list(unit.code(), day, age, page, PAGE_SIZE));
		model.addAttribute("age", age);
		model.addAttribute("bands", LeaderAgeBand.values());
		return "staffing/leaders";
	}

	@GetMapping("/quotas")
	String quotas(@RequestParam(required = false) @Nullable Long unitId, Model model) {
		LocalDate day = this.pages.date(null);
		OrgUnitView unit = this.pages.unit(unitId, day);
		this.pages.describe(model, unit, day);
		if (unit != null) {
			model.addAttribute("quotas", this.staffing.quotas(unit.code()));
		}
		model.addAttribute("canEdit", this.staffing.canEdit());
		model.addAttribute("categories", PersonnelCategory.values());
		model.addAttribute("jobPositions", this.catalogue.jobPositions());
		return "staffing/quotas";
	}

	@PostMapping("/quotas")
	String setQuota(@RequestParam long unitId, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		OrgUnitView unit = this.pages.unit(unitId, this.pages.date(null));
		List<FieldProblem> problems = new ArrayList<>();
		SetQuota command = new SetQuota(unit.code(), FormValues.choice(PersonnelCategory.class, form.get("category")),
				form.get("jobPositionCode"), FormValues.integer(form.get("quota"), "quota", problems),
				FormValues.date(form.get("validFrom"), "validFrom", problems), form.get("decisionNumber"),
				FormValues.date(form.get("decisionDate"), "decisionDate", problems));
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			this.staffing.setQuota(command);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.problems());
			return quotas(unitId, model);
		}
		redirect.addFlashAttribute("saved", "staffing.quota.saved");
		return "redirect:/staffing/quotas?unitId=" + unitId;
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem staffingNavigation() {
			return new NavigationItem("staffing.menu", "/staffing", "clipboard-data", 30, Set.of(),
					NavigationGroup.STAFFING);
		}

	}

}
