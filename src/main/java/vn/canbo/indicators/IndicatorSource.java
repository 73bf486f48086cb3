package vn.canbo.indicators;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module's indicators and the queries that measure them: a bean of the module that owns
 * the data. A source measures all the indicators asked of it at once, so that one query
 * (with {@code count(*) filter (where …)}) gives many figures.
 */
public interface IndicatorSource {

	/** The indicators this source defines. */
	List<Indicator> indicators();

	/**
	 * Measures the indicators asked (all of this source's, or some) over the scope.
	 * @param scope the unit, date and nodes
	 * @param ids the ids asked, all defined by this source
	 * @return per indicator id, the measurement per branch id
	 * ({@link vn.canbo.orgunits.SubtreeNode#branchId()}); a branch with nothing may be
	 * missing, and an indicator with no value anywhere too
	 */
	Map<String, Map<Long, Measurement>> measure(IndicatorScope scope, Set<String> ids);

	/**
	 * Whether the signed-in user may read the indicator's values at all: a figure the
	 * user's role may not read (e.g. discipline for a viewer, decision 012) is left out
	 * of a measurement rather than shown as 0.
	 * @param indicator one of this source's indicators
	 * @return true unless the source says otherwise
	 */
	default boolean readable(Indicator indicator) {
		return true;
	}

}
