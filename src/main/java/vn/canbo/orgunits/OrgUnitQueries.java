package vn.canbo.orgunits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.canbo.shared.PageResult;
import vn.canbo.shared.VietnameseText;

/**
 * The tree's read model in plain SQL: every query is "as of" a date and limited to a
 * scope path (the empty string for the whole country).
 */
@Component
class OrgUnitQueries {

	/** Placement {@code p} is valid on {@code :asOf}. */
	private static final String VALID = "(p.valid_from is null or p.valid_from <= :asOf) and (p.valid_to is null or p.valid_to > :asOf)";

	private static final String SELECT = """
			select u.id, u.code, u.name, u.level, u.unit_type, u.province_code, u.valid_from, u.valid_to, u.version,
			       p.parent_id, pu.code as parent_code, p.path,
			       exists (select 1 from org_unit_placement c
			               where c.parent_id = u.id
			                 and (c.valid_from is null or c.valid_from <= :asOf)
			                 and (c.valid_to is null or c.valid_to > :asOf)) as has_children
			from org_unit_placement p
			join org_unit u on u.id = p.unit_id
			left join org_unit pu on pu.id = p.parent_id
			""";

	private final JdbcClient jdbc;

	OrgUnitQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<OrgUnitView> byId(long id, LocalDate asOf) {
		return this.jdbc.sql(SELECT + " where u.id = :id and " + VALID)
			.param("id", id)
			.param("asOf", asOf)
			.query(OrgUnitQueries::view)
			.optional();
	}

	Optional<OrgUnitView> byCode(String code, LocalDate asOf) {
		return this.jdbc.sql(SELECT + " where u.code = :code and " + VALID)
			.param("code", code)
			.param("asOf", asOf)
			.query(OrgUnitQueries::view)
			.optional();
	}

