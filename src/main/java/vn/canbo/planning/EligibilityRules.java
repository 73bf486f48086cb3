package vn.canbo.planning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.canbo.discipline.DisciplineEffects;
import vn.canbo.discipline.DisciplineEffects.EffectKind;
import vn.canbo.discipline.DisciplineRecord;
import vn.canbo.discipline.DisciplineRules;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.rules.EvaluationLevel;
import vn.canbo.rules.Retirement;
import vn.canbo.rules.RetirementSchedule;
import vn.canbo.rules.RuleKey;
import vn.canbo.rules.RuleVersion;
import vn.canbo.rules.Sex;
import vn.canbo.staffing.PostStandard;
import vn.canbo.votes.ConfidenceVoteRule;
import vn.canbo.votes.VoteConsequence;

/**
 * The conditions of planning eligibility as a pure function of the facts, the title's
 * standard and the rule versions, so that each can be explained and tested by hand.
 */
final class EligibilityRules {

	private final RuleBook rules;

	EligibilityRules(RuleBook rules) {
		this.rules = rules;
	}

	/** The rule versions the conditions read. */
	interface RuleBook {

		/** The version of the rule in force on the day. */
		RuleVersion at(RuleKey key, LocalDate day);

		/** Every version of the retirement-age rule. */
		RetirementSchedule retirement();

	}

	/**
	 * One condition judged, its texts as message keys with their arguments.
	 *
	 * @param code which condition
	 * @param met whether it holds
	 * @param requiredKey what it asks
	 * @param requiredArguments and its figures
	 * @param actualKey what the records show
	 * @param actualArguments and its figures
	 * @param rule the version applied
	 */
	record Judged(ConditionCode code, boolean met, String requiredKey, List<@Nullable Object> requiredArguments,
			String actualKey, List<@Nullable Object> actualArguments, Basis basis) {

		static Judged of(ConditionCode code, boolean met, RuleVersion rule, String requiredKey, Object[] required,
				String actualKey, @Nullable Object... actual) {
			return of(code, met, Basis.of(rule), requiredKey, required, actualKey, actual);
		}

		static Judged of(ConditionCode code, boolean met, Basis basis, String requiredKey, Object[] required,
				String actualKey, @Nullable Object... actual) {
			return new Judged(code, met, requiredKey, Arrays.asList(required), actualKey, Arrays.asList(actual), basis);
		}

	}

	/**
	 * What a condition rests on.
	 *
	 * @param rule the rule and the start of its version, e.g.
	 * {@code PLANNING_AGE 2025-11-21}
	 * @param citation its legal text
	 * @param confirmed false when the figure was not verified against the text
	 */
	record Basis(String rule, String citation, boolean confirmed) {

		static Basis of(RuleVersion version) {
			return new Basis(version.key().name() + " " + ((version.validFrom() == null) ? "-" : version.validFrom()),
					version.citation(), version.confirmed());
		}

		static Basis of(String titleCode, PostStandard standard) {
			return new Basis(
					"STANDARD " + titleCode + " " + ((standard.validFrom() == null) ? "-" : standard.validFrom()),
					standard.citation(), standard.confirmed());
		}

	}

	/** Every condition for planning the person as the source (1 or 2) at the date. */
	List<Judged> judge(PlanningFacts facts, int source, String titleCode, @Nullable PostStandard standard,
			PlanningFacts.Caps caps, LocalDate asOf) {
		List<Judged> judged = new ArrayList<>();
		judged.add(age(facts.person(), source, asOf));
		judged.addAll(standards(facts.person(), source, titleCode, standard));
		judged.add(discipline(facts.person(), facts.decisions(), asOf));
		judged.add(confidence(facts.votes(), asOf));
		judged.add(ratings(facts.ratings(), asOf));
		judged.addAll(caps(caps, asOf));
		return judged;
	}

	/** The months from the reference month to the month the retirement age is reached. */
	static int monthsLeft(Retirement retirement, LocalDate asOf) {
		return (int) ChronoUnit.MONTHS.between(YearMonth.from(asOf), retirement.reachedIn());
	}

