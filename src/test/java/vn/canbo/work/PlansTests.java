package vn.canbo.work;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.DomainException;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Monthly plans on the real database: a person drafts their own tasks and submits, a
 * leader approves (and becomes the assigner of the drafted tasks) or returns with a note,
 * stale versions and closed months are refused, nobody decides their own plan, staff see
 * only their own, and the leader and the person are notified. Each test works in its own
 * new agency, with real accounts linked to the people so notifications reach them.
 */
@SpringBootTest
class PlansTests {

	static final LocalDate MONTH = LocalDate.of(2026, 4, 1);

	@Autowired
	MonthlyPlans plans;

	@Autowired
	Tasks tasks;

	@Autowired
	Evaluations evaluations;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	UserAccounts accounts;

	@Autowired
	SystemAccess system;

	@Autowired
	JdbcClient jdbc;

	long commune;

	long agency;

	long leader;

	long staff;

	long colleague;

	UserAccountView leaderAccount;

	UserAccountView staffAccount;

	@BeforeEach
	void createAgencyPeopleAndAccounts() {
		this.system.run(() -> {
			LocalDate today = this.orgUnits.today();
			this.commune = this.orgUnits.getByCode(TestAgencies.COMMUNE, today).id();
			this.agency = TestAgencies.under(this.orgUnits, this.commune, "Phòng thử kế hoạch").id();
			this.leader = this.people.create(TestPeople.person("Lò Văn Duyệt", Gender.MALE, 1975, this.agency)).id();
			this.staff = this.people.create(TestPeople.person("Cà Thị Soạn", Gender.FEMALE, 1990, this.agency)).id();
			this.colleague = this.people.create(TestPeople.person("Quàng Văn Cùng", Gender.MALE, 1992, this.agency))
				.id();
		});
		this.leaderAccount = TestAccounts.provision(this.accounts, "kh-lanh", this.agency, Role.LEADER);
		this.staffAccount = TestAccounts.provision(this.accounts, "kh-chuyen", this.agency, Role.STAFF);
		this.system.run(() -> {
			this.accounts.linkPerson(this.leaderAccount.id(), this.leader);
			this.accounts.linkPerson(this.staffAccount.id(), this.staff);
		});
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	void asLeader() {
		TestAccounts.signIn(this.leaderAccount.username(), Set.of(Role.LEADER), this.agency, this.leader);
	}

	void asStaff() {
		TestAccounts.signIn(this.staffAccount.username(), Set.of(Role.STAFF), this.agency, this.staff);
	}

	MonthlyPlan draft(String title) {
		return this.plans.addTask(this.staff, MONTH, title, null, MONTH.plusDays(20), new BigDecimal("2"));
	}

	long notifications(String recipient, String kind) {
		return this.jdbc.sql("select count(*) from notification where recipient = :r and kind = :k")
			.param("r", recipient)
			.param("k", kind)
			.query(Long.class)
			.single();
	}

	@Test
	void theLeaderApprovesASubmittedPlanAndBecomesTheAssignerOfTheDraftedTasks() {
		asLeader();
		TaskView assigned = this.tasks.assign(new NewTask(this.staff, List.of(), "Tổng hợp báo cáo quý", null,
				MONTH.plusDays(10), BigDecimal.ONE, MONTH, null));
		asStaff();
		MonthlyPlan empty = this.plans.plan(this.staff, MONTH);
		assertThat(empty.started()).isFalse();
		assertThat(empty.status()).isEqualTo(PlanStatus.DRAFT);
		MonthlyPlan drafted = draft("Rà soát hồ sơ đảng viên");
		assertThat(drafted.started()).isTrue();
		assertThat(drafted.mayEdit()).isTrue();
		assertThat(drafted.tasks()).hasSize(2);
		assertThat(drafted.tasks()).filteredOn(MonthlyPlan.Line::drafted)
			.singleElement()
			.satisfies((line) -> assertThat(line.task().assignedBy()).isEqualTo(this.staffAccount.username()));
		assertThat(drafted.totalWeight()).isEqualByComparingTo("3");

		MonthlyPlan submitted = this.plans.submit(this.staff, MONTH, drafted.version(), "Kính gửi lãnh đạo");
		assertThat(submitted.status()).isEqualTo(PlanStatus.SUBMITTED);
		assertThat(submitted.mayEdit()).isFalse();
		assertThat(notifications(this.leaderAccount.username(), "PLAN_TO_APPROVE")).isEqualTo(1);
		assertThat(this.jdbc.sql("select link from notification where recipient = :r")
			.param("r", this.leaderAccount.username())
			.query(String.class)
			.single()).isEqualTo("/work/plans/persons/" + this.staff + "?month=" + MONTH);
		assertThatThrownBy(() -> draft("Thêm sau khi gửi")).hasMessageContaining("plans.error.notEditable");

		asLeader();
		MonthlyPlan seen = this.plans.plan(this.staff, MONTH);
		assertThat(seen.mayDecide()).isTrue();
		MonthlyPlan approved = this.plans.approve(this.staff, MONTH, seen.version(), null);
		assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
		assertThat(approved.decidedBy()).isEqualTo(this.leaderAccount.username());
		assertThat(approved.draftedCount()).isZero();
		assertThat(approved.tasks()).extracting((line) -> line.task().assignedBy())
			.containsOnly(this.leaderAccount.username());
		assertThat(this.tasks.get(assigned.id()).version()).as("tasks the leader assigned are untouched")
			.isEqualTo(assigned.version());
		assertThat(notifications(this.staffAccount.username(), "PLAN_DECIDED")).isEqualTo(1);
		assertThat(
				this.jdbc.sql("select count(*) from audit_entry where entity_type = 'MonthlyPlan' and entity_id = :id")
					.param("id", this.staff + "/" + MONTH)
					.query(Long.class)
					.single())
			.isEqualTo(3);
		// the leader, now the assigner, scores the drafted task; its owner may not
		TaskView adopted = approved.tasks()
			.stream()
			.map(MonthlyPlan.Line::task)
			.filter((task) -> task.id() != assigned.id())
			.findFirst()
			.orElseThrow();
		assertThat(this.tasks.canScore(adopted)).isTrue();
	}

	@Test
	void aReturnedPlanNeedsANoteAndIsReworkedAndSubmittedAgain() {
		asStaff();
		MonthlyPlan submitted = this.plans.submit(this.staff, MONTH, draft("Soạn thảo quy chế").version(), null);
		asLeader();
		assertThatThrownBy(() -> this.plans.returnPlan(this.staff, MONTH, submitted.version(), "  "))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems()).extracting((problem) -> problem.field()).containsExactly("note"));
		MonthlyPlan returned = this.plans.returnPlan(this.staff, MONTH, submitted.version(),
				"Bổ sung nhiệm vụ tiếp dân");
		assertThat(returned.status()).isEqualTo(PlanStatus.RETURNED);
		assertThat(returned.decisionNote()).isEqualTo("Bổ sung nhiệm vụ tiếp dân");
		assertThat(notifications(this.staffAccount.username(), "PLAN_DECIDED")).isEqualTo(1);
		assertThat(this.tasks.get(returned.tasks().get(0).task().id()).assignedBy()).as("returning hands nothing over")
			.isEqualTo(this.staffAccount.username());
		assertThatThrownBy(() -> this.plans.approve(this.staff, MONTH, returned.version(), null))
			.hasMessageContaining("plans.error.notSubmitted");

