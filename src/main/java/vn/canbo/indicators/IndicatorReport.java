package vn.canbo.indicators;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.SubtreeNode;

/**
 * Indicators measured for a unit on a date: each in total and per branch (the unit's own
 * people, then each child's subtree).
 *
 * @param unit the unit
 * @param asOf the date
 * @param indicators the indicators measured, in group and order
 * @param branches the unit itself and its children, in tree order
 * @param values per indicator id, the measurement per branch id
 */
public record IndicatorReport(OrgUnitView unit, LocalDate asOf, List<Indicator> indicators, List<SubtreeNode> branches,
		Map<String, Map<Long, Measurement>> values) {

	public IndicatorReport {
		indicators = List.copyOf(indicators);
		branches = List.copyOf(branches);
		values = Map.copyOf(values);
	}

	/** The value over the whole subtree. */
	public Measurement total(String indicatorId) {
		Indicator indicator = indicator(indicatorId)
			.orElseThrow(() -> new IllegalArgumentException("Not measured: " + indicatorId));
		Measurement sum = indicator.share() ? Measurement.share(0, 0) : Measurement.ZERO;
		for (Measurement branch : this.values.getOrDefault(indicatorId, Map.of()).values()) {
			sum = sum.plus(branch);
		}
		return sum;
	}

	/** The value of one branch (the unit's own people when it is the unit's id). */
	public Measurement branch(String indicatorId, long branchId) {
		Indicator indicator = indicator(indicatorId)
			.orElseThrow(() -> new IllegalArgumentException("Not measured: " + indicatorId));
		Measurement value = this.values.getOrDefault(indicatorId, Map.of()).get(branchId);
		if (value != null) {
			return value;
		}
		return indicator.share() ? Measurement.share(0, 0) : Measurement.ZERO;
	}

	public Optional<Indicator> indicator(String id) {
		return this.indicators.stream().filter((indicator) -> indicator.id().equals(id)).findFirst();
	}

}
