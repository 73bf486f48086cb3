package vn.canbo.votes;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Confidence votes recorded and read through the facade: consequences, quorum, scope per
 * role, audit and validation messages naming field and line.
 */
@SpringBootTest
class ConfidenceVotesTests {

	@Autowired
	ConfidenceVotes votes;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	long commune;

	long other;

	long council;

	long chair;

	long deputy;

	long head;

	@BeforeEach
	void createCouncil() {
		LocalDate today = LocalDate.now();
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		this.commune = this.orgUnits.getByCode("03334", today).id();
		this.other = this.orgUnits.getByCode("03325", today).id();
		this.council = this.orgUnits
			.createAgency(new CreateAgency(this.commune, "HĐND thử " + TestAccounts.uniqueName("tn"), UnitType.OTHER,
					LocalDate.of(2025, 7, 1), null))
			.id();
		this.chair = this.people.create(TestPeople.person("Lò Văn Chủtịch", Gender.MALE, 1975, this.council)).id();
		this.deputy = this.people.create(TestPeople.person("Lò Thị Phóchủtịch", Gender.FEMALE, 1978, this.council))
			.id();
		this.head = this.people.create(TestPeople.person("Lò Văn Trưởngban", Gender.MALE, 1980, this.council)).id();
		TestAccounts.signIn("xa-tochuc", Set.of(Role.ORG_OFFICER), this.commune);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	NewVoteSession session(int summoned, int present, List<NewVoteSession.Result> results) {
		return new NewVoteSession(this.council, LocalDate.of(2026, 10, 15), "Lấy phiếu tín nhiệm HĐND năm 2026",
				summoned, present, results);
	}

	@Test
	void recordsAConferenceAndFlagsEachConsequenceWithItsRule() {
		VoteSession recorded = this.votes.record(session(30, 20,
				List.of(new NewVoteSession.Result(this.chair, "Chủ tịch HĐND", 15, 4, 1, 0),
						new NewVoteSession.Result(this.deputy, "Phó Chủ tịch HĐND", 3, 6, 11, 0),
						new NewVoteSession.Result(this.head, "Trưởng ban Pháp chế", 2, 4, 14, 0))));

		assertThat(recorded.quorumMet()).isTrue();
		assertThat(recorded.results()).extracting(VoteOutcome::consequence)
			.containsExactly(VoteConsequence.NONE, VoteConsequence.OUT_OF_PLANNING, VoteConsequence.DISMISSAL);
		assertThat(recorded.results().get(1).lowPercent()).hasToString("55.0");
		assertThat(recorded.rule().citation()).contains("96-QĐ/TW");
		assertThat(this.votes.outcomesFor(this.deputy)).singleElement()
			.satisfies((outcome) -> assertThat(outcome.consequence()).isEqualTo(VoteConsequence.OUT_OF_PLANNING));
		assertThat(this.jdbc.sql("""
				select count(*) from audit_entry where entity_type = 'VoteSession' and entity_id = :id
					and action = 'CREATE' and actor = 'xa-tochuc'""")
			.param("id", String.valueOf(recorded.id()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aConferenceBelowTwoThirdsPresentEntailsNothing() {
		VoteSession recorded = this.votes
			.record(session(30, 19, List.of(new NewVoteSession.Result(this.chair, "Chủ tịch HĐND", 1, 1, 17, 0))));
		assertThat(recorded.quorumMet()).isFalse();
		assertThat(recorded.results().get(0).consequence()).isEqualTo(VoteConsequence.INVALID_SESSION);
	}

	@Test
	void staffSeeOnlyTheirOwnResultsAndOutsideOfficersNothing() {
		VoteSession recorded = this.votes
			.record(session(30, 25, List.of(new NewVoteSession.Result(this.chair, "Chủ tịch HĐND", 15, 4, 1, 0),
					new NewVoteSession.Result(this.deputy, "Phó Chủ tịch HĐND", 3, 6, 11, 0))));

		TestAccounts.signIn("chutich", Set.of(Role.STAFF), this.commune, this.chair);
		assertThat(this.votes.session(recorded.id()).results()).extracting(VoteOutcome::personId)
			.containsExactly(this.chair);
		assertThat(this.votes.sessions(null, 0, 500).items()).extracting(VoteSession::id).contains(recorded.id());
		assertThatThrownBy(() -> this.votes.outcomesFor(this.deputy)).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.votes.record(session(30, 25, List.of()))).isInstanceOf(OutOfScopeException.class);

		TestAccounts.signIn("xem", Set.of(Role.VIEWER), this.commune);
		assertThat(this.votes.session(recorded.id()).results()).hasSize(2);

		TestAccounts.signIn("ngoai-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), this.other);
		assertThatThrownBy(() -> this.votes.session(recorded.id())).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.votes.outcomesFor(this.chair)).isInstanceOf(OutOfScopeException.class);
		assertThat(this.votes.sessions(null, 0, 500).items()).extracting(VoteSession::id).doesNotContain(recorded.id());
		assertThatThrownBy(() -> this.votes.record(session(30, 25, List.of()))).isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void badCountsAreReportedInVietnameseWithTheFieldAndLine() {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> this.votes.record(session(30, 31,
						List.of(new NewVoteSession.Result(this.chair, "Chủ tịch HĐND", 15, 4, 1, 0),
								new NewVoteSession.Result(this.deputy, " ", 3, -1, 11, 0),
								new NewVoteSession.Result(this.head, "Trưởng ban", 20, 5, 5, 2),
								new NewVoteSession.Result(this.chair, "Chủ tịch HĐND", 1, 1, 1, 1)))));
		Map<String, String> byField = new LinkedHashMap<>();
		for (FieldProblem problem : ex.problems()) {
			byField.putIfAbsent(problem.field(), this.messages.getMessage(problem, Locale.forLanguageTag("vi")));
		}
		assertThat(byField.get("present")).isEqualTo("Số người có mặt: không được vượt số người được triệu tập (30).");
		assertThat(byField.get("results[1].postTitle")).isEqualTo("Dòng 2, chức vụ được lấy phiếu: bắt buộc.");
		assertThat(byField.get("results[1].confidence")).isEqualTo("Dòng 2, Tín nhiệm: không được âm (-1).");
		assertThat(byField.get("results[2].invalid")).isEqualTo("Dòng 3: tổng số phiếu 32 vượt số người có mặt 31.");
		assertThat(byField.get("results[3].personId")).startsWith("Dòng 4: Lò Văn Chủtịch đã có");
	}

}
