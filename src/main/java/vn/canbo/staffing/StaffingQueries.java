package vn.canbo.staffing;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.canbo.orgunits.SubtreeNode;
import vn.canbo.people.PersonnelCategory;

/** Headcount, quotas and title holders under a set of nodes on a date, and quota rows. */
@Component
class StaffingQueries {

	private static final String HELD = " a.valid_from <= :asOf and (a.valid_to is null or a.valid_to > :asOf)";

	private static final String QUOTA_IN_FORCE = " q.valid_from <= :asOf and (q.valid_to is null or q.valid_to > :asOf)";

	private static final String QUOTA_SELECT = """
			select q.*, u.code as unit_code, u.name as unit_name, jp.code as job_position_code,
			       jp.name as job_position_name
			from staffing_quota q
			join org_unit u on u.id = q.unit_id
			left join job_position jp on jp.id = q.job_position_id
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	StaffingQueries(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Quota and headcount per branch and category: the sums of {@link #unitCounts} over
	 * each branch, so that the report and the indicators read the same rows.
	 */
	List<StaffingReport.Count> counts(List<SubtreeNode> nodes, LocalDate asOf) {
		Map<Long, Map<PersonnelCategory, StaffingReport.Count>> sums = new LinkedHashMap<>();
		for (UnitCount unit : unitCounts(nodes, asOf)) {
			sums.computeIfAbsent(unit.branchId(), (branch) -> new EnumMap<>(PersonnelCategory.class))
				.merge(unit.category(),
						new StaffingReport.Count(unit.branchId(), unit.category(), unit.quota(), unit.headcount()),
						StaffingQueries::add);
		}
		return sums.values().stream().flatMap((perCategory) -> perCategory.values().stream()).toList();
	}

	private static StaffingReport.Count add(StaffingReport.Count one, StaffingReport.Count other) {
		Long quota = (one.quota() == null) ? other.quota()
				: (other.quota() == null) ? one.quota() : Long.valueOf(one.quota() + other.quota());
		return new StaffingReport.Count(one.branchId(), one.category(), quota, one.headcount() + other.headcount());
	}

	/**
	 * Quota (of the unit and category, not of a job position) and headcount (primary
	 * posts) of each node and category on the date, with the node's branch: a unit over
	 * or under its own quota is the surplus or shortage the report shows.
	 */
	List<UnitCount> unitCounts(List<SubtreeNode> nodes, LocalDate asOf) {
		Map<String, Object> params = params(nodes, asOf);
		Map<Long, Long> branches = new HashMap<>();
		nodes.forEach((node) -> branches.put(node.id(), node.branchId()));
		StaffingNodes.tune(this.jdbc);
		return this.jdbc
			.sql("""
					select coalesce(h.unit_id, q.unit_id), coalesce(h.category, q.category), q.quota, coalesce(h.headcount, 0)
					from (select a.unit_id, a.category, count(*) as headcount from assignment a NODES a.unit_id
					      where a.kind = 'PRIMARY' and HELD group by a.unit_id, a.category) h
					full join (select q.unit_id, q.category, sum(q.quota) as quota from staffing_quota q NODES q.unit_id
					      where q.job_position_id is null and QUOTA group by q.unit_id, q.category) q
					  on q.unit_id = h.unit_id and q.category = h.category
					"""
				.replace("NODES", StaffingNodes.JOIN)
				.replace("HELD", HELD)
				.replace("QUOTA", QUOTA_IN_FORCE))
			.params(params)
			.query((rs, row) -> new UnitCount(rs.getLong(1), branches.get(rs.getLong(1)),
					PersonnelCategory.valueOf(rs.getString(2)), rs.getObject(3, Long.class), rs.getLong(4)))
			.list();
	}

	List<StaffingReport.PositionCount> positions(List<SubtreeNode> nodes, LocalDate asOf) {
		Map<String, Object> params = params(nodes, asOf);
		return this.jdbc.sql("""
				select jp.code, jp.name, q.quota, coalesce(h.headcount, 0)
				from job_position jp
				left join (select a.job_position_id, count(*) as headcount from assignment a NODES a.unit_id
				      where a.kind = 'PRIMARY' and a.job_position_id is not null and HELD group by a.job_position_id) h
				  on h.job_position_id = jp.id
				left join (select q.job_position_id, sum(q.quota) as quota from staffing_quota q NODES q.unit_id
				      where q.job_position_id is not null and QUOTA group by q.job_position_id) q
				  on q.job_position_id = jp.id
				where h.headcount is not null or q.quota is not null
				order by jp.sort_order
				""".replace("NODES", StaffingNodes.JOIN).replace("HELD", HELD).replace("QUOTA", QUOTA_IN_FORCE))
			.params(params)
			.query((rs, row) -> new StaffingReport.PositionCount(rs.getString(1), rs.getString(2),
					rs.getObject(3, Long.class), rs.getLong(4)))
			.list();
	}

	/** Holders per (unit, title id), primary and concurrent. */
	Map<Long, Map<Long, Long>> titleHolders(List<SubtreeNode> nodes, LocalDate asOf) {
		Map<String, Object> params = params(nodes, asOf);
		Map<Long, Map<Long, Long>> holders = new HashMap<>();
		StaffingNodes.tune(this.jdbc);
		this.jdbc
			.sql("select a.unit_id, a.title_id, count(*) from assignment a" + StaffingNodes.JOIN + "a.unit_id"
					+ " where a.title_id is not null and" + HELD + " group by a.unit_id, a.title_id")
			.params(params)
			.query((rs, row) -> holders.computeIfAbsent(rs.getLong(1), (unit) -> new HashMap<>())
				.put(rs.getLong(2), rs.getLong(3)))
			.list();
		return holders;
	}

	List<QuotaView> quotasOf(long unitId) {
		return this.jdbc
			.sql(QUOTA_SELECT + " where q.unit_id = :unit order by q.category, jp.sort_order nulls first,"
					+ " q.valid_from desc")
			.param("unit", unitId)
			.query((rs, row) -> new QuotaView(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_code"),
					rs.getString("unit_name"), PersonnelCategory.valueOf(rs.getString("category")),
					rs.getString("job_position_code"), rs.getString("job_position_name"), rs.getInt("quota"),
					rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
					rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class)))
			.list();
	}

	/**
	 * Ends the quota in force for the same unit, category and position, and adds the new
	 * one.
	 */
	long setQuota(long unitId, PersonnelCategory category, @Nullable Long jobPositionId, int quota, LocalDate from,
			@Nullable String decisionNumber, @Nullable LocalDate decisionDate, String createdBy, Instant now) {
		this.jdbc.sql("""
				update staffing_quota set valid_to = :from
				where unit_id = :unit and category = :category and job_position_id is not distinct from :job
				  and valid_from < :from and (valid_to is null or valid_to > :from)""")
			.param("from", from)
			.param("unit", unitId)
			.param("category", category.name())
			.param("job", jobPositionId)
			.update();
		return this.jdbc.sql("""
				insert into staffing_quota (unit_id, category, job_position_id, quota, valid_from, decision_number,
				    decision_date, created_by, created_at)
				values (:unit, :category, :job, :quota, :from, :number, :decided, :createdBy, :now) returning id""")
			.param("unit", unitId)
			.param("category", category.name())
			.param("job", jobPositionId)
			.param("quota", quota)
			.param("from", from)
			.param("number", decisionNumber)
			.param("decided", decisionDate)
			.param("createdBy", createdBy)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/**
	 * Whether a quota for the same unit, category and position already starts on or after
	 * the day.
	 */
	boolean hasQuotaFrom(long unitId, PersonnelCategory category, @Nullable Long jobPositionId, LocalDate from) {
		return this.jdbc.sql("""
				select count(*) from staffing_quota where unit_id = :unit and category = :category
				  and job_position_id is not distinct from :job and valid_from >= :from""")
			.param("unit", unitId)
			.param("category", category.name())
			.param("job", jobPositionId)
			.param("from", from)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether any of the units has a quota already. */
	boolean anyQuotaIn(List<Long> unitIds) {
		return this.jdbc
			.sql("select exists (select 1 from staffing_quota where unit_id = any(cast(:units as bigint[])))")
			.param("units", unitIds.toArray(Long[]::new))
			.query(Boolean.class)
			.single();
	}

	/** Many quota rows in JDBC batches (bulk loads of trusted data). */
	void insertQuotas(List<QuotaRow> rows, String createdBy, Instant now) {
		Timestamp at = Timestamp.from(now);
		this.template.batchUpdate("""
				insert into staffing_quota (unit_id, category, job_position_id, quota, valid_from, valid_to,
				    decision_number, decision_date, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				rows, 1000, (statement, row) -> {
					statement.setLong(1, row.unitId());
					statement.setString(2, row.category().name());
					statement.setObject(3, row.jobPositionId());
					statement.setInt(4, row.quota());
					statement.setObject(5, row.validFrom());
					statement.setObject(6, row.validTo());
					statement.setString(7, row.decisionNumber());
					statement.setObject(8, row.decisionDate());
					statement.setString(9, createdBy);
					statement.setTimestamp(10, at);
				});
	}

	private static Map<String, Object> params(List<SubtreeNode> nodes, LocalDate asOf) {
		Map<String, Object> params = new HashMap<>();
		params.put("asOf", asOf);
		StaffingNodes.bind(nodes, params);
		return params;
	}

	/**
	 * Quota and headcount of one node and category.
	 *
	 * @param unitId the node
	 * @param branchId the branch it rolls up to
	 * @param category the category
	 * @param quota the quota in force; null when none is set
	 * @param headcount the primary posts held there on the date
	 */
	record UnitCount(long unitId, long branchId, PersonnelCategory category, @Nullable Long quota, long headcount) {

		/** Headcount over quota; 0 without a quota. */
		long surplus() {
			return (this.quota == null) ? 0 : Math.max(0, this.headcount - this.quota);
		}

		/** Quota over headcount; 0 without a quota. */
		long shortage() {
			return (this.quota == null) ? 0 : Math.max(0, this.quota - this.headcount);
		}

	}

	/** A quota as bulk-written. */
	record QuotaRow(long unitId, PersonnelCategory category, @Nullable Long jobPositionId, int quota,
			LocalDate validFrom, @Nullable LocalDate validTo, @Nullable String decisionNumber,
			@Nullable LocalDate decisionDate) {

	}

}