	/**
	 * Months left before retirement (HD 45 §II.5): the retirement month under NĐ 135/2020
	 * as {@link Retirement} computes it (January when only the year of birth is known)
	 * less the reference month; at least 60 for đối tượng 1, 120 for đối tượng 2.
	 */
	Judged age(PlanningFacts.Person person, int source, LocalDate asOf) {
		RuleVersion rule = this.rules.at(RuleKey.PLANNING_AGE, asOf);
		long needed = rule.parameter((source == 2) ? "sourceTwoMonths" : "sourceOneMonths");
		Object[] required = { needed, source };
		if (person.birthYear() == null || person.gender() == null) {
			return Judged.of(ConditionCode.AGE, false, rule, "planning.required.AGE", required,
					"planning.actual.AGE.unknown");
		}
		YearMonth birth = YearMonth.of(person.birthYear(), (person.birthMonth() == null) ? 1 : person.birthMonth());
		Sex sex = (person.gender() == Gender.MALE) ? Sex.MALE : Sex.FEMALE;
		Retirement retirement = Retirement.of(sex, birth, this.rules.retirement());
		int left = monthsLeft(retirement, asOf);
		return Judged.of(ConditionCode.AGE, left >= needed, rule, "planning.required.AGE", required,
				(person.birthMonth() == null) ? "planning.actual.AGE.yearOnly" : "planning.actual.AGE", left,
				retirement.retirementDate(), retirement.ageYears(), retirement.ageMonths());
	}

	/**
	 * The title's standard in force (staffing): professional qualification, political
	 * theory (đối tượng 2 may be planned first and trained after, QĐ 377 Art. 25(1)) and
	 * state management; nothing when the title declares no standard.
	 */
	List<Judged> standards(PlanningFacts.Person person, int source, String titleCode, @Nullable PostStandard standard) {
		List<Judged> judged = new ArrayList<>();
		if (standard == null) {
			return judged;
		}
		Basis rule = Basis.of(titleCode, standard);
		if (standard.minProfessionalLevel() != null) {
			boolean met = person.professional() != null
					&& person.professional().atLeast(standard.minProfessionalLevel());
			judged.add(Judged.of(ConditionCode.STANDARD_PROFESSIONAL, met, rule, "planning.required.level",
					new Object[] { standard.minProfessionalLevel().messageKey() }, "planning.actual.level",
					(person.professional() == null) ? "planning.none" : person.professional().messageKey()));
		}
		if (standard.minPoliticalTheory() != null) {
			boolean has = person.theory() != null && person.theory().atLeast(standard.minPoliticalTheory());
			judged.add(Judged.of(ConditionCode.STANDARD_THEORY, has || source == 2, rule,
					(source == 2) ? "planning.required.theory.later" : "planning.required.level",
					new Object[] { standard.minPoliticalTheory().messageKey() }, "planning.actual.level",
					(person.theory() == null) ? "planning.none" : person.theory().messageKey()));
		}
		if (standard.minStateManagement() != null) {
			boolean met = person.management() != null && person.management().atLeast(standard.minStateManagement());
			judged.add(Judged.of(ConditionCode.STANDARD_MANAGEMENT, met, rule, "planning.required.level",
					new Object[] { standard.minStateManagement().messageKey() }, "planning.actual.level",
					(person.management() == null) ? "planning.none" : person.management().messageKey()));
		}
		return judged;
	}

	/**
	 * No discipline decision bars planning on the date (its planning bar, as the
	 * discipline module computes it, ends on or before the date; expulsion and dismissal
	 * bar for good).
	 */
	Judged discipline(PlanningFacts.Person person, List<PlanningFacts.Decision> decisions, LocalDate asOf) {
		RuleVersion shown = this.rules.at(RuleKey.PARTY_DISCIPLINE, asOf);
		LocalDate latestBar = null;
		PlanningFacts.Decision barring = null;
		RuleVersion barringRule = shown;
		boolean forever = false;
		PersonnelCategory category = (person.category() == null) ? PersonnelCategory.CIVIL_SERVANT : person.category();
		for (PlanningFacts.Decision decision : decisions) {
			if (decision.effectiveOn().isAfter(asOf)) {
				continue;
			}
			DisciplineRules rules = new DisciplineRules(
					this.rules.at(RuleKey.DISCIPLINE_EFFECTS, decision.effectiveOn()),
					this.rules.at(RuleKey.DISCIPLINE_EFFECTS, LocalDate.of(decision.effectiveOn().getYear(), 12, 31)),
					this.rules.at(RuleKey.PARTY_DISCIPLINE, decision.effectiveOn()));
			DisciplineRecord record = new DisciplineRecord(0, person.id(), decision.system(), decision.form(), true, "",
					decision.decisionNumber(), "", decision.decisionDate(), decision.effectiveOn(), null,
					decision.effectiveOn().getYear(), null, null, null, 0, "", java.time.Instant.EPOCH, "",
					java.time.Instant.EPOCH);
			DisciplineEffects effects = DisciplineEffects.of(record, category, rules);
			if (effects.find(EffectKind.EXPELLED).isPresent() || effects.find(EffectKind.LEAVES_SERVICE).isPresent()) {
				forever = true;
				barring = decision;
				barringRule = effects.effects().get(0).rule();
				continue;
			}
			var bar = effects.find(EffectKind.PLANNING_BAR);
			if (bar.isPresent() && bar.get().until() != null && bar.get().until().isAfter(asOf)
					&& (latestBar == null || bar.get().until().isAfter(latestBar))) {
				latestBar = bar.get().until();
				barring = decision;
				barringRule = bar.get().rule();
			}
		}
		Object[] required = {};
		if (forever && barring != null) {
			return Judged.of(ConditionCode.DISCIPLINE, false, barringRule, "planning.required.DISCIPLINE", required,
					"planning.actual.DISCIPLINE.forever", barring.decisionNumber(), barring.form().name());
		}
		if (barring != null) {
			return Judged.of(ConditionCode.DISCIPLINE, false, barringRule, "planning.required.DISCIPLINE", required,
					"planning.actual.DISCIPLINE.barred", barring.decisionNumber(), barring.form().name(), latestBar);
		}
		return Judged.of(ConditionCode.DISCIPLINE, true, shown, "planning.required.DISCIPLINE", required,
				"planning.actual.DISCIPLINE.none");
	}

