package vn.canbo.planning;

/**
 * The structure of a plan against the targets of {@code PLANNING_STRUCTURE} (Chỉ thị
 * 45-CT/TW): the people planned (each once), the women and the young among them.
 *
 * @param people the people planned
 * @param women the women among them
 * @param young those under the age of {@code PLANNING_AGE} (from January of the birth
 * year)
 * @param womenTarget the least share of women, in percent
 * @param youngTarget the least share of young people, in percent
 * @param youngUnder the age under which a cadre is young
 * @param confirmed whether the targets' version was verified
 */
public record PlanStructure(int people, int women, int young, long womenTarget, long youngTarget, long youngUnder,
		boolean confirmed) {

	public double womenPercent() {
		return (this.people == 0) ? 0 : 100.0 * this.women / this.people;
	}

	public double youngPercent() {
		return (this.people == 0) ? 0 : 100.0 * this.young / this.people;
	}

	public boolean womenMet() {
		return this.people > 0 && (long) this.women * 100 >= this.womenTarget * this.people;
	}

	public boolean youngMet() {
		return this.people > 0 && (long) this.young * 100 >= this.youngTarget * this.people;
	}

}
