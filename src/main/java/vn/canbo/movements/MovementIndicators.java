package vn.canbo.movements;

import java.time.LocalDate;
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
 * The figures of rotation and secondment in a unit's subtree on a date: rotations started
 * from 1 January of the date's year to the date, those to a commune's Party Secretary or
 * People's Committee Chair (both counted at the receiving unit), secondments in force on
 * the date (at the host), and the share of leaders (people holding a primary post with a
 * title on the date, at their post's unit) who are on a rotation in force.
 */
@Component
class MovementIndicators implements IndicatorSource {

	static final String MODULE = "movements";

	/**
	 * An indicator id, {@code <module>.<name>}: composed rather than written whole, for
	 * an id is no message key.
	 */
	static String id(String name) {
		return MODULE + '.' + name;
	}

	static final String ROTATIONS = id("rotationsInYear");

	static final String TO_COMMUNE_KEY = id("rotationsToCommuneKey");

	static final String SECONDMENTS = id("secondmentsInForce");

	static final String LEADERS_ROTATED = id("leadersRotated");

	private final JdbcClient jdbc;

	MovementIndicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Indicator> indicators() {
		return List.of(
				new Indicator(ROTATIONS, IndicatorGroup.MOVEMENTS, MeasureUnit.DECISIONS, false, 10,
						(unitId, asOf) -> link(unitId, asOf) + "&type=ROTATION"),
				new Indicator(TO_COMMUNE_KEY, IndicatorGroup.MOVEMENTS, MeasureUnit.DECISIONS, false, 20,
						(unitId, asOf) -> link(unitId, asOf) + "&type=ROTATION&toCommuneKey=true"),
				new Indicator(SECONDMENTS, IndicatorGroup.MOVEMENTS, MeasureUnit.PEOPLE, false, 30,
						(unitId, asOf) -> "/movements?unitId=" + unitId + "&from=1990-01-01&to=" + asOf
								+ "&type=SECONDMENT"),
				new Indicator(LEADERS_ROTATED, IndicatorGroup.MOVEMENTS, MeasureUnit.PEOPLE, true, 40, null));
	}

	private static String link(long unitId, LocalDate asOf) {
		return "/movements?unitId=" + unitId + "&from=" + asOf.withDayOfYear(1) + "&to=" + asOf;
	}

	@Override
	public Map<String, Map<Long, Measurement>> measure(IndicatorScope scope, Set<String> ids) {
		Map<String, Map<Long, Measurement>> values = new HashMap<>();
		Map<String, Object> params = new HashMap<>();
		params.put("asOf", scope.asOf());
		params.put("yearStart", scope.asOf().withDayOfYear(1));
		params.put("keyTitles", MovementStore.COMMUNE_KEY_TITLES.toArray(String[]::new));
		scope.bind(params);
		if (ids.contains(ROTATIONS) || ids.contains(TO_COMMUNE_KEY) || ids.contains(SECONDMENTS)) {
			this.jdbc.sql("""
					select n.branch_id,
						count(*) filter (where m.movement_type = 'ROTATION'
							and m.start_date between :yearStart and :asOf),
						count(*) filter (where m.movement_type = 'ROTATION'
							and m.start_date between :yearStart and :asOf
							and m.to_title_code = any (cast(:keyTitles as varchar[]))),
						count(*) filter (where m.movement_type = 'SECONDMENT' and m.start_date <= :asOf
							and coalesce(m.returned_on, m.return_date) > :asOf)
					from movement_decision m""" + IndicatorScope.JOIN_NODES + """
					m.to_unit_id
					where m.start_date <= :asOf
					group by n.branch_id""").params(params).query((rs) -> {
				long branch = rs.getLong(1);
				put(values, ROTATIONS, branch, Measurement.count(rs.getLong(2)));
				put(values, TO_COMMUNE_KEY, branch, Measurement.count(rs.getLong(3)));
				put(values, SECONDMENTS, branch, Measurement.count(rs.getLong(4)));
			});
		}
		if (ids.contains(LEADERS_ROTATED)) {
			this.jdbc.sql("""
					select n.branch_id, count(r.person_id), count(*)
					from staffing_primary_title_post p""" + IndicatorScope.JOIN_NODES + """
					p.unit_id
					left join (select distinct person_id from movement_decision
						where movement_type = 'ROTATION' and start_date <= :asOf
							and (returned_on is null or returned_on > :asOf)) r on r.person_id = p.person_id
					where p.valid_from <= :asOf and (p.valid_to is null or p.valid_to > :asOf)
					group by n.branch_id""").params(params).query((rs) -> {
				put(values, LEADERS_ROTATED, rs.getLong(1), Measurement.share(rs.getLong(2), rs.getLong(3)));
			});
		}
		return values;
	}

	private static void put(Map<String, Map<Long, Measurement>> values, String id, long branch, Measurement value) {
		values.computeIfAbsent(id, (key) -> new HashMap<>()).put(branch, value);
	}

}
