package vn.canbo.planning;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.canbo.indicators.Indicator;
import vn.canbo.indicators.IndicatorGroup;
import vn.canbo.indicators.IndicatorScope;
import vn.canbo.indicators.IndicatorSource;
import vn.canbo.indicators.MeasureUnit;
import vn.canbo.indicators.Measurement;
import vn.canbo.orgunits.SubtreeNode;
import vn.canbo.rules.RuleKey;
import vn.canbo.rules.Rules;
import vn.canbo.staffing.PostCatalogue;
import vn.canbo.staffing.PostTitle;

/**
 * The planning figures of the dashboard (decision 020): key titles with at least one
 * person planned, the people planned, and the shares of women and of young cadres (under
 * the age of {@code PLANNING_AGE}, in whole months from the birth month, January when
 * only the year is known) among them, on the date, counted in one query per scope.
 */
@Component
class PlanningIndicators implements IndicatorSource {

	private static final String MODULE = "planning";

	static final String COVERED = id("titlesCovered");

	static final String PLANNED = id("planned");

	static final String WOMEN = id("women");

	static final String YOUNG = id("young");

	/** An indicator id (decision 020), not a message key though it looks like one. */
	private static String id(String name) {
		return MODULE + "." + name;
	}

	private final JdbcClient jdbc;

	private final PostCatalogue catalogue;

	private final Rules rules;

	PlanningIndicators(JdbcClient jdbc, PostCatalogue catalogue, Rules rules) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.rules = rules;
	}

	@Override
	public List<Indicator> indicators() {
		return List.of(
				new Indicator(COVERED, IndicatorGroup.PLANNING, MeasureUnit.POSTS, true, 10,
						(unitId, asOf) -> "/planning/coverage?unitId=" + unitId + "&asOf=" + asOf),
				new Indicator(PLANNED, IndicatorGroup.PLANNING, MeasureUnit.PEOPLE, false, 20,
						(unitId, asOf) -> "/planning/coverage?unitId=" + unitId + "&asOf=" + asOf),
				new Indicator(WOMEN, IndicatorGroup.PLANNING, MeasureUnit.PEOPLE, true, 30, null),
				new Indicator(YOUNG, IndicatorGroup.PLANNING, MeasureUnit.PEOPLE, true, 40, null));
	}

	@Override
	public Map<String, Map<Long, Measurement>> measure(IndicatorScope scope, Set<String> ids) {
		Map<String, Object> params = new HashMap<>();
		scope.bind(params);
		params.put("day", scope.asOf());
		params.put("months", scope.asOf().getYear() * 12 + scope.asOf().getMonthValue() - 1);
		long young = this.rules.inForce(RuleKey.PLANNING_AGE, scope.asOf())
			.map((version) -> version.parameter("youngUnderYears"))
			.orElse(42L);
		params.put("youngMonths", young * 12);
		Map<String, Map<Long, Measurement>> result = new LinkedHashMap<>();
		ids.forEach((id) -> result.put(id, new HashMap<>()));
		Map<Long, Long> titles = keyTitles(scope);
		this.jdbc
			.sql("""
					select n.branch_id, count(distinct e.person_id) as planned,
						count(distinct e.person_id) filter (where p.gender = 'FEMALE') as women,
						count(distinct e.person_id) filter (where :months - (p.birth_year * 12 + coalesce(p.birth_month, 1) - 1)
							< :youngMonths) as young,
						count(distinct e.unit_id || '/' || e.title_code) as covered
					from planning_entry e join planning_period pp on pp.id = e.period_id
					join person p on p.id = e.person_id"""
					+ IndicatorScope.JOIN_NODES + """
							e.unit_id
							where pp.valid_from <= :day and (pp.valid_to is null or pp.valid_to > :day)
								and e.added_on <= :day and (e.removed_on is null or e.removed_on > :day)
							group by n.branch_id""")
			.params(params)
			.query((rs, row) -> {
				long branch = rs.getLong("branch_id");
				long planned = rs.getLong("planned");
				put(result, PLANNED, branch, Measurement.count(planned));
				put(result, WOMEN, branch, Measurement.share(rs.getLong("women"), planned));
				put(result, YOUNG, branch, Measurement.share(rs.getLong("young"), planned));
				put(result, COVERED, branch, Measurement.share(rs.getLong("covered"), titles.getOrDefault(branch, 0L)));
				return branch;
			})
			.list();
		if (result.containsKey(COVERED)) {
			titles.forEach((branch, count) -> result.get(COVERED).putIfAbsent(branch, Measurement.share(0, count)));
		}
		return result;
	}

	/** The key titles of the administrative units of each branch on the date. */
	private Map<Long, Long> keyTitles(IndicatorScope scope) {
		List<PostTitle> titles = this.catalogue.titles()
			.stream()
			.filter((title) -> title.keyTitle() && title.validOn(scope.asOf()))
			.toList();
		Map<Long, Long> counts = new HashMap<>();
		for (SubtreeNode node : scope.nodes()) {
			if (node.level().isAdministrative()) {
				long count = titles.stream().filter((title) -> title.tier() == node.level()).count();
				counts.merge(node.branchId(), count, Long::sum);
			}
		}
		return counts;
	}

	private static void put(Map<String, Map<Long, Measurement>> result, String id, long branch, Measurement value) {
		Map<Long, Measurement> values = result.get(id);
		if (values != null) {
			values.put(branch, value);
		}
	}

}
