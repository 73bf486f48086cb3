package vn.canbo.staffing.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;

/**
 * What the staffing pages share: the unit reported on (the one asked for, else the root
 * of the user's scope), the date (today unless asked), and the model attributes for the
 * unit picker.
 */
@Component
class StaffingPages {

	private final OrgUnits orgUnits;

	StaffingPages(OrgUnits orgUnits) {
		this.orgUnits = orgUnits;
	}

	LocalDate date(@Nullable LocalDate asOf) {
		return (asOf != null) ? asOf : this.orgUnits.today();
	}

	/**
	 * The unit asked for, else the root of the user's scope; null for a nationwide user
	 * who asked for none.
	 */
	@Nullable OrgUnitView unit(@Nullable Long unitId, LocalDate asOf) {
		if (unitId != null) {
			return this.orgUnits.get(unitId, asOf);
		}
		String path = this.orgUnits.visibleSubtree(asOf).pathPrefix();
		if (path.isEmpty() || "/".equals(path)) {
			return null;
		}
		String[] ids = path.substring(1, path.length() - 1).split("/");
		try {
			return this.orgUnits.get(Long.parseLong(ids[ids.length - 1]), asOf);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	void describe(Model model, @Nullable OrgUnitView unit, LocalDate asOf) {
		model.addAttribute("asOf", asOf);
		model.addAttribute("today", this.orgUnits.today());
		model.addAttribute("unit", unit);
		model.addAttribute("unitLabel", (unit == null) ? null : this.orgUnits.label(unit));
		if (unit == null) {
			model.addAttribute("roots", this.orgUnits.roots(asOf));
		}
	}

}
