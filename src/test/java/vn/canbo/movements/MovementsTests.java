package vn.canbo.movements;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.indicators.IndicatorReport;
import vn.canbo.indicators.Indicators;
import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Ethnicity;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.Religion;
import vn.canbo.people.TestPeople;
import vn.canbo.planning.PlannedFixture;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.staffing.AssignmentKind;
import vn.canbo.staffing.AssignmentView;
import vn.canbo.staffing.Assignments;
import vn.canbo.staffing.HolderFilter;
import vn.canbo.staffing.RecordAssignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Rotation, transfer and secondment through the facade, on two new agencies (one of the
 * province, one of Xã Mường Phăng) whose only people the test records, so that every
 * headcount and count is computed by hand from the worked examples of vn-legal-rules-2.md
 * §4.6: L-1 (a man born 01/1974 reaches 62 in 01/2036), L-2 (36 months), L-5 (3 years of
 * secondment).
 */
@SpringBootTest
class MovementsTests {

	static final Locale VI = Locale.forLanguageTag("vi");

	static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

	@Autowired
	Movements movements;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	People people;

	@Autowired
	Assignments assignments;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Indicators indicators;

	@Autowired
	MovementReminders reminders;

	@Autowired
	UserAccounts accounts;

	OrgUnitView provincial;

	OrgUnitView communal;

	@BeforeEach
	void createAgencies() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		LocalDate day = LocalDate.of(2019, 1, 1);
		long province = this.orgUnits.getByCode("11", day).id();
		long commune = this.orgUnits.getByCode("03325", LocalDate.of(2025, 7, 1)).id();
		this.provincial = this.orgUnits.createAgency(new CreateAgency(province,
				"Ban thử luân chuyển " + TestAccounts.uniqueName("lc"), UnitType.PARTY_BOARD, day, null));
		this.communal = this.orgUnits
			.createAgency(new CreateAgency(commune, "Đảng ủy thử luân chuyển " + TestAccounts.uniqueName("lc"),
					UnitType.PARTY_COMMITTEE, LocalDate.of(2025, 7, 1), null));
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	/**
	 * A man born in January of the year, deputy head of a provincial Party board since
	 * 2020.
	 */
	long leader(String name, int birthYear) {
		long id = this.people.create(PersonDetails.of(
				new PersonDetails.Identity(name, null, 15, 1, birthYear, Gender.MALE, null, "Xã Thanh Xương, Điện Biên",
						null, "Xã Thanh Xương, Điện Biên", null, null, null, null, Ethnicity.KINH, Religion.NONE,
						TestPeople.citizenId(Gender.MALE, birthYear), null, null, null, null),
				new PersonDetails.Employment(null, PersonnelCategory.CADRE, this.provincial.id(), "Phó Trưởng ban",
						null, true, null, null, null, null)))
			.id();
		this.assignments.record(new RecordAssignment(id, this.provincial.code(), "TINH_PHO_BAN_DANG", null, null, null,
				null, SINCE, null, null, "01-QĐ/TU", SINCE, null));
		// in the board's plan for its head: one of those rotation is for
		PlannedFixture.plan(this.jdbc, id, this.provincial.id(), "TINH_TRUONG_BAN_DANG");
		return id;
	}

	/** A leader as {@link #leader} makes, but in nobody's plan. */
	long unplannedLeader(String name, int birthYear) {
		long id = leader(name, birthYear);
		this.jdbc
			.sql("update planning_entry set removed_on = date '2020-06-02', removal_case = 'OTHER' "
					+ "where person_id = :person")
			.param("person", id)
			.update();
		return id;
	}

	MovementInput rotation(long person, LocalDate start, boolean nonLocal) {
		return new MovementInput(person, MovementType.ROTATION, this.communal.id(), null, "XA_BI_THU", null,
				"125-QĐ/TU", start.minusDays(10), "Ban Thường vụ Tỉnh ủy", start, null, null, null, null, nonLocal,
				null, false, null);
	}

