package vn.canbo.recruitment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.canbo.orgunits.Subtree;
import vn.canbo.people.Ethnicity;
import vn.canbo.people.Gender;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.shared.PageQuery;
import vn.canbo.shared.PageResult;

/**
 * The {@code recruitment_plan}, {@code recruitment_vacancy} and
 * {@code recruitment_candidate} tables.
 */
@Repository
class RecruitmentStore {

	private static final String PLAN = """
			select p.id, p.version, p.agency_id, u.code as agency_code, u.name as agency_name, p.year, p.as_of, p.regime,
				p.status, p.decision_number, p.published_on, p.appeal_until, p.note,
				(select count(*) from recruitment_vacancy v where v.plan_id = p.id) as vacancies,
				(select coalesce(sum(v.seats), 0) from recruitment_vacancy v where v.plan_id = p.id) as seats,
				(select count(*) from recruitment_candidate c where c.plan_id = p.id) as candidates
			from recruitment_plan p join org_unit u on u.id = p.agency_id
			""";

	private static final String VACANCY = """
			select id, version, plan_id, job_position_code, job_position_name, rank_code, rank_name, quota, holders, seats,
				min_professional_level, professional_fields, method, exam_form, round_one, round_one_questions, status
			from recruitment_vacancy
			""";

	private static final String CANDIDATE = """
			select id, version, plan_id, vacancy_id, citizen_id, full_name, birth_date, gender, ethnicity,
				vietnamese_only, resides_in_vietnam, meets_other_conditions, professional_level, professional_field,
				priorities, insured_months, phone, round_one_correct, written_score, interview_score, oral_score,
				answer, answered_on, person_id, decision_number, start_date
			from recruitment_candidate
			""";

	private final JdbcClient jdbc;

	RecruitmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PlanView> plan(long id) {
		return this.jdbc.sql(PLAN + " where p.id = :id").param("id", id).query(RecruitmentStore::plan).optional();
	}

	PageResult<PlanView> plans(List<Subtree> within, @Nullable Integer year, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder();
		for (int i = 0; i < within.size(); i++) {
			where.append(within.get(i).and("p.agency_id", "scope" + i, params));
		}
		if (year != null) {
			where.append(" and p.year = :year");
			params.put("year", year);
		}
		return PageQuery.read(this.jdbc, "select count(*) from recruitment_plan p where true" + where,
				PLAN + " where true" + where + " order by p.year desc, u.name, p.id", params, page, size,
				RecruitmentStore::plan);
	}

