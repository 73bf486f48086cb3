package vn.canbo.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.AbstractResourceBasedMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.indicators.Indicator;
import vn.canbo.indicators.IndicatorGroup;
import vn.canbo.indicators.IndicatorScope;
import vn.canbo.indicators.IndicatorSource;
import vn.canbo.indicators.MeasureUnit;
import vn.canbo.indicators.Measurement;

/**
 * A test-only stand-in for the modules' indicators, imported only by the dashboard's
 * tests: the dashboard was built before the people and staffing modules published theirs.
 * It defines a few indicators of the contract (headcount, women, Party members), each
 * only when no module source defines it, so that the same tests run unchanged once they
 * do. Counts the people holding a primary post on the date
 * ({@code staffing_primary_post}). Labels come from the test bundle
 * {@code messages/dashboardsample}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SampleIndicators {

	static final List<Indicator> CONTRACT = List.of(
			new Indicator("staffing.headcount", IndicatorGroup.HEADCOUNT, MeasureUnit.PEOPLE, false, 10,
					(unitId, asOf) -> "/staffing/holders?unitId=" + unitId + "&asOf=" + asOf),
			new Indicator("people.women", IndicatorGroup.COMPOSITION, MeasureUnit.PEOPLE, true, 10,
					(unitId, asOf) -> "/people?unitId=" + unitId + "&asOf=" + asOf + "&gender=FEMALE"),
			new Indicator("people.partyMembers", IndicatorGroup.COMPOSITION, MeasureUnit.PEOPLE, true, 30,
					(unitId, asOf) -> "/people?unitId=" + unitId + "&asOf=" + asOf + "&partyMember=true"));

	@Bean
	IndicatorSource sampleIndicatorSource(ObjectProvider<IndicatorSource> sources, JdbcClient jdbc) {
		return new Source(sources, jdbc);
	}

	@Bean
	static BeanPostProcessor sampleIndicatorLabels() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof AbstractResourceBasedMessageSource messages && "messageSource".equals(beanName)) {
					messages.addBasenames("messages/dashboardsample");
				}
				return bean;
			}
		};
	}

	static final class Source implements IndicatorSource {

		private final ObjectProvider<IndicatorSource> sources;

		private final JdbcClient jdbc;

		private @Nullable List<Indicator> defined;

		Source(ObjectProvider<IndicatorSource> sources, JdbcClient jdbc) {
			this.sources = sources;
			this.jdbc = jdbc;
		}

		@Override
		public List<Indicator> indicators() {
			List<Indicator> known = this.defined;
			if (known == null) {
				Set<String> elsewhere = this.sources.stream()
					.filter((source) -> source != this)
					.flatMap((source) -> source.indicators().stream())
					.map(Indicator::id)
					.collect(Collectors.toSet());
				known = CONTRACT.stream().filter((indicator) -> !elsewhere.contains(indicator.id())).toList();
				this.defined = known;
			}
			return known;
		}

		@Override
		public Map<String, Map<Long, Measurement>> measure(IndicatorScope scope, Set<String> ids) {
			Map<String, Object> params = new HashMap<>();
			scope.bind(params);
			params.put("asOf", scope.asOf());
			Map<String, Map<Long, Measurement>> values = new HashMap<>();
			this.jdbc.sql("""
					select n.branch_id, count(*) as in_post,
					       count(*) filter (where p.gender = 'FEMALE') as women,
					       count(*) filter (where p.party_joined_on <= :asOf) as party
					from staffing_primary_post a
					""" + IndicatorScope.JOIN_NODES + """
					a.unit_id
					join person p on p.id = a.person_id
					where a.valid_from <= :asOf and (a.valid_to is null or a.valid_to > :asOf)
					group by n.branch_id""").params(params).query((rs, row) -> {
				long branch = rs.getLong("branch_id");
				long inPost = rs.getLong("in_post");
				values.computeIfAbsent("staffing.headcount", (id) -> new HashMap<>())
					.put(branch, Measurement.count(inPost));
				values.computeIfAbsent("people.women", (id) -> new HashMap<>())
					.put(branch, Measurement.share(rs.getLong("women"), inPost));
				values.computeIfAbsent("people.partyMembers", (id) -> new HashMap<>())
					.put(branch, Measurement.share(rs.getLong("party"), inPost));
				return branch;
			}).list();
			values.keySet().retainAll(ids);
			return values;
		}

	}

}
