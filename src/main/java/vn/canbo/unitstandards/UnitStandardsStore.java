package vn.canbo.unitstandards;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code unitstandards_figure} table, and the lists computed over it in SQL. */
@Repository
class UnitStandardsStore {

	private static final String FIGURE = """
			select f.id, f.unit_code, f.level, f.valid_from, f.area_km2, f.population, f.quality, f.flags, f.kind,
				f.source, f.source_date, f.note, f.created_by, f.created_at
			from unitstandards_figure f
			""";

	private final JdbcClient jdbc;

	UnitStandardsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The figure of the code in force on the day: the latest start, then the latest row.
	 */
	Optional<Figure> figureOn(String code, LocalDate day) {
		return this.jdbc
			.sql(FIGURE + " where f.unit_code = :code and f.valid_from <= :day order by f.valid_from desc, f.id desc"
					+ " limit 1")
			.param("code", code)
			.param("day", day)
			.query(UnitStandardsStore::figure)
			.optional();
	}

	/** Every figure of the code, latest first. */
	List<Figure> figuresOf(String code) {
		return this.jdbc.sql(FIGURE + " where f.unit_code = :code order by f.valid_from desc, f.id desc")
			.param("code", code)
			.query(UnitStandardsStore::figure)
			.list();
	}

	/**
	 * The name of the province with the code on the day, from the view orgunits publishes
	 * (read without the caller's scope: a commune's standard depends on its province).
	 */
	Optional<String> provinceName(String code, LocalDate day) {
		return this.jdbc.sql("""
				select a.name from orgunits_area a
				where a.code = :code and a.level = 'PROVINCE' and (a.valid_from is null or a.valid_from <= :day)
					and (a.valid_to is null or a.valid_to > :day)""")
			.param("code", code)
			.param("day", day)
			.query(String.class)
			.optional();
	}

	Optional<Figure> find(long id) {
		return this.jdbc.sql(FIGURE + " where f.id = :id").param("id", id).query(UnitStandardsStore::figure).optional();
	}