	long headcount(OrgUnitView unit, LocalDate day) {
		return this.assignments.holders(unit.code(), day, HolderFilter.everyone(), 0, 50).total();
	}

	List<Long> holders(OrgUnitView unit, LocalDate day) {
		return this.assignments.holders(unit.code(), day, HolderFilter.everyone(), 0, 50)
			.items()
			.stream()
			.map(AssignmentView::personId)
			.toList();
	}

	@Test
	void aRotationMovesThePostOnItsDateAndCountsInTheReport() {
		// born 01/1974, retires 01/2036; from 01/2026 that is exactly 120 months:
		// eligible
		long person = leader("Lò Văn Luân", 1974);
		LocalDate start = LocalDate.of(2026, 1, 1);
		Movement rotation = this.movements.record(rotation(person, start, false));

		assertThat(rotation.type()).isEqualTo(MovementType.ROTATION);
		assertThat(rotation.direction()).isEqualTo(Direction.DOWNWARD);
		assertThat(rotation.toKeyTitle()).isTrue();
		// L-2: 36 months from the start, the first day back is three years later
		assertThat(rotation.plannedMonths()).isEqualTo(36);
		assertThat(rotation.returnDate()).isEqualTo(LocalDate.of(2029, 1, 1));
		assertThat(rotation.atReturn()).isEqualTo(AtReturn.RETURN_FORMER_POST);

		// staffing the day before: in the provincial board, not in the commune
		LocalDate before = start.minusDays(1);
		assertThat(headcount(this.provincial, before)).isEqualTo(1);
		assertThat(holders(this.provincial, before)).containsExactly(person);
		assertThat(headcount(this.communal, before)).isZero();
		// from the start: in the commune as its Secretary
		assertThat(headcount(this.provincial, start)).isZero();
		assertThat(headcount(this.communal, start)).isEqualTo(1);
		assertThat(holders(this.communal, start)).containsExactly(person);
		List<AssignmentView> posts = this.assignments.ofPerson(person);
		assertThat(posts).hasSize(2);
		AssignmentView old = posts.stream().filter((post) -> post.unitId() == this.provincial.id()).findFirst().get();
		assertThat(old.validTo()).isEqualTo(start);
		AssignmentView taken = posts.stream().filter((post) -> post.unitId() == this.communal.id()).findFirst().get();
		assertThat(taken.titleCode()).isEqualTo("XA_BI_THU");
		assertThat(taken.validFrom()).isEqualTo(start);
		assertThat(taken.kind()).isEqualTo(AssignmentKind.PRIMARY);

		// the report of the provincial board's subtree: one rotation, downward, to
		// commune Secretary
		MovementReport report = this.movements.report(this.provincial.id(), LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31));
		assertThat(report.total()).isEqualTo(1);
		assertThat(report.count(MovementType.ROTATION)).isEqualTo(1);
		assertThat(report.count(MovementType.SECONDMENT)).isZero();
		assertThat(report.rotations(Direction.DOWNWARD)).isEqualTo(1);
		assertThat(report.rotationsToCommuneKey()).isEqualTo(1);
		assertThat(report.downwardToCommuneKey()).isEqualTo(1);
		assertThat(report.people()).isEqualTo(1);
		assertThat(this.movements
			.list(new MovementFilter(this.communal.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
					MovementType.ROTATION, Direction.DOWNWARD, true), 0, 10)
			.items()).extracting(Movement::personId).containsExactly(person);
		// the year before holds none
		assertThat(this.movements.report(this.provincial.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
			.total()).isZero();

		// audited
		assertThat(this.jdbc.sql("select count(*) from audit_entry where entity_type = 'Movement' and entity_id = :id")
			.param("id", String.valueOf(rotation.id()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theReturnBringsTheFormerPostBackAndAStaleVersionIsRefused() {
		long person = leader("Lò Văn Trở", 1974);
		LocalDate start = LocalDate.of(2026, 1, 1);
		Movement rotation = this.movements.record(rotation(person, start, false));
		LocalDate back = LocalDate.of(2029, 1, 1);

		assertThatThrownBy(() -> this.movements.recordReturn(rotation.id(), rotation.version() + 1, back))
			.isInstanceOf(ConcurrentEditException.class);
		Movement returned = this.movements.recordReturn(rotation.id(), rotation.version(), back);

		assertThat(returned.returnedOn()).isEqualTo(back);
		assertThat(returned.returnAssignmentId()).isNotNull();
		assertThat(holders(this.communal, back.minusDays(1))).containsExactly(person);
		assertThat(headcount(this.communal, back)).isZero();
		assertThat(holders(this.provincial, back)).containsExactly(person);
		// the years in between are unchanged
		assertThat(headcount(this.provincial, LocalDate.of(2027, 6, 1))).isZero();
		assertThat(headcount(this.provincial, LocalDate.of(2025, 6, 1))).isEqualTo(1);
		// a second return is refused against its field
		InvalidInputException again = catchThrowableOfType(InvalidInputException.class,
				() -> this.movements.recordReturn(rotation.id(), returned.version(), back.plusDays(1)));
		assertThat(again.problems()).extracting(FieldProblem::field).containsExactly("returnedOn");
	}

	@Test
	void rotationIsForPlannedLeadersNonLocalPlacementsAndSpecialCases() {
		long planned = leader("Lò Văn Quyhoach", 1980);
		Eligibility.Condition inPlan = condition(
				this.movements.eligibility(rotation(planned, LocalDate.of(2026, 3, 1), false)), ConditionCode.IN_PLAN);
		assertThat(inPlan.met()).isTrue();
		assertThat(inPlan.actual()).contains("Trưởng ban (Chánh Văn phòng, Chủ nhiệm Ủy ban Kiểm tra) Tỉnh ủy");

		long unplanned = unplannedLeader("Lò Văn Ngoaiqh", 1980);
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> this.movements.record(rotation(unplanned, LocalDate.of(2026, 3, 1), false)));
		assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("personId");
		assertThat(this.messages.getMessage(refused.problems().get(0), VI))
			.contains("không có trong quy hoạch chức danh nào")
			.contains("Nghị định 170/2025/NĐ-CP Điều 42");

		// placed as a non-local secretary, or a special case with its reason: eligible
		assertThat(this.movements.eligibility(rotation(unplanned, LocalDate.of(2026, 3, 1), true)).eligible()).isTrue();
		MovementInput special = rotation(unplanned, LocalDate.of(2026, 3, 1), false);
		special = new MovementInput(special.personId(), special.type(), special.toUnitId(), null, special.toTitleCode(),
				null, special.decisionNumber(), special.decisionDate(), special.decisionBody(), special.startDate(),
				null, null, null, "Đề án luân chuyển của Tỉnh ủy", false, null, false, null);
		assertThat(condition(this.movements.eligibility(special), ConditionCode.IN_PLAN).met()).isTrue();
	}

	@Test
	void workingTimeBoundaryIsExactlyTenYears() {
		long person = leader("Lò Văn Biên", 1974);
		// 01/2026 → 01/2036: 120 months, eligible
		Eligibility january = this.movements.eligibility(rotation(person, LocalDate.of(2026, 1, 1), false));
		Eligibility.Condition time = condition(january, ConditionCode.WORKING_TIME);
		assertThat(time.required()).isEqualTo("120");
		assertThat(time.actual()).isEqualTo("120");
		assertThat(time.met()).isTrue();
		assertThat(time.rule()).isEqualTo("MOVEMENT_ROTATION");
		assertThat(time.citation()).contains("Nghị định 170/2025/NĐ-CP");
		assertThat(january.eligible()).isTrue();

		// 02/2026: 119 months, not eligible
		Eligibility february = this.movements.eligibility(rotation(person, LocalDate.of(2026, 2, 1), false));
		assertThat(condition(february, ConditionCode.WORKING_TIME).actual()).isEqualTo("119");
		assertThat(february.eligible()).isFalse();

		// L-1: 03/2026 leaves 118 months: refused, the message naming the start date
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> this.movements.record(rotation(person, LocalDate.of(2026, 3, 1), false)));
		assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("startDate");
		String message = this.messages.getMessage(refused.problems().get(0), VI);
		assertThat(message).startsWith("Ngày bắt đầu:").contains("118 tháng").contains("120 tháng");

		// L-1 as the placement of a non-local secretary: one term (60 months) suffices
		Eligibility nonLocal = this.movements.eligibility(rotation(person, LocalDate.of(2026, 3, 1), true));
		Eligibility.Condition term = condition(nonLocal, ConditionCode.WORKING_TIME_NON_LOCAL);
		assertThat(term.required()).isEqualTo("60");
		assertThat(term.actual()).isEqualTo("118");
		assertThat(nonLocal.eligible()).isTrue();
	}

	@Test
	void aSecondmentKeepsTheHomePostAndOverThreeYearsIsRefused() {
		long person = leader("Lò Văn Phái", 1980);
		LocalDate start = LocalDate.of(2026, 1, 15);
		// L-5: from 2026-01-15 the first day back is at the latest 2029-01-15
		MovementInput tooLong = new MovementInput(person, MovementType.SECONDMENT, this.communal.id(), null, null,
				"CHUYEN_VIEN", "12/QĐ-UBND", start, "UBND tỉnh", start, null, LocalDate.of(2029, 1, 16), null, null,
				false, null, false, null);
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> this.movements.record(tooLong));
		assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("returnDate");
		assertThat(this.messages.getMessage(refused.problems().get(0), VI)).startsWith("Thời gian biệt phái:")
			.contains("36 tháng");
		MovementInput months = new MovementInput(person, MovementType.SECONDMENT, this.communal.id(), null, null,
				"CHUYEN_VIEN", "12/QĐ-UBND", start, "UBND tỉnh", start, 37, null, null, null, false, null, false, null);
		assertThat(catchThrowableOfType(InvalidInputException.class, () -> this.movements.record(months)).problems())
			.extracting(FieldProblem::field)
			.containsExactly("plannedMonths");

		Movement secondment = this.movements.record(new MovementInput(person, MovementType.SECONDMENT,
				this.communal.id(), null, null, "CHUYEN_VIEN", "12/QĐ-UBND", start, "UBND tỉnh", start, null,
				LocalDate.of(2029, 1, 15), null, null, false, null, false, null));
		assertThat(secondment.plannedLastDay()).isEqualTo(LocalDate.of(2029, 1, 14));
		// the home unit keeps the person on its staff; the host's post is held beside it
		assertThat(holders(this.provincial, start)).containsExactly(person);
		assertThat(headcount(this.communal, start)).isZero();
		AssignmentView host = this.assignments.get(secondment.toAssignmentId());
		assertThat(host.kind()).isEqualTo(AssignmentKind.CONCURRENT);
		assertThat(host.validTo()).isEqualTo(LocalDate.of(2029, 1, 15));
		assertThat(this.movements.report(this.communal.id(), start, start).secondmentsInForce()).isEqualTo(1);
		// seconded already: a transfer is refused
		Eligibility transfer = this.movements.eligibility(new MovementInput(person, MovementType.TRANSFER,
				this.communal.id(), null, null, "CHUYEN_VIEN", "13/QĐ-UBND", start, "UBND tỉnh",
				LocalDate.of(2026, 6, 1), null, null, null, null, false, null, false, null));
		assertThat(condition(transfer, ConditionCode.NOT_SECONDED).met()).isFalse();
	}

	@Test
	void aDeclaredExclusionRefusesATransferUnlessThePersonAsks() {
		long person = leader("Lò Văn Động", 1985);
		LocalDate start = LocalDate.of(2026, 3, 1);
		MovementInput declared = new MovementInput(person, MovementType.TRANSFER, this.communal.id(), null, null,
				"CHUYEN_VIEN", "14/QĐ-UBND", start, "UBND tỉnh", start, null, null, null, null, false,
				Set.of(Exclusion.MATERNITY_OR_YOUNG_CHILD), false, null);
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> this.movements.record(declared));
		assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("exclusions");
		Movement transfer = this.movements.record(new MovementInput(person, MovementType.TRANSFER, this.communal.id(),
				null, null, "CHUYEN_VIEN", "14/QĐ-UBND", start, "UBND tỉnh", start, null, null, null, null, false,
				Set.of(Exclusion.MATERNITY_OR_YOUNG_CHILD), true, null));
		assertThat(transfer.atReturn()).isEqualTo(AtReturn.NONE);
		assertThat(transfer.returnDate()).isNull();
		assertThat(holders(this.communal, start)).containsExactly(person);
	}

