package vn.canbo.discipline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import vn.canbo.discipline.DisciplineEffects.Effect;
import vn.canbo.discipline.DisciplineEffects.EffectKind;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.rules.RuleKey;
import vn.canbo.rules.RuleVersion;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The effects of discipline decisions, computed by hand from the figures of §4 of the
 * legal notes (the versions as the V15 migration ships them).
 */
class DisciplineEffectsTests {

	static final RuleVersion STATE_2020 = rule(RuleKey.DISCIPLINE_EFFECTS, null, 0);

	static final RuleVersion STATE_2026 = rule(RuleKey.DISCIPLINE_EFFECTS, LocalDate.of(2026, 1, 1), 1);

	static final RuleVersion PARTY = new RuleVersion(3, RuleKey.PARTY_DISCIPLINE, null, null, "QĐ 69; QĐ 377", null,
			true, Map.of("lapseMonths", 12L, "higherPostReprimandMonths", 24L, "higherPostWarningMonths", 36L,
					"higherPostRemovalMonths", 60L, "removalSamePostMonths", 12L),
			null, "system", Instant.EPOCH);

	static RuleVersion rule(RuleKey key, @Nullable LocalDate from, long dutyRelatedOnly) {
		return new RuleVersion((from == null) ? 1 : 2, key, from, null, "Luật CBCC 2019 Điều 82; TT 08/2013", null,
				false,
				Map.of("stateBarMinorMonths", 12L, "stateBarRemovalMonths", 24L, "stateLapseMinorMonths", 12L,
						"stateLapseRemovalMonths", 24L, "delayMinorMonths", 6L, "delayEmployeeReprimandMonths", 3L,
						"delayRemovalMonths", 12L, "delayUnsatisfactoryYearMonths", 6L, "dutyRelatedOnly",
						dutyRelatedOnly),
				null, "system", Instant.EPOCH);
	}

	static DisciplineRecord record(DisciplineSystem system, DisciplineForm form, String effective, boolean duty,
			@Nullable Integer countedYear) {
		LocalDate on = LocalDate.parse(effective);
		return new DisciplineRecord(1, 7, system, form, duty, "Vi phạm", "01/QĐ-UBND", "UBND xã", on, on, countedYear,
				(countedYear != null) ? countedYear : on.getYear(), null, null, null, 0, "a", Instant.EPOCH, "a",
				Instant.EPOCH);
	}

	static DisciplineEffects effects(DisciplineRecord record, PersonnelCategory category, RuleVersion evaluation) {
		return DisciplineEffects.of(record, category, new DisciplineRules(STATE_2020, evaluation, PARTY));
	}

	static Effect effect(DisciplineEffects effects, EffectKind kind) {
		return effects.find(kind).orElseThrow(() -> new AssertionError("no " + kind + " in " + effects));
	}

	@Test
	void aCivilServantsReprimandIn2025RatesTheYearNotCompletedDelaysSixMonthsAndBarsTwelve() {
		DisciplineEffects effects = effects(
				record(DisciplineSystem.STATE, DisciplineForm.REPRIMAND, "2025-03-10", false, null),
				PersonnelCategory.CIVIL_SERVANT, STATE_2020);

		assertThat(effect(effects, EffectKind.UNSATISFACTORY_RATING).year()).isEqualTo(2025);
		assertThat(effect(effects, EffectKind.RATING_SALARY_DELAY).months()).isEqualTo(6);
		assertThat(effects.salaryDelayMonths()).isEqualTo(6);
		assertThat(effect(effects, EffectKind.PLANNING_BAR).until()).isEqualTo(LocalDate.of(2026, 3, 10));
		assertThat(effect(effects, EffectKind.HIGHER_POST_BAR).months()).isEqualTo(12);
		assertThat(effects.lapsesOn()).isEqualTo(LocalDate.of(2026, 3, 10));
		assertThat(effect(effects, EffectKind.PLANNING_BAR).rule().citation()).contains("Điều 82");
		assertThat(effects.find(EffectKind.PARTY_TERM_RESTRICTIONS)).isEmpty();
	}

