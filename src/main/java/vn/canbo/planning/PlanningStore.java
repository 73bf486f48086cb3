package vn.canbo.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.canbo.discipline.DisciplineForm;
import vn.canbo.discipline.DisciplineSystem;
import vn.canbo.orgunits.Subtree;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;
import vn.canbo.rules.EvaluationLevel;
import vn.canbo.shared.PageQuery;
import vn.canbo.shared.PageResult;

/**
 * The planning tables, and the facts eligibility is judged on read set-based from the
 * other modules' published views and columns (four queries for any number of people).
 */
@Repository
class PlanningStore {

	/** Committee memberships (BCH, BTV, UBKT) do not count towards a person's titles. */
	static final String COMMITTEE_MEMBERSHIP = "%\\_UV\\_%";

	/** From how many people the facts are read with plans made for the actual ids. */
	private static final int LARGE = 1000;

	private static final String PERIOD = """
			select pp.id, pp.version, pp.unit_id, u.name as unit_name, pp.name, pp.start_year, pp.end_year,
				pp.age_reference_date, pp.valid_from, pp.valid_to, pp.updated_by, pp.updated_at
			from planning_period pp join org_unit u on u.id = pp.unit_id
			""";

	private static final String ENTRY = """
			select e.id, e.version, e.period_id, e.unit_id, u.name as unit_name, e.title_code, e.person_id,
				p.full_name, p.gender, p.birth_year, e.source, e.step, e.summoned, e.present, e.votes_for,
				e.decision_number, e.decision_date, e.decision_body, e.readiness, e.added_on, e.removed_on,
				e.removal_case, e.removal_decision, p.ethnicity
			from planning_entry e join org_unit u on u.id = e.unit_id join person p on p.id = e.person_id
			""";

	private final JdbcClient jdbc;

	PlanningStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// periods

	Optional<PlanningPeriod> period(long id) {
		return this.jdbc.sql(PERIOD + " where pp.id = :id").param("id", id).query(PlanningStore::period).optional();
	}

	PageResult<PlanningPeriod> periods(List<Subtree> within, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder(" where true");
		for (int i = 0; i < within.size(); i++) {
			where.append(within.get(i).and("pp.unit_id", "scope" + i, params));
		}
		return PageQuery.read(this.jdbc, "select count(*) from planning_period pp" + where,
				PERIOD + where + " order by pp.valid_from desc, u.name, pp.id", params, page, size,
				PlanningStore::period);
	}

