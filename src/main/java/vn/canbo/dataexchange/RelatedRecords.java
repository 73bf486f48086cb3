package vn.canbo.dataexchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The records other modules keep about people, read for a batch of people at once from
 * the views those modules publish for this export (V35): posts (staffing), salary
 * adjustments (careers), approved ratings (ratings), discipline decisions (discipline)
 * and decided rewards (emulation). The people come from the people facade, already
 * scoped, so these reads add nobody.
 */
@Component
class RelatedRecords {

	private final JdbcClient jdbc;

	RelatedRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Each person's records, one query per view for the whole batch. */
	Map<Long, Related> of(Collection<Long> personIds) {
		Long[] ids = personIds.toArray(Long[]::new);
		Map<Long, List<Dossier.Post>> posts = byPerson("""
				select person_id, kind, selection, category, unit_code, title_code, title_name, job_position_code,
					job_position_name, valid_from, valid_to, term_end, decision_number, decision_date
				from staffing_post_held where person_id = any(:ids) order by person_id, valid_from, kind""", ids,
				(rs, n) -> new Dossier.Post(rs.getString("kind"), rs.getString("selection"), rs.getString("category"),
						rs.getString("unit_code"), rs.getString("title_code"), rs.getString("title_name"),
						rs.getString("job_position_code"), rs.getString("job_position_name"), date(rs, "valid_from"),
						date(rs, "valid_to"), date(rs, "term_end"), rs.getString("decision_number"),
						date(rs, "decision_date")));
		Map<Long, List<Dossier.Adjustment>> adjustments = byPerson("""
				select person_id, kind, months, effective_on, decision_number, decision_date
				from careers_salary_adjustment where person_id = any(:ids) order by person_id, effective_on""", ids,
				(rs, n) -> new Dossier.Adjustment(rs.getString("kind"), rs.getInt("months"), date(rs, "effective_on"),
						rs.getString("decision_number"), date(rs, "decision_date")));
		Map<Long, List<Dossier.Rating>> ratings = byPerson("""
				select person_id, year, level from ratings_decided_rating
				where person_id = any(:ids) order by person_id, year""", ids,
				(rs, n) -> new Dossier.Rating(rs.getInt("year"), rs.getString("level")));
		Map<Long, List<Dossier.Discipline>> disciplines = byPerson("""
				select person_id, system, form, decision_number, authority, decision_date, effective_on, lapses_on
				from discipline_decision where person_id = any(:ids) order by person_id, effective_on""", ids,
				(rs, n) -> new Dossier.Discipline(rs.getString("system"), rs.getString("form"),
						rs.getString("decision_number"), rs.getString("authority"), date(rs, "decision_date"),
						date(rs, "effective_on"), date(rs, "lapses_on")));
		Map<Long, List<Dossier.Reward>> rewards = byPerson("""
				select person_id, year, kind, decision_number, decision_date, authority
				from emulation_person_reward where person_id = any(:ids) order by person_id, year, kind""", ids,
				(rs, n) -> new Dossier.Reward(rs.getInt("year"), rs.getString("kind"), rs.getString("decision_number"),
						date(rs, "decision_date"), rs.getString("authority")));
		Map<Long, Related> related = new HashMap<>();
		for (Long id : personIds) {
			related.put(id,
					new Related(posts.getOrDefault(id, List.of()), adjustments.getOrDefault(id, List.of()),
							ratings.getOrDefault(id, List.of()), disciplines.getOrDefault(id, List.of()),
							rewards.getOrDefault(id, List.of())));
		}
		return related;
	}

	/**
	 * The people whose records in these views changed since the instant (as far as the
	 * views can tell: a row written or updated since then; a deleted row leaves nothing
	 * to see). Not scoped: the people facade intersects them with the user's scope.
	 */
	Set<Long> changedSince(Instant since) {
		return new HashSet<>(this.jdbc.sql("""
				select person_id from staffing_post_held where updated_at >= :since
				union select person_id from careers_salary_adjustment where created_at >= :since
				union select person_id from ratings_decided_rating where decided_at >= :since
				union select person_id from discipline_decision where updated_at >= :since
				union select person_id from emulation_person_reward where updated_at >= :since""")
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.query(Long.class)
			.list());
	}

	private <T> Map<Long, List<T>> byPerson(String sql, Long[] ids, RowMapper<T> mapper) {
		Map<Long, List<T>> found = new HashMap<>();
		this.jdbc.sql(sql).param("ids", ids).query((RowCallbackHandler) (rs) -> {
			found.computeIfAbsent(rs.getLong("person_id"), (key) -> new ArrayList<>()).add(mapper.mapRow(rs, 0));
		});
		return found;
	}

	private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	/** One person's records of the other modules. */
	record Related(List<Dossier.Post> posts, List<Dossier.Adjustment> adjustments, List<Dossier.Rating> ratings,
			List<Dossier.Discipline> disciplines, List<Dossier.Reward> rewards) {

		static final Related NONE = new Related(List.of(), List.of(), List.of(), List.of(), List.of());

	}

}
