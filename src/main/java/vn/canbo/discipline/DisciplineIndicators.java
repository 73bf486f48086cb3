package vn.canbo.discipline;

import java.time.LocalDate;
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
import vn.canbo.security.CurrentUsers;
import vn.canbo.security.Role;
import vn.canbo.shared.ReportPeriod;

/**
 * Discipline in five years (kỷ luật trong 5 năm) of a unit: the people with a decision
 * not cancelled that took effect from the first of January four years before the date's
 * year up to the date (the period the discipline report shows by default), and the
 * decisions of each form. One query, with the report's conditions; only the roles that
 * may read the report see these figures (decision 024).
 */
@Component
class DisciplineIndicators implements IndicatorSource {

	static final String MODULE = "discipline";

	/**
	 * An indicator id, {@code <module>.<name>}: composed rather than written whole, for
	 * an id is no message key (its label is {@code indicator.<id>}) and dotted literals
	 * are read as keys by the bundle checks.
	 */
	static String id(String name) {
		return MODULE + '.' + name;
	}

	static final String PEOPLE = id("fiveYears");

	static final String DECISIONS = id("fiveYears.decisions");

	static final String PREFIX = id("fiveYears.");

	private final JdbcClient jdbc;

	private final CurrentUsers users;

	DisciplineIndicators(JdbcClient jdbc, CurrentUsers users) {
		this.jdbc = jdbc;
		this.users = users;
	}

	/** The period counted for a date: the report's default five calendar years. */
	static ReportPeriod period(LocalDate asOf) {
		return ReportPeriod.lastCalendarYears(null, asOf, asOf, Disciplines.DEFAULT_YEARS);
	}

	@Override
	public List<Indicator> indicators() {
		List<Indicator> indicators = new ArrayList<>();
		indicators.add(new Indicator(PEOPLE, IndicatorGroup.DISCIPLINE, MeasureUnit.PEOPLE, false, 10,
				(unitId, asOf) -> link(unitId, asOf) + "&people=true"));
		indicators.add(new Indicator(DECISIONS, IndicatorGroup.DISCIPLINE, MeasureUnit.DECISIONS, false, 20,
				DisciplineIndicators::link));
		for (DisciplineForm form : DisciplineForm.values()) {
			indicators.add(new Indicator(PREFIX + form.name(), IndicatorGroup.DISCIPLINE, MeasureUnit.DECISIONS, false,
					30 + form.ordinal(), (unitId, asOf) -> link(unitId, asOf) + "&form=" + form.name()));
		}
		return indicators;
	}

	private static String link(long unitId, LocalDate asOf) {
		ReportPeriod period = period(asOf);
		return "/discipline?unitId=" + unitId + "&from=" + period.from() + "&to=" + period.to();
	}

	/**
	 * Administrators, officers and leaders, who read the discipline report: a viewer may
	 * not read discipline (decision 012), and a count of a small branch would name its
	 * person.
	 */
	@Override
	public boolean readable(Indicator indicator) {
		return this.users.find().map((user) -> user.hasAny(Role.ADMIN, Role.ORG_OFFICER, Role.LEADER)).orElse(false);
	}

	@Override
	public Map<String, Map<Long, Measurement>> measure(IndicatorScope scope, Set<String> ids) {
		ReportPeriod period = period(scope.asOf());
		Map<String, Object> params = new HashMap<>();
		params.put("from", period.from());
		params.put("to", period.to());
		scope.bind(params);
		StringBuilder sql = new StringBuilder("select n.branch_id, count(distinct d.person_id), count(*)");
		for (DisciplineForm form : DisciplineForm.values()) {
			// the enum's own names: no input reaches the SQL
			sql.append(", count(*) filter (where d.form = '").append(form.name()).append("')");
		}
		// The report's conditions (DisciplineQueries.inPeriod): people by their agency.
		sql.append(" from discipline_record d join person p on p.id = d.person_id")
			.append(IndicatorScope.JOIN_NODES)
			.append("p.agency_id where d.cancelled_on is null and d.effective_on between :from and :to")
			.append(" group by n.branch_id");
		Map<String, Map<Long, Measurement>> values = new HashMap<>();
		this.jdbc.sql(sql.toString()).params(params).query((rs) -> {
			long branch = rs.getLong(1);
			put(values, PEOPLE, branch, rs.getLong(2));
			put(values, DECISIONS, branch, rs.getLong(3));
			int column = 4;
			for (DisciplineForm form : DisciplineForm.values()) {
				put(values, PREFIX + form.name(), branch, rs.getLong(column++));
			}
		});
		return values;
	}

	private static void put(Map<String, Map<Long, Measurement>> values, String id, long branch, long value) {
		values.computeIfAbsent(id, (key) -> new HashMap<>()).put(branch, Measurement.count(value));
	}

}