	/**
	 * The node on a day it exists: today, else its last day, or its first when it starts
	 * later.
	 */
	Optional<OrgUnitView> latest(long id, LocalDate today) {
		return this.jdbc.sql("select valid_from, valid_to from org_unit where id = :id")
			.param("id", id)
			.query((rs, n) -> dayWithin(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class), today))
			.optional()
			.flatMap((day) -> byId(id, day));
	}

	static LocalDate dayWithin(@Nullable LocalDate validFrom, @Nullable LocalDate validTo, LocalDate today) {
		if (validTo != null && !today.isBefore(validTo)) {
			return validTo.minusDays(1);
		}
		if (validFrom != null && today.isBefore(validFrom)) {
			return validFrom;
		}
		return today;
	}

	/**
	 * The unit that holds the code on that date, else the most recent one that held it.
	 */
	Optional<Long> idForCode(String code, LocalDate asOf) {
		return this.jdbc
			.sql("""
					select id from org_unit where code = :code
					order by (coalesce(valid_from, date '0001-01-01') <= :asOf and coalesce(valid_to, date '9999-12-31') > :asOf) desc,
					         coalesce(valid_from, date '0001-01-01') desc
					limit 1""")
			.param("code", code)
			.param("asOf", asOf)
			.query(Long.class)
			.optional();
	}

	List<OrgUnitView> children(@Nullable Long parentId, LocalDate asOf, String scopePath) {
		String parent = parentId == null ? "p.parent_id is null" : "p.parent_id = :parent";
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("asOf", asOf);
		if (parentId != null) {
			params.put("parent", parentId);
		}
		return this.jdbc
			.sql(SELECT + " where " + parent + " and " + VALID + PathRange.and("p.path", "scope", scopePath, params)
					+ " order by u.sort_order, u.code")
			.params(params)
			.query(OrgUnitQueries::view)
			.list();
	}

	PageResult<OrgUnitView> list(OrgUnitFilter filter, String scopePath, int page, int size) {
		StringBuilder where = new StringBuilder(" where " + VALID);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("asOf", filter.asOf());
		where.append(PathRange.and("p.path", "scope", scopePath, params));
		if (filter.level() != null) {
			where.append(" and u.level = :level");
			params.put("level", filter.level().name());
		}
		if (filter.parentId() != null) {
			where.append(" and p.parent_id = :parent");
			params.put("parent", filter.parentId());
		}
		if (filter.withinId() != null) {
			// Resolved first so the planner sees a constant prefix and can use the path
			// index.
			where.append(PathRange.and("p.path", "within",
					pathOf(filter.withinId(), filter.asOf()).orElse(OrgScope.NOWHERE), params));
		}
		String key = VietnameseText.searchKey(filter.text());
		if (!key.isEmpty()) {
			String text = filter.text() == null ? "" : filter.text().strip();
			params.put("text", "%" + escapeLike(key) + "%");
			if (text.chars().anyMatch(Character::isDigit)) {
				// Codes have digits; a name search without one keeps to the trigram
				// index.
				where.append(" and (u.name_key like :text or u.code = :code)");
				params.put("code", text);
			}
			else {
				where.append(" and u.name_key like :text");
			}
		}
		long total = this.jdbc
			.sql("select count(*) from org_unit_placement p join org_unit u on u.id = p.unit_id" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<OrgUnitView> items = this.jdbc
			.sql(SELECT + where + " order by u.province_code, p.path, u.sort_order, u.code"
					+ " limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(OrgUnitQueries::view)
			.list();
		return new PageResult<>(items, total, page, size);
	}

	/** Names of the nodes on a path, root first. */
	List<String> namesOnPath(String path) {
		List<Long> ids = idsOnPath(path);
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, String> names = this.jdbc.sql("select id, name from org_unit where id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return ids.stream().map(names::get).toList();
	}

	/** "node — parent — … — province" for a path. */
	String labelOf(String path) {
		List<String> names = new ArrayList<>(namesOnPath(path));
		Collections.reverse(names);
		return String.join(" — ", names);
	}

	List<SubtreeNode> nodesUnder(OrgUnitView root, OrgLevel rootTier, LocalDate asOf) {
		Map<String, Object> params = new HashMap<>();
		params.put("asOf", asOf);
		String sql = "select u.id, p.parent_id, u.code, u.name, u.level, u.unit_type, p.depth, p.path"
				+ " from org_unit_placement p join org_unit u on u.id = p.unit_id where " + VALID
				+ PathRange.and("p.path", "root", root.path(), params) + " order by p.depth, u.sort_order, u.code";
		Map<Long, SubtreeNode> byId = new LinkedHashMap<>();
		this.jdbc.sql(sql).params(params).query((rs, n) -> {
			long id = rs.getLong("id");
			Long parentId = rs.getObject("parent_id", Long.class);
			OrgLevel level = OrgLevel.valueOf(rs.getString("level"));
			String rest = rs.getString("path").substring(root.path().length());
			long branchId = rest.isEmpty() ? id : Long.parseLong(rest.substring(0, rest.indexOf('/')));
			SubtreeNode parent = (parentId == null || id == root.id()) ? null : byId.get(parentId);
			OrgLevel tier = (level != OrgLevel.AGENCY) ? level : (parent != null) ? parent.tier() : rootTier;
			SubtreeNode node = new SubtreeNode(id, parentId, rs.getString("code"), rs.getString("name"), level,
					UnitType.valueOf(rs.getString("unit_type")), rs.getInt("depth"), branchId, tier);
			byId.put(id, node);
			return node;
		}).list();
		return List.copyOf(byId.values());
	}

	Optional<String> pathOf(long id, LocalDate asOf) {
		return this.jdbc.sql("select p.path from org_unit_placement p where p.unit_id = :id and " + VALID)
			.param("id", id)
			.param("asOf", asOf)
			.query(String.class)
			.optional();
	}

	/**
	 * Whether {@code unitId} lies in the subtree of {@code ancestorId} on the date
	 * (itself included).
	 */
	boolean isWithin(long ancestorId, long unitId, LocalDate asOf) {
		Optional<String> ancestorPath = pathOf(ancestorId, asOf);
		Optional<String> unitPath = pathOf(unitId, asOf);
		return ancestorPath.isPresent() && unitPath.isPresent() && unitPath.get().startsWith(ancestorPath.get());
	}

	boolean exists(long id) {
		return this.jdbc.sql("select count(*) from org_unit where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	List<OrgUnitHistory.Placement> placements(long id) {
		return this.jdbc.sql("""
				select p.parent_id, pu.code, pu.name, p.valid_from, p.valid_to
				from org_unit_placement p left join org_unit pu on pu.id = p.parent_id
				where p.unit_id = :id order by coalesce(p.valid_from, date '0001-01-01')""")
			.param("id", id)
			.query((rs, n) -> new OrgUnitHistory.Placement(rs.getObject(1, Long.class), rs.getString(2),
					rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
			.list();
	}

	List<Succession> predecessors(long id) {
		return this.jdbc.sql("""
				select s.predecessor_id, s.predecessor_code, s.predecessor_name, s.kind, s.effective_date
				from org_unit_succession s where s.successor_id = :id order by s.predecessor_code""")
			.param("id", id)
			.query(OrgUnitQueries::succession)
			.list();
	}

	List<Succession> successors(long id) {
		return this.jdbc.sql("""
				select s.successor_id, u.code, u.name, s.kind, s.effective_date
				from org_unit_succession s join org_unit u on u.id = s.successor_id
				where s.predecessor_id = :id order by u.code""")
			.param("id", id)
			.query(OrgUnitQueries::succession)
			.list();
	}

	static List<Long> idsOnPath(String path) {
		List<Long> ids = new ArrayList<>();
		Arrays.stream(path.split("/")).filter((part) -> !part.isEmpty()).forEach((part) -> ids.add(Long.valueOf(part)));
		return ids;
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static Succession succession(ResultSet rs, int row) throws SQLException {
		return new Succession(rs.getObject(1, Long.class), rs.getString(2), rs.getString(3),
				Succession.Kind.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class));
	}

	private static OrgUnitView view(ResultSet rs, int row) throws SQLException {
		return new OrgUnitView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				OrgLevel.valueOf(rs.getString("level")), UnitType.valueOf(rs.getString("unit_type")),
				rs.getObject("parent_id", Long.class), rs.getString("parent_code"), rs.getString("province_code"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
				rs.getString("path"), rs.getBoolean("has_children"), rs.getLong("version"));
	}

	/** Fresh planner statistics of the tree after many units were added at once. */
	void analyze() {
		this.jdbc.sql("analyze org_unit").update();
	}

}
