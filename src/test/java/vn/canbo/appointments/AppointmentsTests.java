package vn.canbo.appointments;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.DomainException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.staffing.AssignmentView;
import vn.canbo.staffing.Assignments;
import vn.canbo.staffing.RecordAssignment;
import vn.canbo.staffing.Selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The appointment procedure through the facade, with the reference's worked examples
 * (vn-legal-rules-2 §3.7): vote thresholds on those summoned, the quorum, the decision
 * creating the post with its term end, the due list's 90 days, and the age condition.
 */
@SpringBootTest
class AppointmentsTests {

	static final String TITLE = "XA_TRUONG_PHONG";

	@Autowired
	Appointments appointments;

	@Autowired
	Assignments assignments;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	JdbcClient jdbc;

	long office;

	String officeCode;

	long candidate;

	long rival;

	long third;

	@BeforeEach
	void createOffice() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		long commune = this.orgUnits.getByCode("03334", LocalDate.of(2025, 7, 1)).id();
		var created = this.orgUnits.createAgency(new CreateAgency(commune,
				"Phòng thử bổ nhiệm " + TestAccounts.uniqueName("bn"), UnitType.OTHER, LocalDate.of(2025, 7, 1), null));
		this.office = created.id();
		this.officeCode = created.code();
		this.candidate = this.people.create(TestPeople.person("Lò Văn Ứngviên", Gender.MALE, 1980, this.office)).id();
		this.rival = this.people.create(TestPeople.person("Lò Thị Thứhai", Gender.FEMALE, 1982, this.office)).id();
		this.third = this.people.create(TestPeople.person("Quàng Văn Thứba", Gender.MALE, 1984, this.office)).id();
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void votesAreJudgedOnThoseSummonedAsTheWorkedExamplesSay() {
		ProcedureRule rule = this.appointments.procedure(LocalDate.of(2026, 3, 1));
		// 21 summoned, X 12 (57.1 %) is chosen
		assertThat(rule.judge(AppointmentKind.APPOINTMENT, 2, 21, List.of(12, 2, 1))).containsExactly(Verdict.CHOSEN,
				Verdict.NOT_CHOSEN, Verdict.NOT_CHOSEN);
		// X 10 (47.6 %) and Y 7 (33.3 %) go on, Z 4 (19 %) drops
		assertThat(rule.judge(AppointmentKind.APPOINTMENT, 2, 21, List.of(10, 7, 4))).containsExactly(Verdict.GOES_ON,
				Verdict.GOES_ON, Verdict.NOT_CHOSEN);
		// 30 % of 21 is 6.3: 6 votes are below it, 7 reach it
		assertThat(rule.judge(AppointmentKind.APPOINTMENT, 3, 21, List.of(6, 7))).containsExactly(Verdict.NOT_CHOSEN,
				Verdict.GOES_ON);
		// exactly 50 % of 20 is not above it: goes on at step 2
		assertThat(rule.judge(AppointmentKind.APPOINTMENT, 2, 20, List.of(10, 11))).containsExactly(Verdict.NOT_CHOSEN,
				Verdict.CHOSEN);
		assertThat(rule.judge(AppointmentKind.APPOINTMENT, 2, 20, List.of(10))).containsExactly(Verdict.GOES_ON);
		// step 5, 4 members, 2 against 2: the head decides
		assertThat(rule.judge(AppointmentKind.APPOINTMENT, 5, 4, List.of(2, 2))).containsExactly(Verdict.HEAD_DECIDES,
				Verdict.HEAD_DECIDES);
		// reappointment, 40 summoned: 21 passes, 20 the head decides, 19 reported up
		assertThat(rule.judge(AppointmentKind.REAPPOINTMENT, 5, 40, List.of(21))).containsExactly(Verdict.CHOSEN);
		assertThat(rule.judge(AppointmentKind.REAPPOINTMENT, 5, 40, List.of(20))).containsExactly(Verdict.HEAD_DECIDES);
		assertThat(rule.judge(AppointmentKind.REAPPOINTMENT, 5, 40, List.of(19))).containsExactly(Verdict.REPORT_UP);
		// quorum ⌈2/3 × 21⌉ = 14
		assertThat(rule.quorum(21)).isEqualTo(14);
		assertThat(rule.quorate(21, 14)).isTrue();
		assertThat(rule.quorate(21, 13)).isFalse();
		assertThat(rule.version().citation()).contains("170/2025");
	}

