package vn.canbo.targets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.indicators.Indicator;
import vn.canbo.indicators.IndicatorGroup;
import vn.canbo.indicators.IndicatorScope;
import vn.canbo.indicators.IndicatorSource;
import vn.canbo.indicators.MeasureUnit;
import vn.canbo.indicators.Measurement;

/**
 * Two indicators for the targets' tests, measured over real rows (the people holding a
 * primary post in the subtree on the date, from staffing's published view), so that a
 * test's own agency, people and posts give hand-computable values at any date. The
 * people-facts slice defines {@code people.women} and {@code people.inPost} the same way;
 * these test ids keep the tests independent of it. Imported only by the targets' tests.
 */
@TestConfiguration(proxyBeanMethods = false)
public class WomenInPostIndicators {

	public static final String WOMEN = "test.women";

	public static final String IN_POST = "test.inPost";

	@Bean
	IndicatorSource womenInPost(JdbcClient jdbc) {
		return new IndicatorSource() {

			@Override
			public List<Indicator> indicators() {
				return List.of(new Indicator(WOMEN, IndicatorGroup.COMPOSITION, MeasureUnit.PEOPLE, true, 1, null),
						new Indicator(IN_POST, IndicatorGroup.HEADCOUNT, MeasureUnit.PEOPLE, false, 1, null));
			}

			@Override
			public Map<String, Map<Long, Measurement>> measure(IndicatorScope scope, Set<String> ids) {
				Map<String, Object> params = new HashMap<>();
				scope.bind(params);
				params.put("asOf", scope.asOf());
				Map<Long, Measurement> women = new HashMap<>();
				Map<Long, Measurement> inPost = new HashMap<>();
				jdbc.sql("select n.branch_id, count(*) filter (where p.gender = 'FEMALE') as women, count(*) as people "
						+ "from staffing_primary_post s" + IndicatorScope.JOIN_NODES + "s.unit_id "
						+ "join person p on p.id = s.person_id "
						+ "where (s.valid_from is null or s.valid_from <= :asOf) "
						+ "and (s.valid_to is null or s.valid_to > :asOf) group by n.branch_id")
					.params(params)
					.query((rs, row) -> {
						long branch = rs.getLong("branch_id");
						women.put(branch, Measurement.share(rs.getLong("women"), rs.getLong("people")));
						inPost.put(branch, Measurement.count(rs.getLong("people")));
						return branch;
					})
					.list();
				return Map.of(WOMEN, women, IN_POST, inPost);
			}

		};
	}

}
