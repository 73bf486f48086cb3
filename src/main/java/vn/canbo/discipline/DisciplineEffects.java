package vn.canbo.discipline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.PersonnelCategory;
import vn.canbo.rules.RuleVersion;

/**
 * What a discipline decision entails (hệ quả của kỷ luật), each effect with the rule
 * version it comes from: a pure function of the decision, the person's category and the
 * rule versions, so that every line can be explained and tested by hand.
 *
 * @param effects the effects in the order the page shows them
 * @param lapsesOn when the decision ceases to have effect; null when it never does
 */
public record DisciplineEffects(List<Effect> effects, @Nullable LocalDate lapsesOn) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	public DisciplineEffects {
		effects = List.copyOf(effects);
	}

	/** The effect of the kind, if the decision has it. */
	public Optional<Effect> find(EffectKind kind) {
		return this.effects.stream().filter((effect) -> effect.kind() == kind).findFirst();
	}

	/** The salary-step delay the form itself causes, in months (TT 08/2013). */
	public int salaryDelayMonths() {
		return find(EffectKind.SALARY_DELAY).map(Effect::months).orElse(0);
	}

	/**
	 * The effects of the decision for a person of the category. A cancelled decision has
	 * none.
	 */
	public static DisciplineEffects of(DisciplineRecord record, PersonnelCategory category, DisciplineRules rules) {
		List<Effect> effects = new ArrayList<>();
		if (record.cancelled()) {
			return new DisciplineEffects(effects, null);
		}
		DisciplineForm form = record.form();
		LocalDate from = record.effectiveOn();
		if (form == DisciplineForm.DISMISSAL || form == DisciplineForm.STRIPPING_OF_TITLE) {
			effects.add(new Effect(EffectKind.LEAVES_SERVICE, null, null, null, rules.effects()));
			return new DisciplineEffects(effects, null);
		}
		rating(record, category, rules.evaluation(), effects);
		if (record.system() == DisciplineSystem.STATE) {
			RuleVersion rule = rules.effects();
			int delay = salaryDelay(form, category, rule);
			if (delay > 0) {
				effects.add(new Effect(EffectKind.SALARY_DELAY, delay, null, null, rule));
			}
			int bar = minor(form) ? months(rule, "stateBarMinorMonths") : months(rule, "stateBarRemovalMonths");
			effects.add(new Effect(EffectKind.PLANNING_BAR, bar, from.plusMonths(bar), null, rule));
			effects.add(new Effect(EffectKind.HIGHER_POST_BAR, bar, from.plusMonths(bar), null, rule));
		}
		else {
			RuleVersion rule = rules.party();
			if (form == DisciplineForm.EXPULSION) {
				effects.add(new Effect(EffectKind.EXPELLED, null, null, null, rule));
			}
			else {
				int bar = switch (form) {
					case REPRIMAND -> months(rule, "higherPostReprimandMonths");
					case WARNING -> months(rule, "higherPostWarningMonths");
					default -> months(rule, "higherPostRemovalMonths");
				};
				effects.add(new Effect(EffectKind.PLANNING_BAR, bar, from.plusMonths(bar), null, rule));
				effects.add(new Effect(EffectKind.HIGHER_POST_BAR, bar, from.plusMonths(bar), null, rule));
				int term = months(rule, "lapseMonths");
				effects.add(new Effect(EffectKind.PARTY_TERM_RESTRICTIONS, term, from.plusMonths(term), null, rule));
				if (form == DisciplineForm.REMOVAL) {
					int same = months(rule, "removalSamePostMonths");
					effects.add(new Effect(EffectKind.SAME_POST_BAR, same, from.plusMonths(same), null, rule));
				}
			}
		}
		return new DisciplineEffects(effects, lapsesOn(record.system(), form, from, rules.effects(), rules.party()));
	}

	/**
	 * When a decision ceases to have effect: a Party decision 12 months (the rule's)
	 * after it took effect, except expulsion; a state decision after the rule's term for
	 * its form; dismissal and the stripping of a title never.
	 */
	public static @Nullable LocalDate lapsesOn(DisciplineSystem system, DisciplineForm form, LocalDate effectiveOn,
			RuleVersion effects, RuleVersion party) {
		if (form == DisciplineForm.DISMISSAL || form == DisciplineForm.STRIPPING_OF_TITLE
				|| form == DisciplineForm.EXPULSION) {
			return null;
		}
		if (system == DisciplineSystem.PARTY) {
			return effectiveOn.plusMonths(months(party, "lapseMonths"));
		}
		return effectiveOn.plusMonths(
				minor(form) ? months(effects, "stateLapseMinorMonths") : months(effects, "stateLapseRemovalMonths"));
	}

	/**
	 * Any decision in the evaluation year makes it "not completed" (NĐ 90/2020 as amended
	 * by NĐ 48/2023); under NĐ 335/2025 a civil servant's only when duty-related. The
	 * year rated so also delays the next raise (TT 08/2013).
	 */
	private static void rating(DisciplineRecord record, PersonnelCategory category, RuleVersion rule,
			List<Effect> effects) {
		int year = record.evaluationYear();
		boolean dutyRelatedOnly = rule.parameter("dutyRelatedOnly") == 1;
		if (dutyRelatedOnly && category == PersonnelCategory.CIVIL_SERVANT && !record.dutyRelated()) {
			effects.add(new Effect(EffectKind.RATING_NOT_AFFECTED, null, null, year, rule));
			return;
		}
		effects.add(new Effect(EffectKind.UNSATISFACTORY_RATING, null, null, year, rule));
		if (hasSalarySteps(category)) {
			effects.add(new Effect(EffectKind.RATING_SALARY_DELAY, months(rule, "delayUnsatisfactoryYearMonths"), null,
					year, rule));
		}
	}

	/** The delay of the next salary step the form causes (TT 08/2013 Điều 2 khoản 3). */
	private static int salaryDelay(DisciplineForm form, PersonnelCategory category, RuleVersion rule) {
		if (!hasSalarySteps(category)) {
			return 0;
		}
		boolean employee = category == PersonnelCategory.PUBLIC_EMPLOYEE;
		return switch (form) {
			case REPRIMAND ->
				employee ? months(rule, "delayEmployeeReprimandMonths") : months(rule, "delayMinorMonths");
			case WARNING -> months(rule, "delayMinorMonths");
			// TT 08/2013 lists demotion with removal; a salary-step reduction is not
			// among
			// the delays (the lower step itself is the penalty, entered on the record)
			case REMOVAL, RECALL, DEMOTION -> months(rule, "delayRemovalMonths");
			default -> 0;
		};
	}

	private static boolean hasSalarySteps(PersonnelCategory category) {
		return category == PersonnelCategory.CADRE || category == PersonnelCategory.CIVIL_SERVANT
				|| category == PersonnelCategory.PUBLIC_EMPLOYEE;
	}

	/**
	 * The forms barred for the shorter term (Luật CBCC 2008 Điều 82 as amended 2019:
	 * reprimand, warning and salary-step reduction 12 months; demotion, removal 24).
	 */
	private static boolean minor(DisciplineForm form) {
		return form == DisciplineForm.REPRIMAND || form == DisciplineForm.WARNING
				|| form == DisciplineForm.SALARY_STEP_REDUCTION;
	}

	private static int months(RuleVersion rule, String name) {
		return Math.toIntExact(rule.parameter(name));
	}

	/** What an effect is about. */
	public enum EffectKind {

		/** The evaluation year is rated "Không hoàn thành nhiệm vụ". */
		UNSATISFACTORY_RATING,
		/** The decision does not force the rating (NĐ 335: not duty-related). */
		RATING_NOT_AFFECTED,
		/** The next salary step comes later because of the form. */
		SALARY_DELAY,
		/** The next salary step comes later because of the year rated not completed. */
		RATING_SALARY_DELAY,
		/** Not planned (quy hoạch) until the day. */
		PLANNING_BAR,
		/** Not appointed or nominated to a higher post until the day. */
		HIGHER_POST_BAR,
		/** No transfer, rotation, appointment or award while the Party decision runs. */
		PARTY_TERM_RESTRICTIONS,
		/** Not elected to a Party committee or appointed to an equivalent post. */
		SAME_POST_BAR,
		/** Expelled from the Party: no Party post or planning. */
		EXPELLED,
		/** Leaves the service: no further rating, raise or planning. */
		LEAVES_SERVICE;

		public String messageKey() {
			return "discipline.effect." + name();
		}

	}

	/**
	 * One effect.
	 *
	 * @param kind what it is about
	 * @param months how long, when it lasts
	 * @param until the first day it no longer applies, when it ends
	 * @param year the evaluation year, for rating effects
	 * @param rule the rule version it comes from
	 */
	public record Effect(EffectKind kind, @Nullable Integer months, @Nullable LocalDate until, @Nullable Integer year,
			RuleVersion rule) {

		public String messageKey() {
			return this.kind.messageKey();
		}

		/** The end day as Vietnamese write it, or an empty text. */
		public String untilText() {
			return (this.until == null) ? "" : DAY.format(this.until);
		}

	}

}
