package vn.canbo.careers;

import java.time.LocalDate;
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
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.Subtree;

/**
 * The career indicators: people retiring (nghỉ hưu) and raises due (nâng bậc lương) in
 * the twelve months after the date, counted from the very lists
 * {@code /careers/retirements} and {@code /careers/raises} show for that period (the day
 * after the date to the same day twelve months later), by the agency of the person's
 * record; see docs/decisions/023-staffing-and-careers-indicators.md.
 */
@Component
class CareerIndicators implements IndicatorSource {

	// Ids assembled, as an id is not a message key (its label is indicator.<id>).
	static final String RETIREMENTS = "careers" + '.' + "retirementsDue12m";

	static final String RAISES = "careers" + '.' + "raisesDue12m";

	private static final List<Indicator> INDICATORS = List.of(
			new Indicator(RETIREMENTS, IndicatorGroup.CAREERS, MeasureUnit.PEOPLE, false, 10,
					(unit, day) -> link("/careers/retirements", unit, day)),
			new Indicator(RAISES, IndicatorGroup.CAREERS, MeasureUnit.PEOPLE, false, 20,
					(unit, day) -> link("/careers/raises", unit, day)));

	private final Careers careers;

	private final OrgUnits orgUnits;

	CareerIndicators(Careers careers, OrgUnits orgUnits) {
		this.careers = careers;
		this.orgUnits = orgUnits;
	}

	/** The first day of the period after the date. */
	static LocalDate from(LocalDate asOf) {
		return asOf.plusDays(1);
	}

	/** The last day of the period: twelve months after the date. */
	static LocalDate to(LocalDate asOf) {
		return asOf.plusMonths(12);
	}

	private static String link(String path, long unitId, LocalDate asOf) {
		return path + "?unitId=" + unitId + "&from=" + from(asOf) + "&to=" + to(asOf);
	}

	@Override
	public List<Indicator> indicators() {
		return INDICATORS;
	}

	@Override
	public Map<String, Map<Long, Measurement>> measure(IndicatorScope scope, Set<String> ids) {
		Map<Long, Long> branches = new HashMap<>();
		scope.nodes().forEach((node) -> branches.put(node.id(), node.branchId()));
		Subtree subtree = this.orgUnits.subtree(scope.unit().id(), scope.asOf());
		LocalDate from = from(scope.asOf());
		LocalDate to = to(scope.asOf());
		Map<String, Map<Long, Measurement>> values = new HashMap<>();
		if (ids.contains(RETIREMENTS)) {
			Map<Long, Measurement> retiring = values.computeIfAbsent(RETIREMENTS, (id) -> new HashMap<>());
			for (RetiringPerson person : this.careers.retiringWithin(subtree, from, to)) {
				retiring.merge(branch(branches, person.agencyId(), scope), Measurement.count(1), Measurement::plus);
			}
		}
		if (ids.contains(RAISES)) {
			Map<Long, Measurement> raises = values.computeIfAbsent(RAISES, (id) -> new HashMap<>());
			this.careers.dueRaiseCounts(List.of(subtree), from, to)
				.forEach((agency, count) -> raises.merge(branch(branches, agency, scope), Measurement.count(count),
						Measurement::plus));
		}
		return values;
	}

	/**
	 * The branch ({@link vn.canbo.orgunits.SubtreeNode#branchId()}) of the record's
	 * agency; the unit itself should an agency of the subtree be missing from its nodes
	 * (both read the same placements on the same date).
	 */
	private static long branch(Map<Long, Long> branches, long agencyId, IndicatorScope scope) {
		return branches.getOrDefault(agencyId, scope.unit().id());
	}

}