	long insert(String code, boolean province, LocalDate validFrom, @Nullable BigDecimal area,
			@Nullable Integer population, @Nullable UnitKind kind, String source, @Nullable LocalDate sourceDate,
			@Nullable String note, String user, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into unitstandards_figure (unit_code, level, valid_from, area_km2, population, quality, kind,
					source, source_date, note, created_by, created_at)
				values (:code, :level, :validFrom, :area, :population, 'corrected', :kind, :source, :sourceDate, :note,
					:user, :at)""")
			.param("code", code)
			.param("level", province ? "PROVINCE" : "COMMUNE")
			.param("validFrom", validFrom)
			.param("area", area)
			.param("population", population)
			.param("kind", (kind == null) ? null : kind.name())
			.param("source", source)
			.param("sourceDate", sourceDate)
			.param("note", note)
			.param("user", user)
			.param("at", Timestamp.from(at))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	/** The units of a list: id, code, name and the kind their type gives. */
	record Unit(long id, String code, String name, UnitKind derivedKind) {

	}

	/** The figures per unit and threshold key of a list. */
	record Query(List<Unit> units, LocalDate day, UnitKind provinceKind, Map<String, Standards.Threshold> thresholds) {

	}

	private static final String SCORED = """
			with unit as (
				select * from unnest(cast(:ids as bigint[]), cast(:codes as varchar[]), cast(:names as varchar[]),
					cast(:kinds as varchar[])) as u (id, code, name, derived_kind)
			),
			figure as (
				select distinct on (f.unit_code) f.unit_code, f.area_km2, f.population, f.quality, f.kind
				from unitstandards_figure f
				join unit u on u.code = f.unit_code
				where f.valid_from <= :day
				order by f.unit_code, f.valid_from desc, f.id desc
			),
			standard as (
				select * from unnest(cast(:keys as varchar[]), cast(:areas as numeric[]), cast(:populations as bigint[]))
					as s (key, area_min, population_min)
			),
			measured as (
				select u.id, u.code, u.name, coalesce(f.kind, u.derived_kind) as kind, f.area_km2, f.population,
					coalesce(f.quality, 'missing') as quality
				from unit u
				left join figure f on f.unit_code = u.code
			),
			scored as (
				select m.*, nullif(s.area_min, 0) as required_area, nullif(s.population_min, 0) as required_population,
					round(m.area_km2 * 100 / nullif(s.area_min, 0), 2) as area_percent,
					round(cast(m.population as numeric) * 100 / nullif(s.population_min, 0), 2) as population_percent
				from measured m
				left join standard s on s.key = case when m.kind = 'WARD' then 'WARD/' || :provinceKind else m.kind end
			),
			banded as (
				select sc.*, case
					when sc.area_percent < 50 and sc.population_percent < 50 then 'BELOW_50'
					when sc.area_percent < 100 and sc.population_percent < 100 then 'BELOW_100'
					when sc.area_percent < 100 or sc.population_percent < 100 then 'NOT_MET'
					when sc.area_percent is not null and sc.population_percent is not null then 'MEETS'
					else 'UNKNOWN' end as band
				from scored sc
			)
			""";

	/** How many units fall in each band, counted in SQL. */
	Map<Band, Long> counts(Query query) {
		Map<Band, Long> counts = new EnumMap<>(Band.class);
		for (Band band : Band.values()) {
			counts.put(band, 0L);
		}
		bind(this.jdbc.sql(SCORED + " select b.band, count(*) as n from banded b group by b.band"), query)
			.query((rs, row) -> counts.put(Band.valueOf(rs.getString("band")), rs.getLong("n")))
			.list();
		return counts;
	}

	/**
	 * One page of the units in the bands given (all when empty), weakest first (by the
	 * larger of the two shares), then by code.
	 */
	List<UnitRow> page(Query query, List<Band> bands, int offset, int limit) {
		return bind(this.jdbc.sql(SCORED + """
				select b.* from banded b
				where cardinality(cast(:bands as varchar[])) = 0 or b.band = any (cast(:bands as varchar[]))
				order by greatest(b.area_percent, b.population_percent) nulls last, b.code
				offset :offset limit :limit"""), query)
			.param("bands", bands.stream().map(Band::name).toArray(String[]::new))
			.param("offset", offset)
			.param("limit", limit)
			.query(UnitStandardsStore::row)
			.list();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Query query) {
		List<String> keys = List.copyOf(query.thresholds().keySet());
		return spec.param("ids", query.units().stream().map(Unit::id).toArray(Long[]::new))
			.param("codes", query.units().stream().map(Unit::code).toArray(String[]::new))
			.param("names", query.units().stream().map(Unit::name).toArray(String[]::new))
			.param("kinds", query.units().stream().map((unit) -> unit.derivedKind().name()).toArray(String[]::new))
			.param("day", query.day())
			.param("provinceKind", query.provinceKind().name())
			.param("keys", keys.toArray(String[]::new))
			.param("areas",
					keys.stream().map((key) -> query.thresholds().get(key).areaKm2()).toArray(BigDecimal[]::new))
			.param("populations",
					keys.stream().map((key) -> query.thresholds().get(key).population()).toArray(Long[]::new));
	}

	private static UnitRow row(ResultSet rs, int row) throws SQLException {
		long population = rs.getLong("population");
		Integer people = rs.wasNull() ? null : (int) population;
		long required = rs.getLong("required_population");
		Long requiredPopulation = rs.wasNull() ? null : required;
		return new UnitRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				UnitKind.valueOf(rs.getString("kind")), rs.getBigDecimal("area_km2"), people, rs.getString("quality"),
				rs.getBigDecimal("required_area"), requiredPopulation, rs.getBigDecimal("area_percent"),
				rs.getBigDecimal("population_percent"), Band.valueOf(rs.getString("band")));
	}

	private static Figure figure(ResultSet rs, int row) throws SQLException {
		long population = rs.getLong("population");
		Integer people = rs.wasNull() ? null : (int) population;
		Date sourceDate = rs.getDate("source_date");
		return new Figure(rs.getLong("id"), rs.getString("unit_code"), "PROVINCE".equals(rs.getString("level")),
				rs.getDate("valid_from").toLocalDate(), rs.getBigDecimal("area_km2"), people, rs.getString("quality"),
				rs.getString("flags"), UnitKind.parse(rs.getString("kind")), rs.getString("source"),
				(sourceDate == null) ? null : sourceDate.toLocalDate(), rs.getString("note"),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
	}

}