	/** The periods of the units in force on the day, nearest managing unit first. */
	List<PlanningPeriod> periodsOf(List<Long> unitIds, LocalDate day) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(PERIOD + """
				 where pp.unit_id in (:units) and pp.valid_from <= :day and (pp.valid_to is null or pp.valid_to > :day)
				order by pp.valid_from desc, pp.id""")
			.param("units", unitIds)
			.param("day", day)
			.query(PlanningStore::period)
			.list();
	}

	long insertPeriod(long unitId, String name, int startYear, int endYear, LocalDate ageReference, LocalDate validFrom,
			@Nullable LocalDate validTo, String user, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into planning_period (unit_id, name, start_year, end_year, age_reference_date, valid_from,
					valid_to, created_by, created_at, updated_by, updated_at)
				values (:unit, :name, :start, :end, :age, :from, :to, :user, :now, :user, :now)""")
			.param("unit", unitId)
			.param("name", name)
			.param("start", startYear)
			.param("end", endYear)
			.param("age", ageReference)
			.param("from", validFrom)
			.param("to", validTo)
			.param("user", user)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return ((Number) keys.getKeys().get("id")).longValue();
	}

	// entries

	Optional<PlanEntry> entry(long id) {
		return this.jdbc.sql(ENTRY + " where e.id = :id").param("id", id).query(PlanningStore::entry).optional();
	}

	/** The entries of a period, those still planned first, by unit, title and name. */
	List<PlanEntry> entries(long periodId, @Nullable Long unitId) {
		return this.jdbc
			.sql(ENTRY + " where e.period_id = :period" + ((unitId == null) ? "" : " and e.unit_id = :unit")
					+ " order by (e.removed_on is not null), u.name, e.title_code, p.sort_key, e.id")
			.param("period", periodId)
			.param("unit", (unitId == null) ? 0L : unitId)
			.query(PlanningStore::entry)
			.list();
	}

	/** Entries still planned in periods in force on the day, in any of the subtrees. */
	List<PlanEntry> activeEntries(List<Subtree> within, LocalDate day) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder();
		for (int i = 0; i < within.size(); i++) {
			where.append(within.get(i).and("e.unit_id", "scope" + i, params));
		}
		params.put("day", day);
		return this.jdbc
			.sql(ENTRY + """
					 join planning_period pp on pp.id = e.period_id
					where pp.valid_from <= :day and (pp.valid_to is null or pp.valid_to > :day)
						and e.added_on <= :day and (e.removed_on is null or e.removed_on > :day)""" + where
					+ " order by u.name, e.title_code, p.sort_key, e.id")
			.params(params)
			.query(PlanningStore::entry)
			.list();
	}

	/** The person's entries still planned on the day in periods in force. */
	List<PlanEntry> activeEntriesOf(long personId, LocalDate day) {
		return this.jdbc.sql(ENTRY + """
				 join planning_period pp on pp.id = e.period_id
				where e.person_id = :person and pp.valid_from <= :day and (pp.valid_to is null or pp.valid_to > :day)
					and e.added_on <= :day and (e.removed_on is null or e.removed_on > :day)
				order by e.id""").param("person", personId).param("day", day).query(PlanningStore::entry).list();
	}

	/** Others still planned for the title of the unit in the period on the day. */
	int othersOnTitle(long periodId, long unitId, String titleCode, long personId, LocalDate day) {
		return this.jdbc.sql("""
				select count(*) from planning_entry
				where period_id = :period and unit_id = :unit and title_code = :title and person_id <> :person
					and added_on <= :day and (removed_on is null or removed_on > :day)""")
			.param("period", periodId)
			.param("unit", unitId)
			.param("title", titleCode)
			.param("person", personId)
			.param("day", day)
			.query(Integer.class)
			.single();
	}

	/**
	 * Other titles the person is planned for in the period on the day (committee
	 * memberships not counted).
	 */
	int otherTitlesOf(long periodId, long personId, long unitId, String titleCode, LocalDate day) {
		return this.jdbc.sql("""
				select count(*) from planning_entry
				where period_id = :period and person_id = :person and not (unit_id = :unit and title_code = :title)
					and title_code not like :committee escape '\\'
					and added_on <= :day and (removed_on is null or removed_on > :day)""")
			.param("period", periodId)
			.param("person", personId)
			.param("unit", unitId)
			.param("title", titleCode)
			.param("committee", COMMITTEE_MEMBERSHIP)
			.param("day", day)
			.query(Integer.class)
			.single();
	}

	/**
	 * Per person, the other titles planned in the period on the day (committee
	 * memberships not counted), for eligibility of many people at once.
	 */
	Map<Long, Integer> otherTitles(long periodId, long unitId, String titleCode, LocalDate day) {
		Map<Long, Integer> counts = new HashMap<>();
		this.jdbc.sql("""
				select person_id, count(*) as titles from planning_entry
				where period_id = :period and not (unit_id = :unit and title_code = :title)
					and title_code not like :committee escape '\\'
					and added_on <= :day and (removed_on is null or removed_on > :day)
				group by person_id""")
			.param("period", periodId)
			.param("unit", unitId)
			.param("title", titleCode)
			.param("committee", COMMITTEE_MEMBERSHIP)
			.param("day", day)
			.query((rs, row) -> counts.put(rs.getLong("person_id"), rs.getInt("titles")))
			.list();
		return counts;
	}

	boolean isPlanned(long personId, long unitId, String titleCode, LocalDate day) {
		return this.jdbc.sql("""
				select count(*) from planning_entry e join planning_period pp on pp.id = e.period_id
				where e.person_id = :person and e.unit_id = :unit and e.title_code = :title
					and pp.valid_from <= :day and (pp.valid_to is null or pp.valid_to > :day)
					and e.added_on <= :day and (e.removed_on is null or e.removed_on > :day)""")
			.param("person", personId)
			.param("unit", unitId)
			.param("title", titleCode)
			.param("day", day)
			.query(Integer.class)
			.single() > 0;
	}

	boolean isPlannedIn(long periodId, long personId, long unitId, String titleCode) {
		return this.jdbc.sql("""
				select count(*) from planning_entry
				where period_id = :period and person_id = :person and unit_id = :unit and title_code = :title
					and removed_on is null""")
			.param("period", periodId)
			.param("person", personId)
			.param("unit", unitId)
			.param("title", titleCode)
			.query(Integer.class)
			.single() > 0;
	}

	long insertEntry(NewEntry entry, String user, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into planning_entry (period_id, unit_id, title_code, person_id, source, step, summoned, present,
					votes_for, decision_number, decision_date, decision_body, readiness, added_on, note, created_by,
					created_at, updated_by, updated_at)
				values (:period, :unit, :title, :person, :source, :step, :summoned, :present, :votesFor, :number,
					:date, :body, :readiness, :addedOn, :note, :user, :now, :user, :now)""")
			.param("period", entry.periodId())
			.param("unit", entry.unitId())
			.param("title", entry.titleCode())
			.param("person", entry.personId())
			.param("source", entry.source())
			.param("step", entry.step().name())
			.param("summoned", entry.summoned())
			.param("present", entry.present())
			.param("votesFor", entry.votesFor())
			.param("number", entry.decisionNumber())
			.param("date", entry.decisionDate())
			.param("body", entry.decisionBody())
			.param("readiness", entry.readiness().name())
			.param("addedOn", entry.addedOn())
			.param("note", entry.note())
			.param("user", user)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return ((Number) keys.getKeys().get("id")).longValue();
	}

	/** Removes the entry if it is still at the version; false otherwise. */
	boolean remove(long id, long version, LocalDate on, RemovalCase removalCase, String decision, String user,
			Instant now) {
		return this.jdbc.sql("""
				update planning_entry set removed_on = :on, removal_case = :case, removal_decision = :decision,
					updated_by = :user, updated_at = :now, version = version + 1
				where id = :id and version = :version and removed_on is null""")
			.param("on", on)
			.param("case", removalCase.name())
			.param("decision", decision)
			.param("user", user)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	// review proposals

	/** Records a proposal unless one of the case exists for the entry; true when new. */
	boolean propose(long entryId, RemovalCase removalCase, LocalDate detectedOn, String detail, Instant now) {
		return this.jdbc.sql("""
				insert into planning_review (entry_id, removal_case, detected_on, detail, status, created_at)
				values (:entry, :case, :on, :detail, 'PROPOSED', :now)
				on conflict (entry_id, removal_case) do nothing""")
			.param("entry", entryId)
			.param("case", removalCase.name())
			.param("on", detectedOn)
			.param("detail", detail)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	List<ReviewProposal> proposals(List<Subtree> within, @Nullable String status) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder(" where true");
		for (int i = 0; i < within.size(); i++) {
			where.append(within.get(i).and("e.unit_id", "scope" + i, params));
		}
		if (status != null) {
			where.append(" and r.status = :status");
			params.put("status", status);
		}
		return this.jdbc
			.sql("""
					select r.id, r.version, r.entry_id, r.removal_case, r.detected_on, r.detail, r.status, r.decided_by,
						e.person_id, p.full_name, e.unit_id, u.name as unit_name, e.title_code, e.version as entry_version
					from planning_review r join planning_entry e on e.id = r.entry_id
					join person p on p.id = e.person_id join org_unit u on u.id = e.unit_id"""
					+ where + " order by r.detected_on desc, r.id")
			.params(params)
			.query((rs, row) -> new ReviewProposal(rs.getLong("id"), rs.getLong("version"), rs.getLong("entry_id"),
					rs.getLong("entry_version"), RemovalCase.valueOf(rs.getString("removal_case")),
					rs.getObject("detected_on", LocalDate.class), rs.getString("detail"), rs.getString("status"),
					rs.getString("decided_by"), rs.getLong("person_id"), rs.getString("full_name"),
					rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("title_code")))
			.list();
	}

	Optional<Long> proposalEntry(long proposalId) {
		return this.jdbc.sql("select entry_id from planning_review where id = :id")
			.param("id", proposalId)
			.query(Long.class)
			.optional();
	}

	boolean decideProposal(long id, long version, String status, String user, Instant now) {
		return this.jdbc.sql("""
				update planning_review set status = :status, decided_by = :user, decided_at = :now,
					version = version + 1
				where id = :id and version = :version and status = 'PROPOSED'""")
			.param("status", status)
			.param("user", user)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/**
	 * The people working in every subtree given whose name contains the text (any when
	 * null), in name order, at most so many.
	 */
	List<PersonChoice> candidates(List<Subtree> within, @Nullable String name, int limit) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder(" where true");
		for (int i = 0; i < within.size(); i++) {
			where.append(within.get(i).and("p.agency_id", "scope" + i, params));
		}
		if (name != null) {
			where.append(" and p.full_name ilike :name");
			params.put("name", "%" + name.replace("\\", "").replace("%", "").replace("_", "") + "%");
		}
		params.put("limit", limit);
		return this.jdbc
			.sql("select p.id, p.full_name from person p" + where + " order by p.sort_key, p.id limit :limit")
			.params(params)
			.query((rs, row) -> new PersonChoice(rs.getLong("id"), rs.getString("full_name")))
			.list();
	}

	// facts

	/**
	 * The facts of the people as of the day: their published record columns, their
	 * discipline decisions, confidence votes and approved ratings of the years asked.
	 */
	Map<Long, PlanningFacts> facts(Collection<Long> personIds, LocalDate day, int fromYear, int toYear) {
		if (personIds.isEmpty()) {
			return new LinkedHashMap<>();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("ids", personIds);
		return facts("p.id in (:ids)", params, day, fromYear, toYear);
	}

	/**
	 * The facts of everyone working in every subtree given, in the same four set-based
	 * queries (eligibility of a whole province without a query per person).
	 */
	Map<Long, PlanningFacts> factsWithin(List<Subtree> within, LocalDate day, int fromYear, int toYear) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder("true");
		for (int i = 0; i < within.size(); i++) {
			where.append(within.get(i).and("p.agency_id", "scope" + i, params));
		}
		return facts(where.toString(), params, day, fromYear, toYear);
	}

	private Map<Long, PlanningFacts> facts(String personWhere, Map<String, Object> where, LocalDate day, int fromYear,
			int toYear) {
		Map<String, Object> params = new HashMap<>(where);
		params.put("day", day);
		params.put("from", fromYear);
		params.put("to", toYear);
		Map<Long, PlanningFacts> facts = new LinkedHashMap<>();
		Map<Long, PlanningFacts.Person> persons = new LinkedHashMap<>();
		this.jdbc.sql("""
				select p.id, p.full_name, p.gender, p.birth_year, p.birth_month, p.category, p.professional_level,
					p.political_theory_level, p.state_management_level, p.agency_id
				from person p""" + " where " + personWhere).params(params).query((rs, row) -> {
			PlanningFacts.Person person = new PlanningFacts.Person(rs.getLong("id"), rs.getString("full_name"),
					value(Gender.class, rs.getString("gender")), rs.getObject("birth_year", Integer.class),
					rs.getObject("birth_month", Integer.class),
					value(PersonnelCategory.class, rs.getString("category")),
					value(ProfessionalLevel.class, rs.getString("professional_level")),
					value(PoliticalTheoryLevel.class, rs.getString("political_theory_level")),
					value(StateManagementLevel.class, rs.getString("state_management_level")),
					rs.getObject("agency_id", Long.class));
			persons.put(person.id(), person);
			return person;
		}).list();
		if (persons.isEmpty()) {
			return facts;
		}
		// The other facts of exactly these people, by their ids: a province's scope is
		// estimated at a few thousand people instead of 200,000, and the planner then
		// probed the ratings index once per person; with the ids as one array (planned
		// for its actual size) the ratings are read in one hashed scan.
		params.put("people", persons.keySet().toArray(Long[]::new));
		if (persons.size() > LARGE) {
			this.jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		}
		Map<Long, List<PlanningFacts.Decision>> decisions = new HashMap<>();
		this.jdbc
			.sql("select d.person_id, d.system, d.form, d.decision_number, d.decision_date, d.effective_on "
					+ "from discipline_decision d where d.person_id = any(:people) and d.effective_on <= :day")
			.params(params)
			.query((rs, row) -> decisions.computeIfAbsent(rs.getLong("person_id"), (id) -> new ArrayList<>())
				.add(new PlanningFacts.Decision(DisciplineSystem.valueOf(rs.getString("system")),
						DisciplineForm.valueOf(rs.getString("form")), rs.getString("decision_number"),
						rs.getObject("decision_date", LocalDate.class), rs.getObject("effective_on", LocalDate.class))))
			.list();
		Map<Long, List<PlanningFacts.VoteResult>> votes = new HashMap<>();
		this.jdbc
			.sql("select v.person_id, v.held_on, v.summoned, v.present, v.high_votes, v.confidence_votes, "
					+ "v.low_votes, v.invalid_votes from votes_vote_result v where v.person_id = any(:people) "
					+ "and v.held_on <= :day")
			.params(params)
			.query((rs, row) -> votes.computeIfAbsent(rs.getLong("person_id"), (id) -> new ArrayList<>())
				.add(new PlanningFacts.VoteResult(rs.getObject("held_on", LocalDate.class), rs.getInt("summoned"),
						rs.getInt("present"), rs.getInt("high_votes"), rs.getInt("confidence_votes"),
						rs.getInt("low_votes"), rs.getInt("invalid_votes"))))
			.list();
		Map<Long, Map<Integer, EvaluationLevel>> ratings = new HashMap<>();
		this.jdbc
			.sql("select r.person_id, r.year, r.level from ratings_approved_rating r where r.person_id = any(:people) "
					+ "and r.year between :from and :to")
			.params(params)
			.query((rs, row) -> ratings.computeIfAbsent(rs.getLong("person_id"), (id) -> new HashMap<>())
				.put(rs.getInt("year"), EvaluationLevel.valueOf(rs.getString("level"))))
			.list();
		persons.forEach((id, person) -> facts.put(id, new PlanningFacts(person, decisions.getOrDefault(id, List.of()),
				votes.getOrDefault(id, List.of()), ratings.getOrDefault(id, Map.of()))));
		return facts;
	}

	private static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static PlanningPeriod period(ResultSet rs, int row) throws SQLException {
		return new PlanningPeriod(rs.getLong("id"), rs.getLong("version"), rs.getLong("unit_id"),
				rs.getString("unit_name"), rs.getString("name"), rs.getInt("start_year"), rs.getInt("end_year"),
				rs.getObject("age_reference_date", LocalDate.class), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class), rs.getString("updated_by"),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static PlanEntry entry(ResultSet rs, int row) throws SQLException {
		String removal = rs.getString("removal_case");
		return new PlanEntry(rs.getLong("id"), rs.getLong("version"), rs.getLong("period_id"), rs.getLong("unit_id"),
				rs.getString("unit_name"), rs.getString("title_code"), rs.getLong("person_id"),
				rs.getString("full_name"), rs.getString("gender"), rs.getInt("birth_year"), rs.getInt("source"),
				PlanningStep.valueOf(rs.getString("step")), rs.getObject("summoned", Integer.class),
				rs.getObject("present", Integer.class), rs.getObject("votes_for", Integer.class),
				rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class),
				rs.getString("decision_body"), Readiness.valueOf(rs.getString("readiness")),
				rs.getObject("added_on", LocalDate.class), rs.getObject("removed_on", LocalDate.class),
				(removal == null) ? null : RemovalCase.valueOf(removal), rs.getString("removal_decision"),
				rs.getString("ethnicity"));
	}

	/** An entry whose every value passed the checks. */
	record NewEntry(long periodId, long unitId, String titleCode, long personId, int source, PlanningStep step,
			@Nullable Integer summoned, @Nullable Integer present, @Nullable Integer votesFor, String decisionNumber,
			LocalDate decisionDate, String decisionBody, Readiness readiness, LocalDate addedOn,
			@Nullable String note) {
	}

}
