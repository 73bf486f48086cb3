package vn.canbo.rules;

/**
 * The retirement age for one sex under one version of the schedule: {@code baseMonths} in
 * {@code baseYear}, {@code stepMonths} more each later year, at most {@code capMonths} (a
 * flat age has step 0).
 *
 * @param baseYear the year the base age applies to
 * @param baseMonths the base age in months (60 years 3 months = 723)
 * @param stepMonths the yearly increase in months
 * @param capMonths the final age in months
 */
public record RetirementAge(int baseYear, int baseMonths, int stepMonths, int capMonths) {

	/** The age in months for someone who reaches it in the calendar year. */
	public int monthsIn(int year) {
		long age = this.baseMonths + (long) Math.max(0, year - this.baseYear) * this.stepMonths;
		return (int) Math.min(age, Math.max(this.capMonths, this.baseMonths));
	}

	static RetirementAge of(RuleVersion version, Sex sex) {
		String prefix = (sex == Sex.MALE) ? "male" : "female";
		return new RetirementAge(version.intParameter(prefix + "BaseYear"), version.intParameter(prefix + "BaseMonths"),
				version.intParameter(prefix + "StepMonths"), version.intParameter(prefix + "CapMonths"));
	}

}
