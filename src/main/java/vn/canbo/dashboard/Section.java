package vn.canbo.dashboard;

import java.util.List;
import java.util.Set;

import vn.canbo.indicators.IndicatorGroup;

/**
 * A section of the dashboard: the indicators of one group, in their order.
 *
 * @param group the group
 * @param figures its figures
 */
public record Section(IndicatorGroup group, List<Figure> figures) {

	/**
	 * The groups whose figures are also shown per child unit, where leaders compare
	 * branches: headcount against quota, standards and the month's evaluation progress.
	 */
	static final Set<IndicatorGroup> BY_BRANCH = Set.of(IndicatorGroup.HEADCOUNT, IndicatorGroup.STANDARDS,
			IndicatorGroup.WORK);

	public Section {
		figures = List.copyOf(figures);
	}

	/** Whether the section shows a table per child unit. */
	public boolean byBranch() {
		return BY_BRANCH.contains(this.group);
	}

	/** The section's title message. */
	public String labelKey() {
		return labelKey(this.group);
	}

	/** The short name used for an Excel sheet, an anchor and an element id. */
	public String slug() {
		return this.group.name().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * The title message of a group; written out, so that every key is checked, and a
	 * group added later has a title until it gets its own.
	 */
	public static String labelKey(IndicatorGroup group) {
		return switch (group) {
			case HEADCOUNT -> "dashboard.group.headcount";
			case STANDARDS -> "dashboard.group.standards";
			case QUALIFICATIONS -> "dashboard.group.qualifications";
			case AGE -> "dashboard.group.age";
			case COMPOSITION -> "dashboard.group.composition";
			case CAREERS -> "dashboard.group.careers";
			case WORK -> "dashboard.group.work";
			case RATINGS -> "dashboard.group.ratings";
			case DISCIPLINE -> "dashboard.group.discipline";
			case EMULATION -> "dashboard.group.emulation";
			case PLANNING -> "dashboard.group.planning";
			case MOVEMENTS -> "dashboard.group.movements";
			case RECRUITMENT -> "dashboard.group.recruitment";
			case TRAINING -> "dashboard.group.training";
			default -> "dashboard.group.other";
		};
	}

}
