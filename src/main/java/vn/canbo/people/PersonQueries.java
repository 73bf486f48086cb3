package vn.canbo.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.canbo.orgunits.Subtree;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.VietnameseText;

/**
 * The list and search queries over {@code person}: one WHERE clause built from the filter
 * and the scope, shared by the page, the count and the export.
 */
@Component
class PersonQueries {

	static final String SUMMARY_COLUMNS = """
			p.id, p.staff_code, p.full_name, p.birth_day, p.birth_month, p.birth_year, p.gender, p.ethnicity,
			p.religion, p.citizen_id, p.category, p.agency_id, u.name as agency_name, p.position, p.education_grade,
			p.education_system, p.professional_level, p.professional_field, p.political_theory_level,
			p.state_management_level, p.party_joined_on, p.local_person, p.salary_rank_code, p.salary_step,
			p.salary_coefficient, p.version""";

	private static final int EXPORT_FETCH_SIZE = 1000;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate template;

	PersonQueries(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		// Its own template: a fetch size streams exports (inside a transaction) without
		// changing the shared one.
		JdbcTemplate streaming = new JdbcTemplate(dataSource);
		streaming.setFetchSize(EXPORT_FETCH_SIZE);
		this.template = new NamedParameterJdbcTemplate(streaming);
	}

	/**
	 * The professional degrees of the 2C history (item 27, kind PROFESSIONAL) whose last
	 * month falls in the period, of the people placed in the subtree, counted per
	 * qualification as written (lower case, trimmed): one row per distinct text.
	 */
	Map<String, Long> degreesByQualification(Subtree within, LocalDate from, LocalDate to) {
		Map<String, Object> params = new HashMap<>();
		params.put("from", from.withDayOfMonth(1));
		params.put("to", to);
		Map<String, Long> counts = new HashMap<>();
		this.jdbc.sql("""
				select d.qualification, count(*) as degrees from (
					select lower(trim(t->>'qualification')) as qualification,
						case when jsonb_typeof(t->'to') = 'string' and t->>'to' ~ '^\\d{4}-\\d{2}-\\d{2}$'
							then cast(t->>'to' as date) end as ended
					from person p cross join lateral jsonb_array_elements(p.trainings) t
					where jsonb_typeof(p.trainings) = 'array' and t->>'kind' = 'PROFESSIONAL'
				""" + within.and("p.agency_id", "scope", params) + """
				) d where d.ended between :from and :to and d.qualification is not null group by d.qualification""")
			.params(params)
			.query((RowCallbackHandler) (rs) -> counts.put(rs.getString("qualification"), rs.getLong("degrees")));
		return counts;
	}

