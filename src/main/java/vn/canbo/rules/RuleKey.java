package vn.canbo.rules;

import java.util.List;

/** Which legal rule a version belongs to, with the parameters each version carries. */
public enum RuleKey {

	/**
	 * The retirement age (tuổi nghỉ hưu) per sex: a base age in a base year, a yearly
	 * increase and a cap, all in months.
	 */
	RETIREMENT_AGE(List.of(new RuleParameter("maleBaseYear", 1900, 2200),
			new RuleParameter("maleBaseMonths", 40 * 12, 75 * 12), new RuleParameter("maleStepMonths", 0, 12),
			new RuleParameter("maleCapMonths", 40 * 12, 75 * 12), new RuleParameter("femaleBaseYear", 1900, 2200),
			new RuleParameter("femaleBaseMonths", 40 * 12, 75 * 12), new RuleParameter("femaleStepMonths", 0, 12),
			new RuleParameter("femaleCapMonths", 40 * 12, 75 * 12))),

	/**
	 * Regular salary raises (nâng bậc lương thường xuyên) and the beyond-scale allowance.
	 */
	SALARY_RAISE(List.of(new RuleParameter("degreeMonths", 1, 120), new RuleParameter("vocationalMonths", 1, 120),
			new RuleParameter("seniorExpertMonths", 1, 120), new RuleParameter("beyondScaleFirstPercent", 0, 100),
			new RuleParameter("beyondScaleYearlyPercent", 0, 100))),

	/** The base salary (lương cơ sở) in đồng per month. */
	BASE_SALARY(List.of(new RuleParameter("amount", 1, 1_000_000_000))),

	/**
	 * How long ahead a retirement is notified and decided (thông báo, quyết định nghỉ
	 * hưu).
	 */
	RETIREMENT_NOTICE(List.of(new RuleParameter("notifyMonths", 0, 60), new RuleParameter("decideMonths", 0, 60))),

	/**
	 * The monthly scoring scheme (chấm điểm hằng tháng) of NĐ 335/2025: general criteria,
	 * task results and bonus points, the level bands, the deductions per major error and
	 * per delay, and what the unit's result counts for a leader.
	 */
	EVALUATION_SCHEME(RuleKey.schemeParameters()),

	/**
	 * The Hà Nội monthly scheme (QĐ 3814-QĐ/TU, 20 + 70 + 10), an alternative a province
	 * may choose.
	 */
	EVALUATION_SCHEME_HANOI(RuleKey.schemeParameters()),

	/**
	 * How the months roll up into the annual rating (xếp loại năm) and the quota of the
	 * excellent level.
	 */
	ANNUAL_RATING(List.of(new RuleParameter("minMonthsWorked", 0, 12), new RuleParameter("leaveCapMonths", 0, 12),
			new RuleParameter("notCompletedMonthsCap", 0, 12), new RuleParameter("excellentQuotaPercent", 0, 100),
			new RuleParameter("quotaRoundDown", 0, 1))),

	/**
	 * What a state discipline decision (kỷ luật hành chính) entails: months barred from
	 * planning and higher posts, the decision's term, salary-step delays, and whether
	 * only duty-related decisions make a civil servant's year "not completed" (0 or 1).
	 */
	DISCIPLINE_EFFECTS(List.of(new RuleParameter("stateBarMinorMonths", 0, 120),
			new RuleParameter("stateBarRemovalMonths", 0, 120), new RuleParameter("stateLapseMinorMonths", 0, 120),
			new RuleParameter("stateLapseRemovalMonths", 0, 120), new RuleParameter("delayMinorMonths", 0, 60),
			new RuleParameter("delayEmployeeReprimandMonths", 0, 60), new RuleParameter("delayRemovalMonths", 0, 60),
			new RuleParameter("delayUnsatisfactoryYearMonths", 0, 60), new RuleParameter("dutyRelatedOnly", 0, 1))),

	/**
	 * Which state discipline forms (hình thức kỷ luật) a decision of the date may take
	 * beyond today's: a công chức's demotion and salary-step reduction (0 or 1),
	 * abolished by NĐ 172/2025 from 01/07/2025.
	 */
	DISCIPLINE_FORMS(List.of(new RuleParameter("civilServantDemotion", 0, 1),
			new RuleParameter("civilServantSalaryStepReduction", 0, 1))),

