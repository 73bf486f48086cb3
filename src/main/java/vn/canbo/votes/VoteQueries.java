package vn.canbo.votes;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.canbo.orgunits.Subtree;
import vn.canbo.shared.PageQuery;
import vn.canbo.shared.PageResult;

/**
 * Every SQL of the module: it keeps the conferences and their results and reads the
 * personnel records ({@code person}, the people module's table) read only.
 */
@Component
class VoteQueries {

	private final JdbcClient jdbc;

	VoteQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredSession> session(long id) {
		return this.jdbc.sql("""
				select s.*, u.name as unit_name from vote_session s join org_unit u on u.id = s.unit_id
				where s.id = :id""").param("id", id).query(StoredSession.class).optional();
	}

	/**
	 * One page of the conferences held by units in the subtrees, latest first, with how
	 * many there are; only those where the person was voted on when given.
	 */
	PageResult<StoredSession> sessions(List<Subtree> within, @Nullable Long onlyPerson, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder(" where true");
		for (int i = 0; i < within.size(); i++) {
			where.append(within.get(i).and("s.unit_id", "scope" + i, params));
		}
		if (onlyPerson != null) {
			where.append(
					" and exists (select 1 from vote_result r where r.session_id = s.id and r.person_id = :person)");
			params.put("person", onlyPerson);
		}
		return PageQuery.read(this.jdbc, "select count(*) from vote_session s" + where,
				"select s.*, u.name as unit_name from vote_session s join org_unit u on u.id = s.unit_id" + where
						+ " order by s.held_on desc, s.id desc",
				params, page, size, new SimplePropertyRowMapper<>(StoredSession.class));
	}

	List<StoredResult> results(long sessionId) {
		return this.jdbc.sql("""
				select r.*, p.full_name from vote_result r join person p on p.id = r.person_id
				where r.session_id = :id order by r.line""").param("id", sessionId).query(StoredResult.class).list();
	}

	List<StoredResult> resultsOf(long personId) {
		return this.jdbc.sql("""
				select r.*, p.full_name from vote_result r join person p on p.id = r.person_id
				where r.person_id = :id order by r.session_id desc""")
			.param("id", personId)
			.query(StoredResult.class)
			.list();
	}

	/** The agency of each of these people that exist. */
	Map<Long, PersonLine> people(List<Long> ids) {
		Map<Long, PersonLine> found = new HashMap<>();
		this.jdbc.sql("select id, full_name, agency_id from person where id = any(cast(:ids as bigint[]))")
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, row) -> new PersonLine(rs.getLong("id"), rs.getString("full_name"), rs.getLong("agency_id")))
			.list()
			.forEach((line) -> found.put(line.id(), line));
		return found;
	}

	/** The people working in the unit today, in name order, for the form's lines. */
	List<VoteCandidate> candidates(long unitId, int limit) {
		return this.jdbc
			.sql("""
					select id, full_name, position from person where agency_id = :unit order by sort_key, id limit :limit""")
			.param("unit", unitId)
			.param("limit", limit)
			.query((rs, row) -> new VoteCandidate(rs.getLong("id"), rs.getString("full_name"),
					rs.getString("position")))
			.list();
	}

	long insert(long unitId, LocalDate heldOn, String name, int summoned, int present, String by, Instant at) {
		return this.jdbc.sql("""
				insert into vote_session (unit_id, held_on, name, summoned, present, created_by, created_at,
					updated_by, updated_at)
				values (:unit, :heldOn, :name, :summoned, :present, :by, :at, :by, :at) returning id""")
			.param("unit", unitId)
			.param("heldOn", heldOn)
			.param("name", name)
			.param("summoned", summoned)
			.param("present", present)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	void insertResult(long sessionId, int line, long personId, String postTitle, int high, int confidence, int low,
			int invalid) {
		this.jdbc.sql("""
				insert into vote_result (session_id, line, person_id, post_title, high_votes, confidence_votes,
					low_votes, invalid_votes)
				values (:session, :line, :person, :title, :high, :confidence, :low, :invalid)""")
			.param("session", sessionId)
			.param("line", line)
			.param("person", personId)
			.param("title", postTitle)
			.param("high", high)
			.param("confidence", confidence)
			.param("low", low)
			.param("invalid", invalid)
			.update();
	}

	record StoredSession(long id, long version, long unitId, String unitName, LocalDate heldOn, String name,
			int summoned, int present, String createdBy, OffsetDateTime createdAt) {
	}

	record StoredResult(long sessionId, int line, long personId, String fullName, String postTitle, int highVotes,
			int confidenceVotes, int lowVotes, int invalidVotes) {
	}

	record PersonLine(long id, String fullName, long agencyId) {
	}

}
