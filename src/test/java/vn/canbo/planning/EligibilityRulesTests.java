package vn.canbo.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import vn.canbo.discipline.DisciplineForm;
import vn.canbo.discipline.DisciplineSystem;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;
import vn.canbo.rules.EvaluationLevel;
import vn.canbo.rules.RetirementSchedule;
import vn.canbo.rules.RuleKey;
import vn.canbo.rules.RuleVersion;
import vn.canbo.staffing.PostStandard;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planning eligibility by hand, from the worked examples of the reference
 * (vn-legal-rules-2 §2.8) and the rule versions as shipped in the migrations.
 */
class EligibilityRulesTests {

	static final RuleVersion OLD_CODE = retirement(1, null, 720, 0, 720, 660, 0, 660);

	static final RuleVersion ROADMAP = retirement(2, LocalDate.of(2021, 1, 1), 723, 3, 744, 664, 4, 720);

	static final RetirementSchedule SCHEDULE = RetirementSchedule.of(List.of(OLD_CODE, ROADMAP));

	static final Map<RuleKey, RuleVersion> VERSIONS = Map.of(RuleKey.PLANNING_AGE,
			version(RuleKey.PLANNING_AGE,
					Map.of("sourceOneMonths", 60L, "sourceTwoMonths", 120L, "youngUnderYears", 42L)),
			RuleKey.PLANNING_CAPS,
			version(RuleKey.PLANNING_CAPS,
					Map.of("perTitle", 3L, "titlesPerPerson", 3L, "committeeMinPercent", 100L, "committeeMaxPercent",
							150L)),
			RuleKey.PLANNING_RATINGS, version(RuleKey.PLANNING_RATINGS, Map.of("years", 3L, "maxNotCompleted", 0L)),
			RuleKey.CONFIDENCE_VOTE,
			version(RuleKey.CONFIDENCE_VOTE,
					Map.of("quorumNumerator", 2L, "quorumDenominator", 3L, "reviewNumerator", 1L, "reviewDenominator",
							2L, "dismissalNumerator", 2L, "dismissalDenominator", 3L)),
			RuleKey.DISCIPLINE_EFFECTS,
			version(RuleKey.DISCIPLINE_EFFECTS,
					Map.of("stateBarMinorMonths", 12L, "stateBarRemovalMonths", 24L, "stateLapseMinorMonths", 12L,
							"stateLapseRemovalMonths", 24L, "delayMinorMonths", 6L, "delayEmployeeReprimandMonths", 3L,
							"delayRemovalMonths", 12L, "delayUnsatisfactoryYearMonths", 6L, "dutyRelatedOnly", 1L)),
			RuleKey.PARTY_DISCIPLINE,
			version(RuleKey.PARTY_DISCIPLINE, Map.of("lapseMonths", 12L, "higherPostReprimandMonths", 24L,
					"higherPostWarningMonths", 36L, "higherPostRemovalMonths", 60L, "removalSamePostMonths", 12L)));

	final EligibilityRules rules = new EligibilityRules(new EligibilityRules.RuleBook() {

		@Override
		public RuleVersion at(RuleKey key, LocalDate day) {
			return VERSIONS.get(key);
		}

		@Override
		public RetirementSchedule retirement() {
			return SCHEDULE;
		}

	});

	// age

	@Test
	void workedExampleP1ManBornJanuary1970ReviewedInMarch2026() {
		// retires at 62y0m, in 01/2032: 744 - 674 = 70 months
		PlanningFacts.Person man = person(Gender.MALE, 1970, 1);
		EligibilityRules.Judged one = this.rules.age(man, 1, LocalDate.of(2026, 3, 15));
		assertThat(one.met()).isTrue();
		assertThat(one.actualArguments().get(0)).isEqualTo(70);
		assertThat(one.actualArguments().get(1)).isEqualTo(LocalDate.of(2032, 1, 31));
		assertThat(this.rules.age(man, 2, LocalDate.of(2026, 3, 15)).met()).isFalse();
		// the next-term state list (reference 03/2031): 10 months
		EligibilityRules.Judged nextTerm = this.rules.age(man, 1, LocalDate.of(2031, 3, 1));
		assertThat(nextTerm.met()).isFalse();
		assertThat(nextTerm.actualArguments().get(0)).isEqualTo(10);
	}

	@Test
	void workedExampleP2WomanBornJune1972ReviewedInFebruary2026() {
		// NĐ 135: 58y4m, reached in 10/2030; 56 months left at 02/2026
		EligibilityRules.Judged woman = this.rules.age(person(Gender.FEMALE, 1972, 6), 1, LocalDate.of(2026, 2, 1));
		assertThat(woman.met()).isFalse();
		assertThat(woman.actualArguments().get(0)).isEqualTo(56);
	}

