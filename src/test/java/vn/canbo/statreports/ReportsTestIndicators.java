package vn.canbo.statreports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
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
 * Two indicators the report forms name ({@code people.inPost}, {@code people.women}), for
 * the report tests while no module defines them: each only when no real source does, so
 * that once the people module's figures are merged the tests compare against those.
 */
@TestConfiguration(proxyBeanMethods = false)
class ReportsTestIndicators {

	static final String IN_POST = "people.inPost";

	static final String WOMEN = "people.women";

	@Bean
	IndicatorSource reportsTestSource(JdbcClient jdbc, ObjectProvider<IndicatorSource> sources) {
		return new Source(jdbc, sources);
	}

	static final class Source implements IndicatorSource {

		private final JdbcClient jdbc;

		private final ObjectProvider<IndicatorSource> sources;

		Source(JdbcClient jdbc, ObjectProvider<IndicatorSource> sources) {
			this.jdbc = jdbc;
			this.sources = sources;
		}

		@Override
		public List<Indicator> indicators() {
			// Called while the catalogue is built, when every source exists already.
			Set<String> defined = new java.util.HashSet<>();
			this.sources.orderedStream()
				.filter((source) -> source != this)
				.forEach((source) -> source.indicators().forEach((indicator) -> defined.add(indicator.id())));
			return List
				.of(new Indicator(IN_POST, IndicatorGroup.COMPOSITION, MeasureUnit.PEOPLE, false, 0, null),
						new Indicator(WOMEN, IndicatorGroup.COMPOSITION, MeasureUnit.PEOPLE, true, 1, null))
				.stream()
				.filter((indicator) -> !defined.contains(indicator.id()))
				.toList();
		}

		@Override
		public Map<String, Map<Long, Measurement>> measure(IndicatorScope scope, Set<String> ids) {
			Map<String, Object> params = new HashMap<>();
			scope.bind(params);
			params.put("asOf", scope.asOf());
			Map<Long, Measurement> inPost = new HashMap<>();
			Map<Long, Measurement> women = new HashMap<>();
			this.jdbc
				.sql("select n.branch_id, count(*) as in_post, count(*) filter (where p.gender = 'FEMALE') as women"
						+ " from staffing_primary_post a join person p on p.id = a.person_id"
						+ IndicatorScope.JOIN_NODES
						+ "a.unit_id where a.valid_from <= :asOf and (a.valid_to is null or a.valid_to > :asOf)"
						+ " group by n.branch_id")
				.params(params)
				.query((rs, row) -> {
					inPost.put(rs.getLong("branch_id"), Measurement.count(rs.getLong("in_post")));
					women.put(rs.getLong("branch_id"), Measurement.share(rs.getLong("women"), rs.getLong("in_post")));
					return null;
				})
				.list();
			Map<String, Map<Long, Measurement>> values = new HashMap<>();
			values.put(IN_POST, inPost);
			values.put(WOMEN, women);
			return values;
		}

	}

	static LocalDate lastYearEnd(LocalDate today) {
		return LocalDate.of(today.getYear() - 1, 12, 31);
	}

}
