package vn.canbo.emulation;

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
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proposals from approved annual ratings, decisions, the counts and lists of a unit,
 * collective ratings, scope and roles, audit and stale versions. Each test works in its
 * own new agency of Phường Mường Thanh (03334) with its own people and ratings for 2025.
 */
@SpringBootTest
class EmulationTests {

	static final int YEAR = 2025;

	@Autowired
	Emulation emulation;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	JdbcClient jdbc;

	long commune;

	long agency;

	long otherAgency;

	long excellent1;

	long excellent2;

	long good1;

	long completed;

	long notCompleted;

	long notApproved;

	long outsideExcellent;

	@BeforeEach
	void ratedAgency() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		LocalDate today = this.orgUnits.today();
		this.commune = this.orgUnits.getByCode("03334", today).id();
		long otherCommune = this.orgUnits.getByCode("03325", today).id();
		this.agency = agency(this.commune, "Phòng thử thi đua ");
		this.otherAgency = agency(otherCommune, "Phòng ngoài thi đua ");
		this.excellent1 = rated("Lò Văn Xuấtsắc", this.agency, EvaluationLevel.EXCELLENT, true);
		this.excellent2 = rated("Cà Thị Xuấtsắc", this.agency, EvaluationLevel.EXCELLENT, true);
		this.good1 = rated("Lường Văn Tốt", this.agency, EvaluationLevel.GOOD, true);
		rated("Quàng Thị Tốt", this.agency, EvaluationLevel.GOOD, true);
		rated("Tòng Văn Tốt", this.agency, EvaluationLevel.GOOD, true);
		this.completed = rated("Hà Văn Hoànthành", this.agency, EvaluationLevel.COMPLETED, true);
		this.notCompleted = rated("Vì Văn Khônghoànthành", this.agency, EvaluationLevel.NOT_COMPLETED, true);
		this.notApproved = rated("Lò Thị Chưaduyệt", this.agency, EvaluationLevel.EXCELLENT, false);
		this.outsideExcellent = rated("Mùa A Ngoài", this.otherAgency, EvaluationLevel.EXCELLENT, true);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	long agency(long parent, String name) {
		return this.orgUnits
			.createAgency(new CreateAgency(parent, name + TestAccounts.uniqueName("td"), UnitType.OTHER,
					LocalDate.of(2025, 7, 1), null))
			.id();
	}

	long rated(String name, long unit, EvaluationLevel level, boolean approved) {
		long id = this.people.create(TestPeople.person(name, Gender.MALE, 1985, unit)).id();
		TestRatings.rate(this.jdbc, id, unit, YEAR, level, approved);
		return id;
	}