	@Test
	void exactlySixtyMonthsIsEnoughForSourceOneWithTheBirthMonthKnown() {
		// born 06/1970, retires at 62 in 06/2032: 06/2027 leaves exactly 60 months
		PlanningFacts.Person man = person(Gender.MALE, 1970, 6);
		assertThat(this.rules.age(man, 1, LocalDate.of(2027, 6, 30)).met()).isTrue();
		assertThat(this.rules.age(man, 1, LocalDate.of(2027, 6, 30)).actualArguments().get(0)).isEqualTo(60);
		assertThat(this.rules.age(man, 1, LocalDate.of(2027, 7, 1)).met()).isFalse();
		assertThat(this.rules.age(man, 1, LocalDate.of(2027, 7, 1)).actualArguments().get(0)).isEqualTo(59);
	}

	@Test
	void onlyTheBirthYearCountsFromJanuaryAsTheRetirementRulesDo() {
		// born in 1970 (month unknown): counted from 01/1970, retires in 01/2032
		PlanningFacts.Person man = person(Gender.MALE, 1970, null);
		EligibilityRules.Judged june = this.rules.age(man, 1, LocalDate.of(2027, 6, 30));
		assertThat(june.met()).isFalse();
		assertThat(june.actualArguments().get(0)).isEqualTo(55);
		assertThat(june.actualKey()).isEqualTo("planning.actual.AGE.yearOnly");
		assertThat(this.rules.age(man, 1, LocalDate.of(2027, 1, 31)).met()).isTrue();
		assertThat(this.rules.age(man, 1, LocalDate.of(2027, 1, 31)).actualArguments().get(0)).isEqualTo(60);
		assertThat(this.rules.age(man, 1, LocalDate.of(2027, 2, 1)).met()).isFalse();
	}

	@Test
	void exactlyOneHundredTwentyMonthsIsEnoughForSourceTwo() {
		// born 06/1975, retires at 62 in 06/2037: 06/2027 leaves 120 months
		PlanningFacts.Person month = person(Gender.MALE, 1975, 6);
		assertThat(this.rules.age(month, 2, LocalDate.of(2027, 6, 1)).met()).isTrue();
		assertThat(this.rules.age(month, 2, LocalDate.of(2027, 6, 1)).actualArguments().get(0)).isEqualTo(120);
		assertThat(this.rules.age(month, 2, LocalDate.of(2027, 7, 1)).met()).isFalse();
		// born in 1975, month unknown: retires in 01/2037, 120 months at 01/2027
		PlanningFacts.Person year = person(Gender.MALE, 1975, null);
		assertThat(this.rules.age(year, 2, LocalDate.of(2027, 1, 15)).met()).isTrue();
		assertThat(this.rules.age(year, 2, LocalDate.of(2027, 2, 1)).met()).isFalse();
		assertThat(this.rules.age(year, 2, LocalDate.of(2027, 2, 1)).actualArguments().get(0)).isEqualTo(119);
	}

	// discipline

