package vn.canbo.staffing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** The leaders staffing publishes: those holding a title on the day, nobody else. */
@SpringBootTest
class LeadersTests {

	static final LocalDate START = LocalDate.of(2025, 7, 1);

	static final LocalDate LATER = LocalDate.of(2026, 3, 1);

	@Autowired
	Leaders leaders;

	@Autowired
	Assignments assignments;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void leadersAreTheHoldersOfATitleOnTheDayAmongTheAgenciesPeople() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		OrgUnitView commune = this.orgUnits.createAgency(new CreateAgency(this.orgUnits.getByCode("03334", START).id(),
				"Xã thử " + TestAccounts.uniqueName("ld"), UnitType.OTHER, START, null));
		OrgUnitView committee = this.orgUnits
			.createAgency(new CreateAgency(commune.id(), "Đảng ủy thử", UnitType.PARTY_COMMITTEE, START, null));
		OrgUnitView other = this.orgUnits
			.createAgency(new CreateAgency(commune.id(), "Phòng thử", UnitType.SPECIALISED_OFFICE, START, null));
		long secretary = person("Lò Văn Bí", committee.id());
		long formerDeputy = person("Lò Văn Phó", committee.id());
		long specialist = person("Lò Văn Chuyên", committee.id());
		long elsewhere = person("Lò Văn Khác", other.id());
		title(secretary, committee, "XA_BI_THU", START, null);
		title(formerDeputy, committee, "XA_PHO_BI_THU", START, LATER);
		this.assignments.record(new RecordAssignment(specialist, committee.code(), null, "CHUYEN_VIEN", null, null,
				null, START, null, null, null, null, null));
		title(elsewhere, other, "XA_PHO_BI_THU", START, null);

		assertThat(this.leaders.amongPeopleOf(List.of(committee.id()), LATER.minusDays(1)))
			.containsExactlyInAnyOrder(secretary, formerDeputy);
		assertThat(this.leaders.amongPeopleOf(List.of(committee.id()), LATER)).containsExactly(secretary);
		assertThat(this.leaders.amongPeopleOf(List.of(committee.id(), other.id()), LATER))
			.containsExactlyInAnyOrder(secretary, elsewhere);
	}

	private long person(String name, long agencyId) {
		return this.people.create(TestPeople.person(name, Gender.MALE, 1980, agencyId)).id();
	}

	private void title(long person, OrgUnitView unit, String title, LocalDate from, LocalDate to) {
		this.assignments.record(new RecordAssignment(person, unit.code(), title, null, null, null, null, from, to, null,
				"NQ 1", from, null));
	}

}
