package vn.canbo.staffing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.canbo.orgunits.SubtreeNode;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.shared.PageResult;

/**
 * Standards compliance in SQL: every primary assignment in force on the date, joined to
 * the standard of its title or job position in force then and to the person's
 * qualifications, with one flag per requirement. The report, the drill-down list and a
 * single person's verdict all read the same flags, so they cannot disagree.
 */
@Component
class StandardQueries {

	/** Grades of the northern 10-year system as grades of today's 12-year one. */
	private static final String GRADE = "case when p.education_system = 10 then (array[1,2,3,5,6,8,9,10,11,12])[p.education_grade] else p.education_grade end";

	/** Whole years of age on the date (:asOfYear, :asOfMonthDay = month * 100 + day). */
	private static final String AGE = "(:asOfYear - p.birth_year - case when coalesce(p.birth_month, 1) * 100"
			+ " + coalesce(p.birth_day, 1) > :asOfMonthDay then 1 else 0 end)";

	/**
	 * One bit per failed requirement (bit = {@link Requirement#ordinal()}), 0 when the
	 * standard is met: computed once per row, so that the report is a plain group-by and
	 * the work stays in PostgreSQL's parallel workers.
	 */
	private static final String MASK = String.join(" + ",
			bit("s.min_general_education is null or coalesce(" + GRADE + ", 0) >= s.min_general_education",
					Requirement.GENERAL_EDUCATION),
			bit("s.ok_professional is null or p.professional_level = any(s.ok_professional)",
					Requirement.PROFESSIONAL_LEVEL),
			bit("s.fields_pattern is null or coalesce(lower(p.professional_field) ~ s.fields_pattern, false)",
					Requirement.PROFESSIONAL_FIELD),
			bit("s.ok_theory is null or p.political_theory_level = any(s.ok_theory)", Requirement.POLITICAL_THEORY),
			bit("s.ok_management is null or p.state_management_level = any(s.ok_management)",
					Requirement.STATE_MANAGEMENT),
			bit("s.min_age is null or " + AGE + " >= s.min_age", Requirement.MIN_AGE),
			bit("s.max_age is null or " + AGE + " <= s.max_age", Requirement.MAX_AGE));

	private static final String JUDGED_TEMPLATE = """
			select a.person_id, a.unit_id, n.branch_id, a.category, a.title_id, a.job_position_id, s.id as standard_id,
			       {age} as age_years, {mask} as mask
			from assignment a
			{nodes}
			join post_standard s on coalesce(s.title_id, -s.job_position_id) = coalesce(a.title_id, -a.job_position_id)
			     and (s.valid_from is null or s.valid_from <= :asOf) and (s.valid_to is null or s.valid_to > :asOf)
			join person p on p.id = a.person_id
			where a.kind = 'PRIMARY' and a.valid_from <= :asOf and (a.valid_to is null or a.valid_to > :asOf)
			""".replace("{age}", AGE).replace("{mask}", MASK);

	/** The judged assignments of the nodes bound by {@link StaffingNodes}. */
	static final String JUDGED = JUDGED_TEMPLATE.replace("{nodes}", StaffingNodes.JOIN + "a.unit_id");

	/** The judged assignments of anywhere (filtered further by the caller). */
	private static final String JUDGED_ANYWHERE = JUDGED_TEMPLATE.replace("{nodes}",
			"cross join (select cast(0 as bigint) as branch_id) n");

	private static String bit(String condition, Requirement requirement) {
		return "(case when " + condition + " then 0 else " + (1 << requirement.ordinal()) + " end)";
	}

	private final JdbcClient jdbc;

	StandardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts per branch and category: judged, meeting, and failing each requirement. */
	List<ComplianceReport.Row> counts(List<SubtreeNode> nodes, LocalDate asOf) {
		Map<String, Map<PersonnelCategory, long[]>> tallies = new LinkedHashMap<>();
		StaffingNodes.tune(this.jdbc);
		this.jdbc.sql("select branch_id, category, mask, count(*) from (" + JUDGED + ") judged group by 1, 2, 3")
			.params(params(nodes, asOf))
			.query((rs, row) -> {
				long[] tally = tallies
					.computeIfAbsent(rs.getString(1), (branch) -> new EnumMap<>(PersonnelCategory.class))
					.computeIfAbsent(PersonnelCategory.valueOf(rs.getString(2)),
							(category) -> new long[2 + Requirement.values().length]);
				int mask = rs.getInt(3);
				long count = rs.getLong(4);
				tally[0] += count;
				tally[1] += (mask == 0) ? count : 0;
				for (Requirement requirement : failing(mask)) {
					tally[2 + requirement.ordinal()] += count;
				}
				return mask;
			})
			.list();
		List<ComplianceReport.Row> rows = new ArrayList<>();
		tallies.forEach((branch, perCategory) -> perCategory.forEach((category, tally) -> {
			Map<Requirement, Long> failures = new EnumMap<>(Requirement.class);
			for (Requirement requirement : Requirement.values()) {
				failures.put(requirement, tally[2 + requirement.ordinal()]);
			}
			rows.add(new ComplianceReport.Row(Long.parseLong(branch), category, tally[0], tally[1], failures));
		}));
		return rows;
	}