	/**
	 * The latest confidence vote held by the date, in a conference with its quorum, did
	 * not take the person out of planning (QĐ 96-QĐ/TW: over half "low confidence").
	 */
	Judged confidence(List<PlanningFacts.VoteResult> votes, LocalDate asOf) {
		Object[] required = {};
		for (PlanningFacts.VoteResult vote : votes.stream()
			.filter((v) -> !v.heldOn().isAfter(asOf))
			.sorted((a, b) -> b.heldOn().compareTo(a.heldOn()))
			.toList()) {
			RuleVersion version = this.rules.at(RuleKey.CONFIDENCE_VOTE, vote.heldOn());
			ConfidenceVoteRule rule = new ConfidenceVoteRule(version);
			if (!rule.quorumMet(vote.summoned(), vote.present())) {
				continue;
			}
			VoteConsequence consequence = rule.consequence(vote.low(), vote.ballots());
			boolean met = consequence == VoteConsequence.NONE;
			return Judged.of(ConditionCode.CONFIDENCE, met, version, "planning.required.CONFIDENCE", required,
					"planning.actual.CONFIDENCE", vote.heldOn(), vote.low(), vote.ballots(),
					ConfidenceVoteRule.percent(vote.low(), vote.ballots()), consequence.messageKey());
		}
		return Judged.of(ConditionCode.CONFIDENCE, true, this.rules.at(RuleKey.CONFIDENCE_VOTE, asOf),
				"planning.required.CONFIDENCE", required, "planning.actual.CONFIDENCE.none");
	}

	/**
	 * The approved ratings of the last years before the date's year: at most so many
	 * rated "not completed" (years without a rating do not count against).
	 */
	Judged ratings(Map<Integer, EvaluationLevel> ratings, LocalDate asOf) {
		RuleVersion rule = this.rules.at(RuleKey.PLANNING_RATINGS, asOf);
		int years = (int) rule.parameter("years");
		long allowed = rule.parameter("maxNotCompleted");
		int first = asOf.getYear() - years;
		int last = asOf.getYear() - 1;
		List<Integer> notCompleted = new ArrayList<>();
		int rated = 0;
		for (int year = first; year <= last; year++) {
			EvaluationLevel level = ratings.get(year);
			if (level != null) {
				rated++;
				if (level == EvaluationLevel.NOT_COMPLETED) {
					notCompleted.add(year);
				}
			}
		}
		return Judged.of(ConditionCode.RATINGS, notCompleted.size() <= allowed, rule, "planning.required.RATINGS",
				new Object[] { allowed, years, first, last }, "planning.actual.RATINGS", rated, notCompleted.size(),
				notCompleted.toString().replace("[", "").replace("]", ""));
	}

	/**
	 * The caps of QĐ 377 Art. 26(2): at most so many people per post of the title (a
	 * fourth on a one-post title is refused) and so many titles per person at the same
	 * level (a fourth refused).
	 */
	List<Judged> caps(PlanningFacts.Caps caps, LocalDate asOf) {
		RuleVersion rule = this.rules.at(RuleKey.PLANNING_CAPS, asOf);
		long perTitle = rule.parameter("perTitle") * Math.max(1, caps.titleSlots());
		long perPerson = rule.parameter("titlesPerPerson");
		return List.of(
				Judged.of(ConditionCode.TITLE_CAP, caps.onTitle() + 1 <= perTitle, rule, "planning.required.TITLE_CAP",
						new Object[] { perTitle }, "planning.actual.TITLE_CAP", caps.onTitle()),
				Judged.of(ConditionCode.PERSON_CAP, caps.personTitles() + 1 <= perPerson, rule,
						"planning.required.PERSON_CAP", new Object[] { perPerson }, "planning.actual.PERSON_CAP",
						caps.personTitles()));
	}

}