	PageResult<PersonSummary> page(PersonFilter filter, List<Subtree> within, Reader reader, LocalDate today, int page,
			int size) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, within, reader, today, params);
		params.put("limit", size);
		params.put("offset", (long) page * size);
		long[] total = { -1 };
		// The total comes with the page (a window count over narrow rows): one pass over
		// the
		// matching rows instead of two, which is most of the cost of a province-wide
		// list.
		List<PersonSummary> items = this.jdbc
			.sql("select " + SUMMARY_COLUMNS + ", page.total_count from (select p.id, p.sort_key,"
					+ " count(*) over () as total_count from person p where true" + where
					+ " order by p.sort_key, p.id limit :limit offset :offset) page"
					+ " join person p on p.id = page.id join org_unit u on u.id = p.agency_id"
					+ " order by page.sort_key, page.id")
			.params(params)
			.query((rs, row) -> {
				total[0] = rs.getLong("total_count");
				return summary(rs, reader.citizenId());
			})
			.list();
		if (items.isEmpty()) {
			total[0] = page == 0 ? 0
					: this.jdbc.sql("select count(*) from person p where true" + where)
						.params(params)
						.query(Long.class)
						.single();
		}
		return new PageResult<>(items, total[0], page, size);
	}

	List<Long> idsInAgency(long agencyId, int limit) {
		return this.jdbc.sql("select id from person where agency_id = :agency order by sort_key, id limit :limit")
			.param("agency", agencyId)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/** One person's list line, without the ID number. */
	Optional<PersonSummary> summary(long id) {
		return this.jdbc
			.sql("select " + SUMMARY_COLUMNS + " from person p join org_unit u on u.id = p.agency_id where p.id = :id")
			.param("id", id)
			.query((rs, row) -> summary(rs, false))
			.optional();
	}

	/**
	 * The list lines of many people, without ID numbers (joined through unnest: see
	 * PersonStore).
	 */
	List<PersonSummary> summaries(Collection<Long> ids) {
		return this.jdbc
			.sql("select " + SUMMARY_COLUMNS + " from unnest(cast(:ids as bigint[])) as wanted (id)"
					+ " join person p on p.id = wanted.id join org_unit u on u.id = p.agency_id")
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, row) -> summary(rs, false))
			.list();
	}

	/** Every matching person in list order, streamed (for exports of any size). */
	void forEach(PersonFilter filter, List<Subtree> within, Reader reader, LocalDate today,
			Consumer<PersonSummary> consumer) {
		Map<String, Object> params = new HashMap<>();
		String sql = "select " + SUMMARY_COLUMNS + " from person p join org_unit u on u.id = p.agency_id where true"
				+ where(filter, within, reader, today, params) + " order by p.sort_key, p.id";
		this.template.query(sql, params, (RowCallbackHandler) (rs) -> consumer.accept(summary(rs, reader.citizenId())));
	}

	/**
	 * Every matching person in list order with the whole record and the agency's code,
	 * streamed (for exports that re-import).
	 */
	void forEachRecord(PersonFilter filter, List<Subtree> within, Reader reader, LocalDate today, PersonColumns columns,
			Consumer<ListedPerson> consumer) {
		forEachRecord(filter, within, reader, today, columns, null, List.of(), consumer);
	}

	/**
	 * The same, limited when {@code changedSince} is given to the records updated since
	 * then or whose ids are in {@code alsoChanged}.
	 */
	void forEachRecord(PersonFilter filter, List<Subtree> within, Reader reader, LocalDate today, PersonColumns columns,
			@Nullable Instant changedSince, Collection<Long> alsoChanged, Consumer<ListedPerson> consumer) {
		Map<String, Object> params = new HashMap<>();
		String changed = "";
		if (changedSince != null) {
			changed = " and (p.updated_at >= :changedSince or p.id = any(:alsoChanged))";
			params.put("changedSince", OffsetDateTime.ofInstant(changedSince, ZoneOffset.UTC));
			params.put("alsoChanged", alsoChanged.toArray(Long[]::new));
		}
		String sql = "select p.*, u.code as agency_code, u.name as agency_name from person p"
				+ " join org_unit u on u.id = p.agency_id where true" + where(filter, within, reader, today, params)
				+ changed + " order by p.sort_key, p.id";
		this.template.query(sql, params, (RowCallbackHandler) (rs) -> consumer.accept(new ListedPerson(rs.getLong("id"),
				columns.details(rs), rs.getString("agency_code"), rs.getString("agency_name"))));
	}

	/** The conditions, each starting with " and ", with their parameters added. */
	static String where(PersonFilter filter, List<Subtree> within, Reader reader, LocalDate today,
			Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		LocalDate asOf = filter.asOf();
		if (asOf == null) {
			for (int i = 0; i < within.size(); i++) {
				where.append(within.get(i).and("p.agency_id", "scope" + i, params));
			}
			if (filter.category() != null) {
				where.append(" and p.category = :category");
				params.put("category", filter.category().name());
			}
		}
		else {
			// The people of the unit on the date: a primary post held then in the subtree
			// (one at a time, so EXISTS counts each once), its category the post's.
			where.append(" and exists (select 1 from staffing_primary_post pp where pp.person_id = p.id and ")
				.append(heldOn("pp"));
			params.put("asOf", asOf);
			for (int i = 0; i < within.size(); i++) {
				where.append(within.get(i).and("pp.unit_id", "scope" + i, params));
			}
			if (filter.category() != null) {
				where.append(" and pp.category = :category");
				params.put("category", filter.category().name());
			}
			where.append(")");
		}
		if (reader.ownRecordOnly()) {
			where.append(" and p.id = :ownRecord");
			params.put("ownRecord", (reader.ownRecord() != null) ? reader.ownRecord() : -1L);
		}
		search(filter.q(), reader.citizenId(), where, params);
		where.append(facts(filter, (asOf != null) ? asOf : today, asOf != null, "", params));
		return where.toString();
	}

	/**
	 * A primary post (a row of the view {@code staffing_primary_post} under the alias)
	 * held on {@code :asOf}.
	 */
	static String heldOn(String alias) {
		return alias + ".valid_from <= :asOf and (" + alias + ".valid_to is null or " + alias + ".valid_to > :asOf)";
	}

	/**
	 * The conditions on a person's own facts (alias {@code p}), each starting with " and
	 * ": the list's and the indicators' alike, so a figure and its list count the same
	 * people.
	 * @param filter the criteria (unit, text, category and date are not read here)
	 * @param day the day ages are reached in (its year) and, when dated, Party membership
	 * is judged on
	 * @param dated whether Party membership is judged on the day (otherwise: ever joined)
	 * @param prefix a prefix for the parameter names, unique within the query
	 * @param params the query's parameters, to which this adds its own
	 */
	static String facts(PersonFilter filter, LocalDate day, boolean dated, String prefix, Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		if (filter.gender() != null) {
			where.append(" and p.gender = :").append(prefix).append("gender");
			params.put(prefix + "gender", filter.gender().name());
		}
		if (filter.ageFrom() != null) {
			where.append(" and p.birth_year <= :").append(prefix).append("bornAtLatest");
			params.put(prefix + "bornAtLatest", day.getYear() - filter.ageFrom());
		}
		if (filter.ageTo() != null) {
			where.append(" and p.birth_year >= :").append(prefix).append("bornAtEarliest");
			params.put(prefix + "bornAtEarliest", day.getYear() - filter.ageTo());
		}
		if (filter.ethnicity() != null) {
			where.append(" and p.ethnicity = :").append(prefix).append("ethnicity");
			params.put(prefix + "ethnicity", filter.ethnicity().code());
		}
		if (Boolean.TRUE.equals(filter.minorityOnly())) {
			where.append(" and p.ethnicity <> :").append(prefix).append("majority");
			params.put(prefix + "majority", Ethnicity.KINH.code());
		}
		atLeast(where, params, "p.professional_level", prefix + "professionalLevels", filter.professionalLevel(),
				ProfessionalLevel.values(), (level) -> level.atLeast(filter.professionalLevel()));
		atLeast(where, params, "p.political_theory_level", prefix + "politicalTheory", filter.politicalTheory(),
				PoliticalTheoryLevel.values(), (level) -> level.atLeast(filter.politicalTheory()));
		atLeast(where, params, "p.state_management_level", prefix + "stateManagement", filter.stateManagement(),
				StateManagementLevel.values(), (level) -> level.atLeast(filter.stateManagement()));
		exactly(where, params, "p.professional_level", prefix + "professionalLevelIs", filter.professionalLevelIs());
		exactly(where, params, "p.political_theory_level", prefix + "politicalTheoryIs", filter.politicalTheoryIs());
		exactly(where, params, "p.state_management_level", prefix + "stateManagementIs", filter.stateManagementIs());
		if (filter.partyMember() != null) {
			if (dated) {
				String joined = "p.party_joined_on <= :" + prefix + "partyOn";
				params.put(prefix + "partyOn", day);
				where.append(filter.partyMember() ? " and " + joined
						: " and (p.party_joined_on is null or not " + joined + ")");
			}
			else {
				where.append(
						filter.partyMember() ? " and p.party_joined_on is not null" : " and p.party_joined_on is null");
			}
		}
		if (filter.local() != null) {
			where.append(" and p.local_person = :").append(prefix).append("local");
			params.put(prefix + "local", filter.local());
		}
		if (filter.religious() != null) {
			where.append(filter.religious() ? " and p.religion <> '" : " and p.religion = '")
				.append(Religion.NONE.name())
				.append("'");
		}
		if (filter.education() == GeneralEducation.UPPER_SECONDARY) {
			// 12/12, or 10/10 in the former 10-year system: the last grade of the system
			where.append(" and p.education_grade = p.education_system");
		}
		return where.toString();
	}

	/**
	 * A name matches when it holds every word typed, without diacritics (so "nguyen thi
	 * hang" finds "Nguyễn Thị Hằng"); words typed with diacritics must match them too
	 * ("Hằng" does not find "Hạng"). Digits look up the citizen ID (only for readers who
	 * may read it: otherwise a few dozen searches would spell out anyone's number) or the
	 * staff number.
	 */
	private static void search(@Nullable String q, boolean byCitizenId, StringBuilder where,
			Map<String, Object> params) {
		String text = VietnameseText.clean(q);
		if (text == null || text.isEmpty()) {
			return;
		}
		String digits = text.replaceAll("[\\s.]", "");
		if (digits.matches("\\d{3,12}") && !byCitizenId) {
			where.append(" and p.staff_code = :code");
			params.put("code", text);
			return;
		}
		if (digits.matches("\\d{3,12}")) {
			// A range, not LIKE: the citizen ID's btree index serves it (a LIKE prefix
			// needs text_pattern_ops under a non-C collation); digits sort alike in every
			// collation.
			where.append(" and ((p.citizen_id >= :idFrom");
			params.put("idFrom", digits);
			String upper = nextDigits(digits);
			if (upper != null) {
				where.append(" and p.citizen_id < :idTo");
				params.put("idTo", upper);
			}
			where.append(") or p.staff_code = :code)");
			params.put("code", text);
			return;
		}
		String[] keys = VietnameseText.searchKey(text).split(" ");
		String[] typed = PersonColumns.nameLower(text).split(" ");
		StringBuilder names = new StringBuilder();
		for (int i = 0; i < keys.length; i++) {
			if (keys[i].isEmpty()) {
				continue;
			}
			names.append(" and p.name_key like :name").append(i);
			params.put("name" + i, "%" + escapeLike(keys[i]) + "%");
			if (i < typed.length && !typed[i].equals(keys[i])) {
				names.append(" and p.name_lower like :typed").append(i);
				params.put("typed" + i, "%" + escapeLike(typed[i]) + "%");
			}
		}
		where.append(" and ((true").append(names).append(") or p.staff_code = :code)");
		params.put("code", text);
	}

	/** Exactly the level; "none" also matches a level not recorded. */
	private static <E extends Enum<E>> void exactly(StringBuilder where, Map<String, Object> params, String column,
			String name, @Nullable E level) {
		if (level == null) {
			return;
		}
		where.append(" and ");
		if ("NONE".equals(level.name())) {
			where.append("(").append(column).append(" is null or ");
		}
		where.append(column).append(" = :").append(name);
		if ("NONE".equals(level.name())) {
			where.append(")");
		}
		params.put(name, level.name());
	}

	private static <E extends Enum<E>> void atLeast(StringBuilder where, Map<String, Object> params, String column,
			String name, @Nullable E minimum, E[] values, Predicate<E> qualifies) {
		if (minimum == null) {
			return;
		}
		where.append(" and ").append(column).append(" in (:").append(name).append(")");
		params.put(name, Arrays.stream(values).filter(qualifies).map(Enum::name).toList());
	}

	/**
	 * What the reader of a list may see and search by.
	 *
	 * @param citizenId whether ID numbers are shown and searched
	 * @param ownRecordOnly whether the list holds only the reader's own record
	 * @param ownRecord the reader's own record, if their account is linked to one
	 */
	record Reader(boolean citizenId, boolean ownRecordOnly, @Nullable Long ownRecord) {

	}

	/**
	 * The first digit string of the same length after every one that starts with the
	 * digits ("011089" gives "011090"); null when they are all nines.
	 */
	static @Nullable String nextDigits(String digits) {
		char[] next = digits.toCharArray();
		for (int i = next.length - 1; i >= 0; i--) {
			if (next[i] < '9') {
				next[i]++;
				return new String(next);
			}
			next[i] = '0';
		}
		return null;
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static PersonSummary summary(ResultSet rs, boolean withCitizenId) throws SQLException {
		Integer grade = PersonColumns.integer(rs, "education_grade");
		Integer system = PersonColumns.integer(rs, "education_system");
		return new PersonSummary(rs.getLong("id"), rs.getString("staff_code"), rs.getString("full_name"),
				PersonColumns.integer(rs, "birth_day"), PersonColumns.integer(rs, "birth_month"),
				rs.getInt("birth_year"), Gender.valueOf(rs.getString("gender")),
				Ethnicity.fromCode(rs.getString("ethnicity")).orElse(null), Religion.valueOf(rs.getString("religion")),
				withCitizenId ? rs.getString("citizen_id") : null, PersonnelCategory.valueOf(rs.getString("category")),
				rs.getLong("agency_id"), rs.getString("agency_name"), rs.getString("position"),
				grade == null || system == null ? null : new EducationLevel(grade, system),
				PersonColumns.enumOf(ProfessionalLevel.class, rs.getString("professional_level")),
				rs.getString("professional_field"),
				PersonColumns.enumOf(PoliticalTheoryLevel.class, rs.getString("political_theory_level")),
				PersonColumns.enumOf(StateManagementLevel.class, rs.getString("state_management_level")),
				PersonColumns.date(rs, "party_joined_on"), rs.getBoolean("local_person"),
				rs.getString("salary_rank_code"), PersonColumns.integer(rs, "salary_step"),
				rs.getBigDecimal("salary_coefficient"), rs.getLong("version"));
	}

}
