package vn.canbo.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.SubtreeNode;

/**
 * The catalogue of every module's indicators, and their measurement for a unit in the
 * user's scope on a date. The one way figures reach the dashboard, targets and reports.
 */
@Service
@Transactional(readOnly = true)
public class Indicators {

	private static final Comparator<Indicator> SHOWN = Comparator.comparing(Indicator::group)
		.thenComparingInt(Indicator::order)
		.thenComparing(Indicator::id);

	private final List<IndicatorSource> sources;

	private final Map<String, Indicator> catalogue = new LinkedHashMap<>();

	private final Map<String, IndicatorSource> owners = new HashMap<>();

	private final OrgUnits orgUnits;

	Indicators(ObjectProvider<IndicatorSource> sources, OrgUnits orgUnits) {
		this.sources = sources.orderedStream().toList();
		this.orgUnits = orgUnits;
		List<Indicator> all = new ArrayList<>();
		for (IndicatorSource source : this.sources) {
			for (Indicator indicator : source.indicators()) {
				if (this.owners.put(indicator.id(), source) != null) {
					throw new IllegalStateException("Indicator defined twice: " + indicator.id());
				}
				all.add(indicator);
			}
		}
		all.sort(SHOWN);
		all.forEach((indicator) -> this.catalogue.put(indicator.id(), indicator));
	}

	/** Every indicator, by group and order. */
	public List<Indicator> all() {
		return List.copyOf(this.catalogue.values());
	}

	public Optional<Indicator> find(String id) {
		return Optional.ofNullable(this.catalogue.get(id));
	}

	/**
	 * Measures indicators for the unit with the code on the date; fails when the unit did
	 * not exist then or lies outside the user's scope. Indicators the user may not read
	 * ({@link IndicatorSource#readable}) are left out of the report.
	 * @param unitCode the unit
	 * @param asOf the date
	 * @param ids the indicators; null for all
	 * @return the values, in total and per branch
	 */
	public IndicatorReport measure(String unitCode, LocalDate asOf, @Nullable Set<String> ids) {
		OrgUnitView unit = this.orgUnits.getByCode(unitCode, asOf);
		return measure(unit, asOf, ids);
	}

	/** As {@link #measure(String, LocalDate, Set)}, for a unit by id. */
	public IndicatorReport measure(long unitId, LocalDate asOf, @Nullable Set<String> ids) {
		return measure(this.orgUnits.get(unitId, asOf), asOf, ids);
	}

	private IndicatorReport measure(OrgUnitView unit, LocalDate asOf, @Nullable Set<String> ids) {
		List<SubtreeNode> nodes = this.orgUnits.nodesUnder(unit.id(), asOf);
		IndicatorScope scope = new IndicatorScope(unit, asOf, nodes);
		List<Indicator> asked = all().stream()
			.filter((i) -> ids == null || ids.contains(i.id()))
			.filter((i) -> this.owners.get(i.id()).readable(i))
			.toList();
		Map<IndicatorSource, Set<String>> bySource = new LinkedHashMap<>();
		for (Indicator indicator : asked) {
			bySource.computeIfAbsent(this.owners.get(indicator.id()), (source) -> new HashSet<>()).add(indicator.id());
		}
		Map<String, Map<Long, Measurement>> values = new HashMap<>();
		bySource.forEach((source, sourceIds) -> source.measure(scope, sourceIds).forEach((id, byBranch) -> {
			if (sourceIds.contains(id)) {
				values.put(id, Map.copyOf(byBranch));
			}
		}));
		return new IndicatorReport(unit, asOf, asked, scope.branches(), values);
	}

}
