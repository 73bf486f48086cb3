package vn.canbo.recruitment;

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
 * The recruitment figures of the dashboard: the people recruited and in post from 1
 * January of the date's year to the date, and the share of them with a university degree
 * or higher ("100 % of new recruits with a university degree"); the people behind both
 * are listed by {@code /recruitment/recruits}.
 */
@Component
class RecruitmentIndicators implements IndicatorSource {

	static final String RECRUITED = "recruitment" + '.' + "recruited";

	static final String UNIVERSITY = RECRUITED + '.' + "university";

	private final JdbcClient jdbc;

	private final List<Indicator> indicators = List.of(
			new Indicator(RECRUITED, IndicatorGroup.RECRUITMENT, MeasureUnit.PEOPLE, false, 10,
					(unit, day) -> "/recruitment/recruits?unitId=" + unit + "&asOf=" + day),
			new Indicator(UNIVERSITY, IndicatorGroup.RECRUITMENT, MeasureUnit.PEOPLE, true, 20,
					(unit, day) -> "/recruitment/recruits?unitId=" + unit + "&asOf=" + day + "&university=true"));

	RecruitmentIndicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Indicator> indicators() {
		return this.indicators;
	}

	@Override
	public Map<String, Map<Long, Measurement>> measure(IndicatorScope scope, Set<String> ids) {
		Map<String, Object> params = new HashMap<>();
		scope.bind(params);
		params.put("from", LocalDate.of(scope.asOf().getYear(), 1, 1));
		params.put("to", scope.asOf());
		Map<Long, Measurement> recruited = new HashMap<>();
		Map<Long, Measurement> university = new HashMap<>();
		this.jdbc
			.sql("""
					select n.branch_id, count(*) as total,
						count(*) filter (where c.professional_level in ('DAI_HOC', 'THAC_SI', 'TIEN_SI')) as university
					from recruitment_candidate c join recruitment_plan p on p.id = c.plan_id"""
					+ IndicatorScope.JOIN_NODES + """
							p.agency_id
							where c.person_id is not null and c.start_date >= :from and c.start_date <= :to
							group by n.branch_id""")
			.params(params)
			.query((rs) -> {
				long branch = rs.getLong("branch_id");
				recruited.put(branch, Measurement.count(rs.getLong("total")));
				university.put(branch, Measurement.share(rs.getLong("university"), rs.getLong("total")));
			});
		Map<String, Map<Long, Measurement>> values = new HashMap<>();
		if (ids.contains(RECRUITED)) {
			values.put(RECRUITED, recruited);
		}
		if (ids.contains(UNIVERSITY)) {
			values.put(UNIVERSITY, university);
		}
		return values;
	}

}
