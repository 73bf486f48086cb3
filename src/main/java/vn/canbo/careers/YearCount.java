package vn.canbo.careers;

/** How many men and women retire in a calendar year. */
public record YearCount(int year, long men, long women) {

	public long total() {
		return this.men + this.women;
	}

}