	/**
	 * Party discipline (kỷ luật đảng): its term, and the months before appointment to a
	 * higher post per form.
	 */
	PARTY_DISCIPLINE(List.of(new RuleParameter("lapseMonths", 0, 120),
			new RuleParameter("higherPostReprimandMonths", 0, 120),
			new RuleParameter("higherPostWarningMonths", 0, 120), new RuleParameter("higherPostRemovalMonths", 0, 120),
			new RuleParameter("removalSamePostMonths", 0, 120))),

	/**
	 * Confidence votes (lấy phiếu tín nhiệm): the quorum and the two low-confidence
	 * thresholds, as fractions.
	 */
	CONFIDENCE_VOTE(List.of(new RuleParameter("quorumNumerator", 1, 100),
			new RuleParameter("quorumDenominator", 1, 100), new RuleParameter("reviewNumerator", 1, 100),
			new RuleParameter("reviewDenominator", 1, 100), new RuleParameter("dismissalNumerator", 1, 100),
			new RuleParameter("dismissalDenominator", 1, 100))),

	/**
	 * Emulation titles (danh hiệu thi đua): the minimum annual rating level for each
	 * individual title (1 excellent, 2 good, 3 completed) and the thresholds of the
	 * suggested collective rating, in percent of the members.
	 */
	EMULATION_TITLES(List.of(new RuleParameter("laoDongTienTienMinLevel", 1, 3),
			new RuleParameter("chienSiThiDuaCoSoMinLevel", 1, 3),
			new RuleParameter("collectiveExcellentPercent", 0, 100), new RuleParameter("collectiveGoodPercent", 0, 100),
			new RuleParameter("collectiveNotCompletedMaxPercent", 0, 100))),

	/**
	 * Mandatory development (bồi dưỡng bắt buộc): the periods a year and the months a
	 * newly appointed leader has for the state-management programme.
	 */
	TRAINING_DEVELOPMENT(
			List.of(new RuleParameter("annualPeriods", 0, 1000), new RuleParameter("leaderProgrammeMonths", 0, 120))),

	/**
	 * State-funded study (đào tạo sau đại học): the commitment to serve as a multiple of
	 * the study time, the repayment reduction per year of prior service in per mille, and
	 * the age limit of a first postgraduate sending.
	 */
	TRAINING_REPAYMENT(List.of(new RuleParameter("commitmentMultiple", 0, 10),
			new RuleParameter("reductionPermilleWomenMinorities", 0, 1000),
			new RuleParameter("reductionPermilleOthers", 0, 1000),
			new RuleParameter("maxAgeFirstPostgraduate", 0, 100))),

	/**
	 * Caps of succession planning (quy hoạch cán bộ): people per title, titles per person
	 * at one approving level, and the Party-committee coefficient in percent of seats.
	 */
	PLANNING_CAPS(List.of(new RuleParameter("perTitle", 1, 20), new RuleParameter("titlesPerPerson", 1, 20),
			new RuleParameter("committeeMinPercent", 0, 500), new RuleParameter("committeeMaxPercent", 0, 500))),

	/**
	 * Planning age: the months before retirement a person planned one level up (đối tượng
	 * 1) and two levels up (đối tượng 2) must have left, and the age under which a cadre
	 * counts as young.
	 */
	PLANNING_AGE(List.of(new RuleParameter("sourceOneMonths", 0, 600), new RuleParameter("sourceTwoMonths", 0, 600),
			new RuleParameter("youngUnderYears", 18, 70))),

	/**
	 * The quorum and pass mark of the planning conferences, as fractions of those
	 * summoned.
	 */
	PLANNING_PROCEDURE(
			List.of(new RuleParameter("quorumNumerator", 1, 100), new RuleParameter("quorumDenominator", 1, 100),
					new RuleParameter("passNumerator", 1, 100), new RuleParameter("passDenominator", 1, 100))),

	/**
	 * The annual ratings planning looks at: how many recent years and how many of them
	 * may be rated "not completed".
	 */
	PLANNING_RATINGS(List.of(new RuleParameter("years", 1, 10), new RuleParameter("maxNotCompleted", 0, 10))),

	/**
	 * The structure a plan aims for (Chỉ thị 45-CT/TW): least shares of women, of young
	 * cadres and of ethnic minorities, in percent.
	 */
	PLANNING_STRUCTURE(List.of(new RuleParameter("womenPercent", 0, 100), new RuleParameter("youngPercent", 0, 100),
			new RuleParameter("minorityPercent", 0, 100))),

