package vn.canbo.streamlining;

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
import vn.canbo.security.CurrentUsers;
import vn.canbo.security.Role;

/**
 * The dashboard's streamlining figures: the people on the screening list at the date (a
 * case and no exclusion, as the list counts them), the decisions of the date's year and
 * the sum of their payouts.
 */
@Component
class StreamliningIndicators implements IndicatorSource {

	// Ids assembled, as an id is not a message key (its label is indicator.<id>).
	static final String CANDIDATES = "streamlining" + '.' + "candidates";

	static final String DECISIONS = "streamlining" + '.' + "decisions";

	static final String PAYOUTS = "streamlining" + '.' + "payouts";

	private static final List<Indicator> INDICATORS = List.of(
			new Indicator(CANDIDATES, IndicatorGroup.CAREERS, MeasureUnit.PEOPLE, false, 30,
					(unit, day) -> "/streamlining?unitId=" + unit + "&asOf=" + day + "&status=CANDIDATES"),
			new Indicator(DECISIONS, IndicatorGroup.CAREERS, MeasureUnit.DECISIONS, false, 31,
					(unit, day) -> "/streamlining/plan?unitId=" + unit + "&year=" + day.getYear()),
			new Indicator(PAYOUTS, IndicatorGroup.CAREERS, MeasureUnit.AMOUNT, false, 32,
					(unit, day) -> "/streamlining/plan?unitId=" + unit + "&year=" + day.getYear()));

	private final JdbcClient jdbc;

	private final Rules rules;

	private final CurrentUsers users;

	StreamliningIndicators(JdbcClient jdbc, Rules rules, CurrentUsers users) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.users = users;
	}

	@Override
	public List<Indicator> indicators() {
		return INDICATORS;
	}

	/**
	 * Those who read the list: the count of a small branch would name who is pregnant,
	 * disciplined or about to leave.
	 */
	@Override
	public boolean readable(Indicator indicator) {
		return this.users.find().map((user) -> user.hasAny(Role.ADMIN, Role.ORG_OFFICER, Role.LEADER)).orElse(false);
	}

	@Override
	public Map<String, Map<Long, Measurement>> measure(IndicatorScope scope, Set<String> ids) {
		Map<String, Map<Long, Measurement>> values = new HashMap<>();
		LocalDate day = scope.asOf();
		if (ids.contains(CANDIDATES)) {
			this.rules.inForce(RuleKey.STREAMLINING_SCREENING, day).ifPresent((rule) -> {
				Map<String, Object> params = new HashMap<>();
				scope.bind(params);
				params.put("day", day);
				params.put("year", day.getYear());
				params.put("firstYear", day.getYear() - rule.parameter("ratingYears") + 1);
				params.put("maternityFrom", day.withDayOfMonth(1).minusMonths(1));
				params.put("maternityTo", day.withDayOfMonth(1));
				params.put("cases", java.util.Arrays.stream(StreamliningCase.values()).map(Enum::name).toList());
				params.put("exclusions", java.util.Arrays.stream(Exclusion.values()).map(Enum::name).toList());
				this.jdbc
					.sql("select n.branch_id, count(*) from person p" + IndicatorScope.JOIN_NODES
							+ """
									p.agency_id
									where (exists (select 1 from ratings_approved_rating r where r.person_id = p.id
											and r.level = 'NOT_COMPLETED' and r.year between :firstYear and :year)
										or exists (select 1 from streamlining_fact f where f.person_id = p.id and f.kind in (:cases)
											and f.valid_from <= :day and (f.valid_to is null or f.valid_to > :day)))
									and not exists (select 1 from streamlining_fact f where f.person_id = p.id
										and f.kind in (:exclusions) and f.valid_from <= :day and (f.valid_to is null or f.valid_to > :day))
									and not exists (select 1 from work_closed_month_result m where m.person_id = p.id
										and m.absence = 'MATERNITY' and m.month between :maternityFrom and :maternityTo)
									and not exists (select 1 from discipline_decision d where d.person_id = p.id
										and d.effective_on <= :day and (d.lapses_on is null or d.lapses_on > :day))
									group by n.branch_id""")
					.params(params)
					.query((rs) -> {
						put(values, CANDIDATES, rs.getLong(1), rs.getLong(2));
					});
			});
		}
		if (ids.contains(DECISIONS) || ids.contains(PAYOUTS)) {
			Map<String, Object> params = new HashMap<>();
			scope.bind(params);
			params.put("year", day.getYear());
			this.jdbc
				.sql("select n.branch_id, count(*), coalesce(sum(s.total), 0) from streamlining_decision s"
						+ IndicatorScope.JOIN_NODES + "s.unit_id where s.year = :year group by n.branch_id")
				.params(params)
				.query((rs) -> {
					put(values, DECISIONS, rs.getLong(1), rs.getLong(2));
					put(values, PAYOUTS, rs.getLong(1), rs.getLong(3));
				});
		}
		return values;
	}

	private static void put(Map<String, Map<Long, Measurement>> values, String id, long branch, long value) {
		values.computeIfAbsent(id, (key) -> new HashMap<>()).put(branch, Measurement.count(value));
	}

}
