package vn.canbo.ratings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.discipline.DisciplineEffects;
import vn.canbo.discipline.DisciplineForm;
import vn.canbo.discipline.DisciplineSystem;
import vn.canbo.discipline.Disciplines;
import vn.canbo.discipline.NewDiscipline;
import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.TestPeople;
import vn.canbo.rules.EvaluationLevel;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccounts;
import vn.canbo.shared.DomainException;
import vn.canbo.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The annual roll-up on closed months written straight into the table: 12 proposed "good"
 * and 5 "excellent" in one agency leave room for 2 (20% of 12, rounded down), the leader
 * must choose before approving; too few months worked is not rated.
 */
@SpringBootTest
class AnnualRatingsTests {

	static final String[] GIVEN = { "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hưng", "Khánh", "Lâm", "Minh",
			"Nam", "Oanh", "Phương", "Quỳnh", "Sen", "Thảo" };

	@Autowired
	AnnualRatings ratings;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Disciplines disciplines;

	@Autowired
	UserAccounts accounts;

	@Autowired
	SystemAccess system;

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void twelveGoodAndFiveExcellentLeaveTwoExcellentForTheLeaderToChoose() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		long commune = this.orgUnits.getByCode("03334", this.orgUnits.today()).id();
		long agency = this.orgUnits
			.createAgency(new CreateAgency(commune, "Phòng thử xếp loại " + TestAccounts.uniqueName("xl"),
					UnitType.OTHER, LocalDate.of(2025, 7, 1), null))
			.id();
		List<Long> good = new ArrayList<>();
		List<Long> excellent = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			good.add(person("Lò Văn " + GIVEN[i], agency, 6, "80"));
		}
		for (int i = 0; i < 5; i++) {
			excellent.add(person("Cà Thị " + GIVEN[12 + i], agency, 6, "9" + i));
		}
		long newcomer = person("Quàng Văn Mới", agency, 4, "95");
		String leader = this.system
			.call(() -> TestAccounts.provision(this.accounts, "xl", commune, Role.LEADER).username());
		TestAccounts.signIn("lanh-xl", Set.of(Role.LEADER), commune);
		assertThat(this.ratings.rollUp(agency, 2026)).isEqualTo(18);
		assertThat(this.jdbc.sql("select link from notification where recipient = :who and kind = 'RATING_TO_DECIDE'")
			.param("who", leader)
			.query(String.class)
			.list()).containsExactly("/ratings/quota?agencyId=" + agency + "&year=2026");
		List<RatingView> list = this.ratings.list(agency, 2026, 0, 500).items();
		assertThat(list).filteredOn((r) -> r.personId() == newcomer).singleElement().satisfies((r) -> {
			assertThat(r.proposedLevel()).isNull();
			assertThat(r.reasons()).containsExactly("NOT_RATED");
		});
		QuotaGroup group = this.ratings.quota(agency, 2026).get(0);
		assertThat(group.good()).isEqualTo(12);
		assertThat(group.proposals()).hasSize(5);
		assertThat(group.maximum()).isEqualTo(2);
		assertThat(group.mustChoose()).isTrue();
		assertThatThrownBy(() -> this.ratings.approve(agency, 2026)).isInstanceOf(DomainException.class)
			.hasMessageContaining("ratings.error.chooseFirst");
		assertThatThrownBy(() -> this.ratings.chooseExcellent(agency, 2026, group.taskGroup(),
				Set.of(excellent.get(0), excellent.get(1), excellent.get(2))))
			.isInstanceOf(InvalidInputException.class);
		this.ratings.chooseExcellent(agency, 2026, group.taskGroup(), Set.of(excellent.get(3), excellent.get(4)));
		String[] ids = list.stream().map((r) -> String.valueOf(r.id())).toArray(String[]::new);
		// one audit entry per rating changed, each with its own state after
		assertThat(audited(ids, "after ->> 'excellentKept' = 'true' and after ->> 'level' = 'EXCELLENT'")).isEqualTo(2);
		assertThat(audited(ids, "after ->> 'excellentKept' = 'false' and after ->> 'level' = 'GOOD'")).isEqualTo(3);
		assertThat(this.ratings.approve(agency, 2026)).isEqualTo(18);
		assertThat(audited(ids, "before ->> 'status' <> 'APPROVED' and after ->> 'status' = 'APPROVED'")).isEqualTo(18);
		assertThat(this.ratings.counts(agency, 2026).levels()).containsEntry(EvaluationLevel.EXCELLENT, 2L)
			.containsEntry(EvaluationLevel.GOOD, 15L);
		assertThat(this.ratings.list(agency, 2026, 0, 500).items())
			.allSatisfy((r) -> assertThat(r.status()).isEqualTo("APPROVED"));
	}

	@Test
	void aPersonDisciplinedInTheYearIsRatedNotCompletedWhateverTheirMonths() {
		long agency = disciplineAgency("kl");
		long commune = this.orgUnits.getByCode("03334", this.orgUnits.today()).id();
		long disciplined = person("Lò Văn Kỷluật", agency, 10, "95");
		long colleague = person("Cà Văn Trongsạch", agency, 10, "95");
		this.disciplines.record(disciplined,
				new NewDiscipline(DisciplineSystem.STATE, DisciplineForm.REPRIMAND, "Vi phạm quy chế làm việc",
						"15/QĐ-UBND", "UBND phường Mường Thanh", LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 5),
						true, null));
		TestAccounts.signIn("lanh-kl", Set.of(Role.LEADER), commune);
		this.ratings.rollUp(agency, 2026);
		List<RatingView> list = this.ratings.list(agency, 2026, 0, 500).items();
		assertThat(list).filteredOn((r) -> r.personId() == disciplined).singleElement().satisfies((r) -> {
			assertThat(r.scoredLevel()).isEqualTo(EvaluationLevel.EXCELLENT);
			assertThat(r.proposedLevel()).isEqualTo(EvaluationLevel.NOT_COMPLETED);
			assertThat(r.reasons()).contains("DISCIPLINE");
			assertThat(r.disciplineNote()).contains("15/QĐ-UBND");
		});
		assertThat(list).filteredOn((r) -> r.personId() == colleague)
			.singleElement()
			.satisfies((r) -> assertThat(r.proposedLevel()).isEqualTo(EvaluationLevel.EXCELLENT));
	}

	@Test
	void aNonDutyRelatedReprimandOfACivilServantLeavesTheYearAsTheMonthsRateIt() {
		// NĐ 335/2025 Điều 20 khoản 4 c (rule DISCIPLINE_EFFECTS from 01/01/2026,
		// dutyRelatedOnly = 1): only discipline linked to official duties makes a công
		// chức's year "not completed". Ten months at 95 points: mean 95 >= 90, so
		// "excellent"; the reprimand of 05/04/2026 not linked to duties does not change
		// it,
		// and its own page says "rating not affected".
		long agency = disciplineAgency("kn");
		long commune = this.orgUnits.getByCode("03334", this.orgUnits.today()).id();
		long servant = person("Lò Văn Ngoàigiờ", agency, 10, "95");
		this.disciplines.record(servant,
				new NewDiscipline(DisciplineSystem.STATE, DisciplineForm.REPRIMAND, "Vi phạm nơi cư trú", "16/QĐ-UBND",
						"UBND phường Mường Thanh", LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 5), false, null));
		assertThat(this.disciplines.forPerson(servant, "TEST").decisions().get(0).effects().effects())
			.extracting(DisciplineEffects.Effect::kind)
			.contains(DisciplineEffects.EffectKind.RATING_NOT_AFFECTED)
			.doesNotContain(DisciplineEffects.EffectKind.UNSATISFACTORY_RATING);
		TestAccounts.signIn("lanh-kn", Set.of(Role.LEADER), commune);
		this.ratings.rollUp(agency, 2026);
		assertThat(this.ratings.list(agency, 2026, 0, 500).items()).filteredOn((r) -> r.personId() == servant)
			.singleElement()
			.satisfies((r) -> {
				assertThat(r.proposedLevel()).isEqualTo(EvaluationLevel.EXCELLENT);
				assertThat(r.reasons()).doesNotContain("DISCIPLINE");
			});
	}

	/**
	 * A new agency of commune 03334, created by the province's organisation officer, who
	 * stays signed in.
	 */
	long disciplineAgency(String tag) {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		long commune = this.orgUnits.getByCode("03334", this.orgUnits.today()).id();
		return this.orgUnits
			.createAgency(new CreateAgency(commune, "Phòng thử kỷ luật " + TestAccounts.uniqueName(tag), UnitType.OTHER,
					LocalDate.of(2025, 7, 1), null))
			.id();
	}

	long audited(String[] ratingIds, String condition) {
		return this.jdbc
			.sql("select count(*) from audit_entry where entity_type = 'AnnualRating' and entity_id = any(:ids) and "
					+ condition)
			.param("ids", ratingIds)
			.query(Long.class)
			.single();
	}

	long person(String name, long agency, int months, String total) {
		long id = this.people.create(TestPeople.person(name, Gender.MALE, 1985, agency)).id();
		for (int month = 1; month <= months; month++) {
			this.jdbc.sql("""
					insert into monthly_evaluation (person_id, agency_id, month, total, level, closed_at)
					values (:person, :agency, :month, :total, 'GOOD', current_timestamp)""")
				.param("person", id)
				.param("agency", agency)
				.param("month", LocalDate.of(2026, month, 1))
				.param("total", new java.math.BigDecimal(total))
				.update();
		}
		return id;
	}

}
