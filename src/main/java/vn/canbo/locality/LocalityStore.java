package vn.canbo.locality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code locality_override} table, and the views people, staffing and orgunits
 * publish for this module.
 */
@Repository
class LocalityStore {

	private static final String OVERRIDE = """
			select o.id, o.version, o.person_id, o.area_unit_id, o.local, o.reason, o.valid_from, o.created_by,
				o.created_at, o.updated_by, o.updated_at
			from locality_override o
			""";

	private final JdbcClient jdbc;

	LocalityStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A key post held on the date, with the holder's home town. */
	record Post(long personId, String fullName, long unitId, String unitName, String titleCode, String titleName,
			int sortOrder, String sortKey, @Nullable String homeTownCode, @Nullable String homeTown) {

	}

	/** The key posts held on the date in the units given. */
	List<Post> keyPosts(Collection<Long> unitIds, LocalDate day) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select k.person_id, p.full_name, p.sort_key, k.unit_id, u.name as unit_name, k.title_code,
					k.title_name, k.sort_order, h.home_town_code, h.home_town
				from staffing_key_post k
				join unnest(cast(:units as bigint[])) as n (unit_id) on n.unit_id = k.unit_id
				join person p on p.id = k.person_id
				join org_unit u on u.id = k.unit_id
				left join people_home_town h on h.person_id = k.person_id
				where k.valid_from <= :day and (k.valid_to is null or k.valid_to > :day)
				order by k.sort_order, p.sort_key, k.person_id""")
			.param("units", unitIds.toArray(Long[]::new))
			.param("day", day)
			.query((rs, row) -> new Post(rs.getLong("person_id"), rs.getString("full_name"), rs.getLong("unit_id"),
					rs.getString("unit_name"), rs.getString("title_code"), rs.getString("title_name"),
					rs.getInt("sort_order"), rs.getString("sort_key"), rs.getString("home_town_code"),
					rs.getString("home_town")))
			.list();
	}

	/** The home town of one person (code, text), or nothing when there is no record. */
	Optional<String[]> homeTown(long personId) {
		return this.jdbc.sql("select home_town_code, home_town from people_home_town where person_id = :id")
			.param("id", personId)
			.query((rs, row) -> new String[] { rs.getString("home_town_code"), rs.getString("home_town") })
			.optional();
	}

	Optional<Area> area(long unitId) {
		return this.jdbc
			.sql("select a.id, a.code, a.name, a.level, a.province_code from orgunits_area a where a.id = :id")
			.param("id", unitId)
			.query(LocalityStore::area)
			.optional();
	}

	/** The administrative units among the ids (agencies left out). */
	List<Area> areas(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select a.id, a.code, a.name, a.level, a.province_code from orgunits_area a
				join unnest(cast(:ids as bigint[])) as n (id) on n.id = a.id""")
			.param("ids", unitIds.toArray(Long[]::new))
			.query(LocalityStore::area)
			.list();
	}

	/** The facts the derivation needs for these home-town codes and areas. */
	AreaFacts facts(Collection<String> codes, Collection<Area> areas) {
		AreaFacts facts = new AreaFacts();
		if (!codes.isEmpty()) {
			this.jdbc.sql("""
					select a.code, a.name, a.level, a.province_code from orgunits_area a
					where a.code in (:codes)
					order by a.valid_from desc nulls last""")
				.param("codes", codes)
				.query((rs, row) -> new AreaFacts.CodedUnit(rs.getString("code"), rs.getString("name"),
						rs.getString("level"), rs.getString("province_code")))
				.list()
				.forEach((unit) -> facts.unitsByCode.computeIfAbsent(unit.code(), (c) -> new ArrayList<>()).add(unit));
		}
		if (!areas.isEmpty()) {
			this.jdbc.sql("""
					select s.successor_id, s.predecessor_code, s.predecessor_name, s.kind from orgunits_succession s
					where s.successor_id in (:ids)""")
				.param("ids", areas.stream().map(Area::id).toList())
				.query((rs, row) -> {
					facts.predecessors.computeIfAbsent(rs.getLong("successor_id"), (id) -> new ArrayList<>())
						.add(new AreaFacts.Predecessor(rs.getString("predecessor_code"),
								rs.getString("predecessor_name"), rs.getString("kind")));
					return 0;
				})
				.list();
			List<String> provinces = areas.stream().map(Area::province).distinct().toList();
			this.jdbc.sql("""
					select a.code, s.predecessor_code from orgunits_succession s
					join orgunits_area a on a.id = s.successor_id
					where a.level = 'PROVINCE' and a.code in (:codes)""").param("codes", provinces).query((rs, row) -> {
				facts.provinceFamilies.computeIfAbsent(rs.getString("code"), (c) -> new HashSet<>())
					.add(rs.getString("predecessor_code"));
				return 0;
			}).list();
		}
		return facts;
	}

	/**
	 * Per person, the overrides in force on the day, per area (the latest start wins).
	 */
	Map<Long, Map<Long, LocalityOverride>> overridesOn(Collection<Long> personIds, LocalDate day) {
		Map<Long, Map<Long, LocalityOverride>> result = new HashMap<>();
		if (personIds.isEmpty()) {
			return result;
		}
		this.jdbc.sql(OVERRIDE + " where o.person_id in (:ids) and o.valid_from <= :day order by o.valid_from, o.id")
			.param("ids", new HashSet<>(personIds))
			.param("day", day)
			.query(LocalityStore::override)
			.list()
			.forEach((o) -> result.computeIfAbsent(o.personId(), (id) -> new HashMap<>()).put(o.areaUnitId(), o));
		return result;
	}

	List<LocalityOverride> overridesOf(long personId) {
		return this.jdbc.sql(OVERRIDE + " where o.person_id = :id order by o.valid_from desc, o.id desc")
			.param("id", personId)
			.query(LocalityStore::override)
			.list();
	}

	Optional<LocalityOverride> find(long id) {
		return this.jdbc.sql(OVERRIDE + " where o.id = :id").param("id", id).query(LocalityStore::override).optional();
	}

	long insert(long personId, long areaUnitId, boolean local, String reason, LocalDate validFrom, String user,
			Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into locality_override (person_id, area_unit_id, local, reason, valid_from, created_by, created_at)
					values (:person, :area, :local, :reason, :validFrom, :user, :at)""")
			.param("person", personId)
			.param("area", areaUnitId)
			.param("local", local)
			.param("reason", reason)
			.param("validFrom", validFrom)
			.param("user", user)
			.param("at", Timestamp.from(at))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	boolean update(long id, long version, boolean local, String reason, LocalDate validFrom, String user, Instant at) {
		return this.jdbc.sql("""
				update locality_override set local = :local, reason = :reason, valid_from = :validFrom,
					updated_by = :user, updated_at = :at, version = version + 1
				where id = :id and version = :version""")
			.param("id", id)
			.param("version", version)
			.param("local", local)
			.param("reason", reason)
			.param("validFrom", validFrom)
			.param("user", user)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	boolean delete(long id, long version) {
		return this.jdbc.sql("delete from locality_override where id = :id and version = :version")
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	private static Area area(ResultSet rs, int row) throws SQLException {
		return new Area(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("level"),
				rs.getString("province_code"));
	}

	private static LocalityOverride override(ResultSet rs, int row) throws SQLException {
		Timestamp updated = rs.getTimestamp("updated_at");
		return new LocalityOverride(rs.getLong("id"), rs.getLong("version"), rs.getLong("person_id"),
				rs.getLong("area_unit_id"), rs.getBoolean("local"), rs.getString("reason"),
				rs.getDate("valid_from").toLocalDate(), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("updated_by"),
				(updated == null) ? null : updated.toInstant());
	}

}
