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

import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.TestPeople;
import vn.canbo.rules.EvaluationLevel;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.DomainException;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A month of work end to end on the real database: a leader assigns, the owner reports,
 * the leader scores and evaluates, the month closes and locks, a reopening needs a reason
 * and is logged; and who may do what. Each test works in its own new agency.
 */
@SpringBootTest
class WorkTests {

	static final LocalDate MONTH = LocalDate.of(2026, 3, 1);

	@Autowired
	Tasks tasks;

	@Autowired
	Evaluations evaluations;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	JdbcClient jdbc;

	long commune;

	long agency;

	long leader;

	long staff;

	long colleague;

	long outsider;

	long otherCommune;

	@BeforeEach
	void createAgencyAndPeople() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		LocalDate today = this.orgUnits.today();
		this.commune = this.orgUnits.getByCode("03334", today).id();
		long otherCommune = this.orgUnits.getByCode("03325", today).id();
		this.otherCommune = otherCommune;
		this.agency = this.orgUnits
			.createAgency(new CreateAgency(this.commune, "Phòng thử công việc " + TestAccounts.uniqueName("cv"),
					UnitType.OTHER, LocalDate.of(2025, 7, 1), null))
			.id();
		long outsideAgency = this.orgUnits
			.createAgency(new CreateAgency(otherCommune, "Phòng ngoài " + TestAccounts.uniqueName("cv"), UnitType.OTHER,
					LocalDate.of(2025, 7, 1), null))
			.id();
		this.leader = this.people.create(TestPeople.person("Lò Văn Lãnh", Gender.MALE, 1975, this.agency)).id();
		this.staff = this.people.create(TestPeople.person("Cà Thị Chuyên", Gender.FEMALE, 1990, this.agency)).id();
		this.colleague = this.people.create(TestPeople.person("Quàng Văn Bạn", Gender.MALE, 1992, this.agency)).id();
		this.outsider = this.people.create(TestPeople.person("Lường Thị Ngoài", Gender.FEMALE, 1988, outsideAgency))
			.id();
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	void asLeader() {
		TestAccounts.signIn("lanh-" + this.agency, Set.of(Role.LEADER), this.commune, this.leader);
	}

	void asStaff() {
		TestAccounts.signIn("chuyen-" + this.agency, Set.of(Role.STAFF), this.agency, this.staff);
	}

	TaskView assign(long owner, String weight, LocalDate dueOn) {
		return this.tasks.assign(new NewTask(owner, List.of(), "Báo cáo tổng hợp " + weight, null, dueOn,
				new BigDecimal(weight), MONTH, null));
	}