	/** One page of the people judged, failing first, then in name order. */
	PageResult<CompliancePerson> people(List<SubtreeNode> nodes, LocalDate asOf, @Nullable PersonnelCategory category,
			Verdicts verdicts, int page, int size) {
		Map<String, Object> params = params(nodes, asOf);
		String where = where(category, verdicts, params);
		params.put("limit", size);
		params.put("offset", (long) page * size);
		long[] total = { 0 };
		StaffingNodes.tune(this.jdbc);
		List<CompliancePerson> items = this.jdbc.sql(peopleSql(where) + " limit :limit offset :offset")
			.params(params)
			.query((rs, row) -> {
				total[0] = rs.getLong("total_count");
				return person(rs);
			})
			.list();
		return new PageResult<>(items, total[0], page, size);
	}

	/** Every person judged, for the export. */
	void forEachPerson(List<SubtreeNode> nodes, LocalDate asOf, @Nullable PersonnelCategory category, Verdicts verdicts,
			Consumer<CompliancePerson> consumer) {
		Map<String, Object> params = params(nodes, asOf);
		String where = where(category, verdicts, params);
		this.jdbc.sql(peopleSql(where)).params(params).query((rs, row) -> person(rs)).list().forEach(consumer);
	}

	/**
	 * The flags of one person's primary assignment on the date, if a standard applies.
	 */
	Optional<Judged> person(long personId, LocalDate asOf) {
		return this.jdbc.sql(JUDGED_ANYWHERE + " and a.person_id = :personId")
			.param("asOf", asOf)
			.param("personId", personId)
			.param("asOfYear", asOf.getYear())
			.param("asOfMonthDay", asOf.getMonthValue() * 100 + asOf.getDayOfMonth())
			.query((rs, row) -> new Judged(rs.getLong("standard_id"), rs.getInt("age_years"), flags(rs.getInt("mask"))))
			.optional();
	}

	/**
	 * The flags of the person against the standard of a title in force on the date (the
	 * title they are planned for, not the post they hold), if the title declares one.
	 */
	Optional<Judged> personForTitle(long personId, long titleId, LocalDate asOf) {
		return this.jdbc.sql("""
				select s.id as standard_id, {age} as age_years, {mask} as mask
				from post_standard s join person p on p.id = :personId
				where s.title_id = :titleId and (s.valid_from is null or s.valid_from <= :asOf)
					and (s.valid_to is null or s.valid_to > :asOf)
				order by s.valid_from desc nulls last, s.id desc""".replace("{age}", AGE).replace("{mask}", MASK))
			.param("asOf", asOf)
			.param("personId", personId)
			.param("titleId", titleId)
			.param("asOfYear", asOf.getYear())
			.param("asOfMonthDay", asOf.getMonthValue() * 100 + asOf.getDayOfMonth())
			.query((rs, row) -> new Judged(rs.getLong("standard_id"), rs.getInt("age_years"), flags(rs.getInt("mask"))))
			.list()
			.stream()
			// one version is in force at a time (a new one ends the one before); the
			// latest
			// if not
			.findFirst();
	}

	private static String peopleSql(String where) {
		return "select j.person_id, p.full_name, p.birth_year, p.gender, j.category, u.name as unit_name,"
				+ " coalesce(t.name, jp.name) as post_name, j.mask," + " count(*) over () as total_count from ("
				+ JUDGED + ") j join person p on p.id = j.person_id"
				+ " join org_unit u on u.id = j.unit_id left join post_title t on t.id = j.title_id"
				+ " left join job_position jp on jp.id = j.job_position_id where true" + where
				+ " order by (j.mask = 0), p.sort_key, p.id";
	}

	private static String where(@Nullable PersonnelCategory category, Verdicts verdicts, Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		if (category != null) {
			where.append(" and j.category = :category");
			params.put("category", category.name());
		}
		where.append(verdicts.condition());
		return where.toString();
	}

	private static CompliancePerson person(ResultSet rs) throws SQLException {
		return new CompliancePerson(rs.getLong("person_id"), rs.getString("full_name"), rs.getInt("birth_year"),
				PersonnelCategory.valueOf(rs.getString("category")), rs.getString("unit_name"),
				rs.getString("post_name"), failing(rs.getInt("mask")));
	}

	static List<Requirement> failing(int mask) {
		List<Requirement> failing = new ArrayList<>();
		for (Requirement requirement : Requirement.values()) {
			if ((mask & (1 << requirement.ordinal())) != 0) {
				failing.add(requirement);
			}
		}
		return failing;
	}

	private static Map<Requirement, Boolean> flags(int mask) {
		Map<Requirement, Boolean> flags = new EnumMap<>(Requirement.class);
		for (Requirement requirement : Requirement.values()) {
			flags.put(requirement, (mask & (1 << requirement.ordinal())) == 0);
		}
		return flags;
	}

	private static Map<String, Object> params(List<SubtreeNode> nodes, LocalDate asOf) {
		Map<String, Object> params = new HashMap<>();
		params.put("asOf", asOf);
		params.put("asOfYear", asOf.getYear());
		params.put("asOfMonthDay", asOf.getMonthValue() * 100 + asOf.getDayOfMonth());
		StaffingNodes.bind(nodes, params);
		return params;
	}

	/** One person's flags with the facts the verdict shows. */
	record Judged(long standardId, int ageYears, Map<Requirement, Boolean> flags) {

	}

}
