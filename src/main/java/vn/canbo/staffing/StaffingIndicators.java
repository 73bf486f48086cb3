package vn.canbo.staffing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.canbo.indicators.Indicator;
import vn.canbo.indicators.IndicatorGroup;
import vn.canbo.indicators.IndicatorScope;
import vn.canbo.indicators.IndicatorSource;
import vn.canbo.indicators.MeasureUnit;
import vn.canbo.indicators.Measurement;
import vn.canbo.orgunits.SubtreeNode;
import vn.canbo.people.PersonnelCategory;

/**
 * The staffing module's indicators: headcount against quota (biên chế) with surplus and
 * shortage, by category; standards compliance (đạt chuẩn); leaders and their three age
 * groups (trẻ hóa); vacant key titles. Each is measured by the query of the report that
 * shows it (the staffing report, the compliance report), so the dashboard and the reports
 * cannot disagree; see docs/decisions/023-staffing-and-careers-indicators.md.
 */
@Component
class StaffingIndicators implements IndicatorSource {

	static final String HEADCOUNT = id("headcount");

	static final String QUOTA = id("quota");

	static final String SURPLUS = id("surplus");

	static final String SHORTAGE = id("shortage");

	static final String STANDARDS_MET = id("standards.met");

	static final String LEADERS = id("leaders");

	static final String KEY_TITLES_VACANT = id("keyTitles.vacant");

	private final StaffingQueries staffing;

	private final StandardQueries standards;

	private final Leaders leaders;

	private final Staffing reports;

	private final List<Indicator> indicators;

	StaffingIndicators(StaffingQueries staffing, StandardQueries standards, Leaders leaders, Staffing reports) {
		this.staffing = staffing;
		this.standards = standards;
		this.leaders = leaders;
		this.reports = reports;
		this.indicators = define();
	}

	/**
	 * An indicator id, {@code staffing.<name>}: assembled, since an id is not a message
	 * key (its label is {@code indicator.<id>}).
	 */
	static String id(String name) {
		return "staffing" + '.' + name;
	}

	/** The id of the share of leaders in an age group. */
	static String leadersAged(LeaderAgeBand band) {
		return LEADERS + '.' + "age" + '.' + band.suffix();
	}

	private static List<Indicator> define() {
		List<Indicator> all = new ArrayList<>();
		all.add(count(HEADCOUNT, MeasureUnit.PEOPLE, 10, (unit, day) -> holders(unit, day, "")));
		all.add(count(QUOTA, MeasureUnit.POSTS, 20, StaffingIndicators::report));
		all.add(count(SURPLUS, MeasureUnit.PEOPLE, 30, StaffingIndicators::report));
		all.add(count(SHORTAGE, MeasureUnit.POSTS, 40, StaffingIndicators::report));
		all.add(count(KEY_TITLES_VACANT, MeasureUnit.POSTS, 50, (unit, day) -> report(unit, day) + "#vacancies"));
		for (PersonnelCategory category : PersonnelCategory.values()) {
			all.add(count(HEADCOUNT + '.' + category.name(), MeasureUnit.PEOPLE, 100 + 2 * category.ordinal(),
					(unit, day) -> holders(unit, day, "&category=" + category.name())));
			all.add(count(QUOTA + '.' + category.name(), MeasureUnit.POSTS, 101 + 2 * category.ordinal(),
					StaffingIndicators::report));
		}
		all.add(new Indicator(STANDARDS_MET, IndicatorGroup.STANDARDS, MeasureUnit.PEOPLE, true, 10,
				(unit, day) -> "/staffing/standards/people?unitId=" + unit + "&asOf=" + day + "&meeting=true"));
		all.add(new Indicator(LEADERS, IndicatorGroup.AGE, MeasureUnit.PEOPLE, false, 100,
				(unit, day) -> leaders(unit, day, "")));
		for (LeaderAgeBand band : LeaderAgeBand.values()) {
			all.add(new Indicator(leadersAged(band), IndicatorGroup.AGE, MeasureUnit.PEOPLE, true, 101 + band.ordinal(),
					(unit, day) -> leaders(unit, day, "&age=" + band.name())));
		}
		return List.copyOf(all);
	}

