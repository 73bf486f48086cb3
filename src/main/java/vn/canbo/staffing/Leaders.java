package vn.canbo.staffing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who leads (lãnh đạo, quản lý) on a day, as this module knows it from the posts held: a
 * leadership title, or a job position of the leadership group. Published for modules that
 * treat leaders apart (a leader's month is scored on the unit's results); it answers only
 * about the agencies its caller has already put in scope.
 */
@Service
public class Leaders {

	private final JdbcClient jdbc;

	Leaders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The people of the agencies (by their record's agency) holding a leadership post on
	 * the day.
	 * @param agencyIds ids of the agencies, already in the caller's scope
	 * @param day the day the posts are read at
	 */
	public Set<Long> amongPeopleOf(Collection<Long> agencyIds, LocalDate day) {
		return new HashSet<>(this.jdbc.sql("""
				select distinct a.person_id from assignment a left join job_position j on j.id = a.job_position_id
				where a.valid_from <= :day and (a.valid_to is null or a.valid_to > :day)
					and (a.title_id is not null or j.position_group = 'LEADERSHIP')
					and a.person_id in (select id from person where agency_id = any(:agencies))""")
			.param("day", day)
			.param("agencies", agencyIds.toArray(Long[]::new))
			.query(Long.class)
			.list());
	}

}
