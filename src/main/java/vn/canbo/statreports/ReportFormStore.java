package vn.canbo.statreports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.canbo.orgunits.OrgLevel;

/**
 * Reads the form versions and their columns (tables {@code statreport_form},
 * {@code statreport_column}); a version's end is the next version's start.
 */
@Repository
class ReportFormStore {

	private final JdbcClient jdbc;

	ReportFormStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every version of every form, by key and date. */
	List<ReportForm> all() {
		Map<Long, List<ReportColumn>> columns = new LinkedHashMap<>();
		this.jdbc.sql("""
				select form_id, number, group_label, subgroup_label, label, indicator_id, note
				from statreport_column order by form_id, number""").query((rs, row) -> {
			columns.computeIfAbsent(rs.getLong("form_id"), (id) -> new ArrayList<>())
				.add(new ReportColumn(rs.getInt("number"), rs.getString("group_label"), rs.getString("subgroup_label"),
						rs.getString("label"), rs.getString("indicator_id"), rs.getString("note")));
			return null;
		}).list();
		return this.jdbc.sql("""
				select f.*, (select min(n.valid_from) from statreport_form n
					where n.form_key = f.form_key and n.valid_from > f.valid_from) as valid_to
				from statreport_form f order by f.form_key, f.valid_from""")
			.query((rs, row) -> new ReportForm(rs.getLong("id"), rs.getString("form_key"), rs.getString("code"),
					rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
					rs.getString("title"), rs.getString("applies_to"), tiers(rs.getString("for_tiers")),
					rs.getString("receiving_unit"), rs.getString("instrument"), rs.getString("instrument_status"),
					rs.getBoolean("confirmed"), rs.getString("citation"), rs.getString("source_url"),
					rs.getInt("deadline_month"), rs.getInt("deadline_day"), rs.getBoolean("deadline_confirmed"),
					rs.getString("deadline_note"), rs.getString("note"),
					columns.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	private static Set<OrgLevel> tiers(String text) {
		Set<OrgLevel> tiers = EnumSet.noneOf(OrgLevel.class);
		Arrays.stream(text.split(","))
			.map(String::strip)
			.filter((tier) -> !tier.isEmpty())
			.forEach((tier) -> tiers.add(OrgLevel.valueOf(tier)));
		return tiers;
	}

}