	@Test
	void publicEmployeesAreDelayedThreeSixOrTwelveMonthsByForm() {
		assertThat(effects(record(DisciplineSystem.STATE, DisciplineForm.REPRIMAND, "2024-05-01", false, null),
				PersonnelCategory.PUBLIC_EMPLOYEE, STATE_2020)
			.salaryDelayMonths()).isEqualTo(3);
		assertThat(effects(record(DisciplineSystem.STATE, DisciplineForm.WARNING, "2024-05-01", false, null),
				PersonnelCategory.PUBLIC_EMPLOYEE, STATE_2020)
			.salaryDelayMonths()).isEqualTo(6);
		DisciplineEffects removal = effects(
				record(DisciplineSystem.STATE, DisciplineForm.REMOVAL, "2024-05-01", false, null),
				PersonnelCategory.PUBLIC_EMPLOYEE, STATE_2020);
		assertThat(removal.salaryDelayMonths()).isEqualTo(12);
		assertThat(effect(removal, EffectKind.HIGHER_POST_BAR).until()).isEqualTo(LocalDate.of(2026, 5, 1));
		assertThat(removal.lapsesOn()).isEqualTo(LocalDate.of(2026, 5, 1));
	}

	@Test
	void aCadreRecalledIsDelayedTwelveMonthsAndBarredTwentyFour() {
		DisciplineEffects effects = effects(
				record(DisciplineSystem.STATE, DisciplineForm.RECALL, "2024-02-29", false, null),
				PersonnelCategory.CADRE, STATE_2020);
		assertThat(effects.salaryDelayMonths()).isEqualTo(12);
		assertThat(effect(effects, EffectKind.PLANNING_BAR).until()).isEqualTo(LocalDate.of(2026, 2, 28));
	}

	@Test
	void from2026OnlyDutyRelatedDisciplineForcesACivilServantsRating() {
		DisciplineEffects notDuty = effects(
				record(DisciplineSystem.STATE, DisciplineForm.WARNING, "2026-04-01", false, null),
				PersonnelCategory.CIVIL_SERVANT, STATE_2026);
		assertThat(effect(notDuty, EffectKind.RATING_NOT_AFFECTED).year()).isEqualTo(2026);
		assertThat(notDuty.find(EffectKind.UNSATISFACTORY_RATING)).isEmpty();
		assertThat(notDuty.find(EffectKind.RATING_SALARY_DELAY)).isEmpty();
		assertThat(notDuty.salaryDelayMonths()).isEqualTo(6);

		DisciplineEffects duty = effects(
				record(DisciplineSystem.STATE, DisciplineForm.WARNING, "2026-04-01", true, null),
				PersonnelCategory.CIVIL_SERVANT, STATE_2026);
		assertThat(effect(duty, EffectKind.UNSATISFACTORY_RATING).rule().validFrom())
			.isEqualTo(LocalDate.of(2026, 1, 1));

		DisciplineEffects cadre = effects(
				record(DisciplineSystem.STATE, DisciplineForm.WARNING, "2026-04-01", false, null),
				PersonnelCategory.CADRE, STATE_2026);
		assertThat(cadre.find(EffectKind.UNSATISFACTORY_RATING)).isPresent();
	}

	@Test
	void anOverriddenYearIsTheYearRatedNotCompleted() {
		DisciplineEffects effects = effects(
				record(DisciplineSystem.PARTY, DisciplineForm.REPRIMAND, "2025-01-15", false, 2024),
				PersonnelCategory.CIVIL_SERVANT, STATE_2020);
		assertThat(effect(effects, EffectKind.UNSATISFACTORY_RATING).year()).isEqualTo(2024);
	}