	private static Indicator count(String id, MeasureUnit unit, int order, Indicator.PeopleLink link) {
		return new Indicator(id, IndicatorGroup.HEADCOUNT, unit, false, order, link);
	}

	private static String holders(long unitId, LocalDate asOf, String filter) {
		return "/staffing/holders?unitId=" + unitId + "&asOf=" + asOf + filter;
	}

	private static String report(long unitId, LocalDate asOf) {
		return "/staffing?unitId=" + unitId + "&asOf=" + asOf;
	}

	private static String leaders(long unitId, LocalDate asOf, String filter) {
		return "/staffing/leaders?unitId=" + unitId + "&asOf=" + asOf + filter;
	}

	@Override
	public List<Indicator> indicators() {
		return this.indicators;
	}

	@Override
	public Map<String, Map<Long, Measurement>> measure(IndicatorScope scope, Set<String> ids) {
		Map<String, Map<Long, Measurement>> values = new HashMap<>();
		List<SubtreeNode> nodes = scope.nodes();
		LocalDate asOf = scope.asOf();
		if (ids.stream()
			.anyMatch((id) -> id.startsWith(HEADCOUNT) || id.startsWith(QUOTA) || id.equals(SURPLUS)
					|| id.equals(SHORTAGE))) {
			headcount(this.staffing.unitCounts(nodes, asOf), values);
		}
		if (ids.contains(STANDARDS_MET)) {
			Map<Long, Measurement> met = values.computeIfAbsent(STANDARDS_MET, (id) -> new HashMap<>());
			for (ComplianceReport.Row row : this.standards.counts(nodes, asOf)) {
				met.merge(row.branchId(), Measurement.share(row.meeting(), row.judged()), Measurement::plus);
			}
		}
		if (ids.stream().anyMatch((id) -> id.startsWith(LEADERS))) {
			this.leaders.countsPerBranch(nodes, asOf).forEach((branch, counts) -> {
				values.computeIfAbsent(LEADERS, (id) -> new HashMap<>())
					.put(branch, Measurement.count(counts.leaders()));
				counts.bands()
					.forEach((band, count) -> values.computeIfAbsent(leadersAged(band), (id) -> new HashMap<>())
						.put(branch, Measurement.share(count, counts.leaders())));
			});
		}
		if (ids.contains(KEY_TITLES_VACANT)) {
			Map<Long, Long> branches = new HashMap<>();
			nodes.forEach((node) -> branches.put(node.id(), node.branchId()));
			Map<Long, Measurement> vacant = values.computeIfAbsent(KEY_TITLES_VACANT, (id) -> new HashMap<>());
			for (StaffingReport.Vacancy vacancy : Staffing.vacancies(nodes, this.reports.titlesOn(asOf),
					this.staffing.titleHolders(nodes, asOf))) {
				if (vacancy.keyTitle()) {
					vacant.merge(branches.get(vacancy.unitId()), Measurement.count(vacancy.missing()),
							Measurement::plus);
				}
			}
		}
		return values;
	}

	/**
	 * Headcount and quota per branch, in all and per category, and the surplus and
	 * shortage of each unit and category that has a quota, summed per branch.
	 */
	private static void headcount(List<StaffingQueries.UnitCount> units, Map<String, Map<Long, Measurement>> values) {
		for (StaffingQueries.UnitCount unit : units) {
			String category = '.' + unit.category().name();
			add(values, HEADCOUNT, unit, StaffingQueries.UnitCount::headcount);
			add(values, HEADCOUNT + category, unit, StaffingQueries.UnitCount::headcount);
			if (unit.quota() != null) {
				add(values, QUOTA, unit, StaffingQueries.UnitCount::quota);
				add(values, QUOTA + category, unit, StaffingQueries.UnitCount::quota);
				add(values, SURPLUS, unit, StaffingQueries.UnitCount::surplus);
				add(values, SHORTAGE, unit, StaffingQueries.UnitCount::shortage);
			}
		}
	}

	private static void add(Map<String, Map<Long, Measurement>> values, String id, StaffingQueries.UnitCount unit,
			Function<StaffingQueries.UnitCount, Long> value) {
		values.computeIfAbsent(id, (key) -> new HashMap<>())
			.merge(unit.branchId(), Measurement.count(value.apply(unit)), Measurement::plus);
	}

}
