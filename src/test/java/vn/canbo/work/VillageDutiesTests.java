package vn.canbo.work;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.DomainException;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Village duty on the real database: a commune leader assigns committee members to
 * villages and ends duties; the month's village tasks are created once per duty in
 * charge, scored by their creator; another commune's leader is refused. The commune is
 * shared with other tests, so villages carry unique names and checks look at this test's
 * duties only.
 */
@SpringBootTest
class VillageDutiesTests {

	static final LocalDate MONTH = LocalDate.of(2026, 5, 1);

	@Autowired
	VillageDuties villages;

	@Autowired
	Tasks tasks;

	@Autowired
	Evaluations evaluations;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	SystemAccess system;

	long commune;

	long otherCommune;

	long agency;

	long member;

	long secondMember;

	long outsider;

	String suffix;

	@BeforeEach
	void createCommunePeople() {
		this.system.run(() -> {
			LocalDate today = this.orgUnits.today();
			this.commune = this.orgUnits.getByCode(TestAgencies.COMMUNE, today).id();
			this.otherCommune = this.orgUnits.getByCode("03325", today).id();
			this.agency = TestAgencies.under(this.orgUnits, this.commune, "Đảng ủy thử").id();
			this.member = this.people.create(TestPeople.person("Lò Văn Bản", Gender.MALE, 1978, this.agency)).id();
			this.secondMember = this.people
				.create(TestPeople.person("Lường Thị Thôn", Gender.FEMALE, 1983, this.agency))
				.id();
			this.outsider = this.people.create(TestPeople.person("Quàng Văn Xa", Gender.MALE, 1980, this.otherCommune))
				.id();
		});
		this.suffix = TestAccounts.uniqueName("").substring(1);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	void asCommuneLeader() {
		TestAccounts.signIn("chu-tich-" + this.agency, Set.of(Role.LEADER), this.commune, null);
	}

	VillageDuty assign(long person, String village, LocalDate from) {
		return this.villages.assign(this.commune, new NewVillageDuty(person, village, from));
	}

	List<TaskView> villageTasks(long person, LocalDate month) {
		return this.tasks.inUnit(this.agency, month, 0, 500)
			.items()
			.stream()
			.filter((task) -> task.ownerId() == person && task.kind().equals("VILLAGE"))
			.toList();
	}

	@Test
	void assignsListsAndEndsDuties() {
		asCommuneLeader();
		VillageDuty duty = assign(this.member, "Bản Phăng " + this.suffix, LocalDate.of(2026, 1, 1));
		assertThat(duty.fullName()).isEqualTo("Lò Văn Bản");
		assertThat(duty.activeOn(LocalDate.of(2026, 2, 1))).isTrue();
		assertThat(this.villages.members(this.commune)).extracting(Tasks.Assignee::id)
			.contains(this.member, this.secondMember)
			.doesNotContain(this.outsider);
		assertThat(this.villages.duties(this.commune)).extracting(VillageDuty::id).contains(duty.id());

		assertThatThrownBy(() -> assign(this.secondMember, "bản phăng " + this.suffix, LocalDate.of(2026, 6, 1)))
			.as("one member in charge of a village at a time")
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems()).extracting((problem) -> problem.field())
						.containsExactly("village"));
		assertThatThrownBy(() -> assign(this.outsider, "Thôn Ngoài " + this.suffix, LocalDate.of(2026, 1, 1)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems()).extracting((problem) -> problem.field())
						.containsExactly("personId"));
		assertThatThrownBy(() -> this.villages.assign(this.commune, new NewVillageDuty(null, " ", null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems()).extracting((problem) -> problem.field())
						.containsExactlyInAnyOrder("personId", "village", "validFrom"));

		assertThatThrownBy(() -> this.villages.end(duty.id(), LocalDate.of(2025, 12, 1)))
			.isInstanceOf(InvalidInputException.class);
		VillageDuty ended = this.villages.end(duty.id(), LocalDate.of(2026, 6, 1));
		assertThat(ended.validTo()).isEqualTo(LocalDate.of(2026, 6, 1));
		assertThatThrownBy(() -> this.villages.end(duty.id(), LocalDate.of(2026, 7, 1)))
			.hasMessageContaining("plans.error.village.ended");
		VillageDuty successor = assign(this.secondMember, "Bản Phăng " + this.suffix, LocalDate.of(2026, 6, 1));
		assertThat(successor.activeOn(LocalDate.of(2026, 6, 1))).isTrue();
		assertThatThrownBy(() -> this.villages.assign(this.agency,
				new NewVillageDuty(this.member, "Thôn Sai " + this.suffix, LocalDate.of(2026, 1, 1))))
			.as("villages belong to communes")
			.hasMessageContaining("plans.error.village.notCommune");
	}