	@Test
	void aPartyWarningBarsAHigherPostThirtySixMonthsAndRestrictsForTwelveWithoutSalaryDelay() {
		DisciplineEffects effects = effects(
				record(DisciplineSystem.PARTY, DisciplineForm.WARNING, "2025-11-20", false, null),
				PersonnelCategory.CADRE, STATE_2020);
		assertThat(effect(effects, EffectKind.HIGHER_POST_BAR).until()).isEqualTo(LocalDate.of(2028, 11, 20));
		assertThat(effect(effects, EffectKind.HIGHER_POST_BAR).rule()).isEqualTo(PARTY);
		assertThat(effect(effects, EffectKind.PARTY_TERM_RESTRICTIONS).until()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(effects.lapsesOn()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(effects.salaryDelayMonths()).isZero();
		assertThat(effect(effects, EffectKind.UNSATISFACTORY_RATING).year()).isEqualTo(2025);
		assertThat(effects.find(EffectKind.SAME_POST_BAR)).isEmpty();
	}

	@Test
	void partyReprimandAndRemovalBarTwentyFourAndSixtyMonths() {
		assertThat(effect(effects(record(DisciplineSystem.PARTY, DisciplineForm.REPRIMAND, "2025-10-08", false, null),
				PersonnelCategory.CADRE, STATE_2020), EffectKind.HIGHER_POST_BAR)
			.until()).isEqualTo(LocalDate.of(2027, 10, 8));
		DisciplineEffects removal = effects(
				record(DisciplineSystem.PARTY, DisciplineForm.REMOVAL, "2025-10-08", false, null),
				PersonnelCategory.CADRE, STATE_2020);
		assertThat(effect(removal, EffectKind.HIGHER_POST_BAR).until()).isEqualTo(LocalDate.of(2030, 10, 8));
		assertThat(effect(removal, EffectKind.SAME_POST_BAR).until()).isEqualTo(LocalDate.of(2026, 10, 8));
	}

	@Test
	void expulsionAndDismissalNeverLapse() {
		DisciplineEffects expelled = effects(
				record(DisciplineSystem.PARTY, DisciplineForm.EXPULSION, "2023-06-01", false, null),
				PersonnelCategory.CIVIL_SERVANT, STATE_2020);
		assertThat(expelled.find(EffectKind.EXPELLED)).isPresent();
		assertThat(expelled.lapsesOn()).isNull();
		DisciplineEffects dismissed = effects(
				record(DisciplineSystem.STATE, DisciplineForm.DISMISSAL, "2023-06-01", true, null),
				PersonnelCategory.CIVIL_SERVANT, STATE_2020);
		assertThat(dismissed.effects()).extracting(Effect::kind).containsExactly(EffectKind.LEAVES_SERVICE);
		assertThat(dismissed.lapsesOn()).isNull();
	}

	@Test
	void aCancelledDecisionHasNoEffect() {
		DisciplineRecord record = record(DisciplineSystem.STATE, DisciplineForm.WARNING, "2025-03-10", true, null);
		DisciplineRecord cancelled = new DisciplineRecord(record.id(), record.personId(), record.system(),
				record.form(), true, record.violation(), record.decisionNumber(), record.authority(),
				record.decisionDate(), record.effectiveOn(), null, 2025, null, LocalDate.of(2025, 6, 1), "Hủy", 1, "a",
				Instant.EPOCH, "a", Instant.EPOCH);
		assertThat(effects(cancelled, PersonnelCategory.CIVIL_SERVANT, STATE_2020).effects()).isEmpty();
	}

	@Test
	void theFormsAllowedDependOnCategoryAndSystem() {
		assertThat(DisciplineForm.allowed(DisciplineSystem.STATE, PersonnelCategory.CADRE, false))
			.contains(DisciplineForm.RECALL)
			.doesNotContain(DisciplineForm.DISMISSAL, DisciplineForm.EXPULSION);
		assertThat(DisciplineForm.allowed(DisciplineSystem.STATE, PersonnelCategory.CIVIL_SERVANT, false))
			.contains(DisciplineForm.DISMISSAL, DisciplineForm.STRIPPING_OF_TITLE)
			.doesNotContain(DisciplineForm.RECALL);
		assertThat(DisciplineForm.allowed(DisciplineSystem.STATE, PersonnelCategory.PUBLIC_EMPLOYEE, false))
			.containsExactlyInAnyOrder(DisciplineForm.REPRIMAND, DisciplineForm.WARNING, DisciplineForm.REMOVAL,
					DisciplineForm.DISMISSAL);
		assertThat(DisciplineForm.allowed(DisciplineSystem.STATE, PersonnelCategory.PART_TIME, false)).isEmpty();
		assertThat(DisciplineForm.allowed(DisciplineSystem.PARTY, PersonnelCategory.PART_TIME, true))
			.containsExactlyInAnyOrder(DisciplineForm.REPRIMAND, DisciplineForm.WARNING, DisciplineForm.REMOVAL,
					DisciplineForm.EXPULSION);
		assertThat(DisciplineForm.allowed(DisciplineSystem.PARTY, PersonnelCategory.CADRE, false))
			.containsExactlyInAnyOrder(DisciplineForm.REPRIMAND, DisciplineForm.WARNING);
	}

}
