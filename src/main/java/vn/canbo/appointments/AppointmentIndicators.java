package vn.canbo.appointments;

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
 * Appointments in the year (decisions of appointment, reappointment and extension
 * effective from 1 January to the date, in the units of the subtree) and the appointed
 * posts held on the date whose term ends within the reappointment notice (90 days).
 */
@Component
class AppointmentIndicators implements IndicatorSource {

	static final String MODULE = "appointments";

	static String id(String name) {
		return MODULE + '.' + name;
	}

	static final String IN_YEAR = id("inYear");

	static final String DUE = id("due90");

	private final JdbcClient jdbc;

	private final Rules rules;

	AppointmentIndicators(JdbcClient jdbc, Rules rules) {
		this.jdbc = jdbc;
		this.rules = rules;
	}

	@Override
	public List<Indicator> indicators() {
		return List.of(
				new Indicator(IN_YEAR, IndicatorGroup.PLANNING, MeasureUnit.DECISIONS, false, 40,
						(unitId, asOf) -> "/appointments?unitId=" + unitId + "&status=DECIDED&from="
								+ LocalDate.of(asOf.getYear(), 1, 1) + "&to=" + asOf),
				new Indicator(DUE, IndicatorGroup.PLANNING, MeasureUnit.POSTS, false, 41,
						(unitId, asOf) -> "/appointments/due?unitId=" + unitId + "&asOf=" + asOf));
	}

	@Override
	public Map<String, Map<Long, Measurement>> measure(IndicatorScope scope, Set<String> ids) {
		Map<String, Map<Long, Measurement>> values = new HashMap<>();
		if (ids.contains(IN_YEAR)) {
			Map<String, Object> params = new HashMap<>();
			scope.bind(params);
			params.put("from", LocalDate.of(scope.asOf().getYear(), 1, 1));
			params.put("to", scope.asOf());
			this.jdbc.sql("select n.branch_id, count(*) from appointment_case c" + IndicatorScope.JOIN_NODES + """
					c.unit_id where c.status = 'DECIDED' and c.kind <> 'NOMINATION'
						and c.effective_on between :from and :to group by n.branch_id""").params(params).query((rs) -> {
				values.computeIfAbsent(IN_YEAR, (key) -> new HashMap<>())
					.put(rs.getLong(1), Measurement.count(rs.getLong(2)));
			});
		}
		if (ids.contains(DUE)) {
			long days = this.rules.inForce(RuleKey.REAPPOINTMENT, scope.asOf())
				.map((version) -> version.parameter("reappointmentNoticeDays"))
				.orElse(90L);
			Map<String, Object> params = new HashMap<>();
			scope.bind(params);
			params.put("asOf", scope.asOf());
			params.put("until", scope.asOf().plusDays(days));
			this.jdbc
				.sql("""
						select n.branch_id, count(*) from staffing_post_held h
						join lateral (select o.id from org_unit o where o.code = h.unit_code order by o.id desc limit 1) u on true
						"""
						+ IndicatorScope.JOIN_NODES
						+ """
								u.id where h.selection = 'APPOINTED' and h.title_code is not null and h.term_end is not null
									and h.valid_from <= :asOf and (h.valid_to is null or h.valid_to > :asOf) and h.term_end <= :until
								group by n.branch_id""")
				.params(params)
				.query((rs) -> {
					values.computeIfAbsent(DUE, (key) -> new HashMap<>())
						.put(rs.getLong(1), Measurement.count(rs.getLong(2)));
				});
		}
		return values;
	}

}
