package vn.canbo.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.canbo.indicators.Indicator;
import vn.canbo.indicators.IndicatorGroup;
import vn.canbo.indicators.IndicatorScope;
import vn.canbo.indicators.IndicatorSource;
import vn.canbo.indicators.MeasureUnit;
import vn.canbo.indicators.Measurement;

/**
 * The people module's figures (cơ cấu đội ngũ): who the people of a unit are on a date —
 * sex, ethnicity, religion, Party, local or not, age groups and qualification levels — as
 * shares of those holding a primary post in its subtree then ({@value #IN_POST}).
 *
 * <p>
 * Each figure is a {@link PersonFilter} on a person's facts: its count is the list's own
 * condition ({@link PersonQueries#facts}) inside one {@code count(*) filter (where …)}
 * per figure, all in one scan per branch, and its link opens {@code /people} with the
 * same filter and date, so the number and the list it opens always agree.
 */
@Component
class PeopleIndicators implements IndicatorSource {

	/**
	 * The module's name, the first part of its indicators' ids ({@code people.women}).
	 * The ids are put together from it rather than written out, so that they are not
	 * mistaken for message keys: their labels are {@code indicator.<id>}.
	 */
	private static final String MODULE = "people";

	/** Everyone holding a primary post in the subtree on the date. */
	static final String IN_POST = id("inPost");

	private final JdbcClient jdbc;

	private final List<Counted> counted;

	PeopleIndicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.counted = counted();
	}

	/**
	 * One figure: its indicator's id, group and order, and whom it counts.
	 */
	record Counted(String id, IndicatorGroup group, int order, PersonFilter filter) {

		Indicator indicator() {
			PersonFilter filter = this.filter;
			return new Indicator(this.id, this.group, MeasureUnit.PEOPLE, !IN_POST.equals(this.id), this.order,
					(unitId, asOf) -> link(unitId, asOf, filter));
		}

	}

	@Override
	public List<Indicator> indicators() {
		return this.counted.stream().map(Counted::indicator).toList();
	}

	@Override
	public Map<String, Map<Long, Measurement>> measure(IndicatorScope scope, Set<String> ids) {
		List<Counted> asked = this.counted.stream()
			.filter((figure) -> !IN_POST.equals(figure.id()) && ids.contains(figure.id()))
			.toList();
		Map<String, Object> params = new HashMap<>();
		scope.bind(params);
		params.put("asOf", scope.asOf());
		StringBuilder sql = new StringBuilder("select n.branch_id, count(*)");
		for (int i = 0; i < asked.size(); i++) {
			sql.append(", count(*) filter (where true")
				.append(PersonQueries.facts(asked.get(i).filter(), scope.asOf(), true, "f" + i + "_", params))
				.append(")");
		}
		sql.append(" from staffing_primary_post a")
			.append(IndicatorScope.JOIN_NODES)
			.append("a.unit_id join person p on p.id = a.person_id where ")
			.append(PersonQueries.heldOn("a"))
			.append(" group by n.branch_id");
		// Plans for this subtree and date (not a generic one guessing the node arrays)
		// and room to hash a province's posts in memory, as the staffing report has;
		// for the measuring transaction only.
		this.jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		this.jdbc.sql("set local work_mem = '64MB'").update();
		Map<String, Map<Long, Measurement>> values = new HashMap<>();
		this.jdbc.sql(sql.toString()).params(params).query((rs) -> {
			long branch = rs.getLong(1);
			long inPost = rs.getLong(2);
			values.computeIfAbsent(IN_POST, (id) -> new HashMap<>()).put(branch, Measurement.count(inPost));
			for (int i = 0; i < asked.size(); i++) {
				values.computeIfAbsent(asked.get(i).id(), (id) -> new HashMap<>())
					.put(branch, Measurement.share(rs.getLong(3 + i), inPost));
			}
		});
		return values;
	}

	/** The list of the people a figure counts in the unit's subtree on the date. */
	static String link(long unitId, LocalDate asOf, PersonFilter filter) {
		StringBuilder href = new StringBuilder("/people?unitId=").append(unitId).append("&asOf=").append(asOf);
		filter.factParameters().forEach((parameter) -> href.append('&').append(parameter));
		return href.toString();
	}

	private static List<Counted> counted() {
		List<Counted> all = new ArrayList<>();
		IndicatorGroup composition = IndicatorGroup.COMPOSITION;
		all.add(new Counted(IN_POST, composition, 0, PersonFilter.none()));
		all.add(figure(id("women"), composition, 10, women()));
		all.add(figure(id("minorities"), composition, 20,
				new PersonFilter(null, null, null, null, null, null, null, true, null, null, null, null, null)));
		all.add(figure(id("religious"), composition, 30, new PersonFilter(null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, true, null)));
		all.add(figure(id("partyMembers"), composition, 40,
				new PersonFilter(null, null, null, null, null, null, null, null, null, null, null, true, null)));
		all.add(figure(id("local"), composition, 50, local(true)));
		all.add(figure(id("nonLocal"), composition, 60, local(false)));
		IndicatorGroup age = IndicatorGroup.AGE;
		all.add(figure(id("age.upTo30"), age, 10, ages(null, 30)));
		all.add(figure(id("age.31to40"), age, 20, ages(31, 40)));
		all.add(figure(id("age.41to50"), age, 30, ages(41, 50)));
		all.add(figure(id("age.51to60"), age, 40, ages(51, 60)));
		all.add(figure(id("age.over60"), age, 50, ages(61, null)));
		IndicatorGroup qualifications = IndicatorGroup.QUALIFICATIONS;
		all.add(figure(id("education.upperSecondary"), qualifications, 5,
				new PersonFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
						null, null, null, null, GeneralEducation.UPPER_SECONDARY)));
		for (ProfessionalLevel level : ProfessionalLevel.values()) {
			all.add(figure(id("professional." + level.name()), qualifications, 10 + level.ordinal(),
					new PersonFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
							level, null, null, null, null)));
		}
		all.add(figure(id("professional.universityOrAbove"), qualifications, 19, new PersonFilter(null, null, null,
				null, null, null, null, null, ProfessionalLevel.DAI_HOC, null, null, null, null)));
		for (PoliticalTheoryLevel level : PoliticalTheoryLevel.values()) {
			all.add(figure(id("politicalTheory." + level.name()), qualifications, 20 + level.ordinal(),
					new PersonFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
							null, level, null, null, null)));
		}
		all.add(figure(id("politicalTheory.intermediateOrAbove"), qualifications, 29, new PersonFilter(null, null, null,
				null, null, null, null, null, null, PoliticalTheoryLevel.TRUNG_CAP, null, null, null)));
		for (StateManagementLevel level : StateManagementLevel.values()) {
			all.add(figure(id("stateManagement." + level.name()), qualifications, 30 + level.ordinal(),
					new PersonFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
							null, null, level, null, null)));
		}
		return List.copyOf(all);
	}

	private static String id(String name) {
		return MODULE + "." + name;
	}

	private static Counted figure(String id, IndicatorGroup group, int order, PersonFilter filter) {
		return new Counted(id, group, order, filter);
	}

	private static PersonFilter women() {
		return new PersonFilter(null, null, null, Gender.FEMALE, null, null, null, null, null, null, null, null, null);
	}

	private static PersonFilter local(boolean local) {
		return new PersonFilter(null, null, null, null, null, null, null, null, null, null, null, null, local);
	}

	private static PersonFilter ages(@Nullable Integer from, @Nullable Integer to) {
		return new PersonFilter(null, null, null, null, from, to, null, null, null, null, null, null, null);
	}

}
