package vn.canbo.planning;

/**
 * The structure of a plan against the targets of {@code PLANNING_STRUCTURE} (Chỉ thị
 * 45-CT/TW): the people planned (each once), the women and the young among them.
 *
 * @param people the people planned
 * @param women the women among them
 * @param young those under the age of {@code PLANNING_AGE} (from January of the birth
 * year)
 * @param minorities those of an ethnic minority (every group but Kinh), of those whose
 * record says
 * @param womenTarget the least share of women, in percent
 * @param youngTarget the least share of young people, in percent
 * @param minorityTarget the least share of ethnic minorities, in percent (the province
 * sets it; the rule's default is unconfirmed)
 * @param youngUnder the age under which a cadre is young
 * @param confirmed whether the targets' version was verified
 */
public record PlanStructure(int people, int women, int young, int minorities, long womenTarget, long youngTarget,
		long minorityTarget, long youngUnder, boolean confirmed) {

	public double womenPercent() {
		return (this.people == 0) ? 0 : 100.0 * this.women / this.people;
	}

	public double youngPercent() {
		return (this.people == 0) ? 0 : 100.0 * this.young / this.people;
	}

	public double minorityPercent() {
		return (this.people == 0) ? 0 : 100.0 * this.minorities / this.people;
	}

	public boolean minorityMet() {
		return this.people > 0 && (long) this.minorities * 100 >= this.minorityTarget * this.people;
	}

	public boolean womenMet() {
		return this.people > 0 && (long) this.women * 100 >= this.womenTarget * this.people;
	}

	public boolean youngMet() {
		return this.people > 0 && (long) this.young * 100 >= this.youngTarget * this.people;
	}

}
