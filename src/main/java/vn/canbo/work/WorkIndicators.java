package vn.canbo.work;

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
 * The month's evaluation progress (tiến độ đánh giá tháng) of a unit, the month being the
 * date's: the people on the month board ({@code /work/months}) and how many of them sent
 * their plan, had it approved, were scored and had their month closed. One query over the
 * same people as the board, with the same stage conditions as its filter
 * ({@link MonthStage}).
 */
@Component
class WorkIndicators implements IndicatorSource {

	static final String MODULE = "work";

	/**
	 * An indicator id, {@code <module>.<name>}: composed rather than written whole, for
	 * an id is no message key (its label is {@code indicator.<id>}) and dotted literals
	 * are read as keys by the bundle checks.
	 */
	static String id(String name) {
		return MODULE + '.' + name;
	}

	static final String EXPECTED = id("month.expected");

	/** The stage each share counts, by indicator id. */
	static final Map<String, MonthStage> STAGES = Map.of(id("month.plansSent"), MonthStage.PLAN_SENT,
			id("month.plansApproved"), MonthStage.PLAN_APPROVED, id("month.scored"), MonthStage.SCORED,
			id("month.closed"), MonthStage.CLOSED);

	private final JdbcClient jdbc;

	WorkIndicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Indicator> indicators() {
		return List.of(
				new Indicator(EXPECTED, IndicatorGroup.WORK, MeasureUnit.PEOPLE, false, 10, WorkIndicators::board),
				stage(id("month.plansSent"), 20), stage(id("month.plansApproved"), 30), stage(id("month.scored"), 40),
				stage(id("month.closed"), 50));
	}

	private static Indicator stage(String id, int order) {
		MonthStage stage = STAGES.get(id);
		return new Indicator(id, IndicatorGroup.WORK, MeasureUnit.PEOPLE, true, order,
				(unitId, asOf) -> board(unitId, asOf) + "&stage=" + stage.name());
	}

	/** The month board of the unit for the date's month. */
	static String board(long unitId, LocalDate asOf) {
		return "/work/months?unitId=" + unitId + "&month=" + asOf.toString().substring(0, 7);
	}

	@Override
	public Map<String, Map<Long, Measurement>> measure(IndicatorScope scope, Set<String> ids) {
		Map<String, Object> params = new HashMap<>();
		params.put("month", scope.asOf().withDayOfMonth(1));
		scope.bind(params);
		Map<String, Map<Long, Measurement>> values = new HashMap<>();
		String sql = "select n.branch_id, count(*), " + count(MonthStage.PLAN_SENT) + ", "
				+ count(MonthStage.PLAN_APPROVED) + ", " + count(MonthStage.SCORED) + ", " + count(MonthStage.CLOSED)
				+ " from " + Evaluations.ON_BOARD_PEOPLE + " join person p on p.id = b.person_id"
				+ IndicatorScope.JOIN_NODES + "p.agency_id"
				+ " left join monthly_evaluation e on e.person_id = p.id and e.month = :month"
				+ " left join monthly_plan mp on mp.person_id = p.id and mp.month = :month group by n.branch_id";
		this.jdbc.sql(sql).params(params).query((rs) -> {
			long branch = rs.getLong(1);
			long expected = rs.getLong(2);
			values.computeIfAbsent(EXPECTED, (id) -> new HashMap<>()).put(branch, Measurement.count(expected));
			put(values, id("month.plansSent"), branch, rs.getLong(3), expected);
			put(values, id("month.plansApproved"), branch, rs.getLong(4), expected);
			put(values, id("month.scored"), branch, rs.getLong(5), expected);
			put(values, id("month.closed"), branch, rs.getLong(6), expected);
		});
		return values;
	}

	private static String count(MonthStage stage) {
		return "count(*) filter (where " + stage.sql + ")";
	}

	private static void put(Map<String, Map<Long, Measurement>> values, String id, long branch, long value,
			long expected) {
		values.computeIfAbsent(id, (key) -> new HashMap<>()).put(branch, Measurement.share(value, expected));
	}

}
