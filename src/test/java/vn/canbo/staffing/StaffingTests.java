package vn.canbo.staffing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Assignments, quotas and the staffing report, today and at past dates. */
@SpringBootTest
class StaffingTests {

	static final LocalDate START = LocalDate.of(2025, 7, 1);

	static final LocalDate LATER = LocalDate.of(2026, 3, 1);

	@Autowired
	Assignments assignments;

	@Autowired
	Staffing staffing;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	vn.canbo.people.Resumes resumes;

	OrgUnitView commune;

	OrgUnitView committee;

	OrgUnitView office;

	@BeforeEach
	void signInAndBuildAUnit() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		// A commune of its own per test, so that counts are exact whatever else the
		// shared database holds.
		this.commune = this.orgUnits.createAgency(new CreateAgency(this.orgUnits.getByCode("03334", START).id(),
				"Xã thử " + TestAccounts.uniqueName("bc"), UnitType.OTHER, START, null));
		this.committee = this.orgUnits
			.createAgency(new CreateAgency(this.commune.id(), "Đảng ủy thử", UnitType.PARTY_COMMITTEE, START, null));
		this.office = this.orgUnits.createAgency(
				new CreateAgency(this.commune.id(), "Phòng Kinh tế thử", UnitType.SPECIALISED_OFFICE, START, null));
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	long person(String name, long agencyId) {
		return this.people.create(TestPeople.person(name, Gender.MALE, 1980, agencyId)).id();
	}

	@Test
	void staffingAtAPastDateDiffersFromTodayAndBothAreRight() {
		long first = person("Lò Văn Một", this.office.id());
		long second = person("Lò Văn Hai", this.office.id());
		long third = person("Lò Văn Ba", this.office.id());
		job(first, this.office, START, null);
		job(second, this.office, START, LATER);
		job(third, this.office, LATER, null);
		job(person("Lò Văn Bốn", this.office.id()), this.office, LATER.plusDays(1), null);
		this.staffing.setQuota(new SetQuota(this.office.code(), PersonnelCategory.CIVIL_SERVANT, null, 3, START,
				"QĐ 1/QĐ-UBND", START));
		this.staffing.setQuota(new SetQuota(this.office.code(), PersonnelCategory.CIVIL_SERVANT, null, 2, LATER,
				"QĐ 2/QĐ-UBND", LATER));

		StaffingReport before = this.staffing.report(this.commune.code(), LATER.minusDays(1));
		StaffingReport after = this.staffing.report(this.commune.code(), LATER.plusDays(1));

		StaffingReport.Count then = before.count(this.office.id(), PersonnelCategory.CIVIL_SERVANT);
		assertThat(then.headcount()).isEqualTo(2);
		assertThat(then.quota()).isEqualTo(3);
		assertThat(then.shortage()).isTrue();
		StaffingReport.Count now = after.count(this.office.id(), PersonnelCategory.CIVIL_SERVANT);
		assertThat(now.headcount()).as("one left, two joined").isEqualTo(3);
		assertThat(now.quota()).as("the quota cut from LATER on").isEqualTo(2);
		assertThat(now.difference()).isEqualTo(1);
		assertThat(now.surplus()).isTrue();
		assertThat(after.total().headcount()).isEqualTo(3);
		assertThat(after.positions())
			.extracting(StaffingReport.PositionCount::code, StaffingReport.PositionCount::headcount)
			.containsExactly(Tuple.tuple("CHUYEN_VIEN", 3L));
	}

	@Test
	void rollsHeadcountUpToTheChildrenOfTheUnit() {
		OrgUnitView division = this.orgUnits
			.createAgency(new CreateAgency(this.office.id(), "Tổ thử", UnitType.DIVISION, START, null));
		job(person("Lò Văn Năm", division.id()), division, START, null);
		job(person("Lò Văn Sáu", this.office.id()), this.office, START, null);
		this.staffing
			.setQuota(new SetQuota(division.code(), PersonnelCategory.CIVIL_SERVANT, null, 4, START, null, null));

		StaffingReport report = this.staffing.report(this.commune.code(), LATER);

		assertThat(report.branches()).extracting(ComplianceReport.Branch::id)
			.contains(this.commune.id(), this.office.id(), this.committee.id())
			.doesNotContain(division.id());
		StaffingReport.Count office = report.branchTotal(this.office.id());
		assertThat(office.headcount()).as("the division rolls up into the office").isEqualTo(2);
		assertThat(office.quota()).isEqualTo(4);
	}

	@Test
	void computesVacantTitlesAndCountsConcurrentHolders() {
		long secretary = person("Lò Văn Bảy", this.committee.id());
		this.assignments.record(new RecordAssignment(secretary, this.committee.code(), "XA_BI_THU", null, null, null,
				null, START, null, null, "NQ 1", START, null));
		this.assignments.record(new RecordAssignment(secretary, this.committee.code(), "XA_PHO_BI_THU", null,
				AssignmentKind.CONCURRENT, null, null, START, null, null, null, null, null));

		StaffingReport report = this.staffing.report(this.commune.code(), LATER);

		assertThat(report.vacancies()).filteredOn((v) -> v.unitId() == this.committee.id())
			.extracting(StaffingReport.Vacancy::titleCode, StaffingReport.Vacancy::holders)
			.contains(Tuple.tuple("XA_PHO_BI_THU", 1L))
			.noneMatch((tuple) -> "XA_BI_THU".equals(tuple.toList().get(0)));
		AssignmentView held = this.assignments.ofPerson(secretary).get(0);
		assertThat(held.termEnd()).as("an elected term of five years").isEqualTo(START.plusYears(5));
		assertThat(held.selection()).isEqualTo(Selection.ELECTED);
	}