	/**
	 * The appointment procedure (quy trình bổ nhiệm, NĐ 170 Art. 33): the quorum of each
	 * conference as a fraction of those summoned, the share of those summoned above which
	 * a candidate is chosen and from which one goes on to the next step.
	 */
	APPOINTMENT_PROCEDURE(List.of(new RuleParameter("appointmentQuorumNumerator", 1, 100),
			new RuleParameter("appointmentQuorumDenominator", 1, 100),
			new RuleParameter("appointmentChosenAbovePercent", 0, 100),
			new RuleParameter("appointmentGoOnMinPercent", 0, 100))),

	/**
	 * The appointment term (thời hạn bổ nhiệm, NĐ 170 Art. 28–29): its years and the
	 * months of age a first or higher appointment needs left before retirement.
	 */
	APPOINTMENT_TERM(List.of(new RuleParameter("appointmentTermYears", 1, 10),
			new RuleParameter("appointmentFullTermMonths", 0, 120))),

	/**
	 * Reappointment (bổ nhiệm lại, NĐ 170 Art. 36–41): the notice before the term ends,
	 * and the months to retirement under which the new term runs to retirement or the
	 * post is extended to retirement instead.
	 */
	REAPPOINTMENT(List.of(new RuleParameter("reappointmentNoticeDays", 0, 365),
			new RuleParameter("reappointmentToRetirementMonths", 0, 120),
			new RuleParameter("reappointmentExtensionMonths", 0, 120))),

	/**
	 * Rotation of leaders (luân chuyển): the months of working time left at the start
	 * (two terms; one term to place a non-local secretary) and the shortest rotation.
	 */
	MOVEMENT_ROTATION(List.of(new RuleParameter("minMonthsLeft", 0, 600),
			new RuleParameter("nonLocalMinMonthsLeft", 0, 600), new RuleParameter("minDurationMonths", 0, 240))),

	/** Secondment (biệt phái): the longest secondment. */
	MOVEMENT_SECONDMENT(List.of(new RuleParameter("maxDurationMonths", 1, 240))),

	/**
	 * Transfer (điều động): the age of a child below which a parent is not transferred
	 * unless they ask, and how long a leader moved to a lower allowance keeps the old
	 * one.
	 */
	MOVEMENT_TRANSFER(List.of(new RuleParameter("childUnderMonths", 0, 240),
			new RuleParameter("lowerAllowanceKeepMonths", 0, 60))),

	/**
	 * The exam of a recruitment (thi tuyển, xét tuyển): the round-1 pass share, the
	 * written and interview weights, the pass score, the share of each part's maximum a
	 * winner needs, and the decimals the total is rounded to.
	 */
	RECRUITMENT_EXAM(
			List.of(new RuleParameter("roundOnePassPercent", 0, 100), new RuleParameter("writtenWeightPercent", 0, 100),
					new RuleParameter("interviewWeightPercent", 0, 100), new RuleParameter("passScore", 0, 100),
					new RuleParameter("partMinPercent", 0, 100), new RuleParameter("decimals", 0, 4))),

	/**
	 * The priority points of a recruitment (điểm ưu tiên), in tenths of a point, for the
	 * four groups of NĐ 170 Art. 6; only the highest counts.
	 */
	RECRUITMENT_PRIORITY(List.of(new RuleParameter("firstTenths", 0, 200), new RuleParameter("secondTenths", 0, 200),
			new RuleParameter("thirdTenths", 0, 200), new RuleParameter("fourthTenths", 0, 200))),

	/** Who may apply (điều kiện đăng ký dự tuyển): the lowest age. */
	RECRUITMENT_ELIGIBILITY(List.of(new RuleParameter("minAge", 14, 70))),

	/**
	 * The deadlines after the results are published: re-marking requests (working days),
	 * the winner's dossier and reporting to work (days).
	 */
	RECRUITMENT_TIMELINE(List.of(new RuleParameter("appealWorkingDays", 0, 60),
			new RuleParameter("dossierDays", 0, 365), new RuleParameter("reportDays", 0, 365))),

