package vn.canbo.staffing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.EducationLevel;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each person's verdict against the standard of their post, the compliance report, and
 * standard versions.
 */
@SpringBootTest
class StandardsTests {

	static final LocalDate START = LocalDate.of(2025, 7, 1);

	static final LocalDate DAY = LocalDate.of(2026, 6, 1);

	@Autowired
	Standards standards;

	@Autowired
	PostCatalogue catalogue;

	@Autowired
	Assignments assignments;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	OrgUnitView unit;

	@BeforeEach
	void signIn() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		this.unit = this.orgUnits.createAgency(new CreateAgency(this.orgUnits.getByCode("03334", START).id(),
				"Phòng thử chuẩn " + TestAccounts.uniqueName("c"), UnitType.SPECIALISED_OFFICE, START, null));
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	long expert(String name, ProfessionalLevel level, StateManagementLevel management) {
		PersonDetails details = TestPeople.person(name, Gender.FEMALE, 1985, this.unit.id())
			.withQualifications(new PersonDetails.Qualifications(EducationLevel.UPPER_SECONDARY, level, "Luật", null,
					PoliticalTheoryLevel.SO_CAP, management, null, null));
		long id = this.people.create(details).id();
		this.assignments.record(new RecordAssignment(id, this.unit.code(), null, "CHUYEN_VIEN", null, null, null, START,
				null, null, null, null, null));
		return id;
	}

	@Test
	void aVerdictNamesEachRequirementWithWhatItAsksAndWhatTheRecordShows() {
		long meets = expert("Quàng Thị Đạt", ProfessionalLevel.DAI_HOC, StateManagementLevel.CHUYEN_VIEN);
		long fails = expert("Quàng Thị Chưa", ProfessionalLevel.TRUNG_CAP, StateManagementLevel.NONE);

		StandardVerdict good = this.standards.verdict(meets, DAY);
		StandardVerdict bad = this.standards.verdict(fails, DAY);

		assertThat(good.meets()).isTrue();
		assertThat(good.postName()).startsWith("Chuyên viên");
		assertThat(good.standard().citation()).contains("02/2021/TT-BNV");
		assertThat(bad.meets()).isFalse();
		assertThat(bad.failing()).containsExactly(Requirement.PROFESSIONAL_LEVEL, Requirement.STATE_MANAGEMENT);
		assertThat(bad.checks()).filteredOn((check) -> check.requirement() == Requirement.PROFESSIONAL_LEVEL)
			.singleElement()
			.satisfies((check) -> {
				assertThat(check.required()).isEqualTo("DAI_HOC");
				assertThat(check.actual()).isEqualTo("TRUNG_CAP");
			});
		assertThat(this.standards.verdict(meets, START.minusDays(1)).standard()).as("no post held then").isNull();
	}

	@Test
	void theReportCountsThoseMeetingAndTheDrillDownListsTheFailingFirstWithTheirReasons() {
		expert("Quàng Thị Một", ProfessionalLevel.DAI_HOC, StateManagementLevel.CHUYEN_VIEN);
		expert("Quàng Thị Hai", ProfessionalLevel.THAC_SI, StateManagementLevel.CHUYEN_VIEN_CHINH);
		expert("Quàng Thị Ba", ProfessionalLevel.CAO_DANG, StateManagementLevel.CHUYEN_VIEN);

		ComplianceReport report = this.standards.report(this.unit.code(), DAY);

		ComplianceReport.Tally tally = report.tally(this.unit.id(), PersonnelCategory.CIVIL_SERVANT);
		assertThat(tally.judged()).isEqualTo(3);
		assertThat(tally.meeting()).isEqualTo(2);
		assertThat(tally.percent()).isEqualTo(66.7);
		assertThat(tally.failing()).containsEntry(Requirement.PROFESSIONAL_LEVEL, 1L)
			.containsEntry(Requirement.STATE_MANAGEMENT, 0L);
		List<CompliancePerson> listed = this.standards.people(this.unit.code(), DAY, null, false, 0, 10).items();
		assertThat(listed).extracting(CompliancePerson::fullName)
			.containsExactly("Quàng Thị Ba", "Quàng Thị Hai", "Quàng Thị Một");
		assertThat(listed.get(0).failing()).containsExactly(Requirement.PROFESSIONAL_LEVEL);
		assertThat(this.standards.people(this.unit.code(), DAY, null, true, 0, 10).total()).isEqualTo(1);
	}

	@Test
	void aNewStandardVersionAppliesFromItsDateAndThePastKeepsTheOldOne() {
		long person = expert("Quàng Thị Bốn", ProfessionalLevel.DAI_HOC, StateManagementLevel.CHUYEN_VIEN);
		JobPosition expert = this.catalogue.jobPosition("CHUYEN_VIEN").orElseThrow();
		LocalDate from = LocalDate.of(2031, 1, 1);

		PostStandard added = this.catalogue.addStandard(new PostStandard(0, null, expert.id(), from, null, 12,
				ProfessionalLevel.THAC_SI, List.of(), null, null, null, null, "Văn bản thử nghiệm 2031", true, null));

		assertThat(this.standards.verdict(person, from).failing()).containsExactly(Requirement.PROFESSIONAL_LEVEL);
		assertThat(this.standards.verdict(person, from.minusDays(1)).meets()).isTrue();
		assertThat(this.standards.verdict(person, from).standard().id()).isEqualTo(added.id());
		assertThatThrownBy(() -> this.catalogue.addStandard(new PostStandard(0, null, expert.id(), from, null, null,
				null, List.of(), null, null, 40, 30, "", true, null)))
			.isInstanceOf(InvalidInputException.class)
			.satisfies((ex) -> assertThat(((InvalidInputException) ex).problems()).extracting("field")
				.containsExactlyInAnyOrder("citation", "maxAge", "validFrom"));
	}

	@Test
	void onlyAdministratorsAddStandardVersions() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		assertThatThrownBy(() -> this.catalogue.addStandard(new PostStandard(0, 1L, null, LocalDate.of(2040, 1, 1),
				null, 12, null, List.of(), null, null, null, null, "Thử", true, null)))
			.isInstanceOf(OutOfScopeException.class);
	}

}
