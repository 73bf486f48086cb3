package vn.canbo.emulation.web;

import java.util.Arrays;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.canbo.emulation.Emulation;
import vn.canbo.emulation.EmulationEntry;
import vn.canbo.emulation.EmulationExports;
import vn.canbo.emulation.RewardKind;
import vn.canbo.rules.EvaluationLevel;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * The emulation report of a unit and year ("60 individuals with excellent completion in
 * 2018"), the people behind each number and their Excel export.
 */
@Controller
@RequestMapping("/emulation")
class EmulationReportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Emulation emulation;

	private final EmulationExports exports;

	EmulationReportController(Emulation emulation, EmulationExports exports) {
		this.emulation = emulation;
		this.exports = exports;
	}

	@GetMapping
	String report(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable Integer year, Model model) {
		int shown = (year == null) ? this.emulation.defaultYear() : year;
		model.addAttribute("report", this.emulation.report(unitId, shown));
		model.addAttribute("levels", EvaluationLevel.values());
		Filters.add(model, this.emulation, unitId, shown);
		return "emulation/report";
	}

	@GetMapping("/people")
	String people(@RequestParam(required = false) @Nullable Long unitId, @RequestParam int year,
			@RequestParam(required = false) @Nullable EvaluationLevel level,
			@RequestParam(required = false) @Nullable RewardKind kind, Model model) {
		model.addAttribute("entries", entries(unitId, year, level, kind));
		model.addAttribute("level", level);
		model.addAttribute("kind", kind);
		model.addAttribute("exportQuery", Filters.query(unitId, year)
				+ ((level != null) ? "&level=" + level.name() : (kind != null) ? "&kind=" + kind.name() : ""));
		Filters.add(model, this.emulation, unitId, year);
		// Those rated at a level may be proposed one by one for the awards no rating
		// gives.
		boolean proposes = level != null && this.emulation.canDecide();
		model.addAttribute("proposes", proposes);
		model.addAttribute("individualKinds",
				proposes ? Arrays.stream(RewardKind.values()).filter(RewardKind::individual).toList() : List.of());
		model.addAttribute("back",
				"/emulation/people?" + Filters.query(unitId, year) + "&level=" + ((level != null) ? level.name() : ""));
		return "emulation/people";
	}

	@GetMapping("/people/export.xlsx")
	void export(@RequestParam(required = false) @Nullable Long unitId, @RequestParam int year,
			@RequestParam(required = false) @Nullable EvaluationLevel level,
			@RequestParam(required = false) @Nullable RewardKind kind, Locale locale, HttpServletResponse response)
			throws IOException {
		List<EmulationEntry> entries = entries(unitId, year, level, kind);
		String name = "thi-dua-" + year + "-" + ((level != null) ? level.name() : (kind != null) ? kind.name() : "");
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name.toLowerCase(Locale.ROOT) + ".xlsx").build().toString());
		this.exports.entries(entries, locale, response.getOutputStream());
	}

	private List<EmulationEntry> entries(@Nullable Long unitId, int year, @Nullable EvaluationLevel level,
			@Nullable RewardKind kind) {
		if (level != null) {
			return this.emulation.rated(unitId, year, level);
		}
		if (kind != null) {
			return this.emulation.rewarded(unitId, year, kind);
		}
		// Neither chosen: the approved ratings of every level, as the report counts them.
		return java.util.Arrays.stream(EvaluationLevel.values())
			.flatMap((each) -> this.emulation.rated(unitId, year, each).stream())
			.toList();
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem emulationNavigation() {
			return new NavigationItem("emulation.menu", "/emulation", "award", 55,
					Set.of("ADMIN", "ORG_OFFICER", "LEADER", "VIEWER"), NavigationGroup.RECOGNITION);
		}

		@Bean
		NavigationItem ownRewardsNavigation() {
			return new NavigationItem("emulation.menu.own", "/emulation/rewards", "award", 56, Set.of("STAFF"),
					NavigationGroup.RECOGNITION);
		}

	}

}
