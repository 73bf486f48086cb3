package vn.canbo.rules.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.canbo.rules.RetirementAge;
import vn.canbo.rules.RuleVersion;
import vn.canbo.rules.Sex;
import vn.canbo.ui.Formats;

/** A rule version's parameters as a sentence in the reader's language. */
@Component
class RuleTexts {

	private final MessageSource messages;

	RuleTexts(MessageSource messages) {
		this.messages = messages;
	}

	String summary(RuleVersion version, Locale locale) {
		return switch (version.key()) {
			case RETIREMENT_AGE ->
				retirement(version, Sex.MALE, locale) + ". " + retirement(version, Sex.FEMALE, locale) + ".";
			case SALARY_RAISE -> text("rules.summary.SALARY_RAISE", locale, version.parameter("degreeMonths"),
					version.parameter("vocationalMonths"), version.parameter("seniorExpertMonths"),
					version.parameter("beyondScaleFirstPercent"), version.parameter("beyondScaleYearlyPercent"));
			case BASE_SALARY ->
				text("rules.summary.BASE_SALARY", locale, new Formats(locale).count(version.parameter("amount")));
			case RETIREMENT_NOTICE -> text("rules.summary.RETIREMENT_NOTICE", locale, version.parameter("notifyMonths"),
					version.parameter("decideMonths"));
			case EVALUATION_SCHEME, EVALUATION_SCHEME_HANOI -> text("rules.summary.EVALUATION_SCHEME", locale,
					version.parameter("generalMax"), version.parameter("taskMax"), version.parameter("bonusMax"),
					version.parameter("excellentMin"), version.parameter("goodMin"), version.parameter("completedMin"),
					version.parameter("errorDeductionPercent"), version.parameter("delayDeductionPercent"));
			case ANNUAL_RATING -> text("rules.summary.ANNUAL_RATING", locale, version.parameter("minMonthsWorked"),
					version.parameter("leaveCapMonths"), version.parameter("notCompletedMonthsCap"),
					version.parameter("excellentQuotaPercent"));
			case DISCIPLINE_EFFECTS ->
				text("rules.summary.DISCIPLINE_EFFECTS", locale, version.parameter("stateBarMinorMonths"),
						version.parameter("stateBarRemovalMonths"), version.parameter("delayMinorMonths"),
						version.parameter("delayEmployeeReprimandMonths"), version.parameter("delayRemovalMonths"),
						version.parameter("delayUnsatisfactoryYearMonths"), version.parameter("dutyRelatedOnly"));
			case DISCIPLINE_FORMS -> text("rules.summary.DISCIPLINE_FORMS", locale,
					version.parameter("civilServantDemotion"), version.parameter("civilServantSalaryStepReduction"));
			case PARTY_DISCIPLINE -> text("rules.summary.PARTY_DISCIPLINE", locale, version.parameter("lapseMonths"),
					version.parameter("higherPostReprimandMonths"), version.parameter("higherPostWarningMonths"),
					version.parameter("higherPostRemovalMonths"), version.parameter("removalSamePostMonths"));
			case CONFIDENCE_VOTE -> text("rules.summary.CONFIDENCE_VOTE", locale, version.parameter("quorumNumerator"),
					version.parameter("quorumDenominator"), version.parameter("reviewNumerator"),
					version.parameter("reviewDenominator"), version.parameter("dismissalNumerator"),
					version.parameter("dismissalDenominator"));
			case EMULATION_TITLES -> text("rules.summary.EMULATION_TITLES", locale,
					version.parameter("laoDongTienTienMinLevel"), version.parameter("chienSiThiDuaCoSoMinLevel"),
					version.parameter("collectiveExcellentPercent"), version.parameter("collectiveGoodPercent"),
					version.parameter("collectiveNotCompletedMaxPercent"));
			case TRAINING_DEVELOPMENT -> text("rules.summary.TRAINING_DEVELOPMENT", locale,
					version.parameter("annualPeriods"), version.parameter("leaderProgrammeMonths"));
			case TRAINING_REPAYMENT -> text("rules.summary.TRAINING_REPAYMENT", locale,
					version.parameter("commitmentMultiple"), version.parameter("reductionPermilleWomenMinorities"),
					version.parameter("reductionPermilleOthers"), version.parameter("maxAgeFirstPostgraduate"));
			case PLANNING_CAPS, PLANNING_AGE, PLANNING_PROCEDURE, PLANNING_RATINGS, PLANNING_STRUCTURE ->
				parameters(version, locale);
			case APPOINTMENT_PROCEDURE -> text("rules.summary.APPOINTMENT_PROCEDURE", locale,
					version.parameter("appointmentQuorumNumerator"), version.parameter("appointmentQuorumDenominator"),
					version.parameter("appointmentChosenAbovePercent"), version.parameter("appointmentGoOnMinPercent"));
			case APPOINTMENT_TERM -> text("rules.summary.APPOINTMENT_TERM", locale,
					version.parameter("appointmentTermYears"), version.parameter("appointmentFullTermMonths"));
			case REAPPOINTMENT -> text("rules.summary.REAPPOINTMENT", locale,
					version.parameter("reappointmentNoticeDays"), version.parameter("reappointmentToRetirementMonths"),
					version.parameter("reappointmentExtensionMonths"));
			case MOVEMENT_ROTATION ->
				text("rules.summary.MOVEMENT_ROTATION", locale, version.parameter("minMonthsLeft"),
						version.parameter("nonLocalMinMonthsLeft"), version.parameter("minDurationMonths"));
			case MOVEMENT_SECONDMENT ->
				text("rules.summary.MOVEMENT_SECONDMENT", locale, version.parameter("maxDurationMonths"));
			case MOVEMENT_TRANSFER -> text("rules.summary.MOVEMENT_TRANSFER", locale,
					version.parameter("childUnderMonths"), version.parameter("lowerAllowanceKeepMonths"));
			case RECRUITMENT_EXAM -> text("rules.summary.RECRUITMENT_EXAM", locale,
					version.parameter("roundOnePassPercent"), version.parameter("writtenWeightPercent"),
					version.parameter("interviewWeightPercent"), version.parameter("passScore"),
					version.parameter("partMinPercent"), version.parameter("decimals"));
			case RECRUITMENT_PRIORITY -> text("rules.summary.RECRUITMENT_PRIORITY", locale,
					version.parameter("firstTenths") / 10.0, version.parameter("secondTenths") / 10.0,
					version.parameter("thirdTenths") / 10.0, version.parameter("fourthTenths") / 10.0);
			case RECRUITMENT_ELIGIBILITY ->
				text("rules.summary.RECRUITMENT_ELIGIBILITY", locale, version.parameter("minAge"));
			case RECRUITMENT_TIMELINE ->
				text("rules.summary.RECRUITMENT_TIMELINE", locale, version.parameter("appealWorkingDays"),
						version.parameter("dossierDays"), version.parameter("reportDays"));
			case RECRUITMENT_PAY_PLACEMENT -> text("rules.summary.RECRUITMENT_PAY_PLACEMENT", locale,
					version.parameter("degreeMonthsPerStep"), version.parameter("vocationalMonthsPerStep"));
			case TRAINING_PLANNED_TITLE -> text("rules.summary.TRAINING_PLANNED_TITLE", locale);
			case UNIT_STANDARDS_COMMUNE -> unitStandards(version, locale);
			case UNIT_STANDARDS_PROVINCE -> {
				Formats formats = new Formats(locale);
				yield text("rules.summary.UNIT_STANDARDS_PROVINCE", locale,
						formats.count(version.parameter("provinceAreaKm2")),
						formats.count(version.parameter("provincePopulation")),
						formats.count(version.parameter("mountainProvinceAreaKm2")),
						formats.count(version.parameter("mountainProvincePopulation")),
						formats.count(version.parameter("cityAreaKm2")),
						formats.count(version.parameter("cityPopulation")));
			}
			case STREAMLINING_SCREENING -> text("rules.summary.STREAMLINING_SCREENING", locale,
					version.parameter("ratingYears"), version.parameter("youngChildMonths"));
			case STREAMLINING_SALARY ->
				text("rules.summary.STREAMLINING_SALARY", locale, version.parameter("firstRateMonths"));
			case STREAMLINING_EARLY_RETIREMENT, STREAMLINING_RESIGNATION, REORGANISATION_EARLY_RETIREMENT,
					REORGANISATION_RESIGNATION, VOLUNTARY_RESIGNATION ->
				parameters(version, locale);
		};
	}

