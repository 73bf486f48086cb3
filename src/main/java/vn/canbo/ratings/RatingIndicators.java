package vn.canbo.ratings;

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
import vn.canbo.rules.EvaluationLevel;

/**
 * Last year's annual rating (xếp loại năm trước), the year before the date's: how many
 * people were rated by an approved rating, and the share of them at each level. One query
 * over {@code annual_rating}, with the conditions of {@link RatingFilter#approved}, so
 * that each figure opens {@code /ratings} filtered to the same ratings.
 */
@Component
class RatingIndicators implements IndicatorSource {

	static final String MODULE = "ratings";

	/**
	 * An indicator id, {@code <module>.<name>}: composed rather than written whole, for
	 * an id is no message key (its label is {@code indicator.<id>}) and dotted literals
	 * are read as keys by the bundle checks.
	 */
	static String id(String name) {
		return MODULE + '.' + name;
	}

	static final String RATED = id("lastYear.rated");

	static final String PREFIX = id("lastYear.");

	private final JdbcClient jdbc;

	RatingIndicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Indicator> indicators() {
		List<Indicator> indicators = new ArrayList<>();
		indicators.add(new Indicator(RATED, IndicatorGroup.RATINGS, MeasureUnit.PEOPLE, false, 10,
				(unitId, asOf) -> link(unitId, asOf.getYear() - 1, "RATED")));
		for (EvaluationLevel level : EvaluationLevel.values()) {
			indicators.add(new Indicator(PREFIX + level.name(), IndicatorGroup.RATINGS, MeasureUnit.PEOPLE, true,
					20 + level.code(), (unitId, asOf) -> link(unitId, asOf.getYear() - 1, level.name())));
		}
		return indicators;
	}

	private static String link(long unitId, int year, String level) {
		return "/ratings?unitId=" + unitId + "&year=" + year + "&level=" + level + "&status=APPROVED";
	}

	@Override
	public Map<String, Map<Long, Measurement>> measure(IndicatorScope scope, Set<String> ids) {
		Map<String, Object> params = new HashMap<>();
		params.put("year", scope.asOf().getYear() - 1);
		scope.bind(params);
		StringBuilder sql = new StringBuilder("select n.branch_id, count(*)");
		for (EvaluationLevel level : EvaluationLevel.values()) {
			// the enum's own names: no input reaches the SQL
			sql.append(", count(*) filter (where r.level = '").append(level.name()).append("')");
		}
		sql.append(" from annual_rating r")
			.append(IndicatorScope.JOIN_NODES)
			.append("r.agency_id where r.year = :year")
			.append(RatingFilter.approved(null).sql(params))
			.append(" group by n.branch_id");
		Map<String, Map<Long, Measurement>> values = new HashMap<>();
		this.jdbc.sql(sql.toString()).params(params).query((rs) -> {
			long branch = rs.getLong(1);
			long rated = rs.getLong(2);
			values.computeIfAbsent(RATED, (id) -> new HashMap<>()).put(branch, Measurement.count(rated));
			int column = 3;
			for (EvaluationLevel level : EvaluationLevel.values()) {
				values.computeIfAbsent(PREFIX + level.name(), (id) -> new HashMap<>())
					.put(branch, Measurement.share(rs.getLong(column++), rated));
			}
		});
		return values;
	}

}