	@Test
	void theIndicatorsCountTheRotationAndTheOfficersAreToldItEnds() {
		long person = leader("Lò Văn Chỉsố", 1974);
		Movement rotation = this.movements.record(rotation(person, LocalDate.of(2026, 1, 1), false));
		UserAccountView officer = TestAccounts.provision(this.accounts, "lc-nhac", this.communal.id(),
				Role.ORG_OFFICER);

		// at the commune's new agency on 30/6/2026: one rotation this year, to its
		// Secretary,
		// and its one titled leader is on rotation (1/1)
		IndicatorReport june = this.indicators.measure(this.communal.id(), LocalDate.of(2026, 6, 30),
				Set.of(MovementIndicators.ROTATIONS, MovementIndicators.TO_COMMUNE_KEY, MovementIndicators.SECONDMENTS,
						MovementIndicators.LEADERS_ROTATED));
		assertThat(june.total(MovementIndicators.ROTATIONS).value()).isEqualTo(1);
		assertThat(june.total(MovementIndicators.TO_COMMUNE_KEY).value()).isEqualTo(1);
		assertThat(june.total(MovementIndicators.SECONDMENTS).value()).isZero();
		assertThat(june.total(MovementIndicators.LEADERS_ROTATED).value()).isEqualTo(1);
		assertThat(june.total(MovementIndicators.LEADERS_ROTATED).denominator()).isEqualTo(1);
		// the year before: nothing yet
		IndicatorReport before = this.indicators.measure(this.communal.id(), LocalDate.of(2025, 12, 31),
				Set.of(MovementIndicators.ROTATIONS));
		assertThat(before.total(MovementIndicators.ROTATIONS).value()).isZero();

		// on 5/11/2028 the first day back, 1/1/2029, is within 60 days: reminded once
		assertThat(this.movements.endingSoon(this.communal.id(), LocalDate.of(2028, 11, 5), 0, 10).items())
			.extracting(Movement::id)
			.containsExactly(rotation.id());
		assertThat(this.reminders.remind(LocalDate.of(2028, 11, 5))).isPositive();
		this.reminders.remind(LocalDate.of(2028, 11, 6));
		assertThat(this.jdbc.sql("select count(*) from notification where recipient = :user and link = :link")
			.param("user", officer.username())
			.param("link", "/movements/" + rotation.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		// 1/10/2028 is not
		assertThat(this.movements.endingSoon(this.communal.id(), LocalDate.of(2028, 10, 1), 0, 10).total()).isZero();
	}

	static Eligibility.Condition condition(Eligibility eligibility, ConditionCode code) {
		return eligibility.conditions().stream().filter((condition) -> condition.code() == code).findFirst().get();
	}

}