	/**
	 * How prior insured work in matching jobs places a recruit's salary step (xếp lương):
	 * the months counted as one step, by salary table.
	 */
	RECRUITMENT_PAY_PLACEMENT(List.of(new RuleParameter("degreeMonthsPerStep", 1, 120),
			new RuleParameter("vocationalMonthsPerStep", 1, 120))),

	/**
	 * Training for the titles a person is planned for (quy hoạch): the requirements of
	 * the title's standard the person does not yet meet are training needs (đối tượng 2
	 * may be planned before meeting the political-theory standard but must get a training
	 * plan). No parameter: the version carries the citation and its days in force.
	 */
	TRAINING_PLANNED_TITLE(List.of()),

	/**
	 * The standards of a commune (tiêu chuẩn đơn vị hành chính cấp xã) by kind: the least
	 * natural area in hectares (0: no figure required) and population, the ward's
	 * population in a centrally-run city and in a mountainous or border province, and the
	 * number of merged units from which a new commune need not meet them (0: none).
	 */
	UNIT_STANDARDS_COMMUNE(List.of(new RuleParameter("communeAreaHa", 0, 10_000_000),
			new RuleParameter("communePopulation", 0, 100_000_000), new RuleParameter("mountainAreaHa", 0, 10_000_000),
			new RuleParameter("mountainPopulation", 0, 100_000_000), new RuleParameter("borderAreaHa", 0, 10_000_000),
			new RuleParameter("borderPopulation", 0, 100_000_000), new RuleParameter("islandAreaHa", 0, 10_000_000),
			new RuleParameter("islandPopulation", 0, 100_000_000), new RuleParameter("wardAreaHa", 0, 10_000_000),
			new RuleParameter("wardPopulation", 0, 100_000_000),
			new RuleParameter("wardCityPopulation", 0, 100_000_000),
			new RuleParameter("wardMountainPopulation", 0, 100_000_000),
			new RuleParameter("mergeExemptUnits", 0, 100))),

	/**
	 * The standards of a province (tiêu chuẩn đơn vị hành chính cấp tỉnh): the least
	 * natural area in km² and population of a province, a mountainous province and a
	 * centrally-run city.
	 */
	UNIT_STANDARDS_PROVINCE(List.of(new RuleParameter("provinceAreaKm2", 0, 1_000_000),
			new RuleParameter("provincePopulation", 0, 1_000_000_000),
			new RuleParameter("mountainProvinceAreaKm2", 0, 1_000_000),
			new RuleParameter("mountainProvincePopulation", 0, 1_000_000_000),
			new RuleParameter("cityAreaKm2", 0, 1_000_000), new RuleParameter("cityPopulation", 0, 1_000_000_000))),

	/**
	 * Who is screened for streamlining (tinh giản biên chế, NĐ 154/2025 Art. 2–3): the
	 * years of annual rating looked at (the review year and the ones before it) and the
	 * age in months of a child that keeps the parent off the list.
	 */
	STREAMLINING_SCREENING(
			List.of(new RuleParameter("ratingYears", 1, 5), new RuleParameter("youngChildMonths", 0, 120))),

	/**
	 * The salary the payouts are counted in (TT 01/2025/TT-BNV Art. 3): the months after
	 * the restructuring decision paid at the first rates.
	 */
	STREAMLINING_SALARY(List.of(new RuleParameter("firstRateMonths", 0, 60))),

	/**
	 * Early retirement under streamlining (NĐ 154/2025 Art. 6): the window of months
	 * early, the months of salary per full year early, and the social-insurance service
	 * allowance (months for the first years, tenths of a month per further year, the
	 * fewest years that earn it), odd months rounded to half or whole years.
	 */
	STREAMLINING_EARLY_RETIREMENT(payoutParameters("minMonthsEarly", "maxMonthsEarly", "monthsPerYearEarly")),

	/**
	 * Resignation under streamlining (NĐ 154/2025 Art. 8(1)): months of salary to find
	 * work and tenths of a month per year of compulsory social insurance.
	 */
	STREAMLINING_RESIGNATION(
			List.of(new RuleParameter("jobSearchMonths", 0, 24), new RuleParameter("tenthsPerInsuredYear", 0, 100),
					new RuleParameter("halfYearFromMonths", 0, 12), new RuleParameter("wholeYearFromMonths", 0, 12))),