	@Test
	void proposesTheTitlesOfApprovedRatingsOnceEach() {
		ProposalOutcome first = this.emulation.proposeFromRatings(this.agency, YEAR);

		assertThat(first.rated()).isEqualTo(7);
		assertThat(first.proposed()).as("5 advanced workers, 2 grassroots emulation fighters").isEqualTo(7);
		assertThat(first.rule().version().citation()).contains("06/2022/QH15", "98/2023");
		List<Reward> rewards = this.emulation.rewards(this.agency, YEAR, RewardStatus.PROPOSED, null, 0, 500).items();
		assertThat(rewards).filteredOn((reward) -> reward.kind() == RewardKind.CHIEN_SI_THI_DUA_CO_SO)
			.extracting(Reward::personId)
			.containsExactlyInAnyOrder(this.excellent1, this.excellent2);
		assertThat(rewards).filteredOn((reward) -> reward.kind() == RewardKind.LAO_DONG_TIEN_TIEN)
			.hasSize(5)
			.extracting(Reward::personId)
			.doesNotContain(this.completed, this.notCompleted, this.notApproved);
		assertThat(rewards).extracting(Reward::personId).doesNotContain(this.outsideExcellent);
		assertThat(rewards).filteredOn((reward) -> reward.personId() == this.good1)
			.singleElement()
			.extracting(Reward::basisLevel)
			.isEqualTo(EvaluationLevel.GOOD);

		ProposalOutcome second = this.emulation.proposeFromRatings(this.agency, YEAR);
		assertThat(second.proposed()).isZero();
		assertThat(second.alreadyProposed()).isEqualTo(7);
		assertThat(this.emulation.rewards(this.agency, YEAR, null, null, 0, 500).items()).hasSize(7);
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where entity_type = 'Reward' and action = 'CREATE'"
					+ " and after ->> 'personId' = :person")
			.param("person", String.valueOf(this.excellent1))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void recordsADecisionAuditedAndRefusesAStaleVersion() {
		this.emulation.proposeFromRatings(this.agency, YEAR);
		Reward proposal = onlyReward(this.excellent1, RewardKind.CHIEN_SI_THI_DUA_CO_SO);

		assertThatThrownBy(() -> this.emulation.decide(proposal.id(),
				new RewardDecision(proposal.version(), RewardStatus.DECIDED, " ", null, null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems()).extracting(FieldProblem::field)
						.containsExactly("decisionNumber", "decisionDate", "authority"));
		assertThatThrownBy(() -> this.emulation.decide(proposal.id(),
				new RewardDecision(proposal.version(), RewardStatus.DECIDED, "12/QĐ-UBND",
						this.emulation.today().plusDays(1), "Chủ tịch UBND phường", null)))
			.isInstanceOf(InvalidInputException.class);

		Reward decided = this.emulation.decide(proposal.id(), new RewardDecision(proposal.version(),
				RewardStatus.DECIDED, "12/QĐ-UBND", LocalDate.of(2026, 1, 15), "Chủ tịch UBND phường", "Đợt 1"));

		assertThat(decided.status()).isEqualTo(RewardStatus.DECIDED);
		assertThat(decided.decisionNumber()).isEqualTo("12/QĐ-UBND");
		assertThat(decided.version()).isEqualTo(proposal.version() + 1);
		assertThat(this.jdbc.sql("""
				select before ->> 'status' || '>' || (after ->> 'status') || ':' || (after ->> 'decisionNumber')
				from audit_entry where entity_type = 'Reward' and entity_id = :id and action = 'UPDATE'""")
			.param("id", String.valueOf(proposal.id()))
			.query(String.class)
			.single()).isEqualTo("PROPOSED>DECIDED:12/QĐ-UBND");
		assertThatThrownBy(() -> this.emulation.decide(proposal.id(),
				new RewardDecision(proposal.version(), RewardStatus.REJECTED, null, null, null, "Sai")))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(this.emulation.reward(proposal.id()).status()).isEqualTo(RewardStatus.DECIDED);
	}

	@Test
	void countsRatingsAndDecidedRewardsWithThePeopleBehindEachNumber() {
		this.emulation.proposeFromRatings(this.agency, YEAR);
		Reward proposal = onlyReward(this.excellent2, RewardKind.LAO_DONG_TIEN_TIEN);
		this.emulation.decide(proposal.id(), new RewardDecision(proposal.version(), RewardStatus.DECIDED, "3/QĐ",
				LocalDate.of(2026, 1, 10), "Chủ tịch UBND phường", null));

		EmulationReport report = this.emulation.report(this.agency, YEAR);

		assertThat(report.ratings()).isEqualTo(new LevelCounts(2, 3, 1, 1));
		assertThat(report.rewards()).filteredOn((count) -> count.kind() == RewardKind.LAO_DONG_TIEN_TIEN)
			.singleElement()
			.isEqualTo(new EmulationReport.KindCount(RewardKind.LAO_DONG_TIEN_TIEN, 1, 4));
		assertThat(this.emulation.rated(this.agency, YEAR, EvaluationLevel.EXCELLENT))
			.extracting(EmulationEntry::personId)
			.containsExactlyInAnyOrder(this.excellent1, this.excellent2);
		assertThat(this.emulation.rewarded(this.agency, YEAR, RewardKind.LAO_DONG_TIEN_TIEN))
			.extracting(EmulationEntry::name, EmulationEntry::decisionNumber)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Cà Thị Xuấtsắc", "3/QĐ"));
		assertThat(this.emulation.report(this.commune, YEAR).ratings().excellent()).as("the commune's subtree")
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void aCommuneOfficerSeesAndChangesOnlyTheirCommune() {
		TestAccounts.signIn("xa-tochuc", Set.of(Role.ORG_OFFICER), this.commune);
		this.emulation.proposeFromRatings(null, YEAR);
		assertThat(this.emulation.rewards(null, YEAR, null, null, 0, 500).items()).extracting(Reward::personId)
			.contains(this.excellent1)
			.doesNotContain(this.outsideExcellent);
		assertThatThrownBy(() -> this.emulation.report(this.otherAgency, YEAR)).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.emulation.collective(this.otherAgency, YEAR))
			.isInstanceOf(OutOfScopeException.class);

		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		this.emulation.proposeFromRatings(this.otherAgency, YEAR);
		Reward outside = onlyReward(this.outsideExcellent, RewardKind.LAO_DONG_TIEN_TIEN);
		TestAccounts.signIn("xa-tochuc", Set.of(Role.ORG_OFFICER), this.commune);
		assertThatThrownBy(() -> this.emulation.decide(outside.id(),
				new RewardDecision(outside.version(), RewardStatus.REJECTED, null, null, null, null)))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.emulation.reward(outside.id())).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.emulation
			.propose(new NewReward(this.outsideExcellent, null, YEAR, RewardKind.GIAY_KHEN, null)))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void staffReadOnlyTheirOwnRewardsAndLeadersOnlyRead() {
		this.emulation.proposeFromRatings(this.agency, YEAR);
		Reward own = onlyReward(this.good1, RewardKind.LAO_DONG_TIEN_TIEN);
		Reward other = onlyReward(this.excellent1, RewardKind.LAO_DONG_TIEN_TIEN);

		TestAccounts.signIn("nhanvien", Set.of(Role.STAFF), this.agency, this.good1);
		assertThat(this.emulation.rewards(null, YEAR, null, null, 0, 500).items()).extracting(Reward::id)
			.containsExactly(own.id());
		assertThat(this.emulation.reward(own.id()).personId()).isEqualTo(this.good1);
		assertThatThrownBy(() -> this.emulation.reward(other.id())).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.emulation.report(this.agency, YEAR)).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.emulation.proposeFromRatings(this.agency, YEAR))
			.isInstanceOf(OutOfScopeException.class);
		TestAccounts.signIn("khonghoso", Set.of(Role.STAFF), this.agency);
		assertThat(this.emulation.rewards(null, YEAR, null, null, 0, 500).items()).isEmpty();

		TestAccounts.signIn("lanhdao", Set.of(Role.LEADER), this.commune);
		assertThat(this.emulation.rewards(this.agency, YEAR, null, null, 0, 500).items()).hasSize(7);
		assertThatThrownBy(() -> this.emulation.decide(own.id(),
				new RewardDecision(own.version(), RewardStatus.REJECTED, null, null, null, null)))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void proposesOneRewardForACollectiveOrAPersonOnlyOnce() {
		Reward collective = this.emulation
			.propose(new NewReward(null, this.agency, YEAR, RewardKind.TAP_THE_LAO_DONG_XUAT_SAC, "Tiêu biểu"));
		assertThat(collective.collective()).isTrue();
		assertThat(collective.name()).startsWith("Phòng thử thi đua");
		assertThatThrownBy(() -> this.emulation
			.propose(new NewReward(null, this.agency, YEAR, RewardKind.TAP_THE_LAO_DONG_XUAT_SAC, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems()).extracting(FieldProblem::messageKey)
						.containsExactly("emulation.error.duplicate"));
		assertThatThrownBy(() -> this.emulation
			.propose(new NewReward(null, this.agency, YEAR, RewardKind.LAO_DONG_TIEN_TIEN, null)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(
				() -> this.emulation.propose(new NewReward(this.good1, this.agency, YEAR, RewardKind.GIAY_KHEN, null)))
			.isInstanceOf(InvalidInputException.class);
		Reward person = this.emulation.propose(new NewReward(this.good1, null, YEAR, RewardKind.GIAY_KHEN, null));
		assertThat(person.agencyId()).isEqualTo(this.agency);
	}

	@Test
	void recordsACollectiveRatingWithTheSuggestionFromItsMembers() {
		CollectiveSheet sheet = this.emulation.collective(this.agency, YEAR);
		assertThat(sheet.rating()).isNull();
		assertThat(sheet.suggestion().members()).isEqualTo(new LevelCounts(2, 3, 1, 1));
		assertThat(sheet.suggestion().level()).as("one member not completed").isEqualTo(EvaluationLevel.COMPLETED);

		TestAccounts.signIn("lanhdao", Set.of(Role.LEADER), this.commune);
		CollectiveRating recorded = this.emulation.recordCollective(this.agency, YEAR,
				new RecordCollectiveRating(EvaluationLevel.GOOD, true, "Trong sạch vững mạnh", null));
		assertThat(recorded.suggestedLevel()).isEqualTo(EvaluationLevel.COMPLETED);
		assertThat(recorded.cleanAndStrong()).isTrue();
		assertThatThrownBy(() -> this.emulation.recordCollective(this.agency, YEAR,
				new RecordCollectiveRating(EvaluationLevel.EXCELLENT, null, null, null)))
			.isInstanceOf(ConcurrentEditException.class);
		CollectiveRating corrected = this.emulation.recordCollective(this.agency, YEAR,
				new RecordCollectiveRating(EvaluationLevel.EXCELLENT, false, null, recorded.version()));
		assertThat(corrected.level()).isEqualTo(EvaluationLevel.EXCELLENT);
		assertThatThrownBy(() -> this.emulation.recordCollective(this.agency, YEAR,
				new RecordCollectiveRating(EvaluationLevel.COMPLETED, null, null, recorded.version())))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(this.jdbc
			.sql("select string_agg(action, ',' order by id) from audit_entry"
					+ " where entity_type = 'CollectiveRating' and entity_id = :id")
			.param("id", String.valueOf(recorded.id()))
			.query(String.class)
			.single()).isEqualTo("CREATE,UPDATE");

		TestAccounts.signIn("xem", Set.of(Role.VIEWER), this.commune);
		assertThat(this.emulation.collective(this.agency, YEAR).rating().level()).isEqualTo(EvaluationLevel.EXCELLENT);
		assertThatThrownBy(() -> this.emulation.recordCollective(this.agency, YEAR,
				new RecordCollectiveRating(EvaluationLevel.GOOD, null, null, corrected.version())))
			.isInstanceOf(OutOfScopeException.class);
	}

	Reward onlyReward(long personId, RewardKind kind) {
		return this.jdbc.sql("select id from reward where person_id = :p and kind = :k")
			.param("p", personId)
			.param("k", kind.name())
			.query(Long.class)
			.list()
			.stream()
			.map(this.emulation::reward)
			.findFirst()
			.orElseThrow();
	}

}
