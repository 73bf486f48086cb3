package vn.canbo.staffing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.SubtreeNode;
import vn.canbo.people.People;
import vn.canbo.shared.PageQuery;
import vn.canbo.shared.PageResult;

/**
 * Who leads (lãnh đạo, quản lý) on a day, as this module knows it from the posts held: a
 * leadership title, or a job position of the leadership group. Published for modules that
 * treat leaders apart (a leader's month is scored on the unit's results), and listed
 * under a unit by age group (the people behind the leaders' indicators).
 */
@Service
public class Leaders {

	/** The longest page a caller may ask for. */
	public static final int MAX_PAGE_SIZE = 500;

	/** Age reached in the date's year. */
	private static final String AGE = "(:asOfYear - p.birth_year)";

	/**
	 * Each leader of the nodes bound by {@link StaffingNodes} once, in the node of their
	 * first leadership post (primary before concurrent, then the catalogue's order), so
	 * that a person holding two titles (nhất thể hóa) counts once and in one branch.
	 */
	private static final String LEADERS = """
			select distinct on (a.person_id) a.person_id, a.unit_id, n.branch_id, AGE as age
			from assignment a NODES a.unit_id
			join person p on p.id = a.person_id
			left join post_title t on t.id = a.title_id
			left join job_position j on j.id = a.job_position_id
			where a.valid_from <= :asOf and (a.valid_to is null or a.valid_to > :asOf)
			  and (t.leadership or j.position_group = 'LEADERSHIP')
			order by a.person_id, (a.kind = 'PRIMARY') desc, coalesce(t.sort_order, 100000 + j.sort_order), a.id
			""".replace("NODES", StaffingNodes.JOIN).replace("AGE", AGE);

	private final JdbcClient jdbc;

	private final OrgUnits orgUnits;

	private final People people;

	Leaders(JdbcClient jdbc, OrgUnits orgUnits, People people) {
		this.jdbc = jdbc;
		this.orgUnits = orgUnits;
		this.people = people;
	}

	/**
	 * The people of the agencies (by their record's agency) holding a leadership post on
	 * the day.
	 * @param agencyIds ids of the agencies, already in the caller's scope
	 * @param day the day the posts are read at
	 */
	public Set<Long> amongPeopleOf(Collection<Long> agencyIds, LocalDate day) {
		return new HashSet<>(this.jdbc.sql("""
				select distinct a.person_id from assignment a left join job_position j on j.id = a.job_position_id
				where a.valid_from <= :day and (a.valid_to is null or a.valid_to > :day)
					and (a.title_id is not null or j.position_group = 'LEADERSHIP')
					and a.person_id in (select id from person where agency_id = any(:agencies))""")
			.param("day", day)
			.param("agencies", agencyIds.toArray(Long[]::new))
			.query(Long.class)
			.list());
	}

	/**
	 * One page of the people holding a leadership post under the unit on the date, of an
	 * age group when given, in name order, with their total.
	 * @param unitCode the unit (its whole subtree)
	 * @param asOf the date
	 * @param band the age group; null for every leader
	 */
	@Transactional(readOnly = true)
	public PageResult<LeaderView> list(String unitCode, LocalDate asOf, @Nullable LeaderAgeBand band, int page,
			int size) {
		this.people.requireScopeReader();
		OrgUnitView unit = this.orgUnits.getByCode(unitCode, asOf);
		List<SubtreeNode> nodes = this.orgUnits.nodesUnder(unit.id(), asOf);
		Map<String, Object> params = params(nodes, asOf);
		String where = (band == null) ? "" : " where " + band.condition("l.age");
		String from = " from (" + LEADERS + ") l join person p on p.id = l.person_id"
				+ " join org_unit u on u.id = l.unit_id" + where;
		return PageQuery.read(this.jdbc, "select count(*) from (" + LEADERS + ") l" + where, """
				select l.person_id, p.full_name, p.birth_year, l.age, u.name as unit_name,
				  (select string_agg(coalesce(t.name, j.name), '; ' order by (a.kind = 'PRIMARY') desc,
				      coalesce(t.sort_order, 100000 + j.sort_order), a.id)
				   from assignment a left join post_title t on t.id = a.title_id
				   left join job_position j on j.id = a.job_position_id
				   where a.person_id = l.person_id and a.unit_id = any(cast(:unitIds as bigint[]))
				     and a.valid_from <= :asOf and (a.valid_to is null or a.valid_to > :asOf)
				     and (t.leadership or j.position_group = 'LEADERSHIP')) as posts
				""" + from + " order by p.sort_key, p.id", params, PageResult.page(page),
				PageResult.size(size, MAX_PAGE_SIZE),
				(rs, row) -> new LeaderView(rs.getLong("person_id"), rs.getString("full_name"), rs.getInt("birth_year"),
						rs.getInt("age"), rs.getString("unit_name"), rs.getString("posts")));
	}

	/**
	 * Leaders per branch of the nodes on the date: in all, and per age group.
	 * @return per branch id, the count of leaders and of each group
	 */
	Map<Long, Counts> countsPerBranch(List<SubtreeNode> nodes, LocalDate asOf) {
		StringBuilder columns = new StringBuilder();
		for (LeaderAgeBand band : LeaderAgeBand.values()) {
			columns.append(", count(*) filter (where ").append(band.condition("l.age")).append(")");
		}
		Map<Long, Counts> counts = new LinkedHashMap<>();
		this.jdbc.sql("select l.branch_id, count(*)" + columns + " from (" + LEADERS + ") l group by l.branch_id")
			.params(params(nodes, asOf))
			.query((rs, row) -> {
				Map<LeaderAgeBand, Long> bands = new EnumMap<>(LeaderAgeBand.class);
				for (LeaderAgeBand band : LeaderAgeBand.values()) {
					bands.put(band, rs.getLong(3 + band.ordinal()));
				}
				return counts.put(rs.getLong(1), new Counts(rs.getLong(2), bands));
			})
			.list();
		return counts;
	}

	private static Map<String, Object> params(List<SubtreeNode> nodes, LocalDate asOf) {
		Map<String, Object> params = new HashMap<>();
		params.put("asOf", asOf);
		params.put("asOfYear", asOf.getYear());
		StaffingNodes.bind(nodes, params);
		return params;
	}

	/**
	 * The leaders of a branch.
	 *
	 * @param leaders how many
	 * @param bands how many in each age group
	 */
	record Counts(long leaders, Map<LeaderAgeBand, Long> bands) {

	}

}