	@Test
	void aPartyReprimandBarsPlanningFor24MonthsToTheDay() {
		// khiển trách effective 2024-05-10: barred through 2026-05-09
		PlanningFacts.Person person = person(Gender.MALE, 1980, 3);
		List<PlanningFacts.Decision> reprimand = List.of(new PlanningFacts.Decision(DisciplineSystem.PARTY,
				DisciplineForm.REPRIMAND, "12-QĐ/UBKT", LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 10)));
		// the bar's last day was the day before: eligible
		assertThat(this.rules.discipline(person, reprimand, LocalDate.of(2026, 5, 10)).met()).isTrue();
		// the bar's last day is the day after: not eligible, the end date said
		EligibilityRules.Judged barred = this.rules.discipline(person, reprimand, LocalDate.of(2026, 5, 8));
		assertThat(barred.met()).isFalse();
		assertThat(barred.actualArguments()).containsExactly("12-QĐ/UBKT", "REPRIMAND", LocalDate.of(2026, 5, 10));
		assertThat(this.rules.discipline(person, reprimand, LocalDate.of(2026, 5, 9)).met()).isFalse();
	}

	@Test
	void workedExampleP6AReprimandIn2026BarsUntilMay2028() {
		PlanningFacts.Person person = person(Gender.FEMALE, 1982, 8);
		List<PlanningFacts.Decision> reprimand = List.of(new PlanningFacts.Decision(DisciplineSystem.PARTY,
				DisciplineForm.REPRIMAND, "3-QĐ/ĐU", LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 10)));
		assertThat(this.rules.discipline(person, reprimand, LocalDate.of(2026, 5, 9)).met()).isTrue();
		assertThat(this.rules.discipline(person, reprimand, LocalDate.of(2026, 5, 10)).met()).isFalse();
		assertThat(this.rules.discipline(person, reprimand, LocalDate.of(2028, 5, 9)).met()).isFalse();
		assertThat(this.rules.discipline(person, reprimand, LocalDate.of(2028, 5, 10)).met()).isTrue();
	}

	@Test
	void aStateWarningBarsTwelveMonthsAndExpulsionForGood() {
		PlanningFacts.Person person = person(Gender.MALE, 1985, 1);
		List<PlanningFacts.Decision> warning = List.of(new PlanningFacts.Decision(DisciplineSystem.STATE,
				DisciplineForm.WARNING, "15/QĐ-UBND", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1)));
		assertThat(this.rules.discipline(person, warning, LocalDate.of(2026, 2, 28)).met()).isFalse();
		assertThat(this.rules.discipline(person, warning, LocalDate.of(2026, 3, 1)).met()).isTrue();
		List<PlanningFacts.Decision> expelled = List.of(new PlanningFacts.Decision(DisciplineSystem.PARTY,
				DisciplineForm.EXPULSION, "1-QĐ/TU", LocalDate.of(2010, 1, 1), LocalDate.of(2010, 1, 1)));
		EligibilityRules.Judged forever = this.rules.discipline(person, expelled, LocalDate.of(2030, 1, 1));
		assertThat(forever.met()).isFalse();
		assertThat(forever.actualKey()).isEqualTo("planning.actual.DISCIPLINE.forever");
	}

	// confidence votes

	@Test
	void overHalfLowConfidenceTakesThePersonOutOfPlanning() {
		// 25 ballots, 14 low = 56% > 1/2
		List<PlanningFacts.VoteResult> low = List
			.of(new PlanningFacts.VoteResult(LocalDate.of(2025, 11, 20), 30, 25, 5, 6, 14, 0));
		EligibilityRules.Judged judged = this.rules.confidence(low, LocalDate.of(2026, 1, 1));
		assertThat(judged.met()).isFalse();
		assertThat(judged.actualArguments().get(1)).isEqualTo(14);
		assertThat(judged.actualArguments().get(2)).isEqualTo(25);
		assertThat(judged.actualArguments().get(4)).isEqualTo("votes.consequence.OUT_OF_PLANNING");
		// exactly half is not over half
		List<PlanningFacts.VoteResult> half = List
			.of(new PlanningFacts.VoteResult(LocalDate.of(2025, 11, 20), 30, 20, 4, 6, 10, 0));
		assertThat(this.rules.confidence(half, LocalDate.of(2026, 1, 1)).met()).isTrue();
		// before the vote it does not count yet
		assertThat(this.rules.confidence(low, LocalDate.of(2025, 11, 19)).met()).isTrue();
	}

	@Test
	void aConferenceWithoutItsQuorumEntailsNothingAndTheLatestValidVoteCounts() {
		// 19 of 30 present (< 2/3): ignored; the earlier valid vote was fine
		List<PlanningFacts.VoteResult> votes = List.of(
				new PlanningFacts.VoteResult(LocalDate.of(2025, 12, 1), 30, 19, 0, 0, 19, 0),
				new PlanningFacts.VoteResult(LocalDate.of(2024, 12, 1), 30, 27, 20, 5, 2, 0));
		EligibilityRules.Judged judged = this.rules.confidence(votes, LocalDate.of(2026, 1, 1));
		assertThat(judged.met()).isTrue();
		assertThat(judged.actualArguments().get(0)).isEqualTo(LocalDate.of(2024, 12, 1));
	}

	// ratings

	@Test
	void aYearNotCompletedAmongTheLastThreeBars() {
		LocalDate asOf = LocalDate.of(2026, 3, 1);
		assertThat(this.rules
			.ratings(Map.of(2023, EvaluationLevel.GOOD, 2024, EvaluationLevel.NOT_COMPLETED, 2025,
					EvaluationLevel.EXCELLENT), asOf)
			.met()).isFalse();
		// 2022 is outside 2023–2025
		EligibilityRules.Judged older = this.rules
			.ratings(Map.of(2022, EvaluationLevel.NOT_COMPLETED, 2025, EvaluationLevel.GOOD), asOf);
		assertThat(older.met()).isTrue();
		assertThat(older.requiredArguments()).containsExactly(0L, 3, 2023, 2025);
	}

	// caps

	@Test
	void aFourthPersonOnAOnePostTitleIsRefused() {
		List<EligibilityRules.Judged> third = this.rules.caps(new PlanningFacts.Caps(2, 1, 0), LocalDate.now());
		assertThat(third.get(0).code()).isEqualTo(ConditionCode.TITLE_CAP);
		assertThat(third.get(0).met()).isTrue();
		List<EligibilityRules.Judged> fourth = this.rules.caps(new PlanningFacts.Caps(3, 1, 0), LocalDate.now());
		assertThat(fourth.get(0).met()).isFalse();
		assertThat(fourth.get(0).requiredArguments()).containsExactly(3L);
	}

	@Test
	void workedExampleP3ThreeDeputyPostsTakeNineAndRefuseTheTenth() {
		assertThat(this.rules.caps(new PlanningFacts.Caps(8, 3, 0), LocalDate.now()).get(0).met()).isTrue();
		assertThat(this.rules.caps(new PlanningFacts.Caps(9, 3, 0), LocalDate.now()).get(0).met()).isFalse();
	}

	@Test
	void workedExampleP4AFourthTitleForAPersonIsRefused() {
		List<EligibilityRules.Judged> third = this.rules.caps(new PlanningFacts.Caps(0, 1, 2), LocalDate.now());
		assertThat(third.get(1).code()).isEqualTo(ConditionCode.PERSON_CAP);
		assertThat(third.get(1).met()).isTrue();
		List<EligibilityRules.Judged> fourth = this.rules.caps(new PlanningFacts.Caps(0, 1, 3), LocalDate.now());
		assertThat(fourth.get(1).met()).isFalse();
		assertThat(fourth.get(1).actualArguments()).containsExactly(3);
	}

	// standards

	@Test
	void sourceTwoMayBePlannedBeforeThePoliticalTheoryTheTitleAsks() {
		PostStandard standard = new PostStandard(1, 1L, null, null, null, null, ProfessionalLevel.DAI_HOC, List.of(),
				PoliticalTheoryLevel.CAO_CAP, StateManagementLevel.CHUYEN_VIEN_CHINH, null, null, "QĐ 377", true, null);
		PlanningFacts.Person person = new PlanningFacts.Person(1, "Lò Văn A", Gender.MALE, 1985, 1,
				PersonnelCategory.CADRE, ProfessionalLevel.DAI_HOC, PoliticalTheoryLevel.TRUNG_CAP,
				StateManagementLevel.CHUYEN_VIEN_CHINH, 1L);
		List<EligibilityRules.Judged> one = this.rules.standards(person, 1, "XA_BI_THU", standard);
		assertThat(one).extracting(EligibilityRules.Judged::code)
			.containsExactly(ConditionCode.STANDARD_PROFESSIONAL, ConditionCode.STANDARD_THEORY,
					ConditionCode.STANDARD_MANAGEMENT);
		assertThat(one).extracting(EligibilityRules.Judged::met).containsExactly(true, false, true);
		assertThat(this.rules.standards(person, 2, "XA_BI_THU", standard)).extracting(EligibilityRules.Judged::met)
			.containsExactly(true, true, true);
	}

	static PlanningFacts.Person person(Gender gender, int birthYear, @Nullable Integer birthMonth) {
		return new PlanningFacts.Person(1, "Người thử", gender, birthYear, birthMonth, PersonnelCategory.CADRE,
				ProfessionalLevel.DAI_HOC, PoliticalTheoryLevel.CAO_CAP, StateManagementLevel.CHUYEN_VIEN_CHINH, 1L);
	}

	static RuleVersion version(RuleKey key, Map<String, Long> parameters) {
		return new RuleVersion(key.ordinal() + 10, key, null, null, key.name() + " citation", null, true, parameters,
				null, "test", Instant.EPOCH);
	}

	static RuleVersion retirement(long id, @Nullable LocalDate from, int maleBase, int maleStep, int maleCap,
			int femaleBase, int femaleStep, int femaleCap) {
		int year = (from == null) ? 2013 : from.getYear();
		return new RuleVersion(id, RuleKey.RETIREMENT_AGE, from, null, "NĐ 135/2020", null, true,
				Map.of("maleBaseYear", (long) year, "maleBaseMonths", (long) maleBase, "maleStepMonths",
						(long) maleStep, "maleCapMonths", (long) maleCap, "femaleBaseYear", (long) year,
						"femaleBaseMonths", (long) femaleBase, "femaleStepMonths", (long) femaleStep, "femaleCapMonths",
						(long) femaleCap),
				null, "test", Instant.EPOCH);
	}

}