	@Test
	void createsEachMonthsTaskOncePerDutyInCharge() {
		asCommuneLeader();
		VillageDuty active = assign(this.member, "Nà Sản " + this.suffix, LocalDate.of(2026, 1, 1));
		VillageDuty ended = assign(this.secondMember, "Tổ dân phố " + this.suffix, LocalDate.of(2026, 1, 1));
		this.villages.end(ended.id(), MONTH);

		VillageDuties.Created first = this.villages.createMonthTasks(this.commune, MONTH);
		VillageDuties.Created second = this.villages.createMonthTasks(this.commune, MONTH);

		assertThat(first.created()).isPositive();
		assertThat(second.created()).isZero();
		assertThat(second.existing()).isEqualTo(first.created() + first.existing());
		List<TaskView> created = villageTasks(this.member, MONTH);
		assertThat(created).singleElement().satisfies((task) -> {
			assertThat(task.title()).isEqualTo("Phụ trách thôn Nà Sản " + this.suffix + " tháng 05/2026");
			assertThat(task.assignedBy()).isEqualTo("chu-tich-" + this.agency);
			assertThat(task.dueOn()).isEqualTo(LocalDate.of(2026, 5, 31));
			assertThat(task.weight()).isEqualByComparingTo("1");
			assertThat(task.agencyId()).isEqualTo(this.agency);
			assertThat(this.tasks.canScore(task)).as("its creator scores it").isTrue();
		});
		assertThat(villageTasks(this.secondMember, MONTH)).as("the duty ended before the month").isEmpty();
		assertThat(villageTasks(this.secondMember, MONTH.minusMonths(1))).isEmpty();
		this.villages.createMonthTasks(this.commune, MONTH.minusMonths(1));
		assertThat(villageTasks(this.secondMember, MONTH.minusMonths(1))).singleElement()
			.satisfies((task) -> assertThat(task.title()).startsWith("Phụ trách Tổ dân phố "));
		assertThat(active.id()).isNotNull();
	}

	@Test
	void anUnfinishedVillageTaskIsNotCarriedOverEachMonthHasItsOwn() {
		asCommuneLeader();
		LocalDate november = LocalDate.of(2025, 11, 1);
		assign(this.member, "Bản Mới " + this.suffix, november);
		this.villages.createMonthTasks(this.commune, november);
		assertThat(villageTasks(this.member, november)).hasSize(1);
		this.evaluations.close(this.agency, november);
		assertThat(villageTasks(this.member, november.plusMonths(1))).isEmpty();
		this.villages.createMonthTasks(this.commune, november.plusMonths(1));
		assertThat(villageTasks(this.member, november.plusMonths(1))).singleElement()
			.satisfies((task) -> assertThat(task.carriedFromId()).isNull());
	}

	@Test
	void closedMonthsAndAnotherCommunesLeaderAreRefused() {
		asCommuneLeader();
		VillageDuty duty = assign(this.member, "Thôn Co Muông " + this.suffix, LocalDate.of(2025, 8, 1));
		// the member's agency has closed October: the member is skipped, not the commune
		LocalDate october = LocalDate.of(2025, 10, 1);
		this.evaluations.close(this.agency, october);
		VillageDuties.Created skipped = this.villages.createMonthTasks(this.commune, october);
		assertThat(skipped.locked()).isPositive();
		assertThat(villageTasks(this.member, october)).isEmpty();
		// the whole commune has closed September: refused
		LocalDate september = LocalDate.of(2025, 9, 1);
		this.evaluations.close(this.commune, september);
		assertThatThrownBy(() -> this.villages.createMonthTasks(this.commune, september))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("work.error.monthClosed");

		TestAccounts.signIn("chu-tich-khac", Set.of(Role.LEADER), this.otherCommune, null);
		assertThatThrownBy(() -> this.villages.duties(this.commune)).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> assign(this.member, "Thôn Lạ " + this.suffix, LocalDate.of(2026, 1, 1)))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.villages.end(duty.id(), LocalDate.of(2026, 9, 1)))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.villages.createMonthTasks(this.commune, MONTH))
			.isInstanceOf(OutOfScopeException.class);
		TestAccounts.signIn("chuyen-vien-xa", Set.of(Role.STAFF), this.commune, this.member);
		assertThatThrownBy(() -> assign(this.member, "Thôn Tự " + this.suffix, LocalDate.of(2026, 1, 1)))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.villages.createMonthTasks(this.commune, MONTH))
			.isInstanceOf(OutOfScopeException.class);
	}

}
