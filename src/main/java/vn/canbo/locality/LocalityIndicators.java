package vn.canbo.locality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.canbo.indicators.Indicator;
import vn.canbo.indicators.IndicatorGroup;
import vn.canbo.indicators.IndicatorScope;
import vn.canbo.indicators.IndicatorSource;
import vn.canbo.indicators.MeasureUnit;
import vn.canbo.indicators.Measurement;

/**
 * The locality module's indicators: communes with at least one non-local key leader among
 * the communes (x/y, the "100% of communes" target), and the non-local key leaders;
 * measured by the same computation as the pages, so they cannot disagree.
 */
@Component
class LocalityIndicators implements IndicatorSource {

	static final String COMMUNES = "locality" + '.' + "communes" + '.' + "nonLocalKeyLeader";

	static final String LEADERS = "locality" + '.' + "keyLeaders" + '.' + "nonLocal";

	private final Locality locality;

	private final List<Indicator> indicators = List.of(
			new Indicator(COMMUNES, IndicatorGroup.PLANNING, MeasureUnit.UNITS, true, 500,
					(unit, day) -> "/locality/communes?unitId=" + unit + "&asOf=" + day + "&withNonLocal=true"),
			new Indicator(LEADERS, IndicatorGroup.PLANNING, MeasureUnit.PEOPLE, false, 510,
					(unit, day) -> "/locality/key-leaders?unitId=" + unit + "&asOf=" + day + "&status=NON_LOCAL"));

	LocalityIndicators(Locality locality) {
		this.locality = locality;
	}

	@Override
	public List<Indicator> indicators() {
		return this.indicators;
	}

	@Override
	public Map<String, Map<Long, Measurement>> measure(IndicatorScope scope, Set<String> ids) {
		Map<Long, Measurement> communes = new HashMap<>();
		Map<Long, Measurement> leaders = new HashMap<>();
		this.locality.perBranch(scope.nodes(), scope.asOf()).forEach((branch, counts) -> {
			if (counts[0] > 0) {
				communes.put(branch, Measurement.share(counts[1], counts[0]));
			}
			leaders.put(branch, Measurement.count(counts[2]));
		});
		Map<String, Map<Long, Measurement>> values = new HashMap<>();
		values.put(COMMUNES, communes);
		values.put(LEADERS, leaders);
		values.keySet().retainAll(ids);
		return values;
	}

}
