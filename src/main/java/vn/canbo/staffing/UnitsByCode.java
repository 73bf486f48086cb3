package vn.canbo.staffing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;

/**
 * The units a batch of commands names, each looked up (and scope-checked) once per code
 * while it exists on the commands' dates, instead of once per command.
 */
final class UnitsByCode {

	private final OrgUnits orgUnits;

	private final Map<String, OrgUnitView> units = new HashMap<>();

	UnitsByCode(OrgUnits orgUnits) {
		this.orgUnits = orgUnits;
	}

	/** The unit holding the code on the day; fails like {@link OrgUnits#getByCode}. */
	OrgUnitView get(String code, LocalDate day) {
		OrgUnitView unit = this.units.get(code);
		if (unit == null || !unit.existsOn(day)) {
			unit = this.orgUnits.getByCode(code, day);
			this.units.put(code, unit);
		}
		return unit;
	}

}
