package vn.canbo.work;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.canbo.orgunits.Subtree;

/** The SQL of village duties; reads the personnel records for names and agencies. */
@Component
class VillageDutyStore {

	private static final String COLUMNS = """
			d.id, d.commune_id, d.village, d.person_id, p.full_name, d.valid_from, d.valid_to, d.assigned_by,
			d.created_at from village_duty d join person p on p.id = d.person_id""";

	private final JdbcClient jdbc;

	VillageDutyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long communeId, String village, long personId, LocalDate validFrom, String assignedBy) {
		return this.jdbc.sql("""
				insert into village_duty (commune_id, village, person_id, valid_from, assigned_by)
				values (:commune, :village, :person, :from, :by) returning id""")
			.param("commune", communeId)
			.param("village", village)
			.param("person", personId)
			.param("from", validFrom)
			.param("by", assignedBy)
			.query(Long.class)
			.single();
	}

	Optional<VillageDuty> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " where d.id = :id")
			.param("id", id)
			.query(VillageDutyStore::duty)
			.optional();
	}

	/** The commune's duties: those in charge on the day first, then by village. */
	List<VillageDuty> list(long communeId, LocalDate day) {
		return this.jdbc.sql("select " + COLUMNS + """
				 where d.commune_id = :commune
				order by (d.valid_from <= :day and (d.valid_to is null or d.valid_to > :day)) desc, d.village,
					d.valid_from desc, d.id limit 1000""")
			.param("commune", communeId)
			.param("day", day)
			.query(VillageDutyStore::duty)
			.list();
	}

	/**
	 * Whether someone is in charge of the village (same name, any case) on some day from
	 * the given one on.
	 */
	boolean takenFrom(long communeId, String village, LocalDate from) {
		return this.jdbc.sql("""
				select exists (select 1 from village_duty where commune_id = :commune
					and lower(village) = lower(:village) and (valid_to is null or valid_to > :from))""")
			.param("commune", communeId)
			.param("village", village)
			.param("from", from)
			.query(Boolean.class)
			.single();
	}

	int end(long id, LocalDate validTo) {
		return this.jdbc.sql("update village_duty set valid_to = :to where id = :id and valid_to is null")
			.param("to", validTo)
			.param("id", id)
			.update();
	}

	/**
	 * The commune's duties in charge on some day of the month, locked until commit so
	 * that two runs at once create each month's task once.
	 */
	List<Active> activeIn(long communeId, LocalDate first) {
		return this.jdbc.sql("""
				select d.id, d.village, d.person_id, p.agency_id from village_duty d join person p on p.id = d.person_id
				where d.commune_id = :commune and d.valid_from <= :last and (d.valid_to is null or d.valid_to > :first)
				order by d.village, d.id for update of d""")
			.param("commune", communeId)
			.param("first", first)
			.param("last", first.plusMonths(1).minusDays(1))
			.query((rs, row) -> new Active(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}

	/** Whether the duty already has its own task of the month (not a carried one). */
	boolean hasTask(long dutyId, LocalDate month) {
		return this.jdbc.sql("""
				select exists (select 1 from work_task where village_duty_id = :duty and month = :month
					and carried_from_id is null)""")
			.param("duty", dutyId)
			.param("month", month)
			.query(Boolean.class)
			.single();
	}

	/** The people of the commune's subtree, in name order. */
	List<TaskStore.Owner> members(Subtree commune) {
		Map<String, Object> params = new HashMap<>();
		String where = commune.and("p.agency_id", "scope", params);
		return this.jdbc
			.sql("select p.id, p.full_name, p.agency_id from person p where true" + where
					+ " order by p.sort_key, p.id limit 1000")
			.params(params)
			.query((rs, row) -> new TaskStore.Owner(rs.getLong(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	private static VillageDuty duty(ResultSet rs, int row) throws SQLException {
		return new VillageDuty(rs.getLong("id"), rs.getLong("commune_id"), rs.getString("village"),
				rs.getLong("person_id"), rs.getString("full_name"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class), rs.getString("assigned_by"),
				rs.getTimestamp("created_at").toInstant());
	}

	/** A duty in charge in a month, with the member's agency. */
	record Active(long id, String village, long personId, long agencyId) {
	}

}
