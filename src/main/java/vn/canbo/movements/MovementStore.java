package vn.canbo.movements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.canbo.orgunits.Subtree;
import vn.canbo.shared.PageQuery;
import vn.canbo.shared.PageResult;

/** The {@code movement_decision} table. */
@Repository
class MovementStore {

	/** The titles counted as a commune's Party Secretary or People's Committee Chair. */
	static final List<String> COMMUNE_KEY_TITLES = List.of("XA_BI_THU", "XA_CT_UBND");

	private static final String SELECT = """
			select m.*, p.full_name as person_name, fu.name as from_unit_name, tu.name as to_unit_name
			from movement_decision m
			join person p on p.id = m.person_id
			join org_unit fu on fu.id = m.from_unit_id
			join org_unit tu on tu.id = m.to_unit_id
			""";

	private static final String ORDER = " order by m.start_date desc, m.id desc";

	private final JdbcClient jdbc;

	MovementStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Movement> find(long id) {
		return this.jdbc.sql(SELECT + " where m.id = :id").param("id", id).query(MovementStore::movement).optional();
	}

	PageResult<Movement> page(MovementFilter filter, List<Subtree> within, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, within, params);
		return PageQuery.read(this.jdbc, "select count(*) from movement_decision m where true" + where,
				SELECT + " where true" + where + ORDER, params, page, size, MovementStore::movement);
	}

	List<Movement> all(MovementFilter filter, List<Subtree> within) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, within, params);
		return this.jdbc.sql(SELECT + " where true" + where + ORDER)
			.params(params)
			.query(MovementStore::movement)
			.list();
	}

	/** The person's decisions, latest first. */
	List<Movement> ofPerson(long personId) {
		return this.jdbc.sql(SELECT + " where m.person_id = :person" + ORDER)
			.param("person", personId)
			.query(MovementStore::movement)
			.list();
	}

	/**
	 * The rotations and secondments not yet returned whose planned return falls between
	 * the two days, within the subtrees, soonest first.
	 */
	PageResult<Movement> ending(LocalDate from, LocalDate to, List<Subtree> within, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		params.put("endFrom", from);
		params.put("endTo", to);
		String where = " and m.movement_type <> 'TRANSFER' and m.returned_on is null and m.return_date between :endFrom and :endTo"
				+ scope(within, params);
		return PageQuery.read(this.jdbc, "select count(*) from movement_decision m where true" + where,
				SELECT + " where true" + where + " order by m.return_date, m.id", params, page, size,
				MovementStore::movement);
	}

	/** The counts of the report, in one query. */
	MovementReport report(@Nullable Long unitId, LocalDate from, LocalDate to, List<Subtree> within) {
		Map<String, Object> params = new HashMap<>();
		params.put("from", from);
		params.put("to", to);
		params.put("keyTitles", COMMUNE_KEY_TITLES.toArray(String[]::new));
		String scope = scope(within, params);
		Map<MovementType, Long> byType = new EnumMap<>(MovementType.class);
		Map<Direction, Long> byDirection = new EnumMap<>(Direction.class);
		long[] more = new long[4];
		this.jdbc.sql("""
				select count(*) filter (where m.movement_type = 'ROTATION') as rotations,
					count(*) filter (where m.movement_type = 'TRANSFER') as transfers,
					count(*) filter (where m.movement_type = 'SECONDMENT') as secondments,
					count(*) filter (where m.movement_type = 'ROTATION' and m.direction = 'DOWNWARD') as downward,
					count(*) filter (where m.movement_type = 'ROTATION' and m.direction = 'UPWARD') as upward,
					count(*) filter (where m.movement_type = 'ROTATION' and m.direction = 'HORIZONTAL') as horizontal,
					count(*) filter (where m.movement_type = 'ROTATION'
						and m.to_title_code = any (cast(:keyTitles as varchar[]))) as to_key,
					count(*) filter (where m.movement_type = 'ROTATION' and m.direction = 'DOWNWARD'
						and m.to_title_code = any (cast(:keyTitles as varchar[]))) as down_to_key,
					count(distinct m.person_id) as people
				from movement_decision m
				where m.start_date between :from and :to""" + scope).params(params).query((rs) -> {
			byType.put(MovementType.ROTATION, rs.getLong("rotations"));
			byType.put(MovementType.TRANSFER, rs.getLong("transfers"));
			byType.put(MovementType.SECONDMENT, rs.getLong("secondments"));
			byDirection.put(Direction.DOWNWARD, rs.getLong("downward"));
			byDirection.put(Direction.UPWARD, rs.getLong("upward"));
			byDirection.put(Direction.HORIZONTAL, rs.getLong("horizontal"));
			more[0] = rs.getLong("to_key");
			more[1] = rs.getLong("down_to_key");
			more[2] = rs.getLong("people");
		});
		more[3] = this.jdbc.sql("""
				select count(*) from movement_decision m
				where m.movement_type = 'SECONDMENT' and m.start_date <= :to
					and coalesce(m.returned_on, m.return_date) > :to""" + scope)
			.params(params)
			.query(Long.class)
			.single();
		return new MovementReport(unitId, from, to, byType, byDirection, more[0], more[1], more[2], more[3]);
	}

	/** Whether the person is on a secondment (not returned) on the day. */
	boolean secondedOn(long personId, LocalDate day, @Nullable Long except) {
		return this.jdbc.sql("""
				select count(*) from movement_decision
				where person_id = :person and movement_type = 'SECONDMENT' and start_date <= :day
					and coalesce(returned_on, return_date) > :day and id <> :except""")
			.param("person", personId)
			.param("day", day)
			.param("except", (except != null) ? except : -1L)
			.query(Long.class)
			.single() > 0;
	}

	long insert(Row row, String user, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into movement_decision (person_id, movement_type, direction, from_assignment_id, from_unit_id,
					from_tier, from_title_code, from_job_position_code, from_post, to_unit_id, to_tier, to_title_code,
					to_job_position_code, to_post, to_key_title, to_assignment_id, decision_number, decision_date,
					decision_body, start_date, planned_months, return_date, at_return, special_case,
					non_local_placement, exclusions, person_consents, note, created_by, created_at, updated_by,
					updated_at)
				values (:person, :type, :direction, :fromAssignment, :fromUnit, :fromTier, :fromTitle, :fromJob,
					:fromPost, :toUnit, :toTier, :toTitle, :toJob, :toPost, :toKey, :toAssignment, :number,
					:decisionDate, :body, :start, :months, :returnDate, :atReturn, :specialCase, :nonLocal,
					:exclusions, :consents, :note, :user, :now, :user, :now)""")
			.param("person", row.personId())
			.param("type", row.type().name())
			.param("direction", row.direction().name())
			.param("fromAssignment", row.fromAssignmentId())
			.param("fromUnit", row.fromUnitId())
			.param("fromTier", row.fromTier())
			.param("fromTitle", row.fromTitleCode())
			.param("fromJob", row.fromJobPositionCode())
			.param("fromPost", row.fromPost())
			.param("toUnit", row.toUnitId())
			.param("toTier", row.toTier())
			.param("toTitle", row.toTitleCode())
			.param("toJob", row.toJobPositionCode())
			.param("toPost", row.toPost())
			.param("toKey", row.toKeyTitle())
			.param("toAssignment", row.toAssignmentId())
			.param("number", row.decisionNumber())
			.param("decisionDate", row.decisionDate())
			.param("body", row.decisionBody())
			.param("start", row.startDate())
			.param("months", row.plannedMonths())
			.param("returnDate", row.returnDate())
			.param("atReturn", row.atReturn().name())
			.param("specialCase", row.specialCase())
			.param("nonLocal", row.nonLocalPlacement())
			.param("exclusions", exclusions(row.exclusions()))
			.param("consents", row.personConsents())
			.param("note", row.note())
			.param("user", user)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return ((Number) keys.getKeys().get("id")).longValue();
	}

	/** Corrects the decision's particulars if still at the version; false otherwise. */
	boolean correct(long id, long version, Correction correction, String user, Instant now) {
		return this.jdbc.sql("""
				update movement_decision set decision_number = :number, decision_date = :decisionDate,
					decision_body = :body, at_return = :atReturn, note = :note, updated_by = :user, updated_at = :now,
					version = version + 1
				where id = :id and version = :version""")
			.param("number", correction.decisionNumber())
			.param("decisionDate", correction.decisionDate())
			.param("body", correction.decisionBody())
			.param("atReturn", correction.atReturn().name())
			.param("note", correction.note())
			.param("user", user)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/** Records the return if still at the version; false otherwise. */
	boolean returned(long id, long version, LocalDate on, @Nullable Long assignmentId, String user, Instant now) {
		return this.jdbc.sql("""
				update movement_decision set returned_on = :on, return_assignment_id = :assignment,
					updated_by = :user, updated_at = :now, version = version + 1
				where id = :id and version = :version and returned_on is null""")
			.param("on", on)
			.param("assignment", assignmentId)
			.param("user", user)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	private static String where(MovementFilter filter, List<Subtree> within, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" and m.start_date between :from and :to");
		params.put("from", filter.from());
		params.put("to", filter.to());
		if (filter.type() != null) {
			where.append(" and m.movement_type = :type");
			params.put("type", filter.type().name());
		}
		if (filter.direction() != null) {
			where.append(" and m.direction = :direction");
			params.put("direction", filter.direction().name());
		}
		if (filter.toCommuneKey()) {
			where.append(" and m.to_title_code = any (cast(:keyTitles as varchar[]))");
			params.put("keyTitles", COMMUNE_KEY_TITLES.toArray(String[]::new));
		}
		return where + scope(within, params);
	}

	/**
	 * A decision lies in a subtree when its sending or its receiving unit does; it must
	 * lie in each subtree given.
	 */
	static String scope(List<Subtree> within, Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		for (int i = 0; i < within.size(); i++) {
			Subtree subtree = within.get(i);
			String from = subtree.and("m.from_unit_id", "f" + i, params);
			String to = subtree.and("m.to_unit_id", "t" + i, params);
			if (!from.isEmpty()) {
				where.append(" and ((true").append(from).append(") or (true").append(to).append("))");
			}
		}
		return where.toString();
	}

	private static String exclusions(Set<Exclusion> exclusions) {
		return exclusions.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	private static Set<Exclusion> exclusions(@Nullable String text) {
		Set<Exclusion> set = EnumSet.noneOf(Exclusion.class);
		if (text != null && !text.isBlank()) {
			Arrays.stream(text.split(",")).map(Exclusion::valueOf).forEach(set::add);
		}
		return set;
	}

	private static Movement movement(ResultSet rs, int row) throws SQLException {
		return new Movement(rs.getLong("id"), rs.getLong("version"), rs.getLong("person_id"),
				rs.getString("person_name"), MovementType.valueOf(rs.getString("movement_type")),
				Direction.valueOf(rs.getString("direction")), rs.getLong("from_assignment_id"),
				rs.getLong("from_unit_id"), rs.getString("from_unit_name"), rs.getString("from_post"),
				rs.getString("from_title_code"), rs.getString("from_job_position_code"), rs.getLong("to_unit_id"),
				rs.getString("to_unit_name"), rs.getString("to_title_code"), rs.getString("to_job_position_code"),
				rs.getString("to_post"), rs.getBoolean("to_key_title"), rs.getLong("to_assignment_id"),
				rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class),
				rs.getString("decision_body"), rs.getObject("start_date", LocalDate.class),
				rs.getObject("planned_months", Integer.class), rs.getObject("return_date", LocalDate.class),
				AtReturn.valueOf(rs.getString("at_return")), rs.getString("special_case"),
				rs.getBoolean("non_local_placement"), exclusions(rs.getString("exclusions")),
				rs.getBoolean("person_consents"), rs.getObject("returned_on", LocalDate.class),
				rs.getObject("return_assignment_id", Long.class), rs.getString("note"), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("updated_by"),
				rs.getTimestamp("updated_at").toInstant());
	}

	/** A decision whose every value passed the checks, with the posts it moved. */
	record Row(long personId, MovementType type, Direction direction, long fromAssignmentId, long fromUnitId,
			String fromTier, @Nullable String fromTitleCode, @Nullable String fromJobPositionCode, String fromPost,
			long toUnitId, String toTier, @Nullable String toTitleCode, @Nullable String toJobPositionCode,
			String toPost, boolean toKeyTitle, long toAssignmentId, String decisionNumber, LocalDate decisionDate,
			String decisionBody, LocalDate startDate, @Nullable Integer plannedMonths, @Nullable LocalDate returnDate,
			AtReturn atReturn, @Nullable String specialCase, boolean nonLocalPlacement, Set<Exclusion> exclusions,
			boolean personConsents, @Nullable String note) {
	}

	/** The particulars a correction may change. */
	record Correction(String decisionNumber, LocalDate decisionDate, String decisionBody, AtReturn atReturn,
			@Nullable String note) {
	}

}
