package vn.canbo.staffing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

	private static final String PROFESSIONAL = "array['NONE','SO_CAP','TRUNG_CAP','CAO_DANG','DAI_HOC','THAC_SI','TIEN_SI']";

	private static final String MANAGEMENT = "array['NONE','CHUYEN_VIEN','CHUYEN_VIEN_CHINH','CHUYEN_VIEN_CAO_CAP']";

	/** Grades of the northern 10-year system as grades of today's 12-year one. */
	private static final String GRADE = "case when p.education_system = 10 then (array[1,2,3,5,6,8,9,10,11,12])[p.education_grade] else p.education_grade end";

	private static final String AGE = "date_part('year', age(cast(:asOf as date), make_date(p.birth_year, coalesce(p.birth_month, 1), coalesce(p.birth_day, 1))))";

	private static final String JUDGED_TEMPLATE = """
			select a.person_id, a.unit_id, n.branch_id, a.category, a.title_id, a.job_position_id, s.id as standard_id,
			       {grade} as general_grade, {age} as age_years,
			       (s.min_general_education is null or coalesce({grade}, 0) >= s.min_general_education) as general_ok,
			       (s.min_professional_level is null or coalesce(array_position({professional}, p.professional_level), 1)
			            >= array_position({professional}, s.min_professional_level)) as professional_ok,
			       (s.professional_fields is null or exists (select 1 from unnest(string_to_array(s.professional_fields, ';')) f
			            where starts_with(lower(p.professional_field), lower(trim(f))))) as field_ok,
			       (s.min_political_theory is null or {theory:p.political_theory_level} >= {theory:s.min_political_theory}) as theory_ok,
			       (s.min_state_management is null or coalesce(array_position({management}, p.state_management_level), 1)
			            >= array_position({management}, s.min_state_management)) as management_ok,
			       (s.min_age is null or {age} >= s.min_age) as min_age_ok,
			       (s.max_age is null or {age} <= s.max_age) as max_age_ok
			from assignment a
			{nodes}
			join post_standard s on coalesce(s.title_id, -s.job_position_id) = coalesce(a.title_id, -a.job_position_id)
			     and (s.valid_from is null or s.valid_from <= :asOf) and (s.valid_to is null or s.valid_to > :asOf)
			join person p on p.id = a.person_id
			where a.kind = 'PRIMARY' and a.valid_from <= :asOf and (a.valid_to is null or a.valid_to > :asOf)
			""";

	/** The judged assignments of the nodes bound by {@link StaffingNodes}. */
	static final String JUDGED = judged(StaffingNodes.JOIN + "a.unit_id");

	/** The judged assignments of anywhere (filtered further by the caller). */
	private static final String JUDGED_ANYWHERE = judged("cross join (select cast(0 as bigint) as branch_id) n");

	private static String judged(String nodes) {
		return JUDGED_TEMPLATE.replace("{nodes}", nodes)
			.replace("{grade}", GRADE)
			.replace("{age}", AGE)
			.replace("{professional}", PROFESSIONAL)
			.replace("{management}", MANAGEMENT)
			.replaceAll("\\{theory:([a-z_.]+)}",
					"(case $1 when 'SO_CAP' then 1 when 'TRUNG_CAP' then 2 when 'CAO_CAP' then 3 when 'CU_NHAN' then 3 else 0 end)");
	}

	static final String MEETS = "(general_ok and professional_ok and field_ok and theory_ok and management_ok and min_age_ok and max_age_ok)";

	private final JdbcClient jdbc;

	StandardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts per branch and category: judged, meeting, and failing each requirement. */
	List<ComplianceReport.Row> counts(List<SubtreeNode> nodes, LocalDate asOf) {
		Map<String, Object> params = params(nodes, asOf);
		StringBuilder failing = new StringBuilder();
		for (Requirement requirement : Requirement.values()) {
			failing.append(", count(*) filter (where not ").append(flag(requirement)).append(")");
		}
		return this.jdbc
			.sql("select branch_id, category, count(*), count(*) filter (where " + MEETS + ")" + failing + " from ("
					+ JUDGED + ") judged group by branch_id, category")
			.params(params)
			.query((rs, row) -> {
				Map<Requirement, Long> failures = new java.util.EnumMap<>(Requirement.class);
				for (Requirement requirement : Requirement.values()) {
					failures.put(requirement, rs.getLong(5 + requirement.ordinal()));
				}
				return new ComplianceReport.Row(rs.getLong(1), PersonnelCategory.valueOf(rs.getString(2)),
						rs.getLong(3), rs.getLong(4), failures);
			})
			.list();
	}

	/** One page of the people judged, failing first, then in name order. */
	PageResult<CompliancePerson> people(List<SubtreeNode> nodes, LocalDate asOf, @Nullable PersonnelCategory category,
			boolean failingOnly, int page, int size) {
		Map<String, Object> params = params(nodes, asOf);
		String where = where(category, failingOnly, params);
		params.put("limit", size);
		params.put("offset", (long) page * size);
		long[] total = { 0 };
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
	void forEachPerson(List<SubtreeNode> nodes, LocalDate asOf, @Nullable PersonnelCategory category,
			boolean failingOnly, Consumer<CompliancePerson> consumer) {
		Map<String, Object> params = params(nodes, asOf);
		String where = where(category, failingOnly, params);
		this.jdbc.sql(peopleSql(where)).params(params).query((rs, row) -> person(rs)).list().forEach(consumer);
	}

	/**
	 * The flags of one person's primary assignment on the date, if a standard applies.
	 */
	java.util.Optional<Judged> person(long personId, LocalDate asOf) {
		return this.jdbc.sql(JUDGED_ANYWHERE + " and a.person_id = :personId")
			.param("asOf", asOf)
			.param("personId", personId)
			.query((rs, row) -> new Judged(rs.getLong("standard_id"), rs.getObject("general_grade", Integer.class),
					rs.getInt("age_years"), flags(rs)))
			.optional();
	}

	private static String peopleSql(String where) {
		return "select j.person_id, p.full_name, p.birth_year, p.gender, j.category, u.name as unit_name,"
				+ " coalesce(t.name, jp.name) as post_name, " + MEETS + " as meets, j.*,"
				+ " count(*) over () as total_count from (" + JUDGED + ") j join person p on p.id = j.person_id"
				+ " join org_unit u on u.id = j.unit_id left join post_title t on t.id = j.title_id"
				+ " left join job_position jp on jp.id = j.job_position_id where true" + where + " order by " + MEETS
				+ ", p.sort_key, p.id";
	}

	private static String where(@Nullable PersonnelCategory category, boolean failingOnly, Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		if (category != null) {
			where.append(" and j.category = :category");
			params.put("category", category.name());
		}
		if (failingOnly) {
			where.append(" and not ").append(MEETS.replace("(", "(j.").replace(" and ", " and j."));
		}
		return where.toString();
	}

	private static CompliancePerson person(ResultSet rs) throws SQLException {
		List<Requirement> failing = new ArrayList<>();
		flags(rs).forEach((requirement, met) -> {
			if (!met) {
				failing.add(requirement);
			}
		});
		return new CompliancePerson(rs.getLong("person_id"), rs.getString("full_name"), rs.getInt("birth_year"),
				PersonnelCategory.valueOf(rs.getString("category")), rs.getString("unit_name"),
				rs.getString("post_name"), failing);
	}

	private static Map<Requirement, Boolean> flags(ResultSet rs) throws SQLException {
		Map<Requirement, Boolean> flags = new java.util.EnumMap<>(Requirement.class);
		for (Requirement requirement : Requirement.values()) {
			flags.put(requirement, rs.getBoolean(flag(requirement)));
		}
		return flags;
	}

	private static String flag(Requirement requirement) {
		return switch (requirement) {
			case GENERAL_EDUCATION -> "general_ok";
			case PROFESSIONAL_LEVEL -> "professional_ok";
			case PROFESSIONAL_FIELD -> "field_ok";
			case POLITICAL_THEORY -> "theory_ok";
			case STATE_MANAGEMENT -> "management_ok";
			case MIN_AGE -> "min_age_ok";
			case MAX_AGE -> "max_age_ok";
		};
	}

	private static Map<String, Object> params(List<SubtreeNode> nodes, LocalDate asOf) {
		Map<String, Object> params = new HashMap<>();
		params.put("asOf", asOf);
		StaffingNodes.bind(nodes, params);
		return params;
	}

	/** One person's flags with the facts the verdict shows. */
	record Judged(long standardId, @Nullable Integer generalGrade, int ageYears, Map<Requirement, Boolean> flags) {

	}

}
