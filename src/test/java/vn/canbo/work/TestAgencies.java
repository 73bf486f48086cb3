package vn.canbo.work;

import java.time.LocalDate;

import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.security.TestAccounts;

/** A new agency of its own for each work test (they share one database). */
public final class TestAgencies {

	/** The commune the work tests place their agencies in (Phường Mường Thanh). */
	public static final String COMMUNE = "03334";

	private TestAgencies() {
	}

	/** A new agency under the unit, in existence since 1 July 2025, uniquely named. */
	public static OrgUnitView under(OrgUnits orgUnits, long parentId, String name) {
		return orgUnits.createAgency(new CreateAgency(parentId, name + " " + TestAccounts.uniqueName("w"),
				UnitType.OTHER, LocalDate.of(2025, 7, 1), null));
	}

}