	@Test
	void aConferenceWithoutTwoThirdsPresentIsRefusedAndNothingStored() {
		AppointmentCase opened = open(AppointmentKind.APPOINTMENT);
		AppointmentCase listed = meeting(opened, 1, 5, 5, List.of(this.candidate, this.rival), List.of(0, 0));
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> this.appointments.recordMeeting(opened.id(), new NewMeeting(listed.version(), 2,
						LocalDate.of(2026, 3, 10), 21, 13, List.of(new NewMeeting.Vote(this.candidate, 12)))));
		assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("present", "appointments.error.quorum"));
		assertThat(refused.problems().get(0).arguments()).containsExactly(13, 21, 14L, 2L, 3L);
		assertThat(this.appointments.meetings(opened.id())).extracting(Meeting::step).containsExactly(1);
	}

	@Test
	void aStepWhereNobodyReachesThirtyPercentStopsTheCase() {
		AppointmentCase opened = open(AppointmentKind.APPOINTMENT);
		AppointmentCase listed = meeting(opened, 1, 5, 5, List.of(this.candidate, this.rival), List.of(0, 0));
		AppointmentCase stopped = meeting(listed, 2, 21, 15, List.of(this.candidate, this.rival), List.of(6, 5));
		assertThat(stopped.status()).isEqualTo(CaseStatus.STOPPED);
		assertThat(this.appointments.meetings(opened.id()).get(1).candidates()).extracting(Candidate::verdict)
			.containsExactly(Verdict.NOT_CHOSEN, Verdict.NOT_CHOSEN);
	}

	@Test
	void theDecisionCreatesThePostWithItsFiveYearTerm() {
		AppointmentCase opened = open(AppointmentKind.APPOINTMENT);
		AppointmentCase current = meeting(opened, 1, 5, 5, List.of(this.candidate, this.rival, this.third),
				List.of(0, 0, 0));
		// step 2: the candidate 10/21 and the rival 7/21 go on, the third 4/21
		// drops
		current = meeting(current, 2, 21, 15, List.of(this.candidate, this.rival, this.third), List.of(10, 7, 4));
		assertThat(this.appointments.meetings(opened.id()).get(1).candidates()).extracting(Candidate::verdict)
			.containsExactly(Verdict.GOES_ON, Verdict.GOES_ON, Verdict.NOT_CHOSEN);
		assertThatThrownBy(() -> this.appointments.decide(opened.id(),
				new NewDecision(this.appointments.get(opened.id()).version(), "1/QĐ", LocalDate.of(2026, 4, 1), null)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("appointments.error.notChosen");
		// step 3: 4 of 5 (80 %)
		current = meeting(current, 3, 5, 5, List.of(this.candidate, this.rival), List.of(4, 1));
		current = meeting(current, 4, 30, 25, List.of(this.candidate), List.of(22));
		current = meeting(current, 5, 5, 4, List.of(this.candidate), List.of(3));
		assertThat(this.appointments.meetings(opened.id()).get(4).candidates().get(0).verdict())
			.isEqualTo(Verdict.CHOSEN);
		AppointmentCase decided = this.appointments.decide(opened.id(),
				new NewDecision(current.version(), "125/QĐ-UBND", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 15)));
		assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
		assertThat(decided.termEnd()).isEqualTo(LocalDate.of(2031, 4, 15));
		AssignmentView post = this.assignments.get(decided.assignmentId());
		assertThat(post.personId()).isEqualTo(this.candidate);
		assertThat(post.unitId()).isEqualTo(this.office);
		assertThat(post.titleCode()).isEqualTo(TITLE);
		assertThat(post.selection()).isEqualTo(Selection.APPOINTED);
		assertThat(post.validFrom()).isEqualTo(LocalDate.of(2026, 4, 15));
		assertThat(post.termEnd()).isEqualTo(LocalDate.of(2031, 4, 15));
		assertThat(post.decisionNumber()).isEqualTo("125/QĐ-UBND");
		assertThat(post.decisionDate()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where entity_type = 'AppointmentCase' and entity_id = :id")
			.param("id", String.valueOf(opened.id()))
			.query(Long.class)
			.single()).isEqualTo(7);
		// a stale version is refused
		assertThatThrownBy(() -> this.appointments.updateDossier(opened.id(), opened.version(), List.of()))
			.isInstanceOf(vn.canbo.shared.ConcurrentEditException.class);
	}

	@Test
	void aReappointmentIsDueNinetyDaysBeforeTheTermEndsAndNotNinetyOne() {
		long older = this.people.create(bornIn("Lò Văn Sắphưu", 6, 1967)).id();
		this.assignments.record(new RecordAssignment(this.candidate, this.officeCode, TITLE, null, null, null, null,
				LocalDate.of(2025, 7, 1), null, LocalDate.of(2026, 10, 1), "12/QĐ", LocalDate.of(2025, 6, 25), null));
		this.assignments.record(new RecordAssignment(older, this.officeCode, "XA_PHO_PHONG", null, null, null, null,
				LocalDate.of(2025, 7, 1), null, LocalDate.of(2026, 10, 1), "13/QĐ", LocalDate.of(2025, 6, 25), null));
		// 2026-10-01 minus 90 days is 2026-07-03
		LocalDate ninety = LocalDate.of(2026, 7, 3);
		var due = this.appointments.due(this.office, ninety, 0, 50);
		assertThat(due.total()).isEqualTo(2);
		assertThat(due.items()).extracting(DuePost::personId, DuePost::daysLeft, DuePost::action)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(this.candidate, 90L, DuePost.DueAction.REAPPOINT),
					// retires 06/2029: 2026-10 to 2029-06 is 32 months, under 5 years
					org.assertj.core.groups.Tuple.tuple(older, 90L, DuePost.DueAction.REAPPOINT_TO_RETIREMENT));
		assertThat(due.items()).filteredOn((post) -> post.personId() == older)
			.extracting(DuePost::retirementDate)
			.containsExactly(LocalDate.of(2029, 6, 30));
		assertThat(this.appointments.due(this.office, ninety.minusDays(1), 0, 50).total()).isZero();
	}

	@Test
	void theAgeConditionNeedsAFullTermAtTheExpectedDecisionDate() {
		// born 06/1967, retires 06/2029; expected 09/2025: 45 months < 60
		long older = this.people.create(bornIn("Lò Văn Đủtuổi", 6, 1967)).id();
		AppointmentCase opened = this.appointments.open(new NewCase(older, this.office, TITLE,
				AppointmentKind.APPOINTMENT, LocalDate.of(2025, 9, 15), List.of(DossierItem.SUBMISSION), null));
		List<Condition> conditions = this.appointments.conditions(opened.id());
		assertThat(conditions).extracting(Condition::code).containsExactly("AGE", "PLANNING", "DOSSIER");
		Condition age = conditions.get(0);
		assertThat(age.met()).isFalse();
		assertThat(age.required()).isEqualTo("60");
		assertThat(age.actual()).isEqualTo("45");
		assertThat(age.citation()).contains("Điều 28, 29");
		// asked of the plans: nobody planned this person for the title
		assertThat(conditions.get(1).met()).isFalse();
		assertThat(conditions.get(1).actual()).isEqualTo("appointments.condition.PLANNING.notPlanned");
		assertThat(conditions.get(2).met()).isFalse();
		assertThat(conditions.get(2).actual()).isEqualTo("1");
		// reappointment at a term end 03/2026: 39 months ≥ 24, no extension
		AppointmentCase again = this.appointments.open(new NewCase(older, this.office, TITLE,
				AppointmentKind.REAPPOINTMENT, LocalDate.of(2026, 3, 1), List.of(), null));
		assertThat(this.appointments.conditions(again.id()).get(0)).extracting(Condition::met, Condition::actual)
			.containsExactly(true, "39");
	}

	@Test
	void aRemovalEndsThePostInStaffing() {
		AssignmentView post = this.assignments.record(new RecordAssignment(this.rival, this.officeCode, TITLE, null,
				null, null, null, LocalDate.of(2025, 7, 1), null, null, "14/QĐ", LocalDate.of(2025, 6, 25), null));
		PostExit removal = this.appointments.recordExit(new NewExit(post.id(), ExitKind.REMOVAL, "DISCIPLINE", "20/QĐ",
				LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2), null, null));
		assertThat(removal.kind()).isEqualTo(ExitKind.REMOVAL);
		assertThat(this.assignments.get(post.id()).validTo()).isEqualTo(LocalDate.of(2026, 5, 2));
		InvalidInputException wrong = catchThrowableOfType(InvalidInputException.class,
				() -> this.appointments.recordExit(new NewExit(post.id(), ExitKind.RESIGNATION, "DISCIPLINE", "21/QĐ",
						LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 2), null, null)));
		assertThat(wrong.problems()).extracting(FieldProblem::field).containsExactly("reason", "effectiveOn");
	}

	private AppointmentCase open(AppointmentKind kind) {
		return this.appointments.open(new NewCase(this.candidate, this.office, TITLE, kind, LocalDate.of(2026, 4, 1),
				List.of(DossierItem.values()), null));
	}

	private AppointmentCase meeting(AppointmentCase before, int step, int summoned, int present, List<Long> who,
			List<Integer> votes) {
		List<NewMeeting.Vote> ballots = new java.util.ArrayList<>();
		for (int i = 0; i < who.size(); i++) {
			ballots.add(new NewMeeting.Vote(who.get(i), votes.get(i)));
		}
		this.appointments.recordMeeting(before.id(),
				new NewMeeting(before.version(), step, LocalDate.of(2026, 3, step), summoned, present, ballots));
		return this.appointments.get(before.id());
	}

	private PersonDetails bornIn(String name, int month, int year) {
		PersonDetails details = TestPeople.person(name, Gender.MALE, year, this.office);
		PersonDetails.Identity identity = details.identity();
		return details.withIdentity(new PersonDetails.Identity(identity.fullName(), null, 15, month, year, Gender.MALE,
				identity.birthPlaceCode(), identity.birthPlace(), identity.homeTownCode(), identity.homeTown(), null,
				null, null, null, identity.ethnicity(), identity.religion(), identity.citizenId(), null, null, null,
				null));
	}

}
