package vn.canbo.emulation;

import java.util.ArrayList;
import java.util.HashMap;
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

/**
 * Rewards (khen thưởng) of a unit: the decided titles and awards of individuals and
 * collectives given for the date's year (the emulation year of the reward, as
 * {@code /emulation/rewards} lists them), for the five years up to it, and for the year
 * by kind. One query over {@code reward}, counted under the agency each reward is scoped
 * to.
 */
@Component
class EmulationIndicators implements IndicatorSource {

	static final String MODULE = "emulation";

	/**
	 * An indicator id, {@code <module>.<name>}: composed rather than written whole, for
	 * an id is no message key (its label is {@code indicator.<id>}) and dotted literals
	 * are read as keys by the bundle checks.
	 */
	static String id(String name) {
		return MODULE + '.' + name;
	}

	static final String YEAR = id("rewards.year");

	static final String FIVE_YEARS = id("rewards.fiveYears");

	static final String PREFIX = id("rewards.year.");

	/** The years counted by the five-year figure: the date's and the four before. */
	static final int YEARS = 5;

	private final JdbcClient jdbc;

	EmulationIndicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Indicator> indicators() {
		List<Indicator> indicators = new ArrayList<>();
		indicators.add(new Indicator(YEAR, IndicatorGroup.EMULATION, MeasureUnit.DECISIONS, false, 10,
				(unitId, asOf) -> link(unitId, asOf.getYear())));
		indicators.add(new Indicator(FIVE_YEARS, IndicatorGroup.EMULATION, MeasureUnit.DECISIONS, false, 20,
				(unitId, asOf) -> link(unitId, asOf.getYear()) + "&fromYear=" + (asOf.getYear() - YEARS + 1)));
		for (RewardKind kind : RewardKind.values()) {
			indicators.add(new Indicator(PREFIX + kind.name(), IndicatorGroup.EMULATION, MeasureUnit.DECISIONS, false,
					30 + kind.ordinal(), (unitId, asOf) -> link(unitId, asOf.getYear()) + "&kind=" + kind.name()));
		}
		return indicators;
	}

	private static String link(long unitId, int year) {
		return "/emulation/rewards?unitId=" + unitId + "&year=" + year + "&status=" + RewardStatus.DECIDED.name();
	}

	@Override
	public Map<String, Map<Long, Measurement>> measure(IndicatorScope scope, Set<String> ids) {
		int year = scope.asOf().getYear();
		Map<String, Object> params = new HashMap<>();
		params.put("year", year);
		params.put("fromYear", year - YEARS + 1);
		scope.bind(params);
		StringBuilder sql = new StringBuilder("select n.branch_id, count(*) filter (where w.year = :year), count(*)");
		for (RewardKind kind : RewardKind.values()) {
			// the enum's own names: no input reaches the SQL
			sql.append(", count(*) filter (where w.year = :year and w.kind = '").append(kind.name()).append("')");
		}
		sql.append(" from reward w")
			.append(IndicatorScope.JOIN_NODES)
			.append("w.agency_id where w.status = 'DECIDED' and w.year between :fromYear and :year")
			.append(" group by n.branch_id");
		Map<String, Map<Long, Measurement>> values = new HashMap<>();
		this.jdbc.sql(sql.toString()).params(params).query((rs) -> {
			long branch = rs.getLong(1);
			put(values, YEAR, branch, rs.getLong(2));
			put(values, FIVE_YEARS, branch, rs.getLong(3));
			int column = 4;
			for (RewardKind kind : RewardKind.values()) {
				put(values, PREFIX + kind.name(), branch, rs.getLong(column++));
			}
		});
		return values;
	}

	private static void put(Map<String, Map<Long, Measurement>> values, String id, long branch, long value) {
		values.computeIfAbsent(id, (key) -> new HashMap<>()).put(branch, Measurement.count(value));
	}

}