		asStaff();
		MonthlyPlan reworked = draft("Tiếp dân định kỳ");
		assertThat(reworked.status()).isEqualTo(PlanStatus.RETURNED);
		assertThat(reworked.tasks()).hasSize(2);
		MonthlyPlan again = this.plans.submit(this.staff, MONTH, reworked.version(), "Đã bổ sung");
		assertThat(again.status()).isEqualTo(PlanStatus.SUBMITTED);
		assertThat(notifications(this.leaderAccount.username(), "PLAN_TO_APPROVE")).isEqualTo(2);
	}

	@Test
	void aStaleVersionIsRefused() {
		asStaff();
		MonthlyPlan first = draft("Cập nhật phần mềm");
		MonthlyPlan second = draft("Lưu trữ hồ sơ");
		assertThat(second.version()).isGreaterThan(first.version());
		assertThatThrownBy(() -> this.plans.submit(this.staff, MONTH, first.version(), null))
			.isInstanceOf(ConcurrentEditException.class);
		MonthlyPlan submitted = this.plans.submit(this.staff, MONTH, second.version(), null);
		asLeader();
		assertThatThrownBy(() -> this.plans.approve(this.staff, MONTH, second.version(), null))
			.isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(() -> this.plans.returnPlan(this.staff, MONTH, submitted.version() + 1, "Sửa lại"))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(this.plans.plan(this.staff, MONTH).status()).isEqualTo(PlanStatus.SUBMITTED);
	}

	@Test
	void nobodyDecidesTheirOwnPlanAndStaffSeeOnlyTheirOwn() {
		asStaff();
		MonthlyPlan submitted = this.plans.submit(this.staff, MONTH, draft("Báo cáo chuyên đề").version(), null);
		assertThatThrownBy(() -> this.plans.approve(this.staff, MONTH, submitted.version(), null))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.plans.plan(this.colleague, MONTH)).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.plans.addTask(this.colleague, MONTH, "Việc hộ", null, MONTH.plusDays(3), null))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.plans.board(this.agency, MONTH, null, 0, 500))
			.isInstanceOf(OutOfScopeException.class);
		// a leader drafts and submits their own plan too, but does not approve it
		asLeader();
		MonthlyPlan own = this.plans.submit(this.leader, MONTH,
				this.plans.addTask(this.leader, MONTH, "Chủ trì giao ban", null, MONTH.plusDays(5), null).version(),
				null);
		assertThat(own.mayDecide()).isFalse();
		assertThatThrownBy(() -> this.plans.approve(this.leader, MONTH, own.version(), null))
			.isInstanceOf(OutOfScopeException.class)
			.hasMessageContaining("plans.error.notOwnDecision");
		assertThat(notifications(this.leaderAccount.username(), "PLAN_TO_APPROVE"))
			.as("nobody is told about their own plan")
			.isEqualTo(1);
		// a leader of another commune neither reads nor approves
		long otherCommune = this.system.call(() -> this.orgUnits.getByCode("03325", this.orgUnits.today()).id());
		TestAccounts.signIn("kh-lanh-khac", Set.of(Role.LEADER), otherCommune, null);
		assertThatThrownBy(() -> this.plans.plan(this.staff, MONTH)).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.plans.approve(this.staff, MONTH, submitted.version(), null))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.plans.board(this.agency, MONTH, null, 0, 500))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void aClosedMonthIsRefused() {
		asStaff();
		MonthlyPlan drafted = draft("Tổng kết tháng");
		MonthlyPlan submitted = this.plans.submit(this.staff, MONTH, drafted.version(), null);
		asLeader();
		this.evaluations.close(this.agency, MONTH);
		MonthlyPlan closed = this.plans.plan(this.staff, MONTH);
		assertThat(closed.monthClosed()).isTrue();
		assertThat(closed.mayDecide()).isFalse();
		assertThatThrownBy(() -> this.plans.approve(this.staff, MONTH, submitted.version(), null))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("work.error.monthClosed");
		asStaff();
		assertThatThrownBy(() -> draft("Sau khi khóa")).hasMessageContaining("work.error.monthClosed");
		assertThatThrownBy(() -> this.plans.submit(this.staff, MONTH, submitted.version(), null))
			.hasMessageContaining("work.error.monthClosed");
	}

	@Test
	void theBoardShowsEveryonesStatusWithCarriedTasksAndFilters() {
		LocalDate before = MONTH.minusMonths(1);
		asLeader();
		TaskView unfinished = this.tasks.assign(new NewTask(this.colleague, List.of(), "Khảo sát địa bàn", null,
				before.plusDays(25), null, before, null));
		this.evaluations.close(this.agency, before);
		asStaff();
		MonthlyPlan drafted = draft("Xây dựng kế hoạch");
		this.plans.submit(this.staff, MONTH, drafted.version(), null);

		asLeader();
		MonthlyPlan continued = this.plans.plan(this.colleague, MONTH);
		assertThat(continued.tasks()).singleElement().satisfies((line) -> {
			assertThat(line.carried()).isTrue();
			assertThat(line.task().carriedFromId()).isEqualTo(unfinished.id());
		});
		PlanBoard board = this.plans.board(this.agency, MONTH, null, 0, 500);
		assertThat(board.people().items()).extracting(PlanBoard.Line::personId)
			.containsExactlyInAnyOrder(this.leader, this.staff, this.colleague);
		assertThat(board.people().items()).filteredOn((line) -> line.personId() == this.staff)
			.singleElement()
			.satisfies((line) -> {
				assertThat(line.status()).isEqualTo(PlanStatus.SUBMITTED);
				assertThat(line.tasks()).isEqualTo(1);
				assertThat(line.weight()).isEqualByComparingTo("2");
			});
		assertThat(board.people().items()).filteredOn((line) -> line.personId() == this.colleague)
			.singleElement()
			.satisfies((line) -> {
				assertThat(line.started()).isFalse();
				assertThat(line.status()).isEqualTo(PlanStatus.DRAFT);
				assertThat(line.carried()).isEqualTo(1);
			});
		assertThat(board.counts()).containsEntry(PlanStatus.SUBMITTED, 1).containsEntry(PlanStatus.DRAFT, 2);
		assertThat(board.people().total()).isEqualTo(board.total());
		assertThat(this.plans.board(this.agency, MONTH, PlanStatus.SUBMITTED, 0, 500).people().items())
			.extracting(PlanBoard.Line::personId)
			.containsExactly(this.staff);
	}

}