	/**
	 * Early retirement in the reorganisation (NĐ 178/2024 as amended by NĐ 67/2025, Art.
	 * 7; TT 01/2025 Art. 4): the one-off for the months early, at percent rates in the
	 * first months and after, capped for the far band, the months per full year early of
	 * each band, and the social-insurance service allowance.
	 */
	REORGANISATION_EARLY_RETIREMENT(
			List.of(new RuleParameter("nearFromMonths", 0, 120), new RuleParameter("farFromMonths", 0, 120),
					new RuleParameter("maxMonthsEarly", 0, 240), new RuleParameter("nearFirstPercent", 0, 200),
					new RuleParameter("nearLaterPercent", 0, 200), new RuleParameter("farFirstPercent", 0, 200),
					new RuleParameter("farLaterPercent", 0, 200), new RuleParameter("farCapMonths", 0, 240),
					new RuleParameter("nearMonthsPerYear", 0, 24), new RuleParameter("farMonthsPerYear", 0, 24),
					new RuleParameter("insuredBaseYears", 0, 40), new RuleParameter("insuredBaseMonths", 0, 24),
					new RuleParameter("insuredTenthsPerYear", 0, 100), new RuleParameter("insuredMinYears", 0, 40),
					new RuleParameter("halfYearFromMonths", 0, 12), new RuleParameter("wholeYearFromMonths", 0, 12))),

	/**
	 * Resignation in the reorganisation (NĐ 178/2024 as amended, Art. 9 for cán bộ, công
	 * chức): severance in percent of salary per month of the period counted, in the first
	 * months and after, tenths of a month per insured year, and months to find work.
	 */
	REORGANISATION_RESIGNATION(
			List.of(new RuleParameter("firstPercent", 0, 200), new RuleParameter("laterPercent", 0, 200),
					new RuleParameter("tenthsPerInsuredYear", 0, 100), new RuleParameter("jobSearchMonths", 0, 24),
					new RuleParameter("halfYearFromMonths", 0, 12), new RuleParameter("wholeYearFromMonths", 0, 12))),

	/**
	 * Voluntary resignation of a công chức (NĐ 170/2025 Art. 58–59): months of salary,
	 * tenths of a month per insured year, the one month for short service, odd months
	 * rounded to half or whole years.
	 */
	VOLUNTARY_RESIGNATION(
			List.of(new RuleParameter("baseMonths", 0, 24), new RuleParameter("tenthsPerInsuredYear", 0, 100),
					new RuleParameter("shortServiceFromMonths", 0, 24), new RuleParameter("shortServiceMonths", 0, 12),
					new RuleParameter("halfYearFromMonths", 0, 12), new RuleParameter("wholeYearFromMonths", 0, 12)));

	private final List<RuleParameter> parameters;

	RuleKey(List<RuleParameter> parameters) {
		this.parameters = parameters;
	}

	public List<RuleParameter> parameters() {
		return this.parameters;
	}

	private static List<RuleParameter> schemeParameters() {
		return List.of(new RuleParameter("generalMax", 0, 100), new RuleParameter("taskMax", 0, 100),
				new RuleParameter("bonusMax", 0, 100), new RuleParameter("excellentMin", 0, 100),
				new RuleParameter("goodMin", 0, 100), new RuleParameter("completedMin", 0, 100),
				new RuleParameter("errorDeductionPercent", 0, 100), new RuleParameter("delayDeductionPercent", 0, 100),
				new RuleParameter("unitResultFullPercent", 0, 100),
				new RuleParameter("unitResultPartialPercent", 0, 100));
	}

	private static List<RuleParameter> payoutParameters(String... band) {
		List<RuleParameter> parameters = new java.util.ArrayList<>();
		parameters.add(new RuleParameter(band[0], 0, 240));
		parameters.add(new RuleParameter(band[1], 0, 240));
		parameters.add(new RuleParameter(band[2], 0, 24));
		parameters.add(new RuleParameter("insuredBaseYears", 0, 40));
		parameters.add(new RuleParameter("insuredBaseMonths", 0, 24));
		parameters.add(new RuleParameter("insuredTenthsPerYear", 0, 100));
		parameters.add(new RuleParameter("insuredMinYears", 0, 40));
		parameters.add(new RuleParameter("halfYearFromMonths", 0, 12));
		parameters.add(new RuleParameter("wholeYearFromMonths", 0, 12));
		return List.copyOf(parameters);
	}

	public String messageKey() {
		return "rules.key." + name();
	}

}
