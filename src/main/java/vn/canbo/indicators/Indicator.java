package vn.canbo.indicators;

import org.jspecify.annotations.Nullable;

/**
 * A figure defined once: what it counts, how it is shown and where its people are. Its
 * label and definition are the messages {@code indicator.<id>} and
 * {@code indicator.<id>.definition} of the module that defines it.
 *
 * @param id a stable id, {@code <module>.<name>}, e.g. {@code people.women}; targets and
 * report settings store it
 * @param group where the dashboard shows it
 * @param unit what a value counts
 * @param share whether the value is a share of a denominator the source measures with it
 * (shown as "x/y (z%)"); otherwise a plain count
 * @param order its position within the group, lower first
 * @param people the list of the people (or units) behind the figure; null when there is
 * none to open
 */
public record Indicator(String id, IndicatorGroup group, MeasureUnit unit, boolean share, int order,
		@Nullable PeopleLink people) {

	public String labelKey() {
		return "indicator." + this.id;
	}

	public String definitionKey() {
		return "indicator." + this.id + ".definition";
	}

	/**
	 * Where the people behind an indicator's value for a unit on a date are listed.
	 */
	@FunctionalInterface
	public interface PeopleLink {

		/**
		 * The link, relative to the application's root, e.g.
		 * {@code /people?unitId=12&asOf=2026-12-31&gender=FEMALE}.
		 * @param unitId the unit (its whole subtree)
		 * @param asOf the date
		 * @return the link
		 */
		String href(long unitId, java.time.LocalDate asOf);

	}

}