	/** The commune standards: hectares shown as km², persons with separators. */
	private String unitStandards(RuleVersion version, Locale locale) {
		Formats formats = new Formats(locale);
		Object[] values = new Object[13];
		String[] names = { "communeAreaHa", "communePopulation", "mountainAreaHa", "mountainPopulation", "borderAreaHa",
				"borderPopulation", "islandAreaHa", "islandPopulation", "wardAreaHa", "wardPopulation",
				"wardCityPopulation", "wardMountainPopulation" };
		for (int i = 0; i < names.length; i++) {
			long value = version.parameter(names[i]);
			values[i] = names[i].endsWith("Ha") ? formats.amount(value / 100.0) : formats.count(value);
		}
		values[12] = version.parameter("mergeExemptUnits");
		return text("rules.summary.UNIT_STANDARDS_COMMUNE", locale, values);
	}

	/**
	 * Each parameter with its label, for the rules that have no sentence of their own.
	 */
	private String parameters(RuleVersion version, Locale locale) {
		StringBuilder text = new StringBuilder();
		for (var parameter : version.key().parameters()) {
			if (!text.isEmpty()) {
				text.append("; ");
			}
			text.append(text(parameter.messageKey(), locale)).append(": ").append(version.parameter(parameter.name()));
		}
		return text.append('.').toString();
	}

	private String retirement(RuleVersion version, Sex sex, Locale locale) {
		String prefix = (sex == Sex.MALE) ? "male" : "female";
		RetirementAge age = new RetirementAge((int) version.parameter(prefix + "BaseYear"),
				(int) version.parameter(prefix + "BaseMonths"), (int) version.parameter(prefix + "StepMonths"),
				(int) version.parameter(prefix + "CapMonths"));
		String who = text("rules.sex." + sex.name(), locale);
		if (age.stepMonths() == 0 || age.capMonths() <= age.baseMonths()) {
			return text("rules.summary.flat", locale, who, age(age.baseMonths(), locale));
		}
		return text("rules.summary.roadmap", locale, who, age(age.baseMonths(), locale), age.baseYear(),
				age.stepMonths(), age(age.capMonths(), locale));
	}

	String age(int months, Locale locale) {
		return (months % 12 == 0) ? text("rules.age", locale, months / 12)
				: text("rules.ageMonths", locale, months / 12, months % 12);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
