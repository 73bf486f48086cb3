package vn.canbo.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.canbo.indicators.IndicatorGroup;
import vn.canbo.indicators.IndicatorReport;
import vn.canbo.indicators.Measurement;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.SubtreeNode;

/**
 * A unit's dashboard (bảng điều hành) on a date compared with another date: every
 * indicator in total and per branch (the unit's own people, then each child's subtree).
 *
 * @param unit the unit
 * @param unitLabel its readable label with its parents
 * @param asOf the date
 * @param compareTo the date compared with
 * @param compareUnavailable why there is nothing to compare with (a message key taking
 * the unit's name and the date); null when compared
 * @param figures every indicator measured, by group and order
 * @param report the measurement on the date, for the branches' values
 */
public record Dashboard(OrgUnitView unit, String unitLabel, LocalDate asOf, LocalDate compareTo,
		@Nullable String compareUnavailable, List<Figure> figures, IndicatorReport report) {

	/**
	 * The figures a leader reads first, laid out at the top when a module defines them:
	 * people in post (against quota), standards met, women, Party members, ethnic
	 * minorities, university or above.
	 */
	public static final List<String> KEY_FIGURES = List.of(id("staffing", "standards.met"), id("people", "women"),
			id("people", "partyMembers"), id("people", "minorities"), id("people", "professional.universityOrAbove"));

	public Dashboard {
		figures = List.copyOf(figures);
	}

	/** People in post: the headcount against quota where staffing defines it. */
	public @Nullable Figure headcount() {
		Figure headcount = figure(id("staffing", "headcount"));
		return (headcount != null) ? headcount : figure(id("people", "inPost"));
	}

	/** The quota the headcount is set against; null when not defined. */
	public @Nullable Figure quota() {
		return figure(id("staffing", "quota"));
	}

	/**
	 * An indicator's id from its module and name: written whole, an id reads as a message
	 * key of that module to I18nTests.
	 */
	private static String id(String module, String name) {
		return module + "." + name;
	}

	/** The key figures defined, in {@link #KEY_FIGURES} order. */
	public List<Figure> keyFigures() {
		return KEY_FIGURES.stream().map(this::figure).filter(java.util.Objects::nonNull).toList();
	}

	public boolean compared() {
		return this.compareUnavailable == null;
	}

	/** The sections that have indicators, in the groups' order. */
	public List<Section> sections() {
		Map<IndicatorGroup, List<Figure>> byGroup = new LinkedHashMap<>();
		for (Figure figure : this.figures) {
			byGroup.computeIfAbsent(figure.indicator().group(), (group) -> new ArrayList<>()).add(figure);
		}
		return byGroup.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((entry) -> new Section(entry.getKey(), entry.getValue()))
			.toList();
	}

	/** The figure of the indicator; null when no module defines it. */
	public @Nullable Figure figure(String id) {
		return this.figures.stream().filter((figure) -> figure.id().equals(id)).findFirst().orElse(null);
	}

	/** The unit itself (its own people) and its children on the date, in tree order. */
	public List<SubtreeNode> branches() {
		return this.report.branches();
	}

	/** The children of the unit on the date: the rows of the tables per child unit. */
	public List<SubtreeNode> childBranches() {
		return branches().stream().filter((branch) -> branch.id() != this.unit.id()).toList();
	}

	/** The value of one branch on the date. */
	public Measurement branch(String indicatorId, long branchId) {
		return this.report.branch(indicatorId, branchId);
	}

}
