package vn.canbo.targets;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.staffing.Assignments;
import vn.canbo.staffing.RecordAssignment;

/**
 * A new agency of Phường Mường Thanh (from 1/7/2025) whose people hold primary posts so
 * that {@link WomenInPostIndicators} gives hand-computable values: from 1/1/2026 eight
 * men and two women (2/10 = 20%); from 1/4/2026 two of the men gone and two more women
 * (4/10 = 40%); from 1/10/2026 one more woman (5/11 = 45.45%).
 */
final class TargetTestData {

	static final LocalDate BASELINE = LocalDate.of(2026, 1, 1);

	static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);

	/** Given names: a person's name holds no digits. */
	private static final String[] NAMES = { "An", "Bình", "Cường", "Dũng", "Hải", "Khánh" };

	private TargetTestData() {
	}

	/** Creates the agency and its people as a nationwide officer; signs out after. */
	static OrgUnitView agencyWithPeople(OrgUnits orgUnits, People people, Assignments assignments) {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		long commune = orgUnits.getByCode("03334", LocalDate.of(2025, 7, 1)).id();
		OrgUnitView agency = orgUnits
			.createAgency(new CreateAgency(commune, "Phòng thử chỉ tiêu " + TestAccounts.uniqueName("ct"),
					UnitType.SPECIALISED_OFFICE, LocalDate.of(2025, 7, 1), null));
		for (int i = 0; i < 6; i++) {
			post(people, assignments, agency, "Lò Văn " + NAMES[i], Gender.MALE, BASELINE, null);
		}
		for (int i = 0; i < 2; i++) {
			post(people, assignments, agency, "Quàng Văn " + NAMES[i], Gender.MALE, BASELINE, LocalDate.of(2026, 4, 1));
		}
		for (int i = 0; i < 2; i++) {
			post(people, assignments, agency, "Lò Thị " + NAMES[i], Gender.FEMALE, BASELINE, null);
		}
		for (int i = 0; i < 2; i++) {
			post(people, assignments, agency, "Quàng Thị " + NAMES[i], Gender.FEMALE, LocalDate.of(2026, 4, 1), null);
		}
		post(people, assignments, agency, "Cầm Thị Sáu", Gender.FEMALE, LocalDate.of(2026, 10, 1), null);
		TestAccounts.signOut();
		return agency;
	}

	private static void post(People people, Assignments assignments, OrgUnitView agency, String name, Gender gender,
			LocalDate from, @Nullable LocalDate to) {
		long person = people.create(TestPeople.person(name, gender, 1985, agency.id())).id();
		try {
			assignments.record(new RecordAssignment(person, agency.code(), null, "CHUYEN_VIEN", null, null, null, from,
					to, null, null, null, null));
		}
		catch (InvalidInputException ex) {
			throw new AssertionError("post of " + name + " refused: " + ex.problems(), ex);
		}
	}

}
