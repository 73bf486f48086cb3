package vn.canbo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard against capped lists (docs/decisions/015-lists-and-counts.md): every SQL
 * {@code limit} in the main sources, every {@code .limit(} and {@code setMaxResults} is
 * either a page read with its total ({@code limit :limit offset :offset} in a file that
 * builds a {@code PageResult}, or Spring Data's {@code PageImpl} with its count), or
 * named here with the reason it cannot make a figure wrong and the test that proves the
 * figure comes from elsewhere. A new cap fails this test until it is made a page or
 * named.
 */
class CappedListTests {

	private static final Path SOURCES = Path.of("src/main/java");

	/** SQL limits, and Java limits on streams or queries. */
	private static final Pattern LIMIT = Pattern.compile("(?i)\\blimit\\s+(?:\\d+|:\\w+)|\\.limit\\(|setMaxResults\\(");

	/** A page: the limit comes with its offset. */
	private static final Pattern PAGE = Pattern.compile("(?i)\\blimit\\s+:\\w+\\s+offset\\s+:\\w+");

	/**
	 * The capped reads allowed, by file and the text of the line, each with why it cannot
	 * make a figure wrong and the test that shows it.
	 */
	private static final Map<String, String> NAMED = new LinkedHashMap<>();

	static {
		// One row wanted, by definition.
		name("orgunits/OrgUnitQueries.java", "limit 1\"\"\")",
				"one unit for a code: the current holder of the code; AdministrativeUnitsTests");
		name("work/SchemeResolver.java", "order by valid_from desc limit 1",
				"the one scoring scheme in force on a day; WorkTests");
		name("people/PersonStore.java", "order by id limit 1",
				"whether a staff code exists (one row answers it); PeopleTests");
		name("unitstandards/UnitStandardsStore.java", " limit 1\")",
				"the one figure of a unit in force on a day; UnitStandardsTests");
		// A page whose total is counted next to it, in another file.
		name("unitstandards/UnitStandardsStore.java", "offset :offset limit :limit",
				"a page of the communes against their standards: UnitStandards.list builds the PageResult with "
						+ "UnitStandardsStore.counts per band over the same units; UnitStandardsTests");
		name("audit/AuditEntries.java", "order by occurred_at desc, id desc limit :limit offset :offset",
				"a page of the audit search: AuditTrail.search builds the Page with AuditEntries.count over the "
						+ "same filter; AuditTrailTests");
		// Newest-first windows whose counts come from their own count query.
		name("audit/AuditEntries.java", "order by occurred_at desc, id desc limit :limit\")",
				"the latest changes shown beside a record; the audit list is paged with its total "
						+ "(AuditEntries.page + count); AuditTrailTests");
		name("notifications/NotificationQueries.java", "order by id desc limit :limit",
				"the newest notifications of the bell; the unread count is its own count(*) query; "
						+ "NotificationsTests");
		name("people/PersonQueries.java", "order by sort_key, id limit :limit",
				"a sample of an agency's people for the demo and benchmarks; no figure is built on it");
		// Sent in batches until every row is read.
		name("work/WorkReminders.java", "order by t.id limit :batch",
				"overdue tasks read in keyset batches until none is left, so every task is reminded; "
						+ "ProvinceScaleTests (20,500 overdue tasks, each reminded)");
		// Bounded by what they belong to; no figure is built on them.
		name("work/TaskStore.java", "order by t.due_on, t.id limit 500\")",
				"the tasks derived from one task, on that task's page; WorkTests");
		name("work/VillageDutyStore.java", "d.valid_from desc, d.id limit 1000",
				"the village duties of one commune (a few dozen villages); VillageDutiesTests");
		// The options of a form's person picker (the searchable picker is the UI's).
		name("work/TaskStore.java", "order by p.sort_key, p.id limit :limit",
				"the first 20 people whose name matches in the person picker, which says to type more when "
						+ "there are 20; no figure; PersonPickerTests");
		name("work/VillageDutyStore.java", "order by p.sort_key, p.id limit 1000",
				"the people offered by the village duty form; no figure; VillageDutiesTests");
		name("votes/VoteQueries.java", "order by sort_key, id limit :limit",
				"the ConfidenceVotes.CANDIDATES lines the vote form starts with; no figure; " + "ConfidenceVotesTests");
		// Demo data: picks a sample, no figure.
		name("demo/DemoDiscipline.java", ".limit(VOTING_COMMUNES)", "the demo's voting communes: a sample");
		name("demo/DemoDiscipline.java", ".limit(8)", "the demo's vote candidates: a sample");
		// One row by key: the unit that now carries a code (codes are reused across the
		// 2025 reform; the newest unit is meant).
		name("appointments/AppointmentIndicators.java", "order by o.id desc limit 1) u on true",
				"the one unit a post's unit code names; no list; AppointmentsTests");
		name("appointments/AppointmentStore.java", "order by o.id desc limit 1) u on true",
				"the one unit a post's unit code names; no list; AppointmentsTests");
		name("planning/PlanningStore.java", "order by p.sort_key, p.id limit :limit",
				"the first people whose name matches in the plan's person picker; no figure; "
						+ "SuccessionPlansTests");
		name("home/StaffHome.java", ".limit(UNREAD_SHOWN)",
				"the newest unread notifications on the own page; the count beside them and the inbox hold all");
	}

	private static void name(String file, String text, String reason) {
		NAMED.put(file + " | " + text, reason);
	}

	@Test
	void everyCapIsAPageWithItsTotalOrNamedWithItsReason() throws IOException {
		List<String> unexplained = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).sorted().toList()) {
				String relative = SOURCES.resolve("vn/canbo").relativize(file).toString().replace('\\', '/');
				String source = Files.readString(file, StandardCharsets.UTF_8);
				boolean buildsPages = source.contains("new PageResult<>(") || source.contains("new PageImpl<>(");
				String[] lines = source.split("\n", -1);
				for (int i = 0; i < lines.length; i++) {
					String line = lines[i];
					Matcher matcher = LIMIT.matcher(line);
					if (!matcher.find()) {
						continue;
					}
					if (buildsPages && PAGE.matcher(line).find()) {
						continue;
					}
					String key = NAMED.keySet()
						.stream()
						.filter((named) -> named.startsWith(relative + " | ")
								&& line.contains(named.substring(relative.length() + 3)))
						.findFirst()
						.orElse(null);
					if (key == null) {
						unexplained.add(relative + ":" + (i + 1) + ": " + line.strip());
					}
					else {
						seen.add(key);
					}
				}
			}
		}
		assertThat(unexplained).as("capped reads that are neither a page with its total nor named here").isEmpty();
		assertThat(seen).as("named caps that no longer exist (remove them from the list)").containsAll(NAMED.keySet());
	}

	@Test
	void theGuardFindsACapInSql() {
		assertThat(LIMIT.matcher("order by t.id limit 20000").find()).isTrue();
		assertThat(LIMIT.matcher("order by u.name limit :limit").find()).isTrue();
		assertThat(LIMIT.matcher("stream().limit(5)").find()).isTrue();
		assertThat(PAGE.matcher("order by u.name limit :limit").find()).isFalse();
		assertThat(PAGE.matcher("p.id limit :limit offset :offset").find()).isTrue();
	}

}
