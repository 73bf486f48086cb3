package vn.canbo.emulation.web;

import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;

import vn.canbo.emulation.Emulation;

/** The unit and year filter every emulation page shares. */
final class Filters {

	private Filters() {
	}

	static void add(Model model, Emulation emulation, @Nullable Long unitId, int year) {
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitLabel", (unitId == null) ? null : emulation.unitLabel(unitId));
		model.addAttribute("year", year);
		model.addAttribute("query", query(unitId, year));
	}

	static String query(@Nullable Long unitId, int year) {
		return "year=" + year + ((unitId == null) ? "" : "&unitId=" + unitId);
	}

}
