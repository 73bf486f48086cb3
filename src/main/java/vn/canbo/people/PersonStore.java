package vn.canbo.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.canbo.shared.VietnameseText;

/**
 * Reads and writes rows of {@code person}. Updates are conditional on the version read,
 * so a concurrent change is detected rather than overwritten.
 */
@Component
class PersonStore {

	private static final String INSERT = "insert into person (" + String.join(", ", PersonColumns.WRITTEN)
			+ ", created_at, updated_at) values ("
			+ PersonColumns.WRITTEN.stream().map(PersonColumns::placeholder).collect(Collectors.joining(", "))
			+ ", :now, :now)";

	private static final String UPDATE = "update person set "
			+ PersonColumns.WRITTEN.stream()
				.map((column) -> column + " = " + PersonColumns.placeholder(column))
				.collect(Collectors.joining(", "))
			+ ", version = version + 1, updated_at = :now where id = :id and version = :version";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate template;

	private final PersonColumns columns;

	PersonStore(JdbcClient jdbc, NamedParameterJdbcTemplate template, JsonMapper json) {
		this.jdbc = jdbc;
		this.template = template;
		this.columns = new PersonColumns(json);
	}

	PersonColumns columns() {
		return this.columns;
	}

	/** A stored record. */
	record Stored(long id, long version, PersonDetails details, Instant createdAt, Instant updatedAt) {
	}

	Optional<Stored> find(long id) {
		return this.jdbc.sql("select * from person where id = :id")
			.param("id", id)
			.query((rs, row) -> new Stored(rs.getLong("id"), rs.getLong("version"), this.columns.details(rs),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** The records holding these citizen IDs, by ID. */
	Map<String, Stored> findByCitizenIds(Collection<String> citizenIds) {
		if (citizenIds.isEmpty()) {
			return Map.of();
		}
		// One array parameter, joined as a table: index lookups whatever the table's
		// statistics (a bulk load outruns autovacuum's analyze, and without statistics
		// "= any(a thousand values)" looks like the whole table: a sequential scan).
		return this.jdbc
			.sql("select p.* from unnest(cast(:ids as varchar[])) as wanted (citizen_id)"
					+ " join person p on p.citizen_id = wanted.citizen_id")
			.param("ids", citizenIds.toArray(String[]::new))
			.query(this::stored)
			.list()
			.stream()
			.collect(Collectors.toMap((stored) -> stored.details().identity().citizenId(), (stored) -> stored));
	}

	/**
	 * The records of the name (diacritics ignored) born in the year who work in the
	 * agency.
	 */
	List<Stored> findByName(String fullName, int birthYear, long agencyId) {
		return this.jdbc.sql(
				"select * from person where name_key = :key and birth_year = :year and agency_id = :agency order by id")
			.param("key", VietnameseText.searchKey(fullName))
			.param("year", birthYear)
			.param("agency", agencyId)
			.query(this::stored)
			.list();
	}

	private Stored stored(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Stored(rs.getLong("id"), rs.getLong("version"), this.columns.details(rs),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	long insert(PersonDetails details, Instant now) {
		MapSqlParameterSource params = params(details, now);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.template.update(INSERT, params, keys, new String[] { "id" });
		return keys.getKey().longValue();
	}

	/** Fresh planner statistics of the records after many were written at once. */
	void analyze() {
		this.jdbc.sql("analyze person").update();
	}

	/** Inserts many records in one batch; returns their new ids in order. */
	List<Long> insertAll(List<PersonDetails> records, Instant now) {
		if (records.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource[] batch = records.stream()
			.map((details) -> params(details, now))
			.toArray(MapSqlParameterSource[]::new);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.template.batchUpdate(INSERT, batch, keys, new String[] { "id" });
		return keys.getKeyList().stream().map((row) -> ((Number) row.get("id")).longValue()).toList();
	}

	/** Writes the details if the record is still at the version; false if it is not. */
	boolean update(long id, long version, PersonDetails details, Instant now) {
		MapSqlParameterSource params = params(details, now).addValue("id", id).addValue("version", version);
		return this.template.update(UPDATE, params) == 1;
	}

	boolean delete(long id, long version) {
		return this.jdbc.sql("delete from person where id = :id and version = :version")
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/** The record holding the citizen ID, if any. */
	Optional<Long> idForCitizenId(String citizenId) {
		return this.jdbc.sql("select id from person where citizen_id = :citizenId")
			.param("citizenId", citizenId)
			.query(Long.class)
			.optional();
	}

	/** The record holding the staff number, if any. */
	Optional<Long> idForStaffCode(String staffCode) {
		return this.jdbc.sql("select id from person where staff_code = :code order by id limit 1")
			.param("code", staffCode)
			.query(Long.class)
			.optional();
	}

	/**
	 * The record holding each of the staff numbers (the first, if several), by number.
	 */
	Map<String, Long> idsForStaffCodes(Collection<String> staffCodes) {
		if (staffCodes.isEmpty()) {
			return Map.of();
		}
		return this.jdbc
			.sql("select p.staff_code, min(p.id) as id from unnest(cast(:codes as varchar[])) as wanted (staff_code)"
					+ " join person p on p.staff_code = wanted.staff_code group by p.staff_code")
			.param("codes", staffCodes.stream().distinct().toArray(String[]::new))
			.query((rs, row) -> Map.entry(rs.getString("staff_code"), rs.getLong("id")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	Optional<PersonPhoto> photo(long id) {
		return this.jdbc.sql("select content_type, content from person_photo where person_id = :id")
			.param("id", id)
			.query((rs, row) -> new PersonPhoto(rs.getString("content_type"), rs.getBytes("content")))
			.optional();
	}

	void savePhoto(long id, PersonPhoto photo, Instant now) {
		this.jdbc
			.sql("""
					insert into person_photo (person_id, content_type, content, updated_at)
					values (:id, :contentType, :content, :now)
					on conflict (person_id) do update
					  set content_type = excluded.content_type, content = excluded.content, updated_at = excluded.updated_at""")
			.param("id", id)
			.param("contentType", photo.contentType())
			.param("content", photo.content())
			.param("now", Timestamp.from(now))
			.update();
	}

	private MapSqlParameterSource params(PersonDetails details, Instant now) {
		Map<String, @Nullable Object> values = this.columns.values(details);
		MapSqlParameterSource params = new MapSqlParameterSource(values);
		params.addValue("now", Timestamp.from(now));
		return params;
	}

}