	@Test
	void aMonthFromAssignmentToClosingAndReopening() {
		asLeader();
		TaskView report = assign(this.staff, "2", MONTH.plusDays(14));
		TaskView survey = assign(this.staff, "1", MONTH.plusDays(19));
		assertThat(report.assignedBy()).isEqualTo("lanh-" + this.agency);
		asStaff();
		TaskView done = this.tasks.report(report.id(), report.version(), new ProgressReport(100, "Đã gửi báo cáo", true,
				MONTH.plusDays(13), "bao-cao.txt", "text/plain", "noi dung".getBytes()));
		assertThat(done.status()).isEqualTo(TaskStatus.DONE);
		assertThat(done.updates()).singleElement()
			.satisfies((update) -> assertThat(update.fileName()).isEqualTo("bao-cao.txt"));
		TaskView late = this.tasks.report(survey.id(), survey.version(),
				new ProgressReport(100, "Xong muộn", true, MONTH.plusDays(24), null, null, null));
		assertThat(late.late()).isTrue();
		assertThatThrownBy(() -> this.tasks.score(report.id(),
				new TaskScoring(done.version(), new BigDecimal("2"), 0, 0, 0, 0, null)))
			.as("nobody scores their own task")
			.isInstanceOf(OutOfScopeException.class);
		this.evaluations.assessSelf(this.staff, MONTH, new BigDecimal("29"), "Tự đánh giá");
		asLeader();
		// report: 2 units, 1 major error -> quality 1.5; survey: 1 unit, 1 delay -> on
		// time 0.75
		this.tasks.score(report.id(), new TaskScoring(done.version(), new BigDecimal("2"), 1, 0, 0, 0, "Một lỗi lớn"));
		PersonMonth month = this.evaluations.month(this.staff, MONTH);
		assertThat(month.mayEvaluate()).isTrue();
		this.evaluations.evaluate(this.staff, MONTH, new EvaluationInput(month.evaluation().version(),
				new BigDecimal("27"), null, null, null, null, null, null, "Tốt"));
		PersonMonth preview = this.evaluations.month(this.staff, MONTH);
		// quantity 100, quality 2.5/3 = 83.33, timeliness 2.75/3 = 91.67 -> 91.67% ->
		// 64.17 + 27 = 91.17
		assertThat(preview.score().total()).isEqualByComparingTo("91.17");
		assertThat(preview.tasks()).anySatisfy((line) -> assertThat(line.qualityLost()).isEqualByComparingTo("0.5"));
		assertThat(this.evaluations.close(this.agency, MONTH)).isEqualTo(1);
		PersonMonth closed = this.evaluations.month(this.staff, MONTH);
		assertThat(closed.closed()).isTrue();
		assertThat(closed.evaluation().level()).isEqualTo(EvaluationLevel.EXCELLENT);
		assertThat(closed.evaluation().total()).isEqualByComparingTo("91.17");
		// locked
		assertThatThrownBy(() -> this.tasks.score(report.id(),
				new TaskScoring(this.tasks.get(report.id()).version(), new BigDecimal("1"), 0, 0, 0, 0, null)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("work.error.monthClosed");
		assertThatThrownBy(
				() -> this.evaluations.evaluate(this.staff, MONTH, new EvaluationInput(closed.evaluation().version(),
						new BigDecimal("10"), null, null, null, null, null, null, null)))
			.hasMessageContaining("work.error.monthClosed");
		assertThatThrownBy(() -> assign(this.staff, "1", MONTH.plusDays(20)))
			.hasMessageContaining("work.error.monthClosed");
		assertThatThrownBy(() -> this.evaluations.reopen(this.agency, MONTH, " "))
			.isInstanceOf(InvalidInputException.class);
		this.evaluations.reopen(this.agency, MONTH, "Chấm lại theo kết luận kiểm tra");
		MonthStatus status = this.evaluations.status(this.agency, MONTH, 0, 100);
		assertThat(status.closed()).isFalse();
		assertThat(status.events()).extracting(MonthStatus.MonthEvent::action).containsExactly("REOPEN", "CLOSE");
		assertThat(status.events().get(0).reason()).isEqualTo("Chấm lại theo kết luận kiểm tra");
		this.tasks.score(report.id(),
				new TaskScoring(this.tasks.get(report.id()).version(), new BigDecimal("2"), 0, 0, 0, 0, "Sửa"));
		assertThat(this.jdbc.sql("select count(*) from audit_entry where entity_type = 'WorkMonth' and entity_id = :id")
			.param("id", this.agency + "/" + MONTH)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void unfinishedTasksCarryOverAndComeBackOnReopening() {
		asLeader();
		TaskView open = assign(this.staff, "1", MONTH.plusDays(27));
		this.evaluations.close(this.agency, MONTH);
		assertThat(this.tasks.get(open.id()).status()).isEqualTo(TaskStatus.CARRIED);
		List<TaskView> next = this.tasks.inUnit(this.agency, MONTH.plusMonths(1), 0, 500).items();
		assertThat(next).singleElement().satisfies((task) -> {
			assertThat(task.carriedFromId()).isEqualTo(open.id());
			assertThat(task.ownerId()).isEqualTo(this.staff);
		});
		this.evaluations.reopen(this.agency, MONTH, "Khóa nhầm tháng");
		assertThat(this.tasks.get(open.id()).status()).isEqualTo(TaskStatus.OPEN);
		assertThat(this.tasks.inUnit(this.agency, MONTH.plusMonths(1), 0, 500).items()).isEmpty();
	}

	@Test
	void aTaskScoredCompleteButNeverMarkedDoneIsFinishedAndNotCarriedOver() {
		// NĐ 335/2025 Điều 20 (30 + 70): each month one task of 1 unit, scored 1 of 1
		// with
		// no error or delay by its assigner, never reported done by its owner; general
		// 30.
		// quantity 1/1, quality 1/1, timeliness 1/1 -> 100% x 70 = 70; + 30 = 100 in both
		// months. Carried into April it would count again as 0 of 1 done and late: April
		// 1/2, 1/2, 1/2 -> 50% x 70 = 35; + 30 = 65.
		LocalDate april = MONTH.plusMonths(1);
		asLeader();
		for (LocalDate month : List.of(MONTH, april)) {
			TaskView task = this.tasks.assign(new NewTask(this.staff, List.of(), "Tổng hợp số liệu " + month, null,
					month.plusDays(14), BigDecimal.ONE, month, null));
			this.tasks.score(task.id(), new TaskScoring(task.version(), BigDecimal.ONE, 0, 0, 0, 0, "Hoàn thành"));
			this.evaluations.evaluate(this.staff, month,
					new EvaluationInput(0, new BigDecimal("30"), null, null, null, null, null, null, null));
			this.evaluations.close(this.agency, month);
			assertThat(this.tasks.get(task.id()).status()).as("not carried").isNotEqualTo(TaskStatus.CARRIED);
			assertThat(this.tasks.inUnit(this.agency, month, 0, 100).items()).singleElement()
				.satisfies((only) -> assertThat(only.carriedFromId()).isNull());
			assertThat(this.evaluations.month(this.staff, month).evaluation().total()).as("total of %s", month)
				.isEqualByComparingTo("100");
		}
	}

	@Test
	void collaboratorsFindTheTasksTheyHelpWithAmongTheirOwn() {
		asLeader();
		TaskView helped = this.tasks.assign(new NewTask(this.colleague, List.of(this.staff), "Khảo sát thôn bản", null,
				MONTH.plusDays(10), BigDecimal.ONE, MONTH, null));
		assign(this.colleague, "1", MONTH.plusDays(12));
		TaskView own = assign(this.staff, "1", MONTH.plusDays(12));
		asStaff();
		assertThat(this.tasks.mine(MONTH, 0, 500).items()).extracting(TaskView::id)
			.containsExactly(helped.id(), own.id());
	}

	@Test
	void staffSeeOnlyTheirOwnAndLeadersOnlyTheirScope() {
		asLeader();
		TaskView colleagues = assign(this.colleague, "1", MONTH.plusDays(10));
		assertThatThrownBy(() -> assign(this.outsider, "1", MONTH.plusDays(10)))
			.isInstanceOf(OutOfScopeException.class);
		asStaff();
		assertThatThrownBy(() -> this.tasks.get(colleagues.id())).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.evaluations.month(this.colleague, MONTH)).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.tasks.inUnit(this.agency, MONTH, 0, 500).items())
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.evaluations.close(this.agency, MONTH)).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> assign(this.colleague, "1", MONTH.plusDays(10)))
			.isInstanceOf(OutOfScopeException.class);
		// a person drafts their own task for the plan
		TaskView drafted = assign(this.staff, "1", MONTH.plusDays(10));
		assertThat(this.tasks.mine(MONTH, 0, 500).items()).extracting(TaskView::id).containsExactly(drafted.id());
		assertThatThrownBy(() -> this.evaluations.evaluate(this.staff, MONTH,
				new EvaluationInput(0, new BigDecimal("30"), null, null, null, null, null, null, null)))
			.isInstanceOf(OutOfScopeException.class);
		TestAccounts.signIn("lanh-khac", Set.of(Role.LEADER), this.otherCommune, null);
		assertThatThrownBy(() -> this.tasks.score(colleagues.id(),
				new TaskScoring(colleagues.version(), BigDecimal.ONE, 0, 0, 0, 0, null)))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void scoresAreCheckedAndNameTheirField() {
		asLeader();
		TaskView task = assign(this.staff, "2", MONTH.plusDays(10));
		assertThatThrownBy(() -> this.tasks.score(task.id(),
				new TaskScoring(task.version(), new BigDecimal("3"), 1, 2, 0, 0, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems()).extracting((problem) -> problem.field())
						.containsExactlyInAnyOrder("completedUnits", "excusedErrors"));
		assertThatThrownBy(() -> this.tasks.score(task.id(),
				new TaskScoring(task.version() + 5, new BigDecimal("1"), 0, 0, 0, 0, null)))
			.hasMessageContaining("error.concurrentEdit");
	}

}
