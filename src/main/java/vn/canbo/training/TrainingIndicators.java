package vn.canbo.training;

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
import vn.canbo.rules.RuleKey;
import vn.canbo.rules.Rules;

/**
 * Training figures for the dashboard, counted by the people's current agency: the share
 * of cán bộ, công chức and viên chức whose courses ending from 1 January to the date
 * reach the year's minimum periods; the qualification levels granted by courses in the
 * five years to the date; the lines of the date's year's plans not yet completed by a
 * course.
 */
@Component
class TrainingIndicators implements IndicatorSource {

	static final String MODULE = "training";

	static final String PERIODS_MET = id("periodsMet");

	static final String LEVELS_FIVE_YEARS = id("levelsFiveYears");

	static final String OPEN_PLAN_LINES = id("openPlanLines");

	private final JdbcClient jdbc;

	private final Rules rules;

	TrainingIndicators(JdbcClient jdbc, Rules rules) {
		this.jdbc = jdbc;
		this.rules = rules;
	}

	/** An indicator id, composed: a dotted literal would be read as a message key. */
	static String id(String name) {
		return MODULE + '.' + name;
	}

	@Override
	public List<Indicator> indicators() {
		return List.of(
				new Indicator(PERIODS_MET, IndicatorGroup.TRAINING, MeasureUnit.PEOPLE, true, 10,
						(unitId, asOf) -> "/training/reports?unitId=" + unitId + "&year=" + asOf.getYear()),
				new Indicator(LEVELS_FIVE_YEARS, IndicatorGroup.TRAINING, MeasureUnit.DECISIONS, false, 20,
						(unitId, asOf) -> "/training/reports?unitId=" + unitId + "&from="
								+ asOf.minusYears(5).plusDays(1) + "&to=" + asOf),
				new Indicator(OPEN_PLAN_LINES, IndicatorGroup.TRAINING, MeasureUnit.PEOPLE, false, 30,
						(unitId, asOf) -> "/training/plans?unitId=" + unitId + "&year=" + asOf.getYear()));
	}

	@Override
	public Map<String, Map<Long, Measurement>> measure(IndicatorScope scope, Set<String> ids) {
		Map<String, Map<Long, Measurement>> values = new HashMap<>();
		LocalDate asOf = scope.asOf();
		Map<String, Object> params = new HashMap<>();
		scope.bind(params);
		params.put("from", LocalDate.of(asOf.getYear(), 1, 1));
		params.put("asOf", asOf);
		params.put("fiveYears", asOf.minusYears(5).plusDays(1));
		params.put("year", asOf.getYear());
		params.put("minimum",
				this.rules.inForce(RuleKey.TRAINING_DEVELOPMENT, asOf)
					.map((rule) -> rule.parameter("annualPeriods"))
					.orElse(0L));
		if (ids.contains(PERIODS_MET)) {
			this.jdbc.sql("""
					select n.branch_id, count(*) filter (where coalesce(t.periods, 0) >= :minimum), count(*)
					from person p""" + IndicatorScope.JOIN_NODES + """
					p.agency_id
					left join (select person_id, sum(periods) as periods from training_course
						where end_date >= :from and end_date <= :asOf group by person_id) t on t.person_id = p.id
					where p.category in ('CADRE', 'CIVIL_SERVANT', 'PUBLIC_EMPLOYEE')
					group by n.branch_id""").params(params).query((rs) -> {
				values.computeIfAbsent(PERIODS_MET, (id) -> new HashMap<>())
					.put(rs.getLong(1), Measurement.share(rs.getLong(2), rs.getLong(3)));
			});
		}
		if (ids.contains(LEVELS_FIVE_YEARS)) {
			this.jdbc.sql("""
					select n.branch_id, count(*) from training_course c join person p on p.id = c.person_id
					""" + IndicatorScope.JOIN_NODES + """
					p.agency_id
					where c.end_date >= :fiveYears and c.end_date <= :asOf and (c.grants_political_theory is not null
						or c.grants_state_management is not null or c.grants_professional is not null)
					group by n.branch_id""").params(params).query((rs) -> {
				values.computeIfAbsent(LEVELS_FIVE_YEARS, (id) -> new HashMap<>())
					.put(rs.getLong(1), Measurement.count(rs.getLong(2)));
			});
		}
		if (ids.contains(OPEN_PLAN_LINES)) {
			this.jdbc.sql("""
					select n.branch_id, count(*) from training_plan_line l join training_plan t on t.id = l.plan_id
					join person p on p.id = l.person_id""" + IndicatorScope.JOIN_NODES + """
					p.agency_id
					where t.plan_year = :year and l.course_id is null
					group by n.branch_id""").params(params).query((rs) -> {
				values.computeIfAbsent(OPEN_PLAN_LINES, (id) -> new HashMap<>())
					.put(rs.getLong(1), Measurement.count(rs.getLong(2)));
			});
		}
		return values;
	}

}
