package vn.canbo.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.canbo.discipline.DisciplineForm;
import vn.canbo.discipline.DisciplineSystem;
import vn.canbo.discipline.Disciplines;
import vn.canbo.discipline.NewDiscipline;
import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Succession planning through the facade and the API on a new agency of Phường Mường
 * Thanh (03334) whose people the test creates, in a planning period of the commune: the
 * caps (a fourth person on a title, a fourth title for a person refused), an ineligible
 * person refused with the reason against the field, eligibility over HTTP, the removal
 * proposed when a discipline decision is recorded, and the audit trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SuccessionPlansTests {

	static final LocalDate DECIDED = LocalDate.of(2026, 2, 2);

	@Autowired
	SuccessionPlans plans;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	People people;

	@Autowired
	Disciplines disciplines;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	MockMvc mvc;

	OrgUnitView commune;

	OrgUnitView agency;

	PlanningPeriod period;

	@BeforeEach
	void openPeriod() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		this.commune = this.orgUnits.getByCode("03334", LocalDate.of(2025, 7, 1));
		this.agency = this.orgUnits.createAgency(new CreateAgency(this.commune.id(),
				"Ban thử quy hoạch " + TestAccounts.uniqueName("qh"), UnitType.OTHER, LocalDate.of(2025, 7, 1), null));
		this.period = this.plans.openPeriod(new NewPlanningPeriod(this.commune.id(), "Quy hoạch thử 2025–2030", 2025,
				2030, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), null));
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	long person(String name, Gender gender, int birthYear) {
		long id = this.people.create(TestPeople.person(name, gender, birthYear, this.agency.id())).id();
		// the standard of commune cadres (NĐ 33/2023): university degree and intermediate
		// theory
		this.jdbc
			.sql("update person set professional_level = 'DAI_HOC', political_theory_level = 'TRUNG_CAP' "
					+ "where id = :id")
			.param("id", id)
			.update();
		return id;
	}

	NewPlanEntry entry(long personId, String title) {
		return new NewPlanEntry(this.period.id(), this.commune.id(), title, personId, 1, PlanningStep.APPROVAL, 15, 12,
				9, "12-QĐ/ĐU", DECIDED, "Ban Thường vụ Đảng ủy phường", null, DECIDED, null);
	}

	@Test
	void theStructureCountsWomenTheYoungAndEthnicMinoritiesAgainstTheirTargets() {
		long tay = person("Hoàng Thị Tàyqh", Gender.FEMALE, 1990);
		this.jdbc.sql("update person set ethnicity = :code where id = :id")
			.param("code", vn.canbo.people.Ethnicity.TAY.code())
			.param("id", tay)
			.update();
		this.plans.add(entry(tay, "XA_CT_UBND"));
		this.plans.add(entry(person("Lò Văn Kinhqh", Gender.MALE, 1975), "XA_CT_UBND"));
		this.plans.add(entry(person("Lò Văn Kinhhaiqh", Gender.MALE, 1976), "XA_CT_UBND"));

		PlanStructure structure = this.plans.structure(this.plans.entries(this.period.id(), this.commune.id()),
				DECIDED);

		// 1 of 3 each: 33,3% against 15% women, 10% young (under 42 in 2026: born 1990),
		// 10% ethnic minorities (the rule's unconfirmed default)
		assertThat(structure.people()).isEqualTo(3);
		assertThat(structure.women()).isEqualTo(1);
		assertThat(structure.young()).isEqualTo(1);
		assertThat(structure.minorities()).isEqualTo(1);
		assertThat(structure.minorityTarget()).isEqualTo(10);
		assertThat(structure.minorityPercent()).isCloseTo(33.33, org.assertj.core.data.Offset.offset(0.01));
		assertThat(structure.minorityMet()).isTrue();
		assertThat(structure.womenMet()).isTrue();
	}

	@Test
	void aFourthPersonOnATitleIsRefusedWithTheCapNamed() {
		for (String name : List.of("Lò Văn Một", "Lò Văn Hai", "Lò Văn Ba")) {
			this.plans.add(entry(person(name, Gender.MALE, 1985), "XA_CT_UBND"));
		}
		long fourth = person("Lò Văn Bốn", Gender.MALE, 1985);
		assertThatThrownBy(() -> this.plans.add(entry(fourth, "XA_CT_UBND")))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.problems()).hasSize(1);
				assertThat(ex.problems().get(0).field()).isEqualTo("personId");
				assertThat(this.messages.getMessage(ex.problems().get(0), Locale.forLanguageTag("vi")))
					.contains("Số người quy hoạch cho chức danh")
					.contains("Không quá 3 người")
					.contains("Đã có 3 người khác");
			});
		assertThat(this.plans.entries(this.period.id(), this.commune.id())).hasSize(3);
		Eligibility explained = this.plans.eligibility(fourth, this.commune.id(), "XA_CT_UBND", DECIDED, 1,
				this.period.id());
		assertThat(explained.eligible()).isFalse();
		assertThat(explained.failing()).extracting(EligibilityCondition::code).containsExactly(ConditionCode.TITLE_CAP);
	}

	@Test
	void aFourthTitleForAPersonIsRefused() {
		long person = person("Quàng Thị Bốn", Gender.FEMALE, 1988);
		for (String title : List.of("XA_BI_THU", "XA_CT_HDND", "XA_CT_UBND")) {
			this.plans.add(entry(person, title));
		}
		assertThatThrownBy(() -> this.plans.add(entry(person, "XA_CT_MTTQ")))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.problems()).extracting((problem) -> problem.field()).containsExactly("personId");
				assertThat(this.messages.getMessage(ex.problems().get(0), Locale.forLanguageTag("vi")))
					.contains("Số chức danh quy hoạch của một người")
					.contains("Đã được quy hoạch 3 chức danh khác");
			});
		assertThat(this.plans.isPlanned(person, this.commune.id(), "XA_CT_UBND", DECIDED)).isTrue();
		assertThat(this.plans.isPlanned(person, this.commune.id(), "XA_CT_MTTQ", DECIDED)).isFalse();
		assertThat(this.plans.isPlanned(person, this.commune.id(), "XA_CT_UBND", DECIDED.minusDays(1))).isFalse();
	}

	@Test
	void aPersonTooCloseToRetirementIsRefusedWithTheMonthsLeft() {
		// a man born 12/05/1966 retires at 62 in 05/2028: 27 months left at 02/2026
		long old = person("Cầm Văn Già", Gender.MALE, 1966);
		assertThatThrownBy(() -> this.plans.add(entry(old, "XA_CT_UBND")))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.problems()).extracting((problem) -> problem.field()).containsExactly("personId");
				assertThat(this.messages.getMessage(ex.problems().get(0), Locale.forLanguageTag("vi")))
					.contains("Tuổi quy hoạch")
					.contains("Còn ít nhất 60 tháng")
					.contains("Còn 27 tháng");
			});
	}

	@Test
	void theEligibilityAnswersOverHttpWithEachConditionItsRuleAndCitation() throws Exception {
		long person = person("Lường Văn Đủ", Gender.MALE, 1985);
		this.mvc
			.perform(get("/api/v1/persons/{id}/planning-eligibility", person).param("titleCode", "XA_CT_UBND")
				.param("unitCode", "03334")
				.param("asOf", "2026-03-01")
				.with(authentication(TestAccounts.authentication("tinh-tochuc", Set.of(Role.ORG_OFFICER), null))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligible").value(true))
			.andExpect(jsonPath("$.conditions[0].code").value("AGE"))
			.andExpect(jsonPath("$.conditions[0].met").value(true))
			.andExpect(jsonPath("$.conditions[0].rule").value("PLANNING_AGE 2025-11-21"))
			.andExpect(jsonPath("$.conditions[0].citation")
				.value("Quy định 377-QĐ/TW, Điều 25 khoản 2–3; Hướng dẫn 45-HD/BTCTW, mục II.5"))
			// born 05/1985, retires at 62 in 05/2047: 254 months after 03/2026
			.andExpect(jsonPath("$.conditions[0].actual").value(org.hamcrest.Matchers.startsWith("Còn 254 tháng")))
			.andExpect(jsonPath("$.conditions[?(@.code == 'TITLE_CAP')].met").value(true))
			.andExpect(jsonPath("$.conditions[?(@.code == 'STANDARD_THEORY')].met").value(true));
	}

	@Test
	void aDisciplineDecisionProposesTheRemovalAtOnceAndTheOfficerConfirmsIt() {
		long person = person("Tòng Văn Kỷ", Gender.MALE, 1984);
		PlanEntry entry = this.plans.add(entry(person, "XA_CT_HDND"));
		LocalDate effective = this.plans.today();
		this.disciplines.record(person, new NewDiscipline(DisciplineSystem.STATE, DisciplineForm.REPRIMAND,
				"Vi phạm quy chế", "5-QĐ/UBND", "Chủ tịch Ủy ban nhân dân phường", effective, effective, true, null));
		List<ReviewProposal> proposals = this.plans.proposals(this.commune.id(), "PROPOSED")
			.stream()
			.filter((proposal) -> proposal.entryId() == entry.id())
			.toList();
		assertThat(proposals).extracting(ReviewProposal::removalCase).containsExactly(RemovalCase.DISCIPLINE);
		assertThat(proposals.get(0).detail()).contains("5-QĐ/UBND");
		this.plans.decide(proposals.get(0).id(), proposals.get(0).version(), true, effective, "20-QĐ/ĐU");
		PlanEntry removed = this.plans.entry(entry.id());
		assertThat(removed.removalCase()).isEqualTo(RemovalCase.DISCIPLINE);
		assertThat(removed.removedOn()).isEqualTo(effective);
		assertThat(this.plans.isPlanned(person, this.commune.id(), "XA_CT_HDND", effective)).isFalse();
		assertThat(this.plans.isPlanned(person, this.commune.id(), "XA_CT_HDND", effective.minusDays(1))).isTrue();
		assertThat(this.jdbc
			.sql("select action from audit_entry where entity_type = 'PlanEntry' and entity_id = :id order by id")
			.param("id", String.valueOf(entry.id()))
			.query(String.class)
			.list()).containsExactly("CREATE", "UPDATE");
		// a stale version is refused
		assertThatThrownBy(() -> this.plans.remove(entry.id(), entry.version(), RemovalCase.OTHER, effective, "x"))
			.isInstanceOf(vn.canbo.shared.ConcurrentEditException.class);
	}

	@Test
	void everyoneOfASubtreeIsJudgedAtOnce() {
		long young = person("Lò Văn Trẻ", Gender.MALE, 1990);
		long old = person("Lò Văn Lão", Gender.MALE, 1966);
		this.plans.add(entry(young, "XA_CT_UBND"));
		List<Eligibility> all = this.plans.eligibilityOfEveryone(this.agency.id(), "XA_CT_UBND", DECIDED, 1);
		assertThat(all).extracting(Eligibility::personId).containsExactlyInAnyOrder(young, old);
		Eligibility youngOne = all.stream().filter((one) -> one.personId() == young).findFirst().orElseThrow();
		Eligibility oldOne = all.stream().filter((one) -> one.personId() == old).findFirst().orElseThrow();
		assertThat(youngOne.eligible()).isTrue();
		// born 12/05/1966: 27 months left at 02/2026
		assertThat(oldOne.failing()).extracting(EligibilityCondition::code).containsExactly(ConditionCode.AGE);
	}

	@Test
	void aVoteBelowThePassMarkIsRefusedAgainstItsField() {
		long person = person("Lò Văn Phiếu", Gender.MALE, 1985);
		// 15 summoned: the pass mark is more than 7.5, so 7 votes fail; 9 present of 15
		// lacks the 2/3 quorum (10)
		NewPlanEntry low = new NewPlanEntry(this.period.id(), this.commune.id(), "XA_CT_UBND", person, 1,
				PlanningStep.LEADERSHIP_VOTE, 15, 12, 7, "1", DECIDED, "BTV", null, DECIDED, null);
		assertThatThrownBy(() -> this.plans.add(low)).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.problems()).extracting((problem) -> problem.field()).containsExactly("votesFor"));
		NewPlanEntry few = new NewPlanEntry(this.period.id(), this.commune.id(), "XA_CT_UBND", person, 1,
				PlanningStep.LEADERSHIP_VOTE, 15, 9, 9, "1", DECIDED, "BTV", null, DECIDED, null);
		assertThatThrownBy(() -> this.plans.add(few)).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.problems()).extracting((problem) -> problem.field()).containsExactly("present"));
	}

}