	long insertPlan(long agencyId, int year, LocalDate asOf, Regime regime, @Nullable String note, String user,
			Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into recruitment_plan (agency_id, year, as_of, regime, status, note, created_by, created_at,
					updated_by, updated_at)
				values (:agency, :year, :asOf, :regime, 'OPEN', :note, :user, :now, :user, :now)""")
			.param("agency", agencyId)
			.param("year", year)
			.param("asOf", asOf)
			.param("regime", regime.name())
			.param("note", note)
			.param("user", user)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return ((Number) keys.getKeys().get("id")).longValue();
	}

	boolean planExists(long agencyId, int year, Regime regime) {
		return this.jdbc
			.sql("select count(*) from recruitment_plan where agency_id = :agency and year = :year"
					+ " and regime = :regime")
			.param("agency", agencyId)
			.param("year", year)
			.param("regime", regime.name())
			.query(Long.class)
			.single() > 0;
	}

	boolean publish(long id, long version, LocalDate on, LocalDate appealUntil, @Nullable String decisionNumber,
			String user, Instant now) {
		return this.jdbc.sql("""
				update recruitment_plan set status = 'PUBLISHED', published_on = :on, appeal_until = :until,
					decision_number = :number, updated_by = :user, updated_at = :now, version = version + 1
				where id = :id and version = :version""")
			.param("on", on)
			.param("until", appealUntil)
			.param("number", decisionNumber)
			.param("user", user)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	void touchPlan(long id, String status, String user, Instant now) {
		this.jdbc.sql("""
				update recruitment_plan set status = :status, updated_by = :user, updated_at = :now,
					version = version + 1 where id = :id""")
			.param("status", status)
			.param("user", user)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	void insertVacancy(long planId, VacancyView vacancy) {
		this.jdbc.sql("""
				insert into recruitment_vacancy (plan_id, job_position_code, job_position_name, rank_code, rank_name,
					quota, holders, seats, min_professional_level, professional_fields, method, exam_form, round_one,
					round_one_questions, status)
				values (:plan, :code, :name, :rankCode, :rankName, :quota, :holders, :seats, :level, :fields, :method,
					:form, :roundOne, :questions, 'OPEN')""")
			.params(params(vacancy))
			.param("plan", planId)
			.param("code", vacancy.jobPositionCode())
			.param("name", vacancy.jobPositionName())
			.param("quota", vacancy.quota())
			.param("holders", vacancy.holders())
			.update();
	}

	boolean updateVacancy(long id, long version, VacancyView vacancy) {
		return this.jdbc.sql("""
				update recruitment_vacancy set seats = :seats, min_professional_level = :level,
					professional_fields = :fields, rank_code = :rankCode, rank_name = :rankName, method = :method,
					exam_form = :form, round_one = :roundOne, round_one_questions = :questions, version = version + 1
				where id = :id and version = :version""")
			.params(params(vacancy))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	void fillVacancy(long id) {
		this.jdbc.sql("update recruitment_vacancy set status = 'FILLED', version = version + 1 where id = :id")
			.param("id", id)
			.update();
	}

	Optional<VacancyView> vacancy(long id) {
		return this.jdbc.sql(VACANCY + " where id = :id").param("id", id).query(RecruitmentStore::vacancy).optional();
	}

	List<VacancyView> vacancies(long planId) {
		return this.jdbc.sql(VACANCY + " where plan_id = :plan order by job_position_name, id")
			.param("plan", planId)
			.query(RecruitmentStore::vacancy)
			.list();
	}

	Optional<CandidateView> candidate(long id) {
		return this.jdbc.sql(CANDIDATE + " where id = :id")
			.param("id", id)
			.query(RecruitmentStore::candidate)
			.optional();
	}

	List<CandidateView> candidatesOfVacancy(long vacancyId) {
		return this.jdbc.sql(CANDIDATE + " where vacancy_id = :vacancy order by full_name, id")
			.param("vacancy", vacancyId)
			.query(RecruitmentStore::candidate)
			.list();
	}

	List<CandidateView> candidatesOfPlan(long planId) {
		return this.jdbc.sql(CANDIDATE + " where plan_id = :plan order by full_name, id")
			.param("plan", planId)
			.query(RecruitmentStore::candidate)
			.list();
	}

	Map<String, CandidateView> candidatesByCitizenId(long planId) {
		return candidatesOfPlan(planId).stream()
			.collect(Collectors.toMap(CandidateView::citizenId, (candidate) -> candidate));
	}

	long insertCandidate(long planId, long vacancyId, Checked candidate, String user, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into recruitment_candidate (plan_id, vacancy_id, citizen_id, full_name, birth_date, gender,
					ethnicity, vietnamese_only, resides_in_vietnam, meets_other_conditions, professional_level,
					professional_field, priorities, insured_months, phone, created_by, created_at, updated_by,
					updated_at)
				values (:plan, :vacancy, :citizenId, :name, :birth, :gender, :ethnicity, :vietnamese, :resides, :other,
					:level, :field, :priorities, :insured, :phone, :user, :now, :user, :now)""")
			.params(params(candidate))
			.param("plan", planId)
			.param("vacancy", vacancyId)
			.param("user", user)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return ((Number) keys.getKeys().get("id")).longValue();
	}

	boolean updateCandidate(long id, long version, long vacancyId, Checked candidate, String user, Instant now) {
		return this.jdbc.sql("""
				update recruitment_candidate set vacancy_id = :vacancy, citizen_id = :citizenId, full_name = :name,
					birth_date = :birth, gender = :gender, ethnicity = :ethnicity, vietnamese_only = :vietnamese,
					resides_in_vietnam = :resides, meets_other_conditions = :other, professional_level = :level,
					professional_field = :field, priorities = :priorities, insured_months = :insured, phone = :phone,
					updated_by = :user, updated_at = :now, version = version + 1
				where id = :id and version = :version""")
			.params(params(candidate))
			.param("vacancy", vacancyId)
			.param("user", user)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean updateScores(long id, long version, ScoreInput scores, String user, Instant now) {
		return this.jdbc.sql("""
				update recruitment_candidate set round_one_correct = :roundOne, written_score = :written,
					interview_score = :interview, oral_score = :oral, updated_by = :user, updated_at = :now,
					version = version + 1
				where id = :id and version = :version""")
			.param("roundOne", scores.roundOneCorrect())
			.param("written", scores.written())
			.param("interview", scores.interview())
			.param("oral", scores.oral())
			.param("user", user)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean answer(long id, long version, Answer answer, LocalDate on, String user, Instant now) {
		return this.jdbc.sql("""
				update recruitment_candidate set answer = :answer, answered_on = :on, updated_by = :user,
					updated_at = :now, version = version + 1
				where id = :id and version = :version""")
			.param("answer", answer.name())
			.param("on", on)
			.param("user", user)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean placed(long id, long version, long personId, String decisionNumber, LocalDate startDate, String user,
			Instant now) {
		return this.jdbc.sql("""
				update recruitment_candidate set person_id = :person, decision_number = :number,
					start_date = :start, updated_by = :user, updated_at = :now, version = version + 1
				where id = :id and version = :version and person_id is null""")
			.param("person", personId)
			.param("number", decisionNumber)
			.param("start", startDate)
			.param("user", user)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/**
	 * The recruits in post in the subtree with a start date in the period: all, and those
	 * with a university degree or higher.
	 */
	long[] recruited(Subtree within, LocalDate from, LocalDate to) {
		Map<String, Object> params = new HashMap<>();
		String where = within.and("p.agency_id", "scope", params);
		params.put("from", from);
		params.put("to", to);
		return this.jdbc.sql("""
				select count(*) as total,
					count(*) filter (where c.professional_level in ('DAI_HOC', 'THAC_SI', 'TIEN_SI')) as degree
				from recruitment_candidate c join recruitment_plan p on p.id = c.plan_id
				where c.person_id is not null and c.start_date >= :from and c.start_date <= :to""" + where)
			.params(params)
			.query((rs, row) -> new long[] { rs.getLong("total"), rs.getLong("degree") })
			.single();
	}

	/** The people behind {@link #recruited}. */
	List<Long> recruitedPeople(Subtree within, LocalDate from, LocalDate to, boolean degreeOnly) {
		Map<String, Object> params = new HashMap<>();
		String where = within.and("p.agency_id", "scope", params);
		params.put("from", from);
		params.put("to", to);
		return this.jdbc
			.sql("""
					select c.person_id from recruitment_candidate c join recruitment_plan p on p.id = c.plan_id
					where c.person_id is not null and c.start_date >= :from and c.start_date <= :to""" + where
					+ (degreeOnly ? " and c.professional_level in ('DAI_HOC', 'THAC_SI', 'TIEN_SI')" : "")
					+ " order by c.person_id")
			.params(params)
			.query(Long.class)
			.list();
	}

	/** The values of a vacancy its officer may change. */
	private static Map<String, Object> params(VacancyView vacancy) {
		Map<String, Object> params = new HashMap<>();
		params.put("rankCode", vacancy.rankCode());
		params.put("rankName", vacancy.rankName());
		params.put("seats", vacancy.seats());
		params.put("level", (vacancy.minProfessionalLevel() == null) ? null : vacancy.minProfessionalLevel().name());
		params.put("fields", vacancy.professionalFields());
		params.put("method", vacancy.method().name());
		params.put("form", vacancy.examForm().name());
		params.put("roundOne", vacancy.roundOne());
		params.put("questions", vacancy.roundOneQuestions());
		return params;
	}

	private static Map<String, Object> params(Checked candidate) {
		Map<String, Object> params = new HashMap<>();
		params.put("citizenId", candidate.citizenId());
		params.put("name", candidate.fullName());
		params.put("birth", candidate.birthDate());
		params.put("gender", candidate.gender().name());
		params.put("ethnicity", (candidate.ethnicity() == null) ? null : candidate.ethnicity().name());
		params.put("vietnamese", candidate.vietnameseOnly());
		params.put("resides", candidate.residesInVietnam());
		params.put("other", candidate.meetsOtherConditions());
		params.put("level", (candidate.level() == null) ? null : candidate.level().name());
		params.put("field", candidate.field());
		params.put("priorities", candidate.priorities().isEmpty() ? null
				: candidate.priorities().stream().map(Enum::name).collect(Collectors.joining(";")));
		params.put("insured", candidate.insuredMonths());
		params.put("phone", candidate.phone());
		return params;
	}

	private static PlanView plan(ResultSet rs, int row) throws SQLException {
		return new PlanView(rs.getLong("id"), rs.getLong("version"), rs.getLong("agency_id"),
				rs.getString("agency_code"), rs.getString("agency_name"), rs.getInt("year"),
				rs.getObject("as_of", LocalDate.class), Regime.valueOf(rs.getString("regime")),
				PlanStatus.valueOf(rs.getString("status")), rs.getString("decision_number"),
				rs.getObject("published_on", LocalDate.class), rs.getObject("appeal_until", LocalDate.class),
				rs.getString("note"), rs.getLong("vacancies"), rs.getLong("seats"), rs.getLong("candidates"));
	}

	private static VacancyView vacancy(ResultSet rs, int row) throws SQLException {
		String level = rs.getString("min_professional_level");
		return new VacancyView(rs.getLong("id"), rs.getLong("version"), rs.getLong("plan_id"),
				rs.getString("job_position_code"), rs.getString("job_position_name"), rs.getString("rank_code"),
				rs.getString("rank_name"), rs.getInt("quota"), rs.getInt("holders"), rs.getInt("seats"),
				(level == null) ? null : ProfessionalLevel.valueOf(level), rs.getString("professional_fields"),
				Method.valueOf(rs.getString("method")), ExamForm.valueOf(rs.getString("exam_form")),
				rs.getBoolean("round_one"), rs.getInt("round_one_questions"), rs.getString("status"));
	}

	private static CandidateView candidate(ResultSet rs, int row) throws SQLException {
		String ethnicity = rs.getString("ethnicity");
		String level = rs.getString("professional_level");
		String priorities = rs.getString("priorities");
		List<PriorityCategory> categories = new ArrayList<>();
		if (priorities != null && !priorities.isBlank()) {
			Arrays.stream(priorities.split(";")).map(PriorityCategory::valueOf).forEach(categories::add);
		}
		String answer = rs.getString("answer");
		Object person = rs.getObject("person_id");
		Object roundOne = rs.getObject("round_one_correct");
		return new CandidateView(rs.getLong("id"), rs.getLong("version"), rs.getLong("plan_id"),
				rs.getLong("vacancy_id"), rs.getString("citizen_id"), rs.getString("full_name"),
				rs.getObject("birth_date", LocalDate.class), Gender.valueOf(rs.getString("gender")),
				(ethnicity == null) ? null : Ethnicity.valueOf(ethnicity), rs.getBoolean("vietnamese_only"),
				rs.getBoolean("resides_in_vietnam"), rs.getBoolean("meets_other_conditions"),
				(level == null) ? null : ProfessionalLevel.valueOf(level), rs.getString("professional_field"),
				categories, rs.getInt("insured_months"), rs.getString("phone"),
				(roundOne == null) ? null : ((Number) roundOne).intValue(), score(rs, "written_score"),
				score(rs, "interview_score"), score(rs, "oral_score"), (answer == null) ? null : Answer.valueOf(answer),
				rs.getObject("answered_on", LocalDate.class), (person == null) ? null : ((Number) person).longValue(),
				rs.getString("decision_number"), rs.getObject("start_date", LocalDate.class));
	}

	private static @Nullable BigDecimal score(ResultSet rs, String column) throws SQLException {
		return rs.getBigDecimal(column);
	}

	/** A candidate whose every value passed the checks. */
	record Checked(String citizenId, String fullName, LocalDate birthDate, Gender gender, @Nullable Ethnicity ethnicity,
			boolean vietnameseOnly, boolean residesInVietnam, boolean meetsOtherConditions,
			@Nullable ProfessionalLevel level, @Nullable String field, List<PriorityCategory> priorities,
			int insuredMonths, @Nullable String phone) {

		boolean sameAs(CandidateView stored, long vacancyId) {
			return stored.vacancyId() == vacancyId && stored.citizenId().equals(this.citizenId)
					&& stored.fullName().equals(this.fullName) && stored.birthDate().equals(this.birthDate)
					&& stored.gender() == this.gender && stored.ethnicity() == this.ethnicity
					&& stored.vietnameseOnly() == this.vietnameseOnly
					&& stored.residesInVietnam() == this.residesInVietnam
					&& stored.meetsOtherConditions() == this.meetsOtherConditions
					&& stored.professionalLevel() == this.level
					&& java.util.Objects.equals(stored.professionalField(), this.field)
					&& stored.priorities().equals(this.priorities) && stored.insuredMonths() == this.insuredMonths
					&& java.util.Objects.equals(stored.phone(), this.phone);
		}

	}

}