	@Test
	void refusesASecondPrimaryPostInTheSamePeriodButAllowsAConcurrentOne() {
		long person = person("Lò Văn Tám", this.office.id());
		job(person, this.office, START, null);

		assertThatThrownBy(() -> job(person, this.committee, LATER, null)).isInstanceOf(InvalidInputException.class)
			.satisfies((ex) -> assertThat(((InvalidInputException) ex).problems()).extracting("field", "messageKey")
				.containsExactly(Tuple.tuple("validFrom", "staffing.assignment.error.overlap")));
		this.assignments.record(new RecordAssignment(person, this.committee.code(), "UY_VIEN", null,
				AssignmentKind.CONCURRENT, null, null, LATER, null, null, null, null, null));
		assertThat(this.assignments.ofPerson(person)).hasSize(2);
	}

	@Test
	void aCurrentMainPostInAnotherUnitMovesTheRecordThere() {
		long person = person("Lò Văn Chuyển", this.office.id());
		job(person, this.office, START, LATER);

		this.assignments.record(new RecordAssignment(person, this.committee.code(), "XA_PHO_BI_THU", null, null, null,
				null, LATER, null, null, "QĐ 12/QĐ-TU", LATER, "Điều động"));

		PersonDetails.Employment employment = this.people.get(person, "TEST").details().employment();
		assertThat(employment.agencyId()).isEqualTo(this.committee.id());
		assertThat(employment.position()).isEqualTo("Phó Bí thư Đảng ủy xã, phường");
		assertThat(employment.joinedAgencyOn()).isEqualTo(LATER);
		assertThat(this.jdbc.sql(
				"select count(*) from audit_entry where entity_type = 'Person' and entity_id = :id and action = 'UPDATE'")
			.param("id", String.valueOf(person))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void validatesEveryFieldWithVietnameseMessages() {
		assertThatThrownBy(() -> this.assignments
			.record(new RecordAssignment(person("Lò Văn Chín", this.office.id()), "khong-co", "KHONG_CO", "CHUYEN_VIEN",
					null, null, null, START, START.minusDays(1), null, null, null, null)))
			.isInstanceOf(InvalidInputException.class)
			.satisfies((ex) -> assertThat(((InvalidInputException) ex).problems()).extracting("field")
				.containsExactlyInAnyOrder("validTo", "unitCode", "titleCode"));
	}

	@Test
	void endingAnAssignmentIsAuditedAndASecondEditOfTheSameVersionIsRefused() {
		long person = person("Lò Văn Mười", this.office.id());
		AssignmentView held = job(person, this.office, START, null);

		AssignmentView ended = this.assignments.change(held.id(),
				new ChangeAssignment(held.version(), null, LATER, null, "QĐ 9/QĐ-UBND", LATER, null));

		assertThat(ended.validTo()).isEqualTo(LATER);
		assertThatThrownBy(() -> this.assignments.change(held.id(),
				new ChangeAssignment(held.version(), null, null, null, null, null, null)))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(this.jdbc
			.sql("select action from audit_entry where entity_type = 'Assignment' and entity_id = :id order by id")
			.param("id", String.valueOf(held.id()))
			.query(String.class)
			.list()).containsExactly("CREATE", "UPDATE");
	}

	@Test
	void aCommuneOfficerCannotRecordOrReportOutsideTheCommune() {
		long person = person("Lò Văn Ngoài", this.office.id());
		OrgUnitView otherCommune = this.orgUnits.getByCode("03325", START);
		TestAccounts.signIn("xa-tochuc", Set.of(Role.ORG_OFFICER), otherCommune.id());
		assertThatThrownBy(() -> this.staffing.report(this.commune.code(), LATER))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> job(person, this.office, START, null)).isInstanceOf(RuntimeException.class);
		TestAccounts.signIn("xa-xem", Set.of(Role.VIEWER), null);
		assertThatThrownBy(() -> this.staffing
			.setQuota(new SetQuota(this.office.code(), PersonnelCategory.CADRE, null, 1, START, null, null)))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void theResumeWorkHistoryShowsTheRecordedPostsInPlaceOfTheFreeText() throws Exception {
		long person = person("Lò Văn Lý Lịch", this.office.id());
		job(person, this.office, START, LATER);
		this.assignments.record(new RecordAssignment(person, this.committee.code(), "XA_PHO_BI_THU", null, null, null,
				null, LATER, null, null, "NQ 5", LATER, null));

		byte[] pdf = this.resumes.pdf(person, Locale.forLanguageTag("vi")).content();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Chuyên viên (chuyên môn, nghiệp vụ), Phòng Kinh tế thử")
				.contains("Phó Bí thư Đảng ủy xã, phường, Đảng ủy thử");
		}
	}

	AssignmentView job(long person, OrgUnitView unit, LocalDate from, LocalDate to) {
		return this.assignments.record(new RecordAssignment(person, unit.code(), null, "CHUYEN_VIEN", null, null, null,
				from, to, null, null, null, null));
	}

}
